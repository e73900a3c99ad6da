"""The main window driven as a user would: search, tree, history, bookmarks, language, print."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sarcoref.data.library import Library
from sarcoref.data.userstore import UserStore
from sarcoref.ui import i18n
from sarcoref.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def library():
    return Library()


@pytest.fixture
def make_window(qtbot, library):
    windows = []

    def make(lang="fr", store=None):
        store = store or UserStore()
        i18n.install(lang)
        w = MainWindow(library, store, lang, "light")
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)  # shortcuts need an active window
        windows.append((w, store))
        return w

    yield make
    for w, store in windows:
        w.close()
        store.close()
    i18n.install("en")


def page_text(w: MainWindow) -> str:
    return w.reader.page.toPlainText()


def type_query(qtbot, w: MainWindow, text: str):
    w.focus_search()
    qtbot.keyClicks(w.search_field, text)
    qtbot.waitUntil(lambda: w.results.list.count() > 0 or "No results" in w.results.status.text(), timeout=5000)


def test_type_into_search_and_open_a_hit_with_enter(qtbot, make_window):
    w = make_window()
    w.open("home")
    type_query(qtbot, w, "NCT0354")
    assert w.left.currentWidget() is w.results
    qtbot.keyClick(w.search_field, Qt.Key_Return)
    assert w.location == "trial:NCT03548428"
    assert "STEREOSARC" in page_text(w)


def test_search_hits_are_grouped_by_kind_and_the_opened_page_highlights_the_words(qtbot, make_window):
    w = make_window()
    type_query(qtbot, w, "abscopal")
    headers = [w.results.list.item(i).text() for i in range(w.results.list.count())
               if not w.results.list.item(i).flags() & Qt.ItemIsEnabled]  # fmt: skip
    assert headers and headers[0] == "SECTIONS"
    qtbot.keyClick(w.search_field, Qt.Key_Return)
    assert w.location.startswith("section:")
    marks = w.reader.page.extraSelections()
    assert marks, "the words of the search are marked in the page"
    assert "abscopal" in marks[0].cursor.selectedText().lower()


@pytest.mark.parametrize("theme_name", ["light", "dark", "contrast"])
def test_marked_words_stay_readable_in_the_selected_hit(qtbot, make_window, theme_name):
    """The selected row's own text colour (white on blue, say) must not be drawn on the yellow of a mark."""
    from PySide6.QtGui import QColor

    from sarcoref.ui import theme

    w = make_window()
    w.apply_theme(theme_name)
    type_query(qtbot, w, "radiotherapie")
    view = w.results.list
    w.runner.wait(5000)  # the last keystroke's answer
    qtbot.waitUntil(lambda: view.visualRect(view.currentIndex()).height() > 20, timeout=5000)  # listed, laid out
    row = view.visualRect(view.currentIndex())
    image = view.viewport().grab(row).toImage()
    colours = theme.COLOURS[theme_name]
    mark, text = QColor(colours.mark), QColor(colours.text)

    def near(c: QColor, ref: QColor, tol: int) -> bool:
        return abs(c.red() - ref.red()) + abs(c.green() - ref.green()) + abs(c.blue() - ref.blue()) <= tol

    pixels = [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]
    assert sum(near(p, mark, 12) for p in pixels) > 100, "the selected hit shows marked words"
    # glyphs inside the marks are drawn in the theme's text colour, which the theme pairs with its mark colour
    assert sum(near(p, text, 60) for p in pixels) > 30


def test_down_arrow_moves_through_hits_and_escape_clears(qtbot, make_window):
    w = make_window()
    type_query(qtbot, w, "radiotherapie")  # QTest types ASCII only
    first = w.results.list.currentRow()
    qtbot.keyClick(w.search_field, Qt.Key_Down)
    assert w.results.list.currentRow() > first
    qtbot.keyClick(w.search_field, Qt.Key_Escape)
    assert w.search_field.text() == ""
    assert w.left.currentWidget() is w.nav


def test_ctrl_k_focuses_the_search_field(qtbot, make_window):
    w = make_window()
    w.reader.page.setFocus()
    qtbot.keyClick(w, Qt.Key_K, Qt.ControlModifier)
    qtbot.waitUntil(lambda: w.search_field.hasFocus(), timeout=2000)


def test_tree_lists_the_lecture_in_order_and_opens_a_section(qtbot, make_window):
    w = make_window()
    top = [w.nav.topLevelItem(i).text(0) for i in range(w.nav.topLevelItemCount())]
    assert top[0].startswith("Introduction")
    assert top.index("Conclusion") > 3
    item = w.nav._by_location["section:tils"]
    w.nav.setCurrentItem(item)
    w.nav.itemActivated.emit(item, 0)
    assert w.location == "section:tils"
    assert "Berghuis" in page_text(w)


def test_back_and_forward(qtbot, make_window):
    w = make_window()
    w.open("section:intro")
    w.open("section:tams")
    w.open("trial:NCT03092323")
    qtbot.keyClick(w, Qt.Key_Left, Qt.AltModifier)
    assert w.location == "section:tams"
    w.back()
    assert w.location == "section:intro"
    qtbot.keyClick(w, Qt.Key_Right, Qt.AltModifier)
    assert w.location == "section:tams"
    assert w.a_forward.isEnabled()


def test_the_trial_header_follows_the_card_shown(qtbot, make_window, library):
    """One header serves every card: moving between trials, pages and languages never shows a stale one."""
    w = make_window("en")
    header = lambda: w.reader._header  # noqa: E731
    w.open("trial:NCT03092323")
    assert header().isVisible() and header().nct_label.text() == "NCT03092323"
    su2c_qr = header().qr_label.pixmap().toImage()
    w.open("section:tils")
    assert header() is None and not any(
        h.isVisible() for h in w.reader.findChildren(type(w._header)))  # fmt: skip
    w.open("trial:NCT03548428")
    stereosarc = library.item("NCT03548428", "en")
    assert header().isVisible() and header().nct_label.text() == "NCT03548428"
    assert header().qr_label.accessibleDescription() == stereosarc.data["registry_url"]
    assert header().qr_label.pixmap().toImage() != su2c_qr
    w.set_language("fr")
    assert header().as_of_label.text().startswith("Données du registre")
    w.apply_theme("dark")
    assert header().theme_name == "dark"


def test_internal_links_move_through_the_app(qtbot, make_window):
    from PySide6.QtCore import QUrl

    w = make_window()
    w.open("section:pd1-pdl1")
    w.reader.page.anchorClicked.emit(QUrl("ref:kim-2013"))
    assert w.location == "ref:kim-2013"
    assert "24349382" in page_text(w)


def test_bookmark_survives_a_restart(qtbot, make_window):
    w = make_window()
    w.open("section:abscopal-effect")
    qtbot.keyClick(w, Qt.Key_D, Qt.ControlModifier)
    assert w.a_bookmark.isChecked()
    w.close()
    w2 = make_window()
    assert any(b["id"] == "section:abscopal-effect" for b in w2.store.bookmarks())
    w2._fill_menu(w2.m_bookmarks, w2.store.bookmarks())
    action = next(a for a in w2.m_bookmarks.actions() if "abscopal" in a.text().lower())
    action.trigger()
    assert w2.location == "section:abscopal-effect"


def test_last_place_and_zoom_are_restored_at_the_next_start(qtbot, make_window):
    w = make_window()
    w.open("section:conclusion")
    qtbot.keyClick(w, Qt.Key_Equal, Qt.ControlModifier)
    assert w.zoom == 110
    w.close()
    w2 = make_window()
    w2.restore()
    assert w2.location == "section:conclusion"
    assert w2.zoom == 110


def test_the_navigator_widens_with_the_window_and_keeps_the_width_the_user_chose(qtbot, make_window):
    w = make_window()
    assert 280 <= w.nav.width() <= 340  # 1366 pixels: about a quarter
    w.resize(1920, 1080)
    qtbot.waitUntil(lambda: w.nav.width() >= 420, timeout=2000)  # long section titles are no longer cut
    w.split.setSizes([520, 1400])
    w.split.splitterMoved.emit(520, 1)  # what dragging the handle reports
    w.resize(1600, 900)
    assert abs(w.split.sizes()[0] - 520) <= 4  # the user's choice holds when the window changes
    w.resize(683, 700)  # snapped to half a small screen: the page keeps room to be read
    assert w.split.sizes()[1] >= 400
    w.resize(1600, 900)
    assert abs(w.split.sizes()[0] - 520) <= 4  # and the choice comes back with the room
    w.close()
    w2 = make_window()
    w2.restore_geometry()  # as the app does at start
    w2.resize(1600, 900)  # (the offscreen test screen is smaller than the window was)
    qtbot.waitUntil(lambda: abs(w2.split.sizes()[0] - 520) <= 4, timeout=2000)


def test_switching_language_changes_interface_and_content(qtbot, make_window):
    w = make_window("fr")
    w.open("section:conclusion")
    french_menu = w.m_file.title()
    french_page = page_text(w)
    w.set_language("en")
    assert w.m_file.title() != french_menu
    assert page_text(w) != french_page
    assert "Conclusion" in page_text(w)
    assert w.store.get("language") == "en"


def test_unknown_deep_link_opens_home_with_a_message(qtbot, make_window):
    w = make_window()
    assert not w.open_deep_link("NCT99999999")
    assert w.location == "home"
    assert "NCT99999999" in page_text(w)


def test_deep_link_by_acronym_pmid_and_slug(qtbot, make_window):
    w = make_window()
    assert w.open_deep_link("stereosarc") and w.location == "trial:NCT03548428"
    assert w.open_deep_link("24349382") and w.location == "ref:kim-2013"
    assert w.open_deep_link("abscopal-effect") and w.location == "section:abscopal-effect"


def test_export_pdf_holds_the_page_and_its_footer(qtbot, make_window, tmp_path):
    from pypdf import PdfReader

    w = make_window("en")
    w.open("trial:NCT03092323")
    out = w.export_pdf(str(tmp_path / "su2c.pdf"))
    assert out
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "NCT03092323" in text
    assert "as of" in text and w.library.as_of in text


def test_find_in_page_ignores_accents(qtbot, make_window):
    w = make_window()
    w.open("section:tolerance-profile")
    qtbot.keyClick(w, Qt.Key_F, Qt.ControlModifier)
    assert w.reader.find_bar.isVisible()
    qtbot.keyClicks(w.reader.find_bar.field, "previsible")
    assert w.reader.find_bar.ranges, "« prévisible » is found without its accent"


def test_hostile_html_is_neutralised_before_display(qtbot, make_window):
    w = make_window()
    w.reader.show_html('<p>ok</p><script>alert(1)</script><img src="https://example.org/x.png">'
                       '<a href="javascript:alert(1)">x</a><a href="file:///etc/passwd">y</a>', "light", 100)  # fmt: skip
    html = w.reader.page.toHtml()
    assert "alert" not in page_text(w)
    assert "javascript:" not in html and "file:///" not in html and "example.org" not in html


@pytest.mark.parametrize("where", ["page", "tree"])
def test_mouse_back_and_forward_buttons(qtbot, make_window, where):
    w = make_window()
    w.open("section:intro")
    w.open("section:tams")
    target = w.reader.page.viewport() if where == "page" else w.nav.viewport()
    qtbot.mouseClick(target, Qt.BackButton)
    assert w.location == "section:intro"
    qtbot.mouseClick(target, Qt.ForwardButton)
    assert w.location == "section:tams"
