"""Our own on-screen keyboard: French AZERTY with accented letters, English QWERTY.

Keys never take the focus; they edit the target line edit directly (insert, backspace, clear), so nothing
goes through the system's input methods and nothing needs Qt Virtual Keyboard (GPL) or the OS keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from .touch import button

BACKSPACE, SPACE, CLEAR, HIDE = "⌫", "space", "clear", "hide"

LAYOUTS = {
    "fr": [
        list("1234567890-"),
        list("éèêàçùôîïëœ"),
        list("azertyuiop"),
        list("qsdfghjklm"),
        [*"wxcvbn'", BACKSPACE],
    ],
    "en": [
        list("1234567890-"),
        list("qwertyuiop"),
        list("asdfghjkl'"),
        [*"zxcvbnm", BACKSPACE],
    ],
}


class OnScreenKeyboard(QWidget):
    hide_requested = Signal()
    typed = Signal()  # any key: the kiosk counts it as activity like any touch

    def __init__(self, target: QLineEdit, parent=None):
        super().__init__(parent)
        self.setObjectName("Keyboard")
        self.target = target
        self.layout_name = ""
        self.keys: dict[str, object] = {}
        self._cache: dict[str, dict[str, object]] = {}
        self._rows = QVBoxLayout(self)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._rows.addWidget(self._grid_host)
        bottom = QHBoxLayout()
        self.space = button("", "Key", self)
        self.clear = button("", "Key", self)
        self.hide_key = button("", "Key", self)
        self.space.clicked.connect(lambda: self._insert(" "))
        self.clear.clicked.connect(self._clear)
        self.hide_key.clicked.connect(self.hide_requested)
        bottom.addWidget(self.clear, 2)
        bottom.addWidget(self.space, 6)
        bottom.addWidget(self.hide_key, 2)
        self._rows.addLayout(bottom)
        self.set_layout("fr")
        self.retranslate()

    def set_metrics(self, gap: int) -> None:
        self._grid.setSpacing(gap)
        self._rows.setSpacing(gap)
        self._rows.setContentsMargins(gap, gap, gap, gap)

    def retranslate(self) -> None:
        self.space.setText(self.tr("Space"))
        self.clear.setText(self.tr("Clear"))
        self.hide_key.setText(self.tr("Hide ▾"))
        self.space.setAccessibleName(self.tr("Space"))
        if BACKSPACE in self.keys:
            self.keys[BACKSPACE].setAccessibleName(self.tr("Delete the last letter"))

    def set_layout(self, name: str) -> None:
        """Keys of `name` (fr or en). The key buttons are made once per layout and kept (no churn on resets)."""
        name = name if name in LAYOUTS else "en"
        if name == self.layout_name:
            return
        self.layout_name = name
        cache = self._cache
        for b in self.keys.values():
            b.hide()
            self._grid.removeWidget(b)
        if name not in cache:
            cache[name] = {}
            for row in LAYOUTS[name]:
                for ch in row:
                    b = button(ch, "Key", self._grid_host)
                    b.clicked.connect(self._backspace if ch == BACKSPACE else (lambda _=False, c=ch: self._insert(c)))
                    cache[name][ch] = b
        self.keys = cache[name]
        # Every row on a 22-column grid, centred: a key is two columns, backspace three.
        for r, row in enumerate(LAYOUTS[name]):
            width = sum(3 if ch == BACKSPACE else 2 for ch in row)
            col = (22 - width) // 2
            for ch in row:
                span = 3 if ch == BACKSPACE else 2
                self._grid.addWidget(self.keys[ch], r, col, 1, span)
                self.keys[ch].show()
                col += span
        for c in range(22):
            self._grid.setColumnStretch(c, 1)
        self.retranslate()

    def _insert(self, text: str) -> None:
        self.target.insert(text)
        self.typed.emit()

    def _backspace(self) -> None:
        self.target.backspace()
        self.typed.emit()

    def _clear(self) -> None:
        self.target.clear()
        self.typed.emit()
