"""Hostile input: arbitrary text typed, linked or passed on the command line answers cleanly."""

from __future__ import annotations

import contextlib
import io
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from sarcoref import cli
from sarcoref.data.library import Library

from .helpers import run_cli

BOUND_S = 5.0  # every answer within this: a bound against a hang, not a speed goal (answers take milliseconds)


def checks(examples: int) -> settings:
    return settings(max_examples=examples, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip


# Pieces that mean something to SQLite FTS5, argparse, URLs, paths or the layout engine, mixed with any text.
TRICKY = ["AND", "OR", "NOT", "NEAR(", '"', "*", "^", ":", "(", ")", "-", "+", "--", "NCT", "NCT0", "0", "'",
          "\\", "/", "../../etc/passwd", "C:\\Windows", "%s", "%n", "{}", "<script>", "<img src=x>", "&amp;", "\u202e",
          "\u200b", "\ufeff", "é", "ﬁ", "İ", "ß", "😀", "👩‍⚕️", "中文", "العربية", " ", "\t", "\n", "\r\n", "\x00",
          "\x1b[31m", "section:", "trial:", "ref:", "glossary:", "ctcae:", "home", "trials", "tolerance", "stereosarc",
          "abscopal", "PD-L1", "x" * 300]  # fmt: skip
texts = st.lists(st.one_of(st.sampled_from(TRICKY), st.text(st.characters(blacklist_categories=("Cs",)))),
                 max_size=6).map("".join)  # fmt: skip


@pytest.fixture(scope="module")
def library():
    return Library()


def _settle(window) -> None:
    window.runner.wait(int(BOUND_S * 1000))
    for _ in range(3):
        QApplication.processEvents()


@checks(150)
@given(text=texts)
@example(text="x" * 20_000)
@example(text='"' * 1000 + "*" * 1000)
@example(text="NEAR(" * 500)
@example(text="a OR " * 2000)
def test_any_text_typed_in_search_gets_an_answer(window, report, text):
    report("Arbitrary text typed in the search field",
           tried="hypothesis: any Unicode text mixed with FTS5 operators, quotes, wildcards, paths, markup, control "
                 "characters, bidi marks, emoji and ids, and fixed examples of 20,000 characters and thousands of "
                 "operators; through the real SearchRunner (worker thread)",
           holds=f"an answer within {BOUND_S:.0f} s: results for exactly that text, or 'No results', or the tree "
                 "for blank text; never an exception (pytest-qt fails on any exception in a Qt slot)")  # fmt: skip
    report.count("hypothesis examples")
    start = time.perf_counter()
    window.search_field.setText(text)
    _settle(window)
    assert time.perf_counter() - start < BOUND_S
    if not text.strip():
        assert window.left.currentWidget() is window.nav
        return
    assert window.left.currentWidget() is window.results
    status = window.results.status.text()
    assert window.results.hits or "No results" in status, status
    if window.results.hits:
        first = window.results.hits[0]
        window._open_hit(first.id, first.kind)
        assert window.location != "home"


@checks(150)
@given(ident=texts)
@example(ident="NCT99999999")
@example(ident="section:tils")
@example(ident="x" * 10_000)
@example(ident="\x00")
def test_any_deep_link_opens_a_page_or_home_with_a_message(window, report, ident):
    report("Arbitrary deep links (sarcoref --open ID, a second launch's request)",
           tried="hypothesis: any text (as above) handed to the main window's open_deep_link, plus fixed examples "
                 "(an unknown NCT ID, a location string, 10,000 characters, a NUL)",
           holds=f"within {BOUND_S:.0f} s, a page of SarcoRef opens, or the home page with a message in the "
                 "status bar naming the id (cut to 60 characters); never an exception")  # fmt: skip
    report.count("hypothesis examples")
    start = time.perf_counter()
    opened = window.open_deep_link(ident)
    assert time.perf_counter() - start < BOUND_S
    if opened:
        assert window.location == window.history[window.index]
        return
    assert window.location == "home"
    message = window.statusBar().currentMessage()
    assert message and message == window.notice
    shown = ident if len(ident) <= 60 else ident[:57] + "…"
    assert shown in message


@pytest.fixture
def gui_recorder(monkeypatch):
    """`sarcoref …` with the window replaced by a recorder of what it would have been asked to open."""
    import sarcoref.ui.app as app

    asked: list = []
    monkeypatch.setattr(app, "run_gui", lambda args: asked.append(args.open_id) or 0)
    return asked


@checks(200)
@given(ident=texts)
@example(ident="-x")
@example(ident="--kiosk")
@example(ident="")
def test_open_on_the_command_line_reaches_the_window_as_typed_or_is_refused_in_one_line(gui_recorder, report, ident):
    report("Arbitrary text given to sarcoref --open",
           tried="hypothesis: any text (as above) passed as `--open TEXT` and as `--open=TEXT` through sarcoref's "
                 "main(), the window replaced by a recorder",
           holds="`--open=TEXT` hands the window exactly TEXT; `--open TEXT` does too, or (TEXT looks like an "
                 "option) exits 2 with one line; never a traceback")  # fmt: skip
    report.count("hypothesis examples")
    for argv, must_pass in ((["--open=" + ident], True), (["--open", ident], False)):
        gui_recorder.clear()
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = cli.main(argv)
        if code == 0:
            assert gui_recorder == [ident]
        else:
            assert not must_pass, (argv, err.getvalue())
            assert code == 2 and gui_recorder == []
            lines = err.getvalue().strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("sarcoref: ") and "Traceback" not in err.getvalue()


GARBAGE = ["<script>alert(1)</script>", "../../../etc/passwd " + "x" * 4000, '-\u202e😀 ctcae: NEAR( "*']


def test_the_app_started_with_a_garbage_deep_link_shows_home(report):
    report("Garbage deep links given to the real app",
           tried="`python -m sarcoref --smoke-test --open=TEXT` in a fresh process: markup, a path with 4,000 "
                 "more characters, option-like text with a bidi mark, emoji and FTS operators",
           holds="the window opens and paints (home, with the message); exit 0; no traceback")  # fmt: skip
    for text in GARBAGE:
        p = run_cli("--smoke-test", f"--open={text}", timeout=120, QT_QPA_PLATFORM="offscreen")
        assert p.returncode == 0 and "first paint" in p.stdout, p.stderr[-1000:]
        assert "Traceback" not in p.stderr
        report.count("app runs")


@checks(100)
@given(text=texts)
def test_any_text_in_the_kiosk_search_gets_an_answer_and_is_kept_from_the_log(qtbot, library, report, text):
    from sarcoref.data import crashlog

    report("Arbitrary text in the kiosk's search field",
           tried="hypothesis: any text (as above) put in the kiosk search field (its keyboard, its length limit)",
           holds=f"an answer within {BOUND_S:.0f} s; the text is registered so that the crash log never holds it; "
                 "never an exception")  # fmt: skip
    report.count("hypothesis examples")
    screen = _kiosk_search(qtbot, library)
    crashlog.set_redactions([])
    start = time.perf_counter()
    screen.field.setText(text)
    screen.runner.wait(int(BOUND_S * 1000))
    QApplication.processEvents()
    assert time.perf_counter() - start < BOUND_S
    shown = screen.field.text()
    if shown.strip():
        assert screen.results.hits or "No results" in screen.results.status.text()
        assert shown.strip() not in crashlog.redact(f"query {shown}")
    crashlog.set_redactions([])


_screens: dict = {}


def _kiosk_search(qtbot, library):
    """One kiosk search screen for all examples (its presets take a dozen searches to compute)."""
    from sarcoref.ui.kiosk.search import SearchScreen

    if "screen" not in _screens:
        screen = SearchScreen(library, "en")
        screen.resize(1080, 1920)
        screen.show()
        _screens["screen"] = screen
    return _screens["screen"]


@pytest.fixture(scope="module", autouse=True)
def _close_kiosk_search():
    yield
    screen = _screens.pop("screen", None)
    if screen is not None:
        screen.runner.wait(2000)
        screen.close()
        screen.deleteLater()


PIN = "2580"
presses = st.lists(st.sampled_from([*"0123456789", "back", "ok", "cancel"]), max_size=40)


@checks(300)
@given(keys=presses)
@example(keys=[*"2580", "ok"])
@example(keys=list("2580" * 10) + ["ok"])
@example(keys=[*"0000", "ok"] * 4 + [*"2580", "ok"])
def test_any_taps_on_the_pin_pad_accept_only_the_pin(qtbot, report, keys):
    from sarcoref.ui.kiosk.exit_gesture import FREE_TRIES, PinPad

    report("Arbitrary taps on the kiosk's PIN pad",
           tried="hypothesis: up to 40 taps of digits, delete, OK and cancel in any order (300 sequences, and "
                 "fixed ones: the PIN, the PIN repeated past the pad's length, four wrong PINs then the right one)",
           holds=f"the pad accepts exactly when OK follows the PIN typed since the last OK or cancel; at most 12 "
                 f"digits are kept; after {FREE_TRIES} wrong tries even the right PIN waits; never an exception")  # fmt: skip
    report.count("hypothesis examples")
    tried: list[str] = []
    pad = PinPad(lambda pin: tried.append(pin) or pin == PIN, lockout_ms=60_000)
    accepted = []
    pad.accepted.connect(lambda: accepted.append(1))
    typed, failures = "", 0
    expected_accepts = 0
    for key in keys:
        if key == "back":
            pad._backspace()
            typed = typed[:-1]
        elif key == "cancel":
            pad.cancel()
            typed = ""
        elif key == "ok":
            locked = failures >= FREE_TRIES
            pad.submit()
            if typed and not locked:
                if typed == PIN:
                    expected_accepts += 1
                    failures = 0
                else:
                    failures += 1
                typed = ""
        else:
            pad._digit(key)
            if failures < FREE_TRIES and len(typed) < 12:
                typed += key
        assert len(pad.entered) <= 12 and pad.entered == typed
    assert len(accepted) == expected_accepts
    assert all(len(p) <= 12 for p in tried)
    pad.unlock_timer.stop()
    pad.deleteLater()
