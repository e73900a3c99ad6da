"""The crash log: bounded, local, and blind to what visitors type in kiosk mode."""

from __future__ import annotations

import re
import threading

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sarcoref.data import crashlog

EXAMPLES = 200
CHECKS = settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip


def _crash(message: str, folder) -> str:
    try:
        raise RuntimeError(message)
    except RuntimeError as e:
        return crashlog.write_crash(type(e), e, e.__traceback__, folder)


def _logs(folder) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted((folder / "logs").glob("crash.log*")))


def test_a_crash_is_logged_with_a_short_reference(tmp_path, report):
    report("Unexpected exception",
           tried="an exception raised and handed to the crash logger",
           holds="a short reference (8 hex digits) is returned; the log in the user folder holds it with the traceback")  # fmt: skip
    ref = _crash("boom in the reader", tmp_path)
    assert re.fullmatch(r"[0-9a-f]{8}", ref)
    text = _logs(tmp_path)
    assert f"crash {ref}" in text and "Traceback" in text and "RuntimeError: boom in the reader" in text


def test_the_log_stays_bounded(tmp_path, report):
    crashes = 400
    report("Crash log growth",
           tried=f"{crashes} crashes of 10 KB each, then one of 5 MB",
           holds=f"at most 3 files of {crashlog.MAX_BYTES // 1024} KB; the newest crash is in crash.log")  # fmt: skip
    for i in range(crashes):
        last = _crash(f"crash {i} " + "y" * 10_000, tmp_path)
    huge = _crash("z" * 5_000_000, tmp_path)
    files = sorted((tmp_path / "logs").iterdir())
    assert [p.name for p in files] == ["crash.log", "crash.log.1", "crash.log.2"]
    assert all(p.stat().st_size <= crashlog.MAX_BYTES for p in files)
    assert f"crash {huge}" in (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert f"crash {last}" in _logs(tmp_path)


def test_a_crash_that_cannot_be_logged_still_gets_a_reference(tmp_path, report):
    report("Crash log folder unusable (a file in its place)",
           tried="the user folder is a regular file",
           holds="write_crash does not raise and still returns a reference")  # fmt: skip
    blocker = tmp_path / "home"
    blocker.write_text("a file")
    assert re.fullmatch(r"[0-9a-f]{8}", _crash("boom", blocker))


typed = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(str.strip)


@CHECKS
@given(queries=st.lists(typed, min_size=1, max_size=4), case=st.sampled_from(["same", "upper", "lower"]))
def test_kiosk_search_text_never_reaches_the_log(tmp_path, report, queries, case):
    report("Search text typed in kiosk mode reaching the crash log",
           tried="arbitrary typed texts (any script, emoji, punctuation, text that is part of '[redacted]'), "
                 "registered as private, then quoted in an exception message as typed, upper- or lower-cased",
           holds="none of the texts appears in the log, in any case")  # fmt: skip
    report.count("hypothesis examples")
    folder = tmp_path / f"h{len(list(tmp_path.iterdir()))}"
    for q in queries:
        crashlog.add_redaction(q)
    change = {"same": str, "upper": str.upper, "lower": str.lower}[case]
    _crash("search failed for " + " / ".join(repr(change(q)) for q in queries), folder)
    log = _logs(folder).lower()
    for q in queries:
        assert q.strip().lower() not in log, q


def test_a_registered_redactor_runs_and_a_failing_one_withholds_the_entry(tmp_path):
    crashlog.set_redactor(lambda text: text.replace("ward 12", "[ward]"))
    _crash("patient in ward 12", tmp_path / "a")
    assert "ward 12" not in _logs(tmp_path / "a") and "[ward]" in _logs(tmp_path / "a")

    def broken(text):
        raise ValueError(text)

    crashlog.set_redactor(broken)
    _crash("secret detail", tmp_path / "b")
    assert "secret detail" not in _logs(tmp_path / "b")


def test_uncaught_exceptions_in_threads_reach_the_log(tmp_path, monkeypatch, report):
    report("Uncaught exception in a worker thread",
           tried="crashlog.install() then a thread that raises",
           holds="the traceback is logged and the reference handed to the dialog callback")  # fmt: skip
    monkeypatch.setenv("SARCOREF_HOME", str(tmp_path))
    shown = []
    monkeypatch.setattr("sys.excepthook", None)
    monkeypatch.setattr("threading.excepthook", None)
    crashlog.install(shown.append)
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    assert len(shown) == 1 and f"crash {shown[0]}" in _logs(tmp_path)
    assert "ZeroDivisionError" in _logs(tmp_path)
