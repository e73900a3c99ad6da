"""Starting the GUI: the application object, the first paint, deep links, headless screenshots."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()


def process_age_ms() -> float:
    """Milliseconds since the process started (Linux: from /proc; elsewhere: since this module loaded)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000)
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _T0) * 1000


def utf8_locale(env=os.environ) -> None:
    """Under LANG=C (a kiosk's service, a bare container) Qt warns at every start that it switches to UTF-8.
    Python coerces such a locale to C.UTF-8 by itself (PEP 538), but not inside a frozen app: do it here."""
    if sys.platform in ("win32", "darwin"):
        return
    value = env.get("LC_ALL") or env.get("LC_CTYPE") or env.get("LANG") or ""
    if "utf8" in value.lower().replace("-", ""):
        return
    env["LC_ALL" if env.get("LC_ALL") else "LC_CTYPE"] = "C.UTF-8"


def _application(offscreen: bool = False):
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    utf8_locale()
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setAttribute(Qt.AA_DontCreateNativeWidgetSiblings)
        app = QApplication(sys.argv[:1])
        app.setApplicationName("SarcoRef")
        app.setOrganizationName("SarcoRef")
        app.setDesktopFileName("sarcoref")  # Wayland matches the window to sarcoref.desktop and its icon
        app.setStyle("Fusion")
        font = app.font()
        font.setPointSizeF(max(10.0, font.pointSizeF()))  # nothing under 9 pt at 100 %, and a little air
        app.setFont(font)
        from PySide6.QtGui import QIcon

        from ..data.paths import resources_dir

        icon = resources_dir() / "icons" / "sarcoref.png"
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    return app


def _open_library(args, show_error):
    """The content library, or None after telling the user (dialog) what is wrong and what to do."""
    from ..data.library import ContentError, open_content

    try:
        return open_content(args.db)
    except ContentError as e:
        show_error(str(e))
        return None, None


def _language(store, args) -> str:
    from . import i18n

    chosen = getattr(args, "sub_lang", None) or args.lang or store.get("language")
    return chosen if chosen in i18n.LANGS else i18n.system_language()


def _fatal_dialog(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from . import a11y

    box = QMessageBox(QMessageBox.Critical, "SarcoRef", message)
    box.setInformativeText(
        "SarcoRef cannot show its content. Reinstall SarcoRef, or start it with --db pointing to a "
        "sound content database (sarcoref check --db FILE tells whether a file is acceptable)."
    )
    a11y.name_icon(box)
    box.exec()


def _install_crash_handler(window_getter) -> None:
    """An unexpected error shows a short reference; the traceback goes to a log in the user folder, never out."""
    from ..data import crashlog

    def show(reference: str) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from . import a11y

        message = QCoreApplication.translate("App", "Something went wrong (reference %1). SarcoRef keeps running. "
                                             "Nothing was sent anywhere.").replace("%1", reference)  # fmt: skip
        where = QCoreApplication.translate("App", "The details are in this file, for whoever looks after SarcoRef: %1")
        a11y.name_icon_of_next_box()
        QMessageBox.warning(
            window_getter(), "SarcoRef", f"{message}\n\n{where.replace('%1', str(crashlog.log_path()))}"
        )

    crashlog.install(show)


def run_gui(args) -> int:
    from .kiosk import kiosk_running, run_kiosk, wants_kiosk  # no Qt imported by these

    if getattr(args, "kiosk", False) or (not getattr(args, "smoke_test", False) and wants_kiosk(args)):
        return run_kiosk(args)  # --kiosk, or IT's configuration file
    if kiosk_running():
        print("sarcoref: a kiosk is running on this machine; it cannot be taken over.", file=sys.stderr)
        return 1
    smoke = bool(getattr(args, "smoke_test", False))
    app = _application()
    from ..data.paths import user_dir
    from ..data.userstore import UserStore
    from . import i18n
    from .instance import SingleInstance
    from .main_window import MainWindow

    instance = None
    if not smoke:
        instance = SingleInstance(user_dir())
        if not instance.acquire() and instance.send(args.open_id):
            said = "it was asked to open " + args.open_id if args.open_id else "its window was brought to the front"
            print(f"sarcoref: SarcoRef is already running; {said}.", file=sys.stderr)
            return 0
    library, notice = _open_library(
        args, _fatal_dialog if not smoke else lambda m: print(f"sarcoref: {m}", file=sys.stderr)
    )
    if library is None:
        return 1
    store = UserStore(ephemeral=smoke)
    lang = _language(store, args)
    i18n.install(lang)
    window = MainWindow(library, store, lang, store.get("theme") or "system", notice=notice)
    if instance is not None:
        instance.open_requested.connect(lambda ident: (window.raise_to_front(), ident and window.open_deep_link(ident)))
    window.restore_geometry()
    from PySide6.QtCore import QTimer

    def painted():
        # The window is on screen: only now open the page and arm the crash reporter.
        if smoke:
            print(f"first paint: {process_age_ms():.0f} ms")
        window.restore(args.open_id)
        _install_crash_handler(lambda: window)
        if smoke:
            QTimer.singleShot(0, app.quit)

    window.first_paint.connect(painted)
    if smoke:
        QTimer.singleShot(20000, lambda: (print("sarcoref: no paint within 20 s", file=sys.stderr), app.exit(1)))
    window.show()
    for headline, detail in _notices(notice, store):
        window.statusBar().showMessage(headline, 15000)
        if not smoke:
            from PySide6.QtWidgets import QMessageBox

            from . import a11y

            box = QMessageBox(QMessageBox.Information, "SarcoRef", headline, parent=window)
            box.setInformativeText(detail)
            a11y.name_icon(box)
            box.exec()
    code = app.exec()
    store.close()
    if instance is not None:
        instance.release()
    return code


def _notices(db_notice: str | None, store) -> list[tuple[str, str]]:
    """What was repaired or refused at start, as (a translated headline, the technical detail)."""
    from PySide6.QtCore import QCoreApplication

    out = []
    if db_notice:
        out.append(
            (
                QCoreApplication.translate(
                    "App", "A content update in your user folder could not be used; SarcoRef shows its own content."
                ),
                db_notice,
            )
        )
    headlines = {
        "repaired": QCoreApplication.translate(
            "App",
            "Your bookmarks and settings file was damaged. It was set aside and a new one was made; "
            "what could be read was kept.",
        ),
        "ephemeral": QCoreApplication.translate(
            "App", "Your bookmarks and settings cannot be saved during this session."
        ),
        "newer": QCoreApplication.translate(
            "App",
            "Your bookmarks and settings come from a newer SarcoRef: they were left untouched, and this "
            "session will not be saved.",
        ),
        "unreadable": QCoreApplication.translate("App", "Your bookmarks and settings could not be read."),
        "unsaved": QCoreApplication.translate("App", "A change to your bookmarks or settings could not be saved."),
    }
    if store.notice:
        out.append(
            (
                headlines.get(
                    store.notice_kind, QCoreApplication.translate("App", "Your bookmarks and settings need attention.")
                ),
                store.notice,
            )
        )
    return out


VIEWS_HELP = "home | section:ID | trial:ID | trials | tolerance | search:QUERY | about | glossary | references | guide | whatsnew"


def screenshot(args) -> int:
    """Render one view offscreen at a given size, language and theme, and write a PNG."""
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        print("sarcoref: error: the screenshot file must end in .png", file=sys.stderr)
        return 2
    app = _application(offscreen=True)
    if getattr(args, "sub_kiosk", False) or getattr(args, "kiosk", False):
        from .kiosk import screenshot_kiosk

        return screenshot_kiosk(args)
    from ..data.userstore import UserStore
    from . import i18n
    from .main_window import MainWindow

    library, notice = _open_library(args, lambda m: print(f"sarcoref: {m}", file=sys.stderr))
    if library is None:
        return 1
    lang = getattr(args, "sub_lang", None) or args.lang or "fr"
    i18n.install(lang)
    store = UserStore(ephemeral=True)
    window = MainWindow(library, store, lang, args.theme, notice=notice)
    w, h = args.size
    window.resize(w, h)
    window.show()
    if not _show_view(window, args.view):
        print(f"sarcoref: unknown view {args.view!r} (one of: {VIEWS_HELP})", file=sys.stderr)
        return 2
    code = save_png(app, window, window.runner, out)
    window.close()
    return code


def save_png(app, window, runner, out: Path) -> int:
    """Let the view settle (a search answers on its worker thread), then write it as a PNG."""
    for _ in range(5):
        app.processEvents()
    runner.wait(3000)
    for _ in range(5):
        app.processEvents()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(out))
    except OSError as e:
        print(f"sarcoref: cannot write {out}: {e}", file=sys.stderr)
        return 1
    if not ok:
        print(f"sarcoref: cannot write {out}", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


def _show_view(window, view: str) -> bool:
    from .main_window import FIXED_VIEWS  # the window's own list, so every fixed page can be rendered

    scheme, _, ident = view.partition(":")
    if scheme == "search":
        window.open("home")
        window.search_field.setText(ident)
        return True
    if scheme == "about":
        return window.open("section:about-content")
    if scheme in FIXED_VIEWS and not ident:
        return window.open(scheme)
    if scheme in ("section", "trial", "ref", "glossary", "ctcae") and ident:
        loc = window._location_for_id(ident)
        return bool(loc) and window.open(loc)
    return False
