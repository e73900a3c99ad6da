"""The layout crawler (issue 11, the guard's third crawler): every view of the real window, at the sizes a ward
screen and a kiosk have, in both languages and the three themes, checked for what a user would notice:

- a widget outside the window, or a window larger than the screen it was given;
- two buttons (or keys) painted over each other;
- a label's or a button's own text cut off (elided or clipped);
- trial cards not filling the grid's first row from the top;
- the trial header strip's labels cut off.

Each violation names the view, size, language, theme, the widget (objectName or class) and its text, so a failure
says what a user would see. Tree and list item texts are not widgets' own texts: out of scope here.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from .userinput import settle, type_keys

DESKTOP_SIZES = [(1366, 768), (1920, 1080)]
KIOSK_SIZES = [(1080, 1920), (1920, 1080), (1366, 768)]
QUERY = "pembro"
SLACK = 1  # px: rounding between font metrics and layout

# Widgets whose text is cut on purpose, each with its reason: (objectName or class, reason).
INTENDED: dict[str, str] = {}


@dataclass(frozen=True)
class Where:
    view: str
    size: tuple[int, int]
    lang: str
    theme: str

    def __str__(self) -> str:
        return f"{self.view} @ {self.size[0]}×{self.size[1]} {self.lang}/{self.theme}"


def _name(w: QWidget) -> str:
    return w.objectName() or type(w).__name__


def _text(w: QWidget) -> str:
    t = w.text() if hasattr(w, "text") else ""
    return (t or "").replace("\n", " ⏎ ")[:60]


def _in_scrolled_content(w: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport: it may lie outside the window and be scrolled to."""
    p = w.parentWidget()
    while p is not None and p is not top:
        parent = p.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and p is parent.viewport():
            return True
        p = parent
    return False


def _visible(top: QWidget) -> list[QWidget]:
    return [w for w in top.findChildren(QWidget) if w.isVisible() and w.window() is top]


def _plain(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)  # a mnemonic's & is not painted


def _label_clip(lbl: QLabel) -> str | None:
    text = lbl.text()
    if not text or not lbl.pixmap().isNull():
        return None
    cr = lbl.contentsRect()
    width = cr.width() - 2 * max(lbl.margin(), 0) - max(lbl.indent(), 0)
    if lbl.wordWrap():
        need = lbl.heightForWidth(lbl.width())
        if need > lbl.height() + SLACK:
            return f"word-wrapped text needs {need} px high, has {lbl.height()}"
        return None
    if lbl.textFormat() != Qt.PlainText and re.search(r"<[a-zA-Z/!]", text):
        doc = QTextDocument()
        doc.setDefaultFont(lbl.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        need = doc.idealWidth()
    else:
        fm = lbl.fontMetrics()
        need = max(fm.horizontalAdvance(line) for line in text.split("\n"))
    if need > width + SLACK:
        return f"text needs {need:.0f} px, has {width}"
    full = getattr(lbl, "full", None)  # a label that elides itself keeps its full text
    if full and text != full:
        return f"text elided: the full text is {full!r}"
    if "…" in text and (lbl.toolTip() or "").replace("…", "") and "…" not in lbl.toolTip():
        return "text elided (the full text only in its tooltip)"
    return None


def _button_clip(b: QAbstractButton) -> str | None:
    text = _plain(b.text() or "")
    if not text:
        return None
    fm = b.fontMetrics()
    need = max(fm.horizontalAdvance(line) for line in text.split("\n"))
    style = b.style()
    if isinstance(b, QCheckBox):
        need += style.pixelMetric(QStyle.PM_IndicatorWidth, None, b)
        need += style.pixelMetric(QStyle.PM_CheckBoxLabelSpacing, None, b)
        width = b.contentsRect().width()
    elif isinstance(b, QPushButton):
        opt = QStyleOptionButton()
        b.initStyleOption(opt)
        width = style.subElementRect(QStyle.SE_PushButtonContents, opt, b).width()
        if not b.icon().isNull():
            need += b.iconSize().width() + 4
    elif isinstance(b, QToolButton):
        width = b.contentsRect().width()
        if not b.icon().isNull() and b.toolButtonStyle() == Qt.ToolButtonTextBesideIcon:
            need += b.iconSize().width() + 4
        if b.toolButtonStyle() == Qt.ToolButtonIconOnly and not b.icon().isNull():
            return None
    elif b.hasHeightForWidth():  # a button that wraps its own text (the kiosk's tiles)
        need_h = b.heightForWidth(b.width())
        return f"its wrapped text needs {need_h} px high, has {b.height()}" if need_h > b.height() + SLACK else None
    else:
        return None
    if need > width + SLACK:
        return f"text needs {need} px, has {width}"
    return None


def _tab_clip(bar: QTabBar) -> list[str]:
    out = []
    fm = bar.fontMetrics()
    for i in range(bar.count()):
        need = fm.horizontalAdvance(_plain(bar.tabText(i)))
        has = bar.tabRect(i).width()
        if need > has:
            out.append(f"tab {bar.tabText(i)!r} needs {need} px, has {has}")
    return out


def violations(top: QWidget, where: Where, screen: tuple[int, int]) -> list[str]:
    """Everything a user would see wrong in `top` as it is painted now."""
    out: list[str] = []

    def report(w: QWidget, what: str) -> None:
        name = _name(w)
        if name in INTENDED:
            return
        out.append(f"[{where}] {name} ({type(w).__name__}) {_text(w)!r}: {what}")

    if top.width() > screen[0] or top.height() > screen[1]:
        out.append(f"[{where}] the window is {top.width()}×{top.height()}, larger than the screen {screen}")
    frame = top.rect()
    widgets = _visible(top)
    for w in widgets:
        if w.width() <= 0 or w.height() <= 0:
            continue
        if not _in_scrolled_content(w, top):
            r = QRect(w.mapTo(top, QPoint(0, 0)), w.size())
            if not frame.contains(r):
                report(w, f"at {r.x()},{r.y()} {r.width()}×{r.height()}: outside the window {frame.size().toTuple()}")
        if isinstance(w, QLabel):
            clip = _label_clip(w)
        elif isinstance(w, QAbstractButton):
            clip = _button_clip(w)
        elif isinstance(w, QTabBar):
            for c in _tab_clip(w):
                report(w, c)
            clip = None
        else:
            clip = None
        if clip:
            report(w, clip)
    # sibling buttons (toolbar buttons, keys) never painted over one another
    parents: dict[int, list[QAbstractButton]] = {}
    for w in widgets:
        if isinstance(w, QAbstractButton) and w.parentWidget() is not None:
            parents.setdefault(id(w.parentWidget()), []).append(w)
    for buttons in parents.values():
        for i, a in enumerate(buttons):
            for b in buttons[i + 1 :]:
                if a.geometry().intersects(b.geometry()):
                    report(a, f"overlaps {_name(b)} {_text(b)!r} ({a.geometry()} ∩ {b.geometry()})")
    return out


# ---------------------------------------------------------------- the desktop window


def _views(library, lang: str, full: bool) -> list[str]:
    trials = [tid for tid, _ in library.trial_titles(lang)]
    if not full:
        return ["home", f"trial:{trials[0]}", "trials", "tolerance", "tolerance#1", "search"]
    sections: list[str] = []

    def walk(nodes):
        for n in nodes:
            sections.append(f"section:{n['id']}")
            walk(n["children"])

    walk(library.section_tree(lang))
    return ["home", *sections, *(f"trial:{t}" for t in trials), "trials", "tolerance", "tolerance#1",
            "glossary:", "references:", "guide", "search"]  # fmt: skip


def _go(w, view: str) -> None:
    """Open a view as a user reaches it (the search typed key by key; the second tolerance tab clicked)."""
    if w.search_field.text():
        w.search_field.clear()
    if view == "search":
        w.search_field.setFocus()
        type_keys(w.search_field, QUERY)
        deadline = time.monotonic() + 5
        while w._last_query != QUERY and time.monotonic() < deadline:  # the search runs on a worker thread
            time.sleep(0.01)  # lets the worker have the GIL (a qWait alone may not)
            QApplication.processEvents()
        assert w._last_query == QUERY, "the search did not answer"
        settle(30)
        return
    if view.startswith("tolerance"):
        w.open("tolerance")
        bar = w.tolerance_view.tabs.tabBar()
        tab = int(view.partition("#")[2] or 0)
        QTest.mouseClick(bar, Qt.LeftButton, Qt.NoModifier, bar.tabRect(tab).center())
        assert w.tolerance_view.tabs.currentIndex() == tab
    else:
        assert w.open(view), view
    settle(20)


def _grid_fills_the_row(w, where: Where) -> list[str]:
    grid = w.trials_view.grid
    model = grid.model()
    if model.rowCount() == 0:
        return [f"[{where}] the trials grid shows no card"]
    first = grid.visualRect(model.index(0, 0))
    out = []
    if first.top() > 20 or first.left() > 20:
        out.append(f"[{where}] the first trial card is at {first.x()},{first.y()}, not at the top left")
    row = [grid.visualRect(model.index(i, 0)) for i in range(model.rowCount())]
    first_row = [r for r in row if r.top() == first.top()]
    if len(first_row) < model.rowCount() and grid.viewport().width() - first_row[-1].right() >= first.width() // 2:
        out.append(f"[{where}] the first row of trial cards ends at {first_row[-1].right()}, "
                   f"the grid is {grid.viewport().width()} wide")  # fmt: skip
    return out


def _header_labels(w, where: Where) -> list[str]:
    from sarcoref.ui.trial_header import TrialHeader

    header = next((h for h in w.reader.findChildren(TrialHeader) if h.isVisible()), None)
    if header is None or not header.isVisible():
        return [f"[{where}] no trial header strip above the card"]
    labels = [lbl for lbl in header.findChildren(QLabel) if lbl.isVisible() and lbl.text()]
    if not labels:
        return [f"[{where}] the trial header strip shows no label"]
    return []  # their clipping is checked with every other label of the window


def crawl(w, views: list[str], size, lang, theme) -> list[str]:
    out: list[str] = []
    for view in views:
        _go(w, view)
        where = Where(view, size, lang, theme)
        out += violations(w, where, size)
        if view == "trials":
            out += _grid_fills_the_row(w, where)
        if view.startswith("trial:"):
            out += _header_labels(w, where)
    return out


@pytest.mark.parametrize("size", DESKTOP_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_view_in_french_light(qtbot, make_window, size):
    w = make_window("fr", size, "light")
    found = crawl(w, _views(w.library, "fr", full=True), size, "fr", "light")
    assert not found, "\n".join(found)


COMBOS = [
    (lang, theme)
    for lang in ("fr", "en")
    for theme in ("light", "dark", "contrast")
    if (lang, theme) != ("fr", "light")
]


@pytest.mark.parametrize("size", DESKTOP_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize(("lang", "theme"), COMBOS, ids=lambda v: v)
def test_main_views_in_every_language_and_theme(qtbot, make_window, size, lang, theme):
    w = make_window(lang, size, theme)
    found = crawl(w, _views(w.library, lang, full=lang == "en" and theme == "light"), size, lang, theme)
    assert not found, "\n".join(found)


# ---------------------------------------------------------------- the kiosk

KIOSK_PIN = "2580"
KIOSK_TRIAL = "NCT03092323"


@pytest.fixture(scope="module")
def stored_pin():
    from sarcoref.ui.kiosk import config

    return config.hash_pin(KIOSK_PIN)  # one scrypt for the module


@pytest.fixture
def make_kiosk(qtbot, library, stored_pin, monkeypatch, tmp_path):
    """A kiosk window at a given size, built as tests/gui/test_kiosk.py builds it (no full-screen enforcement)."""
    from sarcoref.ui import i18n
    from sarcoref.ui.kiosk import config
    from sarcoref.ui.kiosk.config import KioskConfig
    from sarcoref.ui.kiosk.window import KioskWindow, Timings

    monkeypatch.setattr(config, "system_config_path", lambda: tmp_path / "system" / "kiosk.json")
    monkeypatch.delenv(config.ENV_FILE, raising=False)
    made = []

    def make(size, lang):
        cfg = KioskConfig(**{**stored_pin, "default_language": lang})
        w = KioskWindow(library, cfg, Timings(600_000, 600_000, 300), enforce=False)
        qtbot.addWidget(w)
        w.resize(*size)
        w.start()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.shutdown()
        w.close()
    i18n.install("en")


def _kiosk_go(qtbot, w, screen: str) -> None:
    """Reach a kiosk screen as a visitor does: touches (the attract screen, tiles, keys, the corner)."""
    if screen == "attract":
        w.open("attract")
    elif screen == "home":
        w.open("attract")
        settle(10)
        qtbot.mouseClick(w.attract, Qt.LeftButton)
        assert w.location == "home"
    elif screen == "search":
        w.open("home")
        qtbot.mouseClick(w.home.tiles["search"], Qt.LeftButton)
        for ch in "abscopal":
            key = w.search.keyboard.keys[ch]
            qtbot.mouseClick(key, Qt.LeftButton)
        qtbot.waitUntil(lambda: bool(w.search.results.hits), timeout=5000)
    elif screen == "pin":
        w.open("home")
        for _ in range(5):
            qtbot.mouseClick(w.corner, Qt.LeftButton)
        assert w.location == "pin"
        qtbot.mouseClick(w.pin.digit_buttons["1"], Qt.LeftButton)
    else:
        assert w.open(screen), screen
    settle(30)


KIOSK_SCREENS = ["attract", "home", "lecture", "trials", f"trial:{KIOSK_TRIAL}", "tolerance", "search", "pin"]


@pytest.mark.parametrize("size", KIOSK_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_kiosk_screen(qtbot, make_kiosk, size, lang):
    w = make_kiosk(size, lang)
    found: list[str] = []
    for screen in KIOSK_SCREENS:
        _kiosk_go(qtbot, w, screen)
        found += violations(w, Where(f"kiosk {screen}", size, lang, "kiosk"), size)
    assert not found, "\n".join(found)
