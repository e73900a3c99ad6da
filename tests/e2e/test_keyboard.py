"""The keyboard alone: Tab follows the screen, and wherever the focus lands it can be seen.

Keys go to the window as the window system delivers them (to its focus object), never to a chosen widget.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from sarcoref.ui import theme

SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(w.windowHandle(), key, modifier)


def focused_name() -> str:
    widget = QApplication.focusWidget()
    return widget.accessibleName() if widget else ""


def tab_names(qtbot, w, count: int, modifier=Qt.KeyboardModifier.NoModifier) -> list[str]:
    names = []
    for _ in range(count):
        press(qtbot, w, Qt.Key_Tab if modifier == Qt.KeyboardModifier.NoModifier else Qt.Key_Backtab, modifier)
        names.append(focused_name())
    return names


def test_tab_walks_the_toolbar_the_contents_then_the_page(make_window, qtbot):
    w = make_window("en")
    press(qtbot, w, Qt.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert focused_name() == "Search"
    assert tab_names(qtbot, w, 1, SHIFT) == ["Home"]  # Back and Forward are disabled on a first page
    assert tab_names(qtbot, w, 3) == ["Search", "Bookmark", "Contents"]
    # The tree's current row is highlighted as soon as the tree has focus, before any arrow key.
    assert w.nav.currentItem() is not None and w.nav.selectedItems() == [w.nav.currentItem()]
    press(qtbot, w, Qt.Key_Down)
    press(qtbot, w, Qt.Key_Return)
    assert w.location.startswith("section:")
    press(qtbot, w, Qt.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert tab_names(qtbot, w, 2, SHIFT) == ["Home", "Back"]
    assert tab_names(qtbot, w, 5) == ["Home", "Search", "Bookmark", "Contents", "Content page"]


def test_on_the_trials_page_the_filters_come_before_the_grid(make_window, qtbot):
    w = make_window("en")
    w.open("trials")
    press(qtbot, w, Qt.Key_K, Qt.KeyboardModifier.ControlModifier)
    filters = [f"Filter by {f}" for f in ("setting", "histology", "agent", "radiotherapy", "status", "group")]
    # "Clear filters" comes first once a filter is chosen; it is disabled (skipped) here.
    assert tab_names(qtbot, w, 9) == ["Bookmark", "Contents", *filters, "Trial cards"]


def test_on_a_trial_page_the_header_buttons_come_before_the_page(make_window, qtbot):
    w = make_window("en")
    w.open("trial:NCT03092323")
    press(qtbot, w, Qt.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert tab_names(qtbot, w, 5) == ["Bookmark", "Contents", "Copy NCT ID", "Copy citation", "Content page"]


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= 48


def _ring_share(page, cursor, colour: QColor) -> float:
    """How much of the line just above the focused link is painted in the focus colour (a frame, not dots)."""
    probe = page.textCursor()
    probe.setPosition(cursor.selectionStart())
    left = page.cursorRect(probe)
    probe.setPosition(cursor.selectionEnd())
    right = page.cursorRect(probe)
    image = page.viewport().grab().toImage()
    scale = image.devicePixelRatio()
    xs = range(int((left.left() + 1) * scale), int((right.left() - 1) * scale))

    def share(y: int) -> float:
        return sum(_near(image.pixelColor(x, y), colour) for x in xs) / max(1, len(xs))

    return max(share(y) for y in range(int((left.top() - 4) * scale), int((left.top() + 2) * scale)))


def test_the_link_reached_by_tab_is_framed_in_the_focus_colour(make_window, qtbot):
    for name in theme.THEMES:
        w = make_window("en", theme=name)
        w.open("home")
        press(qtbot, w, Qt.Key_K, Qt.KeyboardModifier.ControlModifier)
        tab_names(qtbot, w, 4)  # Bookmark, Contents, the page, its first link
        page = w.reader.page
        assert focused_name() == "Content page"
        cursor = page.textCursor()
        assert cursor.hasSelection() and cursor.charFormat().isAnchor(), "Tab did not reach a link"
        qtbot.wait(20)
        focus = QColor(theme.COLOURS[name].focus)
        share = _ring_share(page, cursor, focus)
        assert share > 0.8, f"{name}: the focused link's frame is only {share:.0%} solid focus colour"
        tab_names(qtbot, w, 1)
        assert page.textCursor().selectionStart() != cursor.selectionStart()
        assert _ring_share(page, cursor, focus) < 0.1, f"{name}: the frame stayed on the link Tab left"
        w.close()
