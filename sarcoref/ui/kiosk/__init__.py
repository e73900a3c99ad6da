"""Kiosk mode for conference touchscreens (docs/kiosk.md).

This module imports no Qt at load time: `sarcoref kiosk-pin` and the check of the configuration file's
`enabled` key run without a display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NO_PIN = (
    "kiosk mode needs an organiser PIN, the only way to leave it. Set one with: sarcoref kiosk-pin "
    "(then start the kiosk again)"
)
ALREADY_RUNNING = "a SarcoRef kiosk is already running in this session; this one does not start"
EXIT_ALREADY_RUNNING = 3  # not 0: a supervisor's restart loop must keep trying until the other kiosk is gone
EXIT_WINDOW_LOST = 4  # the window was taken off the screen for good: exit so that a supervisor restarts the kiosk
VIEWS = "attract[:N] | home | lecture | trials | tolerance | search:QUERY | keyboard | trial:ID | section:ID | pin"


def wants_kiosk(args) -> bool:
    """--kiosk, or `"enabled": true` in a kiosk configuration file."""
    if getattr(args, "kiosk", False):
        return True
    from .config import enabled_in_config

    return enabled_in_config()


def _print_notices(config) -> None:
    for notice in config.notices:
        print(f"sarcoref: kiosk configuration: {notice}", file=sys.stderr)


def _show_fatal(message: str) -> None:
    """A dialog as well as stderr: a kiosk started by the OS has no terminal to read."""
    print(f"sarcoref: {message}", file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return
    try:
        from PySide6.QtWidgets import QMessageBox

        from ..app import _application

        _application()
        QMessageBox.critical(None, "SarcoRef", message[0].upper() + message[1:] + ".")
    except Exception:
        pass


class KioskLock:
    """One kiosk per user session, without blocking a restart after a crash: a QLockFile in the temporary folder
    (never the user folder, where the kiosk writes nothing). A lock whose process is dead is stale and taken over."""

    def __init__(self, path: Path | None = None):
        from PySide6.QtCore import QDir, QLockFile

        user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
        safe = "".join(ch for ch in user if ch.isalnum()) or "user"
        self.path = path or Path(QDir.tempPath()) / f"sarcoref-kiosk-{safe}.lock"
        self.lock = QLockFile(str(self.path))
        self.lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        try:
            return self.lock.tryLock(0)
        except Exception:
            return True  # no lock possible: run rather than refuse

    def release(self) -> None:
        self.lock.unlock()


def kiosk_running() -> bool:
    """True while a kiosk runs in this session (for the normal app: a second launch must not open a window)."""
    probe = KioskLock()
    if probe.acquire():
        probe.release()
        return False
    return True


def run_kiosk(args, timings=None) -> int:
    from .config import load

    config = load()
    _print_notices(config)
    if not config.has_pin:
        _show_fatal(NO_PIN)
        return 2
    lang = getattr(args, "lang", None)
    if lang in ("fr", "en"):
        config.default_language = lang
    lock = KioskLock()  # before any window or dialog: a second kiosk says one line and leaves
    if not lock.acquire():
        print(f"sarcoref: {ALREADY_RUNNING}.", file=sys.stderr)
        return EXIT_ALREADY_RUNNING
    from ...data.library import UNSIGNED
    from ..app import _application, _open_library

    app = _application()
    library, _notice = _open_library(args, lambda m: _show_fatal(m))
    if library is not None and library.provenance.level == UNSIGNED:  # the public sees only signed content
        _show_fatal(f"kiosk mode shows only content signed by the publisher, and {library.provenance.detail}")
        library = None
    if library is None:
        lock.release()
        return 1
    from ...data import crashlog
    from .window import KioskWindow

    window = KioskWindow(library, config, timings)
    # An unexpected error: logged (visitors' search text redacted), the kiosk goes back to its attract screen.
    crashlog.install(lambda ref: window.reset())
    window.start()
    smoke = bool(getattr(args, "smoke_test", False))
    if smoke:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(500, lambda: (print(f"kiosk shown: {window.location}"), window._exit()))
    window.exit_requested.connect(app.quit)

    def lost(why: str) -> None:
        print(f"sarcoref: {why}; the kiosk exits so that it can be started again.", file=sys.stderr)
        app.exit(EXIT_WINDOW_LOST)

    window.window_lost.connect(lost)
    code = app.exec()
    window.shutdown()
    lock.release()
    return code


def screenshot_kiosk(args) -> int:
    """Render one kiosk view offscreen (for review; no PIN needed, nothing written but the PNG)."""
    from ..app import _application, _open_library, save_png

    out = Path(args.out)
    app = _application(offscreen=True)
    from .config import KioskConfig, load

    config = load()
    lang = getattr(args, "sub_lang", None) or getattr(args, "lang", None) or config.default_language
    config = KioskConfig(default_language=lang if lang in ("fr", "en") else "fr",
                         theme="contrast" if getattr(args, "theme", "light") == "contrast" else "light")  # fmt: skip
    library, _notice = _open_library(args, lambda m: print(f"sarcoref: {m}", file=sys.stderr))
    if library is None:
        return 1
    from .window import KioskWindow

    window = KioskWindow(library, config, enforce=False)
    w, h = args.size
    window.resize(w, h)
    window.start()
    app.processEvents()
    if not show_view(window, args.view):
        print(f"sarcoref: unknown kiosk view {args.view!r} (one of: {VIEWS})", file=sys.stderr)
        window.shutdown()
        window.close()
        return 2
    code = save_png(app, window, window.search.runner, out)
    window.shutdown()
    window.close()
    window.deleteLater()
    return code


def show_view(window, view: str) -> bool:
    scheme, _, ident = view.partition(":")
    if scheme == "attract":
        window.reset()
        if ident:  # attract:N shows the N-th slide (1-based) for review
            if not ident.isdigit() or not 1 <= int(ident) <= len(window.attract.slides):
                return False
            for _ in range(int(ident) - 1):
                window.attract.next_slide()
        return True
    if view == "keyboard":
        window.open("search")
        window.search.show_keyboard()
        return True
    if scheme == "search":
        window.open("search")
        if ident:
            window.search.field.setText(ident)
            window.search.hide_keyboard()
        return True
    if view in ("home", "lecture", "trials", "tolerance", "pin"):
        return window.open(view)
    if scheme in ("trial", "section", "ref", "glossary", "ctcae") and ident:
        return window.open(view)
    return False
