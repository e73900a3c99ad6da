"""Search typed key by key in the main window: a typo is corrected and said so, the other language's text is
searched and said so, a trial hit shows its phase and status."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sarcoref.data.library import Library
from sarcoref.data.userstore import UserStore
from sarcoref.ui import i18n
from sarcoref.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def library():
    return Library()


@pytest.fixture
def make_window(qtbot, library):
    made = []

    def make(lang="fr"):
        store = UserStore()
        i18n.install(lang)
        w = MainWindow(library, store, lang, "light")
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
        made.append((w, store))
        return w

    yield make
    for w, store in made:
        w.close()
        store.close()
    i18n.install("en")


def type_query(qtbot, w: MainWindow, text: str) -> None:
    w.focus_search()
    qtbot.keyClicks(w.search_field, text)  # one key event per character, as typed
    qtbot.waitUntil(lambda: w._last_query == text, timeout=5000)


def hit_rows(w: MainWindow) -> list[tuple[str, str]]:
    """(id, painted HTML) of each hit row, in order."""
    rows = []
    for i in range(w.results.list.count()):
        item = w.results.list.item(i)
        if item.data(Qt.UserRole):
            rows.append((item.data(Qt.UserRole)[0], item.data(Qt.UserRole + 1)))
    return rows


def test_a_typo_finds_its_target_and_the_list_says_what_it_searched_for(qtbot, make_window):
    w = make_window("en")
    type_query(qtbot, w, "pembrolizumb")
    ids = [i for i, _ in hit_rows(w)]
    assert "pembrolizumab" in ids, "the misspelt drug finds its glossary entry"
    notice = w.correction_notice
    assert notice.isVisible()
    assert "“pembrolizumab”" in notice.label.text() and "“pembrolizumb”" in notice.label.text()
    assert notice.button.text() == "Search only for “pembrolizumb”"
    # Back to the literal query: a click on the button where it is painted.
    qtbot.mouseClick(notice.button, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.results.list.count() == 0, timeout=5000)
    assert w.results.status.text().startswith("No results")
    assert not notice.isVisible()
    # Typing on brings corrections back.
    qtbot.keyClick(w.search_field, Qt.Key_Backspace)
    qtbot.waitUntil(lambda: w._last_query == "pembrolizum", timeout=5000)
    qtbot.keyClicks(w.search_field, "b")
    qtbot.waitUntil(lambda: w._last_query == "pembrolizumb" and w.results.list.count() > 0, timeout=5000)
    assert notice.isVisible()


def test_an_exact_word_is_never_corrected(qtbot, make_window):
    w = make_window("fr")
    type_query(qtbot, w, "abscopal")
    assert hit_rows(w)
    assert not w.correction_notice.isVisible()


def test_a_french_typo_in_the_french_edition(qtbot, make_window):
    w = make_window("fr")
    type_query(qtbot, w, "leiomyosarcme")
    assert hit_rows(w)[0][0] == "LMS"
    assert "« leiomyosarcome »" in w.correction_notice.label.text()
    qtbot.keyClick(w.search_field, Qt.Key_Return)
    assert w.location == "glossary:LMS"


def test_an_english_word_in_the_french_edition_finds_the_french_page_and_says_so(qtbot, make_window):
    w = make_window("fr")
    type_query(qtbot, w, "wound")
    rows = hit_rows(w)
    assert rows, "the English text's matches are offered"
    assert all("Dans le texte anglais :" in html for _, html in rows)
    assert w.language_notice.isVisible()
    assert w.language_notice.label.text() == f"{len(rows)} pages trouvées par leur seul texte anglais."
    qtbot.keyClick(w.search_field, Qt.Key_Return)
    assert w.location == "ctcae:wound-complication", "the first hit opens its page, in French"
    assert w.lang == "fr"
    # One click reads the results in English, where the word is the text's own.
    w.search_field.setFocus()
    qtbot.mouseClick(w.language_notice.button, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.lang == "en" and not w.language_notice.isVisible(), timeout=5000)
    assert hit_rows(w) and not any("In the English text" in html for _, html in hit_rows(w))


def test_a_french_word_in_the_english_edition(qtbot, make_window):
    w = make_window("en")
    type_query(qtbot, w, "osteosarcome")
    assert "NCT06114225" in [i for i, _ in hit_rows(w)]
    assert "found through the French text only" in w.language_notice.label.text()
    assert w.language_notice.button.text() == "Read in French"
    assert not w.correction_notice.isVisible(), "a word of the other language is not a typo"


def test_a_trial_hit_shows_its_phase_and_status(qtbot, make_window):
    w = make_window("en")
    type_query(qtbot, w, "stereosarc")
    html = dict(hit_rows(w))["NCT03548428"]
    assert "Phase 2" in html and "Recruiting" in html


# ---------------------------------------------------------------- recent searches


def test_a_search_that_opened_a_page_is_offered_again_under_the_empty_field(qtbot, make_window):
    w = make_window("en")
    type_query(qtbot, w, "pembro")
    qtbot.keyClick(w.search_field, Qt.Key_Return)  # opens the first hit: the search led somewhere
    assert w.location == "glossary:pembrolizumab"
    type_query(qtbot, w, "abscopal")  # only typed, nothing opened: not kept
    w.focus_search()
    qtbot.keyClick(w.search_field, Qt.Key_Escape)
    assert w.search_field.text() == ""
    popup = w.recent_searches.popup()
    qtbot.keyClick(w.search_field, Qt.Key_Down)
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())] == ["pembro"]
    # Choose it in the list with the keyboard, as offered.
    qtbot.keyClick(popup, Qt.Key_Down)
    qtbot.keyClick(popup, Qt.Key_Return)
    qtbot.waitUntil(lambda: w._last_query == "pembro", timeout=5000)
    assert not popup.isVisible() and w.results.hits[0].id == "pembrolizumab"
    # Typing hides it; the Edit menu clears it.
    w.search_field.clear()
    w.a_clear_searches.trigger()
    qtbot.keyClick(w.search_field, Qt.Key_Down)
    assert not popup.isVisible()
    assert w.store.recent_searches() == []


def test_recent_searches_are_kept_for_the_next_session_bounded(qtbot, make_window):
    w = make_window("en")
    for q in [f"sarcoma {i}" for i in range(25)] + ["PEMBRO", "pembro"]:
        w.store.add_recent_search(q)
    kept = w.store.recent_searches()
    assert kept[0] == "pembro" and len(kept) == 20 and "PEMBRO" not in kept
    w.focus_search()  # Ctrl+K on an empty field offers them too
    assert w.recent_searches.popup().isVisible()
    qtbot.keyClicks(w.search_field, "p")
    assert not w.recent_searches.popup().isVisible(), "typing searches, the list would hide the results"


def test_tab_then_space_searches_only_what_was_typed(qtbot, make_window):
    w = make_window("en")
    type_query(qtbot, w, "pembrolizumb")
    assert w.correction_notice.isVisible()
    qtbot.keyClick(w.search_field, Qt.Key_Tab)
    assert QApplication.focusWidget() is w.correction_notice.button, "Tab reaches the offer before the hits"
    qtbot.keyClick(w.correction_notice.button, Qt.Key_Space)
    qtbot.waitUntil(lambda: w.results.list.count() == 0, timeout=5000)
    assert not w.correction_notice.isVisible()
