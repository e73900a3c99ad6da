"""The crash log: bounded, local, and blind to what visitors type in kiosk mode."""

from __future__ import annotations

import re
import socket
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from sarcoref import cli

TYPED = "sarcome radiotherapie"  # what a visitor types: it must never reach the log, whole or word by word


@pytest.fixture
def no_socket(monkeypatch):
    """Python sockets refused and recorded for the test (a subclass: ssl subclasses socket.socket)."""
    attempts: list[tuple] = []

    class Refusing(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append(args)
            raise OSError("no network in this test")

    monkeypatch.setattr(socket, "socket", Refusing)
    return attempts


@pytest.fixture
def app_hooks(monkeypatch):
    """The app installs its crash handler as sys.excepthook: put back pytest's afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


def _log(home) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted((home / "logs").glob("crash.log*")))


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_a_reference_and_logs_the_traceback(_user_home, monkeypatch, no_socket,
                                                                         app_hooks, report):  # fmt: skip
    from sarcoref.ui import main_window, pages

    report("Unexpected exception in a slot of the running app",
           tried="the real app (sarcoref's main) running its event loop; a click on the Home button whose "
                 "slot raises ZeroDivisionError; Python sockets refused and recorded meanwhile",
           holds="a dialog says something went wrong, with an 8-hex-digit reference, that nothing was sent and where "
                 "the log is; "
                 "crash.log in the user folder holds that reference and the traceback; the app keeps running (the "
                 "next page opens); no socket is even tried")  # fmt: skip
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a, **k: dialogs.append(text)))
    after: list[str] = []
    shown = main_window.MainWindow.show

    def drive(window):
        real_home = pages.home
        monkeypatch.setattr(pages, "home", lambda *a, **k: 1 / 0)
        button = window.toolbar.widgetForAction(window.a_home)
        QTimer.singleShot(0, lambda: QTest.mouseClick(button, Qt.LeftButton))  # a click the event loop delivers
        for _ in range(200):
            QTest.qWait(10)
            if dialogs:
                break
        monkeypatch.setattr(pages, "home", real_home)
        after.append(window.open("references") and window.location)

    def show(self):  # once painted, as a user would meet it (the app arms its crash reporter at the first paint)
        self.first_paint.connect(lambda: QTimer.singleShot(0, lambda: _finally(drive, self, self.close, {})))
        shown(self)

    monkeypatch.setattr(main_window.MainWindow, "show", show)
    assert cli.main(["--lang", "en"]) == 0
    assert len(dialogs) == 1, dialogs
    ref = re.search(r"reference ([0-9a-f]{8})", dialogs[0])
    assert ref and "Nothing was sent anywhere" in dialogs[0], dialogs[0]
    assert str(_user_home / "logs" / "crash.log") in dialogs[0], "the dialog says where the log is"
    log = _log(_user_home)
    assert f"crash {ref.group(1)}" in log and "Traceback" in log and "ZeroDivisionError" in log
    assert after == ["references"], "the app did not keep running"
    assert no_socket == []


@pytest.mark.qt_no_exception_capture
def test_kiosk_search_text_never_reaches_the_log_of_a_real_crash(_user_home, monkeypatch, tmp_path, no_socket,
                                                                  app_hooks, report):  # fmt: skip
    from sarcoref.ui.kiosk import config
    from sarcoref.ui.kiosk import window as kiosk_window

    report("A crash in kiosk mode while a visitor's search is on screen",
           tried=f"the real kiosk (sarcoref --kiosk); a visitor types '{TYPED}' on the on-screen keyboard; a slot "
                 "then raises an exception quoting what was typed (as a bug's message might)",
           holds="crash.log holds the traceback, and neither the typed text nor any of its words, in any case; the "
                 "kiosk goes back to its attract screen; no socket is even tried")  # fmt: skip
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the kiosk's one-per-session lock: not shared with other runs
    monkeypatch.setattr(config, "system_config_path", lambda: tmp_path / "system" / "kiosk.json")
    monkeypatch.delenv(config.ENV_FILE, raising=False)
    config.save_pin("2580")
    seen: dict = {}
    started = kiosk_window.KioskWindow.start

    def drive(w):
        QTest.mouseClick(w.attract, Qt.LeftButton)
        w.open("search")
        for ch in TYPED:
            QTest.mouseClick(_key(w, ch), Qt.LeftButton)
        w.search.runner.wait(5000)
        QApplication.processEvents()
        seen["typed"], seen["hits"] = w.search.field.text(), list(w.search.results.hits)
        resets = w.resets

        def broken(key, *a, **k):
            raise RuntimeError(f"could not open the result of {w.search.field.text()!r} ({TYPED.upper()})")

        real_resolve = w.library.resolve
        w.library.resolve = broken
        hit = seen["hits"][0]
        QTimer.singleShot(0, lambda: w.search.results.open_requested.emit(hit.id, hit.kind))  # the slot raises
        for _ in range(200):
            QTest.qWait(10)
            if w.resets > resets:
                break
        w.library.resolve = real_resolve
        seen["reset"] = w.resets > resets and w.location == "attract"

    def start(self):
        started(self)
        QTimer.singleShot(0, lambda: _finally(drive, self, self._exit, seen))

    monkeypatch.setattr(kiosk_window.KioskWindow, "start", start)
    assert cli.main(["--kiosk"]) == 0
    assert "error" not in seen and seen["typed"] == TYPED and seen["hits"], seen
    log = _log(_user_home).lower()
    assert "traceback" in log and "runtimeerror" in log
    for word in [TYPED, *TYPED.split()]:
        assert word.lower() not in log, f"{word!r} reached the crash log"
    assert seen["reset"], "the kiosk did not go back to its attract screen"
    assert no_socket == []


def _finally(drive, window, end, seen: dict) -> None:
    """Drive the running app, then end it whatever happened (an error in the test must not hang the loop)."""
    try:
        drive(window)
    except Exception as e:
        seen["error"] = repr(e)
    finally:
        end()


def _key(w, ch):
    return w.search.keyboard.space if ch == " " else w.search.keyboard.keys[ch]
