"""A complete GUI session in one process (not a test module), run by test_gui_offline.py under the no-network
shim (LD_PRELOAD) with Python's socket.socket replaced by a recorder that refuses, and an audit hook on every
network event. It starts the real app (run_gui, then run_kiosk) and drives it from inside its event loop like a
user: every view, search, QR codes, PDF export, language and theme, the about box, a crash in a slot; then the
kiosk: attract, home, a trial, tolerance, on-screen search, a reset, the organiser's PIN.

    python tests/reliability/gui_session.py OUT_DIR [--db FILE]     the session; prints "step: …" lines, then JSON
    python tests/reliability/gui_session.py --guard-self-test       the guard catches a connection attempt

The last line is JSON: {"steps": [...], "python_network": [...attempts...], "failed": "..." or null}.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import traceback
from pathlib import Path

ATTEMPTS: list[str] = []
NETWORK_EVENTS = ("socket.", "urllib.Request", "http.client.", "ftplib.", "smtplib.", "webbrowser.open")
_real_socket = socket.socket


class _RefusingSocket(_real_socket):
    """Replaces socket.socket (a subclass, not a function: ssl subclasses socket.socket when it is imported):
    records each attempt, with who asked, and refuses it, as the shim does below Python."""

    def __init__(self, *args, **kwargs):
        ATTEMPTS.append(f"socket.socket{args} from {''.join(traceback.format_stack(limit=4)[:-1]).strip()[-300:]}")
        raise OSError("network refused by the SarcoRef session test")


def _audit(event: str, args) -> None:
    if event.startswith(NETWORK_EVENTS):
        ATTEMPTS.append(f"audit {event} {str(args)[:150]}")


def install_guard() -> None:
    socket.socket = _RefusingSocket
    sys.addaudithook(_audit)


STEPS: list[str] = []


def step(name: str, detail: str = "") -> None:
    STEPS.append(name)
    print(f"step: {name}{' — ' + detail if detail else ''}", flush=True)


def check(condition: bool, what: str) -> None:
    if not condition:
        raise AssertionError(what)


# ---------------------------------------------------------------- the main window


def drive_main_window(window, out: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from sarcoref.ui.about import AboutDialog

    app = QApplication.instance()
    lib = window.library

    def settle():
        for _ in range(3):
            app.processEvents()

    check(window.open("home"), "home")
    settle()
    step("home", window.location)
    for lang in ("fr", "en"):
        window.set_language(lang)
        sections = [*lib.items("section", lang), *lib.items("about", lang)]
        for item in sections:
            check(window.open(f"section:{item.id}"), item.id)
            window.grab()
        step(f"every section ({lang})", f"{len(sections)} pages")
        trials = lib.items("trial", lang)
        for item in trials:
            check(window.open(f"trial:{item.id}"), item.id)
            header = window.reader._header
            check(header is not None and not header.qr_label.pixmap().isNull(), f"QR code of {item.id}")
            window.grab()
        step(f"every trial card with its QR code ({lang})", f"{len(trials)} trials")
    check(window.open("trials"), "trials")
    view = window.trials_view
    everything = view.model.rowCount()
    code = next(v["code"] for v in lib.facet_values(window.lang)["setting"])
    check(view.set_filter("setting", code), "a setting filter")
    settle()
    window.grab()
    step("trials grid with a filter", f"{view.model.rowCount()} of {everything} cards for setting={code}")
    view.clear_filters()
    check(window.open("tolerance"), "tolerance")
    tol = window.tolerance_view
    for n in (0, 1):
        tol.tabs.setCurrentIndex(n)
        window.grab()
    keys = tol._toggle_keys()
    check(bool(keys), "CTCAE toggles")
    tol.toggle_ctcae(keys[0])
    check(keys[0] in tol.open_ctcae, "CTCAE table opened")
    window.grab()
    step("tolerance, both tabs, a CTCAE table", keys[0])
    for fixed, kind in (("glossary", "glossary"), ("references", "reference")):
        check(window.open(fixed), fixed)
        first = lib.items(kind, window.lang)[0]
        check(window.open(window._location_for_id(first.id)), first.id)
        window.grab()
        step(fixed, window.location)
    for item in lib.items("ctcae", window.lang):
        check(window.open(window._location_for_id(item.id)), item.id)
    step("every CTCAE page", str(len(lib.items("ctcae", window.lang))))
    about = AboutDialog(lib, window.lang, window)
    about.show()
    about.grab()
    text = about.about_html(lib, window.lang)
    check("never opens a network connection" in text, "about box text")
    about.close()
    step("about box", "says SarcoRef never opens a network connection")

    window.open("home")
    window.focus_search()
    QTest.keyClicks(window.search_field, "abscopal")
    window.runner.wait(5000)
    settle()
    check(bool(window.results.hits), "search hits")
    QTest.keyClick(window.search_field, Qt.Key_Return)
    check(window.location != "home", "a hit opened")
    step("typed search, hit opened", f"{len(window.results.hits)} hits; opened {window.location}")
    QTest.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    QTest.keyClicks(window.reader.find_bar.field, "abscopal")
    step("find in page", f"{len(window.reader.find_bar.ranges)} matches")
    window.reader.find_bar.close_bar()
    window.search_field.clear()

    pdf = out / "page.pdf"
    check(window.export_pdf(str(pdf)) == str(pdf) and pdf.read_bytes()[:5] == b"%PDF-", "PDF export")
    window.open("tolerance")
    check(window.export_pdf(str(out / "tolerance.pdf")) is not None, "PDF of the tolerance view")
    step("PDF export", f"{pdf.stat().st_size} bytes")

    for theme_name in ("dark", "contrast", "light"):
        window.apply_theme(theme_name, save=True)
        window.open(f"trial:{lib.items('trial', window.lang)[0].id}")
        window.grab()
    window.set_zoom(150)
    window.set_zoom(100)
    window.set_language("fr")
    check(window.m_file.title() == "&Fichier", f"French menus ({window.m_file.title()})")
    window.set_language("en")
    step("themes, zoom and language switched")

    # An external link: confirmed, then handed to the desktop (recorded here; a browser would take it from there)
    opened, asked = [], []
    QMessageBox.question = staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes)
    QDesktopServices.openUrl = staticmethod(lambda url: opened.append(url.toString()) or True)
    window._link(QUrl("https://clinicaltrials.gov/study/NCT03092323"))
    window._link(QUrl("javascript:alert(1)"))
    check(len(asked) == 1 and opened == ["https://clinicaltrials.gov/study/NCT03092323"], "external link")
    step("external link", "asked first; only the https link was handed on")

    # A bug in a slot: the crash dialog, and the log in the user folder
    warnings = []
    QMessageBox.warning = staticmethod(lambda parent, title, text, *a, **k: warnings.append(text))
    from sarcoref.ui import pages

    real_home = pages.home
    pages.home = lambda *a, **k: 1 / 0
    window.a_home.trigger()  # a QAction's slot raises
    pages.home = real_home
    settle()
    check(len(warnings) == 1, f"one crash dialog ({warnings})")
    log = Path(os.environ["SARCOREF_HOME"]) / "logs" / "crash.log"
    check(log.exists() and "ZeroDivisionError" in log.read_text(encoding="utf-8"), "crash log")
    step("crash in a slot", warnings[0].split("(")[1].split(")")[0])


# ---------------------------------------------------------------- the kiosk


def drive_kiosk(window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    check(window.location == "attract", "kiosk starts on the attract loop")
    for _ in range(len(window.attract.slides)):
        window.attract.next_slide()
        window.grab()
    step("kiosk attract loop", f"{len(window.attract.slides)} slides")
    QTest.mouseClick(window.attract, Qt.LeftButton)
    check(window.location == "home", "touch -> home")
    step("kiosk home")
    for place in ("lecture", "trials"):
        check(window.open(place), place)
        window.grab()
    trial = window.library.items("trial", window.lang)[0]
    check(window.open(f"trial:{trial.id}"), "kiosk trial")
    window.grab()
    check(window.reader.header is not None and window.reader.header.isVisible(), "kiosk QR header")
    step("kiosk trial with its QR code", trial.id)
    check(window.open("tolerance"), "kiosk tolerance")
    window.grab()
    step("kiosk tolerance")
    check(window.open("search"), "kiosk search")
    typed = "abscopal"
    for ch in typed:
        QTest.mouseClick(window.search.keyboard.keys[ch], Qt.LeftButton)
    window.search.runner.wait(5000)
    for _ in range(3):
        app.processEvents()
    hits = window.search.results.hits
    check(bool(hits), "kiosk search hits")
    window.search.results.open_requested.emit(hits[0].id, hits[0].kind)
    check(window.location != "search", "kiosk hit opened")
    step("kiosk on-screen search, hit opened", f"{len(hits)} hits; opened {window.location}")
    window.set_language("en")
    window.reset()
    check(window.location == "attract" and window.search.field.text() == "", "reset")
    step("kiosk idle reset")
    QTest.mouseClick(window.attract, Qt.LeftButton)
    for _ in range(5):
        QTest.mouseClick(window.corner, Qt.LeftButton)
    check(window.location == "pin", "corner gesture -> PIN pad")
    for d in os.environ["SESSION_PIN"]:
        QTest.mouseClick(window.pin.digit_buttons[d], Qt.LeftButton)
    step("kiosk organiser PIN", "exit")
    QTest.mouseClick(window.pin.ok_key, Qt.LeftButton)


# ---------------------------------------------------------------- running the app itself


def run(out: Path, db: str | None) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sarcoref import cli
    from sarcoref.ui import main_window
    from sarcoref.ui.kiosk import config as kiosk_config
    from sarcoref.ui.kiosk import window as kiosk_window

    failures: list[str] = []

    def guarded(drive, window, finish):
        def go():
            try:
                drive(window)
            except Exception:
                failures.append(traceback.format_exc())
                print(failures[-1], file=sys.stderr, flush=True)
            finally:
                finish()

        return go

    shown = main_window.MainWindow.show

    def show(self):  # the session starts once the window is painted, as a user's would
        drive = guarded(lambda w: drive_main_window(w, out), self, QApplication.instance().quit)
        self.first_paint.connect(lambda: QTimer.singleShot(0, drive))
        shown(self)

    main_window.MainWindow.show = show
    db_args = ["--db", db] if db else []
    code = cli.main([*db_args, "--lang", "fr"])
    check(code == 0 and not failures, f"the main window session failed (exit {code})")
    main_window.MainWindow.show = shown

    pin = "2580"
    os.environ["SESSION_PIN"] = pin
    kiosk_config.save_pin(pin)
    started = kiosk_window.KioskWindow.start

    def start(self):
        started(self)
        QTimer.singleShot(0, guarded(drive_kiosk, self, lambda: None))
        QTimer.singleShot(60_000, lambda: (failures.append("kiosk did not exit"), QApplication.instance().quit()))

    kiosk_window.KioskWindow.start = start
    code = cli.main([*db_args, "--kiosk"])
    check(code == 0 and not failures, f"the kiosk session failed (exit {code})")
    step("kiosk ended by the organiser")


def main() -> int:
    install_guard()
    if sys.argv[1:] == ["--guard-self-test"]:
        with contextlib.suppress(OSError):
            socket.create_connection(("127.0.0.1", 9), timeout=1)  # a number: no name lookup needed
        print(json.dumps({"steps": STEPS, "python_network": ATTEMPTS, "failed": None}))
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    db = sys.argv[sys.argv.index("--db") + 1] if "--db" in sys.argv else None
    failed = None
    try:
        run(out, db)
    except Exception:
        failed = traceback.format_exc()
    print(json.dumps({"steps": STEPS, "python_network": ATTEMPTS, "failed": failed}))
    return 0 if failed is None else 1


if __name__ == "__main__":
    raise SystemExit(main())
