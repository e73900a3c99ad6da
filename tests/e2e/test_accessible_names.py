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


def _iface(widget):
    return QAccessible.queryAccessibleInterface(widget)


def test_the_contents_tree_has_a_worded_header_and_leaves_are_not_expanded(make_window):
    w = make_window("en")
    tree = _iface(w.nav)
    rows = [tree.child(i) for i in range(tree.childCount())]
    headers = [r.text(QAccessible.Text.Name) for r in rows if r.role() == QAccessible.Role.ColumnHeader]
    assert headers == ["Contents"]
    items = [r for r in rows if r.role() == QAccessible.Role.TreeItem]
    leaves = [r.text(QAccessible.Text.Name) for r in items if not r.state().expandable and r.state().expanded]
    assert items and not leaves, f"rows without children said to be expanded: {leaves}"


def test_the_crash_dialog_icon_is_named(make_window, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    from sarcoref.data import crashlog
    from sarcoref.ui import app

    w = make_window("en")
    shown = []
    monkeypatch.setattr(crashlog, "install", shown.append)  # the app's crash reporter, as it would be armed
    app._install_crash_handler(lambda: w)
    names = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        names.append(box.findChild(QLabel, "qt_msgboxex_icon_label").accessibleName())
        box.accept()

    QTimer.singleShot(20, read_and_close)
    shown[0]("0badf00d")  # what the reporter does after logging an unexpected exception
    assert names == ["Warning"]


def _announcements(monkeypatch) -> list[str]:
    said = []
    real = QAccessible.updateAccessibility

    def record(event):
        if event.type() == QAccessible.Event.Announcement:
            said.append(event.message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return said


def test_counts_copies_and_status_messages_are_announced(make_window, qtbot, monkeypatch):
    said = _announcements(monkeypatch)
    w = make_window("en")
    w.open("trials")
    combo = w.trials_view.combos["status"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next status: fewer trials shown
    assert w.trials_view.count.text() in said and " of " in w.trials_view.count.text()
    count_iface = _iface(w.trials_view.count)
    assert count_iface.text(QAccessible.Text.Name) == w.trials_view.count.text()  # the count, not a fixed name

    w.open("trial:NCT03092323")
    qtbot.mouseClick(w._header.copy_id_btn, Qt.MouseButton.LeftButton)
    assert "Copied" in said
    assert _iface(w._header.copied_label).text(QAccessible.Text.Name) == "Copied"

    qtbot.keyClick(w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # bookmark: the status bar says so
    assert any(s.startswith("Bookmarked") for s in said), said


def test_up_and_down_in_the_search_field_say_the_hit_they_choose(make_window, qtbot, monkeypatch):
    said = _announcements(monkeypatch)
    w = make_window("en")
    w.search_field.setFocus()
    qtbot.keyClicks(w.search_field, "abscopal")
    qtbot.waitUntil(lambda: w.results.list.count() > 1, timeout=5000)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
        qtbot.keyClick(w.search_field, key)
        item = w.results.list.currentItem()
        assert w.search_field.hasFocus() and item is not None
        assert said[-1] == item.data(Qt.ItemDataRole.AccessibleTextRole) and said[-1].strip()
