"""The organiser's way out: five taps in the top-left corner within three seconds, then the PIN on a pad.

The corner is an invisible widget above everything else; a visitor who taps it sees nothing happen. The PIN
pad refuses a wrong PIN and, after three wrong tries in a row, makes the next one wait (5 s, doubling up to a
minute). Only a salted hash of the PIN is known to the kiosk (see config.py).
"""

from __future__ import annotations

import math
import time
from collections import deque

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from .touch import button, plain_label

TAPS = 5
WINDOW_S = 3.0
FREE_TRIES = 3
LOCKOUT_MS = 5000
LOCKOUT_MAX_MS = 60000


class CornerZone(QWidget):
    """Counts taps; emits `triggered` on the fifth within the time window."""

    triggered = Signal()

    def __init__(self, parent=None, clock=time.monotonic, taps: int = TAPS, window_s: float = WINDOW_S):
        super().__init__(parent)
        self.clock, self.taps, self.window_s = clock, taps, window_s
        self.times: deque[float] = deque(maxlen=taps)
        self._last_stamp = 0
        self.setAttribute(Qt.WA_NoSystemBackground)
        self.setContextMenuPolicy(Qt.NoContextMenu)
        self.setAccessibleName("")  # nothing for a screen reader to announce either

    def mousePressEvent(self, e):  # noqa: N802 (Qt override)
        e.accept()
        self._tap(e.timestamp())

    def mouseDoubleClickEvent(self, e):  # noqa: N802 (Qt override)
        # A quick second tap. Qt 6 on a real display delivers it as this event alone (its press is suppressed), so
        # it is a tap; where a press came first with the same timestamp (QTest, some platforms), it was counted.
        e.accept()
        self._tap(e.timestamp())

    def _tap(self, stamp: int) -> None:
        if stamp and stamp == self._last_stamp:
            return  # the same touch seen twice (a press and its double-click event)
        self._last_stamp = stamp
        now = self.clock()
        self.times.append(now)
        if len(self.times) == self.taps and now - self.times[0] <= self.window_s:
            self.times.clear()
            self.triggered.emit()

    def reset(self) -> None:
        self.times.clear()


class PinPad(QWidget):
    """A full-screen panel with a digit pad. `accepted` when the PIN verifies; `cancelled` otherwise."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, verify, parent=None, lockout_ms: int = LOCKOUT_MS, max_len: int = 12):
        super().__init__(parent)
        self.verify = verify  # pin -> bool
        self.lockout_ms, self.max_len = lockout_ms, max_len
        self.entered = ""
        self.failures = 0  # kept across idle resets: waiting for a reset must not undo the delay
        self.unlock_timer = QTimer(self)
        self.unlock_timer.setSingleShot(True)
        self.unlock_timer.setTimerType(Qt.PreciseTimer)  # the countdown shown must end when the wait does
        self._unlock_at = 0.0
        self.unlock_timer.timeout.connect(self._unlock)
        self.countdown = QTimer(self)  # the seconds left, shown while the pad waits (runs only then)
        self.countdown.setInterval(250)
        self.countdown.timeout.connect(self._show_wait)

        panel = QWidget(self)
        panel.setObjectName("PinPanel")
        self.title = plain_label(panel)
        self.title.setObjectName("ScreenTitle")
        self.title.setAlignment(Qt.AlignCenter)
        self.title.setWordWrap(True)
        self.dots = plain_label(panel)
        self.dots.setObjectName("PinDots")
        self.dots.setAlignment(Qt.AlignCenter)
        self.message = plain_label(panel)
        self.message.setAlignment(Qt.AlignCenter)
        self.message.setWordWrap(True)
        grid = QGridLayout()
        self.digit_buttons = {}
        for n, d in enumerate("123456789"):
            b = button(d, "PinKey", panel)
            b.clicked.connect(lambda _=False, x=d: self._digit(x))
            self.digit_buttons[d] = b
            grid.addWidget(b, n // 3, n % 3)
        self.back_key = button("⌫", "PinKey", panel)
        self.back_key.clicked.connect(self._backspace)
        zero = button("0", "PinKey", panel)
        zero.clicked.connect(lambda: self._digit("0"))
        self.digit_buttons["0"] = zero
        self.ok_key = button("OK", "PinKey", panel)
        self.ok_key.clicked.connect(self.submit)
        grid.addWidget(self.back_key, 3, 0)
        grid.addWidget(zero, 3, 1)
        grid.addWidget(self.ok_key, 3, 2)
        self.cancel_key = button("", "", panel)
        self.cancel_key.clicked.connect(self.cancel)
        inner = QVBoxLayout(panel)
        inner.addWidget(self.title)
        inner.addWidget(self.dots)
        inner.addWidget(self.message)
        inner.addLayout(grid)
        inner.addWidget(self.cancel_key)
        outer = QGridLayout(self)
        outer.addWidget(panel, 0, 0, Qt.AlignCenter)
        self.panel, self.grid, self.inner = panel, grid, inner
        self.retranslate()

    def set_metrics(self, gap: int) -> None:
        self.grid.setSpacing(gap)
        self.inner.setSpacing(gap)
        self.inner.setContentsMargins(gap * 2, gap * 2, gap * 2, gap * 2)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Organiser: enter the PIN to leave kiosk mode"))
        self.cancel_key.setText(self.tr("Cancel"))
        self.back_key.setAccessibleName(self.tr("Delete the last digit"))
        self._show_dots()

    def clear(self) -> None:
        """Forget what was typed (idle reset, cancel); the failure count and any delay stay."""
        self.entered = ""
        if not self.unlock_timer.isActive():
            self.message.setText("")
        self._show_dots()

    @property
    def locked(self) -> bool:
        return self.unlock_timer.isActive()

    def _digit(self, d: str) -> None:
        if not self.locked and len(self.entered) < self.max_len:
            self.entered += d
            self._show_dots()

    def _backspace(self) -> None:
        self.entered = self.entered[:-1]
        self._show_dots()

    def _show_dots(self) -> None:
        self.dots.setText("●" * len(self.entered) if self.entered else "—")
        self.dots.setAccessibleName(self.tr("%n digit(s) entered", "", len(self.entered)))

    def submit(self) -> None:
        if self.locked or not self.entered:
            return
        pin, self.entered = self.entered, ""
        self._show_dots()
        if self.verify(pin):
            self.failures = 0
            self.message.setText("")
            self.accepted.emit()
            return
        self.failures += 1
        if self.failures >= FREE_TRIES:
            delay = min(LOCKOUT_MAX_MS, self.lockout_ms * 2 ** (self.failures - FREE_TRIES))
            self._set_keys_enabled(False)
            self.unlock_timer.start(delay)
            self._unlock_at = time.monotonic() + delay / 1000
            self._show_wait()
            if self.isVisible():
                self.countdown.start()
        else:
            self.message.setText(self.tr("Wrong PIN."))

    def seconds_left(self) -> int:
        return max(1, math.ceil(self._unlock_at - time.monotonic() - 0.05)) if self.locked else 0

    def _show_wait(self) -> None:
        if not self.locked:
            self.countdown.stop()
            return
        self.message.setText(self.tr("Wrong PIN. Too many tries: wait %n second(s).", "", self.seconds_left()))

    def showEvent(self, e):  # noqa: N802 (Qt override)
        super().showEvent(e)
        if self.locked:  # back on the pad during a wait: the count goes on from where it is
            self._show_wait()
            self.countdown.start()

    def hideEvent(self, e):  # noqa: N802 (Qt override)
        self.countdown.stop()  # nobody to read it: no timer runs for it
        super().hideEvent(e)

    def _unlock(self) -> None:
        self.countdown.stop()
        self._set_keys_enabled(True)
        self.message.setText(self.tr("Try again."))

    def _set_keys_enabled(self, on: bool) -> None:
        for b in (*self.digit_buttons.values(), self.back_key, self.ok_key):
            b.setEnabled(on)

    def cancel(self) -> None:
        self.clear()
        self.cancelled.emit()
