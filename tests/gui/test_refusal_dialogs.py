"""Why a content database is refused, as the window says it: the GUI started as a user starts it (`sarcoref
--db FILE`, or a content update left in the user folder), its dialog read and answered with a click on its button.

The damaged databases are those of tests/unit/test_refusals.py: each gets past the content hash and reaches the
one check it is about, so the line asserted here comes from that check and from no earlier one.
"""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from sarcoref import cli
from sarcoref.data import builder
from sarcoref.data.library import Library
from sarcoref.ui.main_window import MainWindow
from tests.e2e.userinput import answer_dialogs
from tests.unit.minicontent import write_tree
from tests.unit.test_refusals import REFUSALS, _copy, _versioned


@pytest.fixture(scope="module")
def mini_db(tmp_path_factory):
    base = tmp_path_factory.mktemp("mini")
    out = base / "mini.db"
    builder.build(write_tree(base / "content"), out)
    return out


def _click_ok(box: QMessageBox) -> None:
    """What a user does with the message: read it, then click its button where it is painted."""
    button = box.defaultButton() or box.buttons()[0]
    QTest.mouseClick(button, Qt.LeftButton)


def _reader(read: list[tuple[str, str]]):
    def handle(dialog):
        assert isinstance(dialog, QMessageBox), type(dialog)
        read.append((dialog.text(), dialog.informativeText()))
        _click_ok(dialog)

    return handle


@pytest.mark.parametrize(("make", "message"), REFUSALS, ids=lambda v: getattr(v, "__name__", "").strip("_"))
def test_the_window_says_why_a_database_is_refused(qapp, tmp_path, mini_db, make, message):
    bad = make(tmp_path, mini_db)
    read: list[tuple[str, str]] = []
    timer = answer_dialogs(_reader(read))
    try:
        code = cli.main(["--db", str(bad)])
    finally:
        timer.stop()
    assert code == 1
    assert len(read) == 1, read  # one dialog, answered: nothing else opened, no window behind it
    text, detail = read[0]
    assert message in text and "\n" not in text, text
    assert "sarcoref check --db FILE" in detail  # and what to do about it
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_the_window_says_why_a_content_update_was_not_used(qapp, monkeypatch, _user_home, test_key):
    """An update of another schema in the user folder: the bundled content opens, and the first thing shown
    is a dialog saying the update was not used, and why."""
    bundled = Library()
    # Newer than the bundled content and signed, so only the schema check stands between it and the screen.
    update = test_key.sign(_versioned(_copy(bundled.path, _user_home / "content.db"), "9999.0", schema="99"))
    assert update.exists()
    # The app installs its crash handler once its window is painted: put the test runner's back afterwards.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    read: list[tuple[str, str]] = []
    seen_window: list[MainWindow] = []

    def quit_when_shown():
        if seen_window and not seen_window[0].isVisible():
            # Closed by File > Quit; pytest-qt's shared app outlives its last window, so end the loop here.
            QApplication.exit(0)
            return
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible() and QApplication.activeModalWidget() is None and read:
                seen_window.append(w)
                w.a_quit.trigger()  # File > Quit

    timer = answer_dialogs(_reader(read))
    timer.timeout.connect(quit_when_shown)
    try:
        code = cli.main(["--lang", "en"])
    finally:
        timer.stop()
    assert code == 0
    assert seen_window and seen_window[0].library.path == bundled.path  # the bundled content was shown
    assert len(read) == 1, read
    text, detail = read[0]
    assert "could not be used" in text and "its own content" in text, text
    assert "not used" in detail and "made for another version of SarcoRef (content schema 99" in detail, detail
