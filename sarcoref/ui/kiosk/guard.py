"""The lock on the kiosk's doors that an application can lock: keys that close, quit, switch full screen or
copy; context menus; the middle button's paste. (Ctrl+Alt+Del, the Windows key, Cmd+Tab and the like belong to
the operating system: docs/kiosk.md says how to lock those.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

# Keys refused whatever the modifiers.
REFUSED_KEYS = {
    Qt.Key_Escape, Qt.Key_F1, Qt.Key_F2, Qt.Key_F3, Qt.Key_F4, Qt.Key_F5, Qt.Key_F6, Qt.Key_F7, Qt.Key_F8,
    Qt.Key_F9, Qt.Key_F10, Qt.Key_F11, Qt.Key_F12, Qt.Key_Print, Qt.Key_Menu, Qt.Key_Close, Qt.Key_Back,
    Qt.Key_Forward, Qt.Key_HomePage, Qt.Key_Copy, Qt.Key_Paste, Qt.Key_Cut, Qt.Key_Open, Qt.Key_Save,
    Qt.Key_Explorer, Qt.Key_LaunchMail, Qt.Key_Search, Qt.Key_Exit, Qt.Key_Suspend, Qt.Key_Hibernate,
    Qt.Key_PowerOff, Qt.Key_Sleep, Qt.Key_LogOff, Qt.Key_Tab, Qt.Key_Backtab,
}  # fmt: skip
# Any key with one of these held: Alt+F4, Ctrl+Q, Ctrl+W, Ctrl+C, Ctrl+V, Alt+Tab (when it reaches us)...
REFUSED_MODIFIERS = Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier


def refused(e) -> bool:
    key = e.key()
    if key in REFUSED_KEYS:
        return True
    if key in (Qt.Key_Control, Qt.Key_Alt, Qt.Key_Meta, Qt.Key_Super_L, Qt.Key_Super_R, Qt.Key_AltGr):
        return key != Qt.Key_AltGr  # AltGr types characters on European keyboards
    mods = e.modifiers()
    if mods & Qt.ControlModifier and mods & Qt.AltModifier and e.text().isprintable() and e.text():
        return False  # AltGr arrives as Ctrl+Alt on Windows: it types @, €, ...
    return bool(mods & REFUSED_MODIFIERS)


class KioskGuard(QObject):
    """An application-wide event filter; `refusals` counts what it stopped (for tests and curiosity)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.refusals = 0

    def eventFilter(self, obj, e) -> bool:  # noqa: N802 (Qt override)
        t = e.type()
        if t == QEvent.ShortcutOverride:
            if refused(e):
                e.accept()  # accepted here, so no shortcut anywhere can fire for it
                return True
            return False
        if t in (QEvent.KeyPress, QEvent.KeyRelease):
            if refused(e):
                if t == QEvent.KeyPress:
                    self.refusals += 1
                return True
            return False
        if t == QEvent.ContextMenu:
            self.refusals += 1
            return True
        if t in (QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.MouseButtonDblClick):
            # no paste of the X11 selection, no context menu, no history buttons
            return e.button() in (Qt.MiddleButton, Qt.RightButton, Qt.BackButton, Qt.ForwardButton)
        return t in (QEvent.Drop, QEvent.DragEnter)  # nothing dropped in from outside
