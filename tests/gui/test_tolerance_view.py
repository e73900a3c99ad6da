"""The side-by-side tolerance view, driven through real widgets on the bundled content."""

from __future__ import annotations

import re
import sys

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocumentFragment, QTextTable

from sarcoref.data.library import Library
from sarcoref.ui import theme
from sarcoref.ui.tolerance_view import ToleranceView

DIMENSIONS = ["mechanism", "determinants", "predictability", "organs", "timing"]


@pytest.fixture(scope="module")
def library():
    return Library()


@pytest.fixture
def view(qtbot, library):
    v = ToleranceView(library, "fr", "light", 100)
    qtbot.addWidget(v)
    v.resize(1080, 700)  # the centre of a 1366×768 screen beside the navigation tree
    v.show()
    qtbot.waitExposed(v)
    return v


def squash(text: str) -> str:
    return " ".join(text.replace("\u2029", " ").replace("\u2028", " ").split())


def cell_text(cell) -> str:
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.KeepAnchor)
    return squash(cursor.selectedText())


def plain(fragment_html: str) -> str:
    return squash(QTextDocumentFragment.fromHtml(fragment_html).toPlainText())


def tables(page) -> list[QTextTable]:
    return [f for f in page.document().rootFrame().childFrames() if isinstance(f, QTextTable)]


def side_rows(view) -> dict[str, int]:
    """Dimension name → its row in the comparison table (the header row and CTCAE rows left out)."""
    table = tables(view.side_page)[0]
    rows = {}
    for r in range(1, table.rows()):
        head = table.cellAt(r, 0)
        if head.row() == r:
            rows[cell_text(head)] = r
    return rows


def anchors(page) -> list[tuple[str, int]]:
    """(href, position) of every link in the page, in document order."""
    found, block = [], page.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            href = frag.charFormat().anchorHref()
            if href and (not found or found[-1][0] != href or found[-1][1] + 50 < frag.position()):
                found.append((href, frag.position()))
            it += 1
        block = block.next()
    return found


def click_link(qtbot, page, href: str) -> None:
    position = next(pos for h, pos in anchors(page) if h == href)
    cursor = QTextCursor(page.document())
    cursor.setPosition(position + 1)
    page.setTextCursor(cursor)
    page.ensureCursorVisible()
    rect = page.cursorRect(cursor)
    qtbot.mouseClick(page.viewport(), Qt.LeftButton, pos=rect.center() + QPoint(3, 0))


def test_both_tabs_exist_with_the_dimension_rows_in_order(view, library):
    assert view.tabs.count() == 2
    assert view.tabs.tabText(0) == "Radiotherapy vs immunotherapy"
    assert view.tabs.tabText(1) == "Immunomodulation balance"
    data = library.item("tolerance", "fr").data
    assert [r["id"] for r in data["comparison"]] == DIMENSIONS
    assert list(side_rows(view)) == [r["dimension"] for r in data["comparison"]]
    balance = tables(view.balance_page)[0]
    assert balance.columns() == 2
    stimulating, suppressive = (cell_text(balance.cellAt(1, c)) for c in range(2))
    assert all(s["text"] in stimulating for s in data["balance"]["stimulating"])
    assert all(s["text"] in suppressive for s in data["balance"]["suppressive"])
    for s in data["balance"]["dose_fraction"]:  # below the table, not inside it
        assert s["text"] in view.balance_page.toPlainText()
        assert s["text"] not in stimulating + suppressive


def test_rt_and_io_cells_of_a_dimension_share_one_row_and_start_level(view, library):
    data = library.item("tolerance", "fr").data
    table = tables(view.side_page)[0]
    layout = view.side_page.document().documentLayout()
    widths = table.format().columnWidthConstraints()
    assert widths[1].rawValue() == widths[2].rawValue()  # the compared columns are equally wide
    rows = side_rows(view)
    for dim in data["comparison"]:
        r = rows[dim["dimension"]]
        rt, io = table.cellAt(r, 1), table.cellAt(r, 2)
        assert (rt.row(), rt.column(), io.row(), io.column()) == (r, 1, r, 2)
        assert cell_text(rt) == plain(dim["rt_html"])  # "not reported" when the column is empty
        assert cell_text(io) == plain(dim["io_html"])
        tops = {layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in (rt, io)}
        assert len(tops) == 1, f"{dim['id']}: RT and IO cells start at different heights {tops}"


@pytest.mark.parametrize("size", [(1080, 700), (1620, 980)])
def test_no_horizontal_scrolling_at_laptop_and_desktop_widths(view, qtbot, size):
    view.resize(*size)
    view.toggle_ctcae("hypothyroidism")
    for index, page in enumerate((view.side_page, view.balance_page)):
        view.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        assert page.horizontalScrollBar().maximum() == 0


def test_keyboard_reaches_a_ctcae_toggle_and_opens_the_grades(view, qtbot, library):
    grades = library.item("ctcae-hypothyroidism", "fr").data["grades"]
    page = view.side_page
    assert grades["2"] not in page.toPlainText()
    toggle = next(h for h, _ in anchors(page) if h.endswith("/hypothyroidism"))
    page.setFocus()
    for _ in range(60):  # Tab walks the page's links in order
        qtbot.keyClick(page, Qt.Key_Tab)
        if page.textCursor().charFormat().anchorHref() == toggle or (
            page.textCursor().hasSelection() and toggle in _selected_hrefs(page)
        ):
            break
    else:
        pytest.fail("the CTCAE toggle cannot be reached with Tab")
    assert "Hypothyroïdie" in page.textCursor().selectedText()
    qtbot.keyClick(page, Qt.Key_Return)
    text = page.toPlainText()
    assert all(g in text for g in grades.values())
    assert "CTCAE v5.0" in text
    # the grades sit under the organs row, not elsewhere in the page
    assert text.index(grades["2"]) < text.index(library.item("tolerance", "fr").data["comparison"][4]["dimension"])
    qtbot.keyClick(page, Qt.Key_Return)  # focus stayed on the toggle: Enter closes it again
    assert grades["2"] not in page.toPlainText()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ctcae_grades_sit_under_the_column_they_grade(view, library, lang):
    """Immune adverse events graded under the immunotherapy column only, radiotherapy ones (the NCIC SR2 late
    effects) under the radiotherapy column only: across both columns they would read as toxicities of both."""
    view.set_language(lang)
    table = tables(view.side_page)[0]
    organs = library.item("tolerance", lang).data["comparison"][3]
    assert organs["ctcae"] == {
        "rt": ["wound-complication", "fibrosis-deep-connective-tissue", "edema-limbs", "joint-rom-decreased"],
        "io": ["hypothyroidism", "hyperthyroidism", "ast-increased", "alt-increased", "colitis"],
    }
    below = side_rows(view)[organs["dimension"]] + 1  # the row under "Spectrum and organs affected"
    rt_cell, io_cell = table.cellAt(below, 1), table.cellAt(below, 2)
    assert rt_cell.column() == 1 and io_cell.column() == 2  # two cells, not one spanning both
    colitis = library.item("ctcae-colitis", lang).data["term"]
    oedema = library.item("ctcae-edema-limbs", lang).data["term"]
    assert "CTCAE" in cell_text(io_cell) and colitis in cell_text(io_cell) and oedema not in cell_text(io_cell)
    assert "CTCAE" in cell_text(rt_cell) and oedema in cell_text(rt_cell) and colitis not in cell_text(rt_cell)


def test_radiotherapy_term_without_seen_wording_shows_no_grades_and_says_why(view, library):
    """A CTCAE term whose grade wording no public copy showed: the toggle carries its label, and the opened
    panel shows the note instead of grade lines (none written from memory)."""
    view.set_language("en")
    entry = library.item("ctcae-fibrosis-deep-connective-tissue", "en")
    assert entry.data["kind"] == "unverified" and entry.data["grades"] == {}
    page = view.side_page
    label = plain(re.search(r'<span class="badge b-unverified">.*?</span>', entry.html).group(0))
    toggle_line = next(line for line in page.toPlainText().splitlines() if entry.data["term"] in line)
    assert label in toggle_line
    view.toggle_ctcae("fibrosis-deep-connective-tissue")
    text = page.toPlainText()
    at = text.index(entry.data["note"])
    assert "CTCAE v5.0" in text[at - 200 : at]
    timing = library.item("tolerance", "en").data["comparison"][4]["dimension"]
    assert "Grade 1" not in text[at : text.index(timing, at)]  # no grade lines before the next row


def _selected_hrefs(page) -> set[str]:
    cursor = page.textCursor()
    hrefs = set()
    for pos in range(cursor.selectionStart() + 1, cursor.selectionEnd() + 1):
        probe = QTextCursor(page.document())
        probe.setPosition(pos)
        hrefs.add(probe.charFormat().anchorHref())
    return hrefs


def test_mouse_click_on_a_ctcae_toggle_opens_its_grades(view, qtbot, library):
    grades = library.item("ctcae-colitis", "en").data["grades"]
    view.set_language("en")
    toggle = next(h for h, _ in anchors(view.side_page) if h.endswith("/colitis"))
    click_link(qtbot, view.side_page, toggle)
    assert grades["3"] in view.side_page.toPlainText()


def test_unverified_ctcae_entry_shows_its_label(view, library):
    entry = library.item("ctcae-cns-necrosis", "fr")
    assert entry.data["kind"] == "unverified" and entry.data["grades"] == {}  # none seen: none shown
    label = plain(re.search(r'<span class="badge b-unverified">.*?</span>', entry.html).group(0))
    page = view.side_page
    toggle_line = next(line for line in page.toPlainText().splitlines() if entry.data["term"] in line)
    assert label in toggle_line  # visible even while the grades are closed
    view.toggle_ctcae("cns-necrosis")
    text = page.toPlainText()
    panel = text[text.index(entry.data["note"]) - 400 :]
    assert label in panel and "CTCAE v5.0" in panel
    assert entry.data["sources"][0]["label"] in panel


def test_switching_language_changes_headers_and_rows(view, library):
    table = tables(view.side_page)[0]
    fr_headers = [cell_text(table.cellAt(0, c)) for c in range(3)]
    view.set_language("en")
    table = tables(view.side_page)[0]
    en_headers = [cell_text(table.cellAt(0, c)) for c in range(3)]
    en_item = library.item("tolerance", "en")
    assert en_headers != fr_headers
    assert all(f"<th>{h}</th>" in en_item.html for h in en_headers)
    assert list(side_rows(view)) == [r["dimension"] for r in en_item.data["comparison"]]
    assert "Immunostimulating" in view.balance_page.toPlainText()


def test_clicking_a_source_link_emits_link_activated(view, qtbot):
    with qtbot.waitSignal(view.link_activated, timeout=1000) as blocker:
        click_link(qtbot, view.side_page, "ref:guan-2023")
    assert blocker.args[0] == QUrl("ref:guan-2023")
    # a lecture statement's label leads to the lecture section it comes from, and says so on hover
    probe = QTextCursor(view.side_page.document())
    probe.setPosition(next(pos for h, pos in anchors(view.side_page) if h == "section:tolerance-profile") + 1)
    assert probe.charFormat().toolTip() == "Ouvrir la partie du cours d'où cela provient"  # the page's language
    with qtbot.waitSignal(view.link_activated, timeout=1000) as blocker:
        click_link(qtbot, view.side_page, "section:tolerance-profile")
    assert blocker.args[0].toString() == "section:tolerance-profile"


def test_ctcae_toggles_do_not_leave_the_view(view, qtbot):
    with qtbot.assertNotEmitted(view.link_activated):
        view.side_page.link_activated.emit(QUrl("ctcae:organs-io/colitis"))
    assert "organs-io/colitis" in view.open_ctcae


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_print_html_holds_every_dimension_and_the_balance(view, library, lang):
    view.set_language(lang)
    data = library.item("tolerance", lang).data
    printed = plain(view.print_html())
    for row in data["comparison"]:
        assert row["dimension"] in printed
    for row in data["combination"]:
        assert row["label"] in printed
    for key in ("stimulating", "suppressive", "dose_fraction"):
        assert all(s["text"] in printed for s in data["balance"][key])


def test_reset_returns_to_the_first_tab_top_with_grades_closed(view, qtbot, library):
    grades = library.item("ctcae-colitis", "fr").data["grades"]
    view.toggle_ctcae("colitis")
    view.side_page.verticalScrollBar().setValue(view.side_page.verticalScrollBar().maximum())
    view.tabs.setCurrentIndex(1)
    view.reset()
    assert view.tabs.currentIndex() == 0
    assert view.side_page.verticalScrollBar().value() == 0
    assert grades["3"] not in view.side_page.toPlainText()


@pytest.mark.parametrize("theme_name", ["light", "dark", "contrast"])
def test_theme_and_zoom_restyle_the_pages(view, theme_name):
    view.set_theme(theme_name, 150)
    assert view.side_page.document().defaultFont().pointSizeF() == pytest.approx(11 * 1.5)
    assert view.side_page.horizontalScrollBar().maximum() == 0
    colours = theme.COLOURS[theme_name]
    assert f"color: {colours.text}" in view.side_page.document().defaultStyleSheet()
    assert tables(view.side_page)[0].format().borderBrush().color().name() == colours.border
    assert view.side_page.document().defaultFont().pointSizeF() >= 9


def test_missing_content_shows_a_message_not_a_traceback(qtbot):
    class Empty:
        def item(self, ident, lang="fr"):
            return None

    v = ToleranceView(Empty(), "en")
    qtbot.addWidget(v)
    assert "missing" in v.side_page.toPlainText()
    assert "missing" in v.print_html()


def test_opening_grades_again_and_again_keeps_the_app_alive(view):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method returning nothing; after a
    few thousand calls the process aborts ("Fatal Python error: none_dealloc"). A clinician toggles grade tables
    all night: the view must not drain None (on Python >= 3.12 None is immortal and this holds trivially)."""
    before = sys.getrefcount(None)
    for _ in range(6):
        view.toggle_ctcae("colitis")
    lost = before - sys.getrefcount(None)
    assert lost < 50, f"{lost} references to None lost in 6 toggles: use a PySide6 without the 6.12.0 refcount bug"
