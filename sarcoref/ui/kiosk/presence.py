"""Keeping the kiosk's window on the screen, or leaving so that a supervisor can start it again.

Something other than the organiser can take the window off the screen: a window manager or another program
unmaps it (`xdotool windowunmap`), destroys it (`xdotool windowclose`), maps it back without its full-screen and
always-on-top states, or switches desktops. Qt keeps believing the window is shown, so nothing else would notice:
the screen stays black for good and the process lives on, holding the kiosk's lock.

The watcher listens to the window's exposure (an event, no polling: an idle kiosk runs no timer of ours). When
the window stops being exposed, it waits a moment (a desktop switch or a quick re-map may bring it back), then
makes a new native window, full screen and on top. When the window comes back by someone else's hand, its states
are set again (a window manager drops them when a window is withdrawn). If the window cannot be brought back, or
keeps being taken away, `gave_up` is emitted: the kiosk exits with a failure status, so that its supervisor
(systemd's Restart=on-failure, an `until sarcoref --kiosk` loop, Shell Launcher) starts it again.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

GRACE_MS = 400  # a quick re-map or a desktop switch back: nothing to do
VERIFY_MS = 2500  # after a new window is made: it must be on the screen by then
ATTEMPTS = 3  # new windows made in a row without success, then give up
STORM = (8, 60.0)  # this many losses within so many seconds: something keeps taking the window away; give up


class WindowPresence(QObject):
    gave_up = Signal(str)  # why, one line
    restored = Signal()  # the window is on the screen again (for tests and the log)

    def __init__(self, widget, clock=time.monotonic):
        super().__init__(widget)
        self.widget, self.clock = widget, clock
        self.handle = None
        self.lost = False  # the window was taken off the screen and is not back yet
        self.attempts = 0
        self.losses: list[float] = []
        self.recoveries = 0
        self.active = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._check)

    def watch(self) -> None:
        """Follow the widget's native window (call after it is first shown)."""
        handle = self.widget.windowHandle()
        if handle is not None and handle is not self.handle:
            if self.handle is not None:
                self.handle.removeEventFilter(self)
            self.handle = handle
            handle.installEventFilter(self)

    def stop(self) -> None:
        self.active = False
        self.timer.stop()
        if self.handle is not None:
            self.handle.removeEventFilter(self)
            self.handle = None

    def exposed(self) -> bool:
        handle = self.widget.windowHandle()
        return handle is not None and handle.isExposed()

    def eventFilter(self, obj, e) -> bool:  # noqa: N802 (Qt override)
        if self.active and obj is self.handle and e.type() == QEvent.Expose:
            if not obj.isExposed():
                self._lose()
            elif self.lost:
                self._back()
        return False

    def check_now(self) -> None:
        """At an idle reset: if the window is not on the screen, bring it back now rather than later."""
        if self.active and not self.exposed():
            self.lost = True
            self.timer.start(0)

    # ------------------------------------------------------------------ what happens

    def _lose(self) -> None:
        if self.lost:
            return
        self.lost = True
        now = self.clock()
        self.losses = [t for t in self.losses if now - t <= STORM[1]] + [now]
        if len(self.losses) >= STORM[0]:
            self._give_up("the kiosk's window keeps being taken off the screen")
            return
        self.timer.start(GRACE_MS)

    def _back(self) -> None:
        """Exposed again. A window manager drops full screen and always-on-top from a withdrawn window: set them
        again, once (the window stays mapped while they are set)."""
        self.lost = False
        self.attempts = 0
        handle = self.handle
        flags = handle.flags()
        handle.setFlags(flags & ~Qt.WindowStaysOnTopHint)
        handle.setFlags(flags | Qt.WindowStaysOnTopHint)
        handle.setWindowState(Qt.WindowNoState)
        handle.setWindowState(Qt.WindowFullScreen)
        self.widget.raise_()
        self.widget.activateWindow()
        self.restored.emit()

    def _check(self) -> None:
        if not self.active:
            return
        if self.exposed():
            if self.lost:
                self._back()
            return
        if self.attempts >= ATTEMPTS:
            self._give_up("the kiosk's window was taken off the screen and could not be shown again")
            return
        self.attempts += 1
        self._recreate()
        self.timer.start(VERIFY_MS)

    def _recreate(self) -> None:
        """A new native window: the old one may be unmapped, stripped of its states, or destroyed outright."""
        self.recoveries += 1
        handle = self.widget.windowHandle()
        if handle is not None:
            handle.destroy()
        self.widget.showFullScreen()
        self.watch()
        self.widget.raise_()
        self.widget.activateWindow()

    def _give_up(self, why: str) -> None:
        self.stop()
        self.gave_up.emit(why)
