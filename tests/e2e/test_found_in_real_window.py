"""What a new user met in a real window, each reproduced through the user's own input (issue 11, items 1–8, 12).

Each test drives the real main window as Qt delivers a person's input: actions through `trigger()` or their
shortcut as a key press, text typed key by key, links clicked where they are painted, dialogs answered.
"""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from sarcoref.ui.search_panel import HitDelegate

from .userinput import answer_dialogs, click_link, links_in, save_as, settle, type_keys


def _pdf_pages(path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages]


# 1. File > Export PDF… crashed: triggered(False) arrived as the path.
def test_export_pdf_from_the_menu_asks_where_and_writes_the_page(qtbot, make_window, tmp_path):
    w = make_window("en")
    w.open("trial:NCT03548428")
    out = tmp_path / "stereosarc.pdf"
    seen = []
    timer = answer_dialogs(save_as(str(out)), seen)
    w.a_export.trigger()
    timer.stop()
    assert seen, "a save dialog opened"
    assert out.exists() and out.read_bytes()[:5] == b"%PDF-"
    assert "STEREOSARC" in "".join(_pdf_pages(out))


def test_export_pdf_by_its_shortcut(qtbot, make_window, tmp_path):
    w = make_window("fr")
    w.open("tolerance")
    out = tmp_path / "tolerance.pdf"
    timer = answer_dialogs(save_as(str(out)))
    w.activateWindow()
    QTest.keyClick(w, Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    timer.stop()
    assert out.exists() and out.read_bytes()[:5] == b"%PDF-"


# 2. Search rows painted with another hit's text.
def _painted_rows_match_a_fresh_paint(w) -> list[str]:
    """Grab the results list as it is on screen and paint each visible hit again with a fresh delegate (no cache);
    returns the titles of rows whose pixels differ."""
    view = w.results.list
    shot = view.viewport().grab().toImage().convertToFormat(QImage.Format_RGB32)
    fresh = HitDelegate(view)
    fresh.min_height = w.results.delegate.min_height
    fresh.selected_colour = w.results.delegate.selected_colour
    wrong = []
    for row in range(view.count()):
        item = view.item(row)
        rect: QRect = view.visualItemRect(item)
        if not rect.intersects(view.viewport().rect()) or rect.bottom() > view.viewport().height():
            continue
        img = QImage(shot.size(), QImage.Format_RGB32)
        img.fill(view.palette().color(view.viewport().backgroundRole()))
        p = QPainter(img)
        opt = QStyleOptionViewItem()
        opt.initFrom(view.viewport())
        opt.widget = view
        opt.rect = rect
        opt.font = view.font()
        if item.isSelected():
            from PySide6.QtWidgets import QStyle

            opt.state |= QStyle.State_Selected
        index = view.indexFromItem(item)
        fresh.paint(p, opt, index) if index.data(Qt.UserRole + 1) else None
        p.end()
        if index.data(Qt.UserRole + 1) is None:
            continue
        # Compare the text area only (the row's inner rectangle); the background is the style's.
        a = shot.copy(rect.adjusted(8, 4, -8, -4))
        b = img.copy(rect.adjusted(8, 4, -8, -4))
        if _dark_pixels(a) != _dark_pixels(b):
            wrong.append(item.data(Qt.AccessibleTextRole).split(". ")[0])
    return wrong


def _dark_pixels(img: QImage) -> list[int]:
    """Where the text is: one bit per pixel darker than mid-grey, so anti-aliasing noise doesn't count."""
    out = []
    for y in range(0, img.height(), 2):
        row = 0
        for x in range(0, img.width(), 2):
            row = (row << 1) | (QColorLightness(img.pixel(x, y)) < 110)
        out.append(row)
    return out


def QColorLightness(rgb: int) -> int:  # noqa: N802
    r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
    return (r * 299 + g * 587 + b * 114) // 1000


@pytest.mark.parametrize("queries", [("PDL1", "NCT0354", "pembro"), ("pembro", "sarcome", "PD-L1")])
def test_each_search_row_is_painted_with_its_own_hit(qtbot, make_window, queries):
    w = make_window("fr")
    for q in queries:
        w.search_field.setFocus()
        w.search_field.selectAll()
        QTest.keyClick(w.search_field, Qt.Key_Backspace)
        type_keys(w.search_field, q)
        qtbot.waitUntil(lambda q=q: w._last_query == q, timeout=5000)
        settle(50)
        assert _painted_rows_match_a_fresh_paint(w) == [], f"rows painted with another hit's text after {q!r}"
    # Enter opens the hit painted on the current row.
    painted = w.results.list.currentItem().data(Qt.AccessibleTextRole)
    QTest.keyClick(w.search_field, Qt.Key_Return)
    assert painted.startswith(w.library.item(w.location.partition(":")[2], "fr").title)


# 4. The trials grid opened as one narrow card far down a blank page.
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_trials_grid_opens_with_cards_filling_the_row_from_the_top(qtbot, make_window, size):
    w = make_window("en", size)
    home_trials = next(link for link in links_in(w.reader.page) if link.href == "trials:")
    click_link(w.reader.page, home_trials)
    settle(50)
    assert w.location == "trials"
    grid = w.trials_view.grid
    first = grid.visualRect(grid.model().index(0, 0))
    assert first.top() <= 20 and first.left() <= 20, f"first card at {first}"
    row = [grid.visualRect(grid.model().index(i, 0)) for i in range(grid.model().rowCount())]
    first_row = [r for r in row if r.top() == first.top()]
    assert len(first_row) >= 2, "at these widths, more than one card fits a row"
    assert grid.viewport().width() - first_row[-1].right() < first.width() // 2, "the cards fill the row"


# 5. Home page links that did nothing.
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_home_link_leads_somewhere(qtbot, make_window, lang):
    w = make_window(lang)
    links = links_in(w.reader.page)
    assert {"trials:", "references:", "glossary:", "tolerance:"} <= {link.href for link in links}
    for link in links:
        w.open("home")
        settle(10)
        click_link(w.reader.page, link)
        settle(10)
        assert w.location != "home", f"the home link {link.text!r} ({link.href}) did nothing"


# 6. Leaving F11 restored a size the user never had.
def test_leaving_full_screen_returns_to_a_maximised_window(qtbot, make_window):
    w = make_window("en")
    w.showMaximized()
    qtbot.waitUntil(w.isMaximized, timeout=2000)
    w.a_full.trigger()
    qtbot.waitUntil(w.isFullScreen, timeout=2000)
    w.a_full.trigger()
    qtbot.waitUntil(lambda: not w.isFullScreen(), timeout=2000)
    assert w.isMaximized()


def test_first_window_fits_the_available_screen(qtbot, library):
    from sarcoref.data.userstore import UserStore
    from sarcoref.ui.main_window import MainWindow

    store = UserStore(ephemeral=True)
    w = MainWindow(library, store, "en")
    qtbot.addWidget(w)
    w.restore_geometry()
    avail = QApplication.primaryScreen().availableGeometry()
    assert w.width() <= avail.width() and w.height() <= avail.height(), (w.size(), avail)
    store.close()


# 7. The printed footer ran off the page in French, and badges lost their styling.
def test_pdf_footer_keeps_page_number_and_date_on_every_page_in_french(qtbot, make_window, tmp_path):
    w = make_window("fr")
    # The section with the longest French title, so the footer is at its longest.
    longest = max((n for n in w.library.section_tree("fr")), key=lambda n: len(n["title"]))
    w.open(f"section:{longest['id']}")
    out = tmp_path / "page.pdf"
    timer = answer_dialogs(save_as(str(out)))
    w.a_export.trigger()
    timer.stop()
    pages = _pdf_pages(out)
    date = w.library.as_of
    for n, text in enumerate(pages, 1):
        flat = " ".join(text.split())
        assert f"{n}/{len(pages)}" in flat, f"page {n}: no page number in {flat[-300:]!r}"
        if date:
            assert date in flat, f"page {n}: no content date"


def test_printed_badges_keep_their_styling(qtbot, make_window):
    """The print document keeps the badge classes (so the style sheet colours them), not the screen's toHtml."""
    w = make_window("fr")
    kinds = {}
    w.open("section:tils")
    printed = w.printable_html()
    for kind in ("b-lecture", "b-update", "b-unverified"):
        kinds[kind] = kind in printed
    assert any(kinds.values()), f"no badge class reaches the printed page: {kinds}"


# 8. CTCAE grade tables wrapped "Grade 1" as "Gra / de 1".
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_ctcae_grade_labels_never_break_inside_a_word(qtbot, make_window, size):
    w = make_window("fr", size)
    w.open("tolerance")
    view = w.tolerance_view
    page = view.side_page
    # the first term that has a grade table (some radiotherapy terms show a note, no grades)
    links = [link for link in links_in(page) if link.href.startswith("ctcae:")
             and w.library.item(f"ctcae-{link.href.rsplit('/', 1)[-1]}", "fr").data["grades"]]  # fmt: skip
    assert links, "the tolerance view offers CTCAE grades"
    click_link(page, links[0])
    settle(50)
    doc = page.document()
    block = doc.begin()
    broken, labels = [], 0
    while block.isValid():
        text = block.text()
        if text.startswith("Grade") and len(text) <= 8:
            labels += 1
            layout = block.layout()
            if layout.lineCount() > 1:
                broken.append(text)
        block = block.next()
    assert labels, "the opened CTCAE term shows no grade labels"
    assert not broken, f"grade labels wrapped: {broken}"
