"""WCAG 2.1 AA contrast in every theme, computed from the colours the app uses (ratios, not screenshots).

Text needs 4.5:1 against what it sits on; control edges, focus rings and the tree's expander arrow 3:1.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit

from sarcoref.ui import theme
from sarcoref.ui.kiosk.style import Metrics, css
from sarcoref.ui.trials_view import STATUS_COLOURS

TEXT, NON_TEXT = 4.5, 3.0


def luminance(colour) -> float:
    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    c = QColor(colour)
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF())


def ratio(a, b) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def over(fg: QColor, bg: QColor) -> QColor:
    """A colour with alpha as it lands on its background (Qt draws placeholders half transparent by default)."""
    a = fg.alphaF()
    return QColor.fromRgbF(*(f * a + b * (1 - a) for f, b in zip(fg.getRgbF()[:3], bg.getRgbF()[:3], strict=True)))


def failing(pairs, minimum):
    return [(what, round(ratio(fg, bg), 2)) for what, fg, bg in pairs if ratio(fg, bg) < minimum]


@pytest.mark.parametrize("name", theme.THEMES)
def test_widget_palette_text_reaches_4_5(name):
    p = theme.palette(name)
    roles = [("Text", "Base"), ("WindowText", "Window"), ("ButtonText", "Button"), ("HighlightedText", "Highlight"),
             ("Link", "Base"), ("PlaceholderText", "Base"), ("ToolTipText", "ToolTipBase"), ("Text", "AlternateBase"),
             ("Link", "AlternateBase")]  # fmt: skip
    pairs = [(f"{fg} on {bg}", p.color(getattr(QPalette, fg)), p.color(getattr(QPalette, bg))) for fg, bg in roles]
    assert not failing(pairs, TEXT)


@pytest.mark.parametrize("name", theme.THEMES)
def test_page_and_card_text_reaches_4_5(name):
    c = theme.COLOURS[name]
    uses = [("text", "base"), ("text", "window"), ("text", "lecture_bg"), ("muted", "base"), ("muted", "window"),
            ("muted", "lecture_bg"), ("link", "base"), ("link", "lecture_bg"), ("update_fg", "update_bg"),
            ("unverified_fg", "unverified_bg"), ("text", "update_bg"), ("text", "unverified_bg"),
            ("text", "mark"), ("base", "accent"), ("accent", "base"), ("accent", "window")]  # fmt: skip
    pairs = [(f"{fg} on {bg}", getattr(c, fg), getattr(c, bg)) for fg, bg in uses]
    pairs += [(f"{family} status", fg, bg) for family, (bg, fg, _edge) in STATUS_COLOURS[name].items()]
    assert not failing(pairs, TEXT)


@pytest.mark.parametrize("name", theme.THEMES)
def test_control_edges_and_focus_rings_reach_3(name):
    c = theme.COLOURS[name]
    pairs = [(f"{fg} on {bg}", getattr(c, fg), getattr(c, bg))
             for fg in ("border", "focus") for bg in ("base", "window", "lecture_bg")]  # fmt: skip
    assert not failing(pairs, NON_TEXT)


@pytest.mark.parametrize("name", theme.THEMES)
def test_search_placeholders_as_styled_reach_4_5(make_window, qtbot, name):
    w = make_window("en", theme=name)
    kiosk_field = QLineEdit()
    qtbot.addWidget(kiosk_field)
    kiosk_field.setStyleSheet(css(name, Metrics()))
    fields = [("desktop search", w.search_field), ("kiosk search", kiosk_field)]
    pairs = []
    for what, field in fields:
        field.ensurePolished()
        p = field.palette()
        pairs.append((what, over(p.color(QPalette.PlaceholderText), p.color(QPalette.Base)), p.color(QPalette.Base)))
    assert not failing(pairs, TEXT)
    for what, field in fields:  # and an empty field never looks filled in
        p = field.palette()
        placeholder = over(p.color(QPalette.PlaceholderText), p.color(QPalette.Base))
        assert ratio(placeholder, p.color(QPalette.Text)) > 1.2, f"{what}: placeholder drawn like typed text"


@pytest.mark.parametrize("name", theme.THEMES)
def test_tree_expander_stands_out_on_its_selected_row(make_window, qtbot, name):
    w = make_window("en", theme=name)
    nav = w.nav
    item = next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount()) if nav.topLevelItem(i).childCount())
    nav.setFocus()
    nav.setCurrentItem(item)
    qtbot.waitUntil(lambda: item.isSelected(), timeout=2000)
    row = nav.visualItemRect(item)
    image = nav.viewport().grab().toImage()
    ratio_ = image.devicePixelRatio()
    background = image.pixelColor(int(2 * ratio_), int((row.top() + 2) * ratio_))
    assert ratio(background, nav.palette().color(QPalette.Highlight)) < 1.1  # the branch area is highlighted
    arrow = [image.pixelColor(x, y) for x in range(int(row.left() * ratio_))
             for y in range(int(row.top() * ratio_), int(row.bottom() * ratio_))]  # fmt: skip
    best = max(ratio(px, background) for px in arrow)
    assert best >= NON_TEXT, f"the expander arrow reaches only {best:.2f}:1 on its selected row"
