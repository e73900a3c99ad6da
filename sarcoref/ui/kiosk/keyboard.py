"""Our own on-screen keyboard: French AZERTY with accented letters, English QWERTY.

Keys never take the focus; they edit the target line edit directly (insert, backspace, clear), so nothing
goes through the system's input methods and nothing needs Qt Virtual Keyboard (GPL) or the OS keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

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


# The bottom row: Clear, Space, Hide, in the same 22 units as a row of eleven keys.
BOTTOM_UNITS = (5, 12, 5)
UNITS = 22  # a letter is two units, backspace three
MIN_KEY = 44  # WCAG 2.5.5


class OnScreenKeyboard(QWidget):
    """Keys placed by hand, not by a layout: each key's rectangle is computed from the keyboard's own size, so keys
    never overlap and keep a visible gap whatever the screen, and the keyboard's height is fixed by its owner
    (`fit_height`), so it does not move while a visitor types."""

    hide_requested = Signal()
    typed = Signal()  # any key: the kiosk counts it as activity like any touch

    def __init__(self, target: QLineEdit, parent=None):
        super().__init__(parent)
        self.setObjectName("Keyboard")
        self.setAttribute(Qt.WA_StyledBackground)  # its own panel behind the keys
        self.target = target
        self.layout_name = ""
        self.gap = 8
        self.keys: dict[str, object] = {}
        self._cache: dict[str, dict[str, object]] = {}
        self.space = button("", "Key", self)
        self.clear = button("", "Key", self)
        self.hide_key = button("", "Key", self)
        self.space.clicked.connect(lambda: self._insert(" "))
        self.clear.clicked.connect(self._clear)
        self.hide_key.clicked.connect(self.hide_requested)
        self.set_layout("fr")
        self.retranslate()

    # ------------------------------------------------------------------ geometry

    @staticmethod
    def row_count() -> int:
        """Rows of the tallest layout, bottom row included: the keyboard's height is the same in every language."""
        return max(len(rows) for rows in LAYOUTS.values()) + 1

    def fit_height(self, key_height: int, room: int) -> int:
        """The keyboard's height for keys of `key_height` px, at most `room` px, never keys under 44 px."""
        n, g = self.row_count(), self.gap
        wanted = n * key_height + (n + 1) * g
        least = n * MIN_KEY + (n + 1) * g
        return max(least, min(wanted, room))

    def set_metrics(self, gap: int) -> None:
        self.gap = max(4, gap)
        self._place()

    def rows(self) -> list[list[tuple[object, float]]]:
        """The visible keys, row by row, each with its width in units (for placing, and for tests)."""
        out = []
        for row in LAYOUTS[self.layout_name]:
            out.append([(self.keys[ch], 3 if ch == BACKSPACE else 2) for ch in row])
        out.append(list(zip((self.clear, self.space, self.hide_key), BOTTOM_UNITS, strict=True)))
        return out

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        self._place()

    def _place(self) -> None:
        rows = self.rows()
        g, n = self.gap, len(rows)
        w, h = self.width() - 2 * g, self.height() - 2 * g

        def x(u: float) -> int:  # left edge of unit u; a key ends one gap before the next key's edge
            return g + round(u * (w + g) / UNITS)

        def y(r: int) -> int:
            return g + round(r * (h + g) / n)

        for r, row in enumerate(rows):
            u = (UNITS - sum(units for _, units in row)) / 2  # centred
            top, bottom = y(r), y(r + 1) - g
            for key, units in row:
                left, right = x(u), x(u + units) - g
                key.setGeometry(QRect(left, top, max(1, right - left), max(1, bottom - top)))
                u += units

    # ------------------------------------------------------------------ text and layouts

    def retranslate(self) -> None:
        self.space.setText(self.tr("Space"))
        self.clear.setText(self.tr("Clear"))
        self.hide_key.setText(self.tr("Hide ▾"))
        self.space.setAccessibleName(self.tr("Space"))
        self.hide_key.setAccessibleName(self.tr("Hide the keyboard"))
        spoken = {BACKSPACE: self.tr("Delete the last letter"), "-": self.tr("Hyphen"), "'": self.tr("Apostrophe")}
        for ch, name in spoken.items():  # a screen reader may say nothing for a lone sign
            if ch in self.keys:
                self.keys[ch].setAccessibleName(name)

    def set_layout(self, name: str) -> None:
        """Keys of `name` (fr or en). The key buttons are made once per layout and kept (no churn on resets)."""
        name = name if name in LAYOUTS else "en"
        if name == self.layout_name:
            return
        self.layout_name = name
        for b in self.keys.values():
            b.hide()
        if name not in self._cache:
            made = self._cache[name] = {}
            for row in LAYOUTS[name]:
                for ch in row:
                    b = button(ch, "Key", self)
                    b.clicked.connect(self._backspace if ch == BACKSPACE else (lambda _=False, c=ch: self._insert(c)))
                    made[ch] = b
        self.keys = self._cache[name]
        for b in self.keys.values():
            b.show()
        self._place()
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
