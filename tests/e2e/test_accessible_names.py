"""What a screen reader says for the toolbar: plain words, never the painted arrow or star symbols."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

SYMBOLS = set("◀▶⌂★☆←→")


def _toolbar_names(window) -> list[str]:
    names = []
    for action in window.toolbar.actions():
        button = window.toolbar.widgetForAction(action)
        if button is None or not action.isVisible() or button is window.search_field:
            continue
        iface = QAccessible.queryAccessibleInterface(button)
        names.append(iface.text(QAccessible.Text.Name))
    return names


def test_toolbar_buttons_are_named_in_plain_words(make_window, qtbot):
    w = make_window("en")
    names = _toolbar_names(w)
    assert "Back" in names and "Home" in names and "Bookmark" in names
    assert not [n for n in names if SYMBOLS & set(n) or not n.strip()]
    qtbot.keyClick(w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # bookmark the page
    qtbot.waitUntil(lambda: "Bookmarked" in _toolbar_names(w), timeout=3000)
    assert not [n for n in _toolbar_names(w) if SYMBOLS & set(n)]


def test_search_clear_button_is_named_in_both_languages(make_window, qtbot):
    from PySide6.QtWidgets import QToolButton

    for lang, expected in (("en", "Clear search"), ("fr", "Effacer la recherche")):
        w = make_window(lang)
        w.search_field.setFocus()
        qtbot.keyClicks(w.search_field, "pd")  # the clear button appears once there is text
        buttons = w.search_field.findChildren(QToolButton)
        assert buttons
        names = {QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name) for b in buttons}
        assert names == {expected}
        w.close()
