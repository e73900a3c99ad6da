"""The reader read line by line from the keyboard: a caret that arrows move, and toggles that keep it and say
whether they are open."""

from __future__ import annotations

from PySide6.QtCore import Qt


def press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(w.windowHandle(), key, modifier)


def test_arrows_move_a_caret_through_the_page_and_shift_selects(make_window, qtbot):
    w = make_window("en")
    w.open("section:tils")
    page = w.reader.page
    page.setFocus()
    press(qtbot, w, Qt.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert page.textCursor().position() == 0
    lines = []
    for _ in range(3):
        press(qtbot, w, Qt.Key_Down)
        lines.append(page.textCursor().blockNumber())
    assert lines == sorted(lines) and lines[-1] > 0, f"Down did not move the caret line by line: {lines}"
    for _ in range(5):
        press(qtbot, w, Qt.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert len(page.textCursor().selectedText()) == 5


def _toggle_text(page, href: str) -> str:
    doc = page.document()
    block, parts = doc.begin(), []
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().anchorHref() == href:
                parts.append(it.fragment().text())
            it += 1
        block = block.next()
    return "".join(parts)


def test_a_ctcae_toggle_opens_in_place_and_says_its_state_in_words(make_window, qtbot):
    for lang, shown, hidden in (("en", "grades shown", "grades hidden"), ("fr", "grades affichés", "grades masqués")):
        w = make_window(lang)
        w.open("tolerance")
        page = w.tolerance_view.side_page
        page.setFocus()
        for _ in range(200):  # Tab from link to link until a CTCAE toggle has the focus
            press(qtbot, w, Qt.Key_Tab)
            href = page.textCursor().charFormat().anchorHref()
            if href.startswith("ctcae:"):
                break
        assert href.startswith("ctcae:"), "no CTCAE toggle reached by Tab"
        assert hidden in _toggle_text(page, href)
        press(qtbot, w, Qt.Key_Return)
        assert shown in _toggle_text(page, href), _toggle_text(page, href)
        cursor = page.textCursor()
        assert cursor.hasSelection() and cursor.charFormat().anchorHref() == href, "the caret left the toggle"
        press(qtbot, w, Qt.Key_Return)
        assert hidden in _toggle_text(page, href)
        w.close()
