"""Idle detection: one single-shot timer, armed only while a visitor is using the kiosk.

An event filter on the application sees every touch, click, key and wheel turn (it never swallows them) and
restarts the timer. While the attract screen shows, the timer is stopped: a kiosk idling all night runs no
timer but the attract loop's slow slide change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

# QEvent.Scroll: a finger dragging a list. The list's QScroller (LeftMouseButtonGesture) consumes the moves of the
# drag before any application event filter sees them; what reaches us is the scroll it asks for.
ACTIVITY = {
    QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.MouseButtonDblClick, QEvent.KeyPress,
    QEvent.Wheel, QEvent.TouchBegin, QEvent.TouchUpdate, QEvent.TabletPress, QEvent.Scroll,
}  # fmt: skip


class IdleWatcher(QObject):
    timed_out = Signal()

    def __init__(self, interval_ms: int, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(interval_ms)))
        self.timer.timeout.connect(self.timed_out)
        self.armed = False

    def arm(self) -> None:
        """A visitor is here: count from now."""
        self.armed = True
        self.timer.start()

    def disarm(self) -> None:
        """Back on the attract screen: nothing to count."""
        self.armed = False
        self.timer.stop()

    def eventFilter(self, obj, e) -> bool:  # noqa: N802 (Qt override)
        if self.armed and e.type() in ACTIVITY:
            self.timer.start()
        elif self.armed and e.type() == QEvent.MouseMove and e.buttons():
            self.timer.start()  # a finger dragging where no scroller takes the moves
        return False
