"""The small things a user noticed in a real window (issue 11, item 12), each through the user's own input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from .userinput import settle, type_keys


def _choose(combo, label_part: str) -> None:
    """Pick a filter value with the keyboard, as a user does on a focused combo box."""
    combo.setFocus()
    target = next(i for i in range(combo.count()) if label_part in combo.itemText(i))
    while combo.currentIndex() != target:
        QTest.keyClick(combo, Qt.Key_Down if combo.currentIndex() < target else Qt.Key_Up)


def test_trial_count_agrees_with_its_number_in_french(qtbot, make_window):
    w = make_window("fr")
    w.open("trials")
    view = w.trials_view
    total = len(view.model.all)
    # a value that only some trials have: the count reads "N essai(s) sur 12", singular for 0 and 1
    combo = view.combos["status"]
    for i in range(1, combo.count()):
        _choose(combo, combo.itemText(i))
        shown = len(view.model.shown)
        word = "essai" if shown <= 1 else "essais"
        assert view.count.text() == f"{shown} {word} sur {total}", view.count.text()


def test_english_glossary_punctuation_is_english(qtbot, make_window):
    w = make_window("en")
    w.open("glossary:PD-L1")
    text = w.reader.page.toPlainText()
    assert "Also searched as:" in text and "as :" not in text


def test_bookmark_star_fills_when_ctrl_d_is_pressed(qtbot, make_window):
    w = make_window("en")
    w.open("section:tils")
    button = w.toolbar.widgetForAction(w.a_bookmark)
    assert button.text().startswith("☆")
    QTest.keyClick(w, Qt.Key_D, Qt.ControlModifier)
    assert button.text().startswith("★"), button.text()
    QTest.keyClick(w, Qt.Key_D, Qt.ControlModifier)
    assert button.text().startswith("☆")


@pytest.mark.parametrize("modifier", [Qt.NoModifier, Qt.ControlModifier])
def test_home_and_end_scroll_the_page(qtbot, make_window, modifier):
    w = make_window("fr", (1366, 768))
    w.open("references")
    page = w.reader.page
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0, "the references page is longer than the window"
    page.setFocus()
    QTest.keyClick(page, Qt.Key_End, modifier)
    assert bar.value() == bar.maximum()
    QTest.keyClick(page, Qt.Key_Home, modifier)
    assert bar.value() == 0


def test_window_title_names_the_current_page(qtbot, make_window):
    w = make_window("en")
    w.focus_search()
    type_keys(w.search_field, "stereosarc")
    qtbot.waitUntil(lambda: w._last_query == "stereosarc", timeout=5000)
    QTest.keyClick(w.search_field, Qt.Key_Return)
    assert w.windowTitle() == "STEREOSARC — SarcoRef"
    w.a_home.trigger()
    assert w.windowTitle() == "Home — SarcoRef"


def test_tree_keeps_what_was_expanded_across_a_language_switch(qtbot, make_window):
    w = make_window("fr")
    trials = w.nav._by_location["trials"]
    w.nav.setCurrentItem(trials)
    w.nav.setFocus()
    QTest.keyClick(w.nav, Qt.Key_Right)  # expand the trials branch with the keyboard
    first = w.nav.topLevelItem(1)
    w.nav.setCurrentItem(first)
    QTest.keyClick(w.nav, Qt.Key_Left)  # and collapse the first chapter
    before = w.nav.expanded_locations()
    assert "trials" in before
    w.a_lang["en"].trigger()
    assert w.nav.expanded_locations() == before


def test_help_menu_offers_the_guide_and_the_shortcuts(qtbot, make_window):
    w = make_window("en")
    texts = [a.text() for a in w.m_help.actions() if not a.isSeparator()]
    assert texts[:2] == ["User guide", "Keyboard shortcuts"]
    QTest.keyClick(w, Qt.Key_F1)
    assert w.location == "guide"
    text = w.reader.page.toPlainText()
    assert "Keyboard shortcuts" in text and "Ctrl+Shift+E" in text and "Export PDF" in text
    w.a_home.trigger()
    w.a_shortcuts.trigger()
    assert w.location == "guide" and w.reader.page.verticalScrollBar().value() > 0


# Words of the source labels themselves ("Registre", "Cours") still find the labels: that is search's to fix (issue 13).
@pytest.mark.parametrize(
    ("lang", "query"), [("fr", "statut"), ("fr", "histologies"), ("en", "timing"), ("en", "status")]
)
def test_search_snippets_show_no_source_labels_or_internal_ids(qtbot, make_window, lang, query):
    w = make_window(lang)
    w.focus_search()
    type_keys(w.search_field, query)
    qtbot.waitUntil(lambda: w._last_query == query, timeout=5000)
    settle()
    assert w.results.hits, f"{query!r} finds something"
    for hit in w.results.hits:
        assert "[" not in hit.text, f"source label in the snippet of {hit.title}: {hit.text!r}"
        if hit.kind in ("tolerance", "section"):
            assert hit.id not in hit.text, f"internal id in the snippet: {hit.text!r}"
