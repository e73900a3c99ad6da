"""The floor for start-up: a bare PySide6 window that does nothing but paint once.

Run as a script (`python benchmarks/bare_window.py`); it prints `first paint: N ms` (time since the
process was created, as `sarcoref --smoke-test` does) and exits. `--stay` keeps it open until stdin
closes, so a harness can read its resident memory. Imports nothing from sarcoref: it is the floor.
"""

from __future__ import annotations

import os
import sys
import time


def process_age_ms() -> float:
    """Milliseconds since this process was created (Linux: /proc; elsewhere: since the interpreter ran this file)."""
    try:
        with open("/proc/self/stat", "rb") as f:
            start_ticks = int(f.read().rsplit(b")", 1)[1].split()[19])
        with open("/proc/uptime", "rb") as f:
            uptime_s = float(f.read().split()[0])
        return (uptime_s - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _T_IMPORT) * 1000.0


_T_IMPORT = time.perf_counter()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    stay = "--stay" in sys.argv

    class Window(QMainWindow):
        painted = False

        def paintEvent(self, event):  # noqa: N802 (Qt's name)
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                print(f"first paint: {process_age_ms():.1f} ms", flush=True)
                if not stay:
                    QTimer.singleShot(0, QApplication.quit)

    app = QApplication(sys.argv[:1])
    w = Window()
    w.setWindowTitle("bare")
    w.resize(1024, 700)
    w.show()
    if stay:
        # The harness closes our stdin when it has read what it needs.
        from PySide6.QtCore import QSocketNotifier

        notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        notifier.activated.connect(app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
