"""What a screen reader says on the kiosk's picture-only labels: the slide dots and the PIN display in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from sarcoref.ui import i18n
from sarcoref.ui.kiosk.attract import AttractScreen
from sarcoref.ui.kiosk.exit_gesture import PinPad


def _name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_pin_display_says_how_many_digits_were_entered(qtbot):
    i18n.install("en")
    pad = PinPad(lambda pin: False, lockout_ms=100)
    qtbot.addWidget(pad)
    pad.show()
    assert _name(pad.dots) == "0 digits entered"
    for d in "25":
        qtbot.mouseClick(pad.digit_buttons[d], Qt.MouseButton.LeftButton)
    assert _name(pad.dots) == "2 digits entered"
    assert not set(_name(pad.dots)) & set("●—")


def test_slide_dots_say_which_slide_is_shown(qtbot):
    from sarcoref.data.library import Library

    i18n.install("en")
    screen = AttractScreen(Library(), "en", "light", slide_ms=60_000)
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.show()
    screen.start()
    qtbot.waitUntil(lambda: bool(screen.dots.text()), timeout=3000)
    total = screen.dots.text().count("○") + screen.dots.text().count("●")
    assert _name(screen.dots) == f"Slide 1 of {total}"
