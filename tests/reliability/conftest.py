"""The reliability suite's own report (issue 7 §8): each test says which fault it tries, on what inputs
(with counts) and what must hold; the outcome comes from pytest itself. When the whole folder has run,
the table is written to docs/reliability-report.md and, when the README holds the markers
`<!-- reliability-report:start -->` / `<!-- reliability-report:end -->`, between them; a summary is printed.

The file holds no timestamps and no counts that vary between runs (hypothesis runs derandomized), so a
second run rewrites it identically; a partial run (-k, one file, -x) leaves it alone.

Protections already proven elsewhere in the suite (the kiosk's exit paths in tests/gui, CLI fuzzing in
tests/unit) are listed in referenced.py and reported with the outcome of those tests in the same run, rather
than tested twice; the report is then only written by a run that collected them. A protection known not to hold
yet is an `xfail(strict=True)` test whose reason says what is wrong: the report says "not held" with that reason.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.unit.minicontent import write_tree

from .referenced import REFERENCED

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
REPORT = ROOT / "docs" / "reliability-report.md"


@dataclass
class Row:
    nodeid: str
    fault: str = ""
    tried: str = ""
    holds: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    outcome: str = "not run"

    def __call__(self, fault: str, *, tried: str, holds: str) -> Row:
        self.fault, self.tried, self.holds = fault, tried, holds
        return self

    def count(self, label: str, n: int = 1) -> None:
        """Add to a count shown in the 'inputs tried' column (e.g. hypothesis examples run)."""
        self.counts[label] = self.counts.get(label, 0) + n


_rows: dict[str, Row] = {}
_collected: list[pytest.Item] = []
_complete = {"ok": True}
_elsewhere: dict[str, list[str]] = {}  # referenced test name -> node ids collected for it
_elsewhere_outcomes: dict[str, str] = {}  # node id -> "passed", "failed", "skipped"


class _ElsewhereOutcomes:
    """A plugin, not a conftest hook: hooks in this folder's conftest only see tests in this folder."""

    def pytest_runtest_logreport(self, report):
        if report.nodeid not in _wanted:
            return
        if report.failed:
            _elsewhere_outcomes[report.nodeid] = "failed"
        elif report.skipped and _elsewhere_outcomes.get(report.nodeid) != "failed":
            _elsewhere_outcomes[report.nodeid] = "skipped"
        elif report.when == "call" and report.passed and report.nodeid not in _elsewhere_outcomes:
            _elsewhere_outcomes[report.nodeid] = "passed"


_wanted: set[str] = set()


def pytest_configure(config):
    if not config.pluginmanager.has_plugin("reliability-elsewhere"):
        config.pluginmanager.register(_ElsewhereOutcomes(), "reliability-elsewhere")


@pytest.fixture
def report(request) -> Row:
    """Describe the fault this test tries: report("…", tried="…", holds="…"); report.count("…", n)."""
    row = _rows.setdefault(request.node.nodeid, Row(request.node.nodeid))
    return row


def _ours(item) -> bool:
    return Path(str(item.fspath)).resolve().is_relative_to(HERE)


def _test_name(nodeid: str) -> str:
    """'tests/gui/test_kiosk.py::test_x[Alt+F4]' -> 'tests/gui/test_kiosk.py::test_x'."""
    return nodeid.split("[", 1)[0]


def pytest_collection_modifyitems(session, config, items):
    _collected[:] = [i for i in items if _ours(i)]
    files = {Path(str(i.fspath)).name for i in _collected}
    expected = {p.name for p in HERE.glob("test_*.py")}
    if files != expected:
        _complete["ok"] = False
    names = {name for ref in REFERENCED for name in ref["tests"]}
    _elsewhere.clear()
    for item in items:
        if _test_name(item.nodeid) in names:
            _elsewhere.setdefault(_test_name(item.nodeid), []).append(item.nodeid)
            _wanted.add(item.nodeid)
    seen_files = {Path(str(i.fspath)).resolve() for i in items}
    if any((ROOT / name.split("::")[0]).resolve() not in seen_files for name in names):
        _complete["ok"] = False  # the tests this report relies on did not run: not a full report


def pytest_deselected(items):
    if any(_ours(i) or _test_name(i.nodeid) in _elsewhere for i in items):
        _complete["ok"] = False


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    if not _ours(item):
        return
    rep = outcome.get_result()
    row = _rows.setdefault(item.nodeid, Row(item.nodeid))
    if rep.skipped and row.outcome == "not run" and hasattr(rep, "wasxfail"):
        row.outcome = f"❌ NOT HELD (known, reported): {rep.wasxfail.removeprefix('reason: ')}"
    elif rep.skipped and row.outcome == "not run":
        reason = rep.longrepr[2] if isinstance(rep.longrepr, tuple) else str(rep.longrepr)
        row.outcome = f"skipped: {reason.removeprefix('Skipped: ')}"
    elif rep.failed:
        row.outcome = "**FAILED**"
    elif rep.when == "call" and rep.passed and row.outcome == "not run":
        row.outcome = "held"


def _area(path: Path) -> str:
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or path.stem
    return doc.splitlines()[0].rstrip(".")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def _reported() -> list[tuple[pytest.Item, Row]]:
    """Rows of the report: every test that describes a fault, and any other test that did not pass."""
    out = []
    for item in _collected:
        row = _rows.get(item.nodeid) or Row(item.nodeid)
        if row.fault or row.outcome != "held":
            out.append((item, row))
    return out


def _grouped(rows: list[tuple[pytest.Item, Row]]) -> list[dict]:
    """Consecutive variants of one fault ("Prefix: variant", same inputs and promise) become one line."""
    out: list[dict] = []
    for item, row in rows:
        fault = row.fault or item.name
        prefix, _, variant = fault.partition(": ") if ": " in fault else (fault, "", "")
        key = (_area(Path(str(item.fspath))), prefix, row.tried, row.holds)
        if variant and out and out[-1]["key"] == key:
            out[-1]["variants"].append((variant, row.outcome))
        else:
            out.append({"key": key, "fault": fault, "variants": [(variant, row.outcome)] if variant else [],
                        "outcome": row.outcome, "counts": dict(row.counts)})  # fmt: skip
            continue
        for label, n in row.counts.items():
            out[-1]["counts"][label] = out[-1]["counts"].get(label, 0) + n
    return out


def _result(outcome: str) -> str:
    return "✅ held" if outcome == "held" else outcome


def _referenced_rows() -> list[tuple[str, str, str]]:
    """(area, table line, outcome) of each protection proven by tests elsewhere in the suite."""
    out = []
    for ref in REFERENCED:
        outcomes, missing = [], []
        for name in ref["tests"]:
            ids = _elsewhere.get(name)
            if not ids:
                missing.append(name)
            outcomes += [_elsewhere_outcomes.get(i, "not run") for i in ids or []]
        if missing:
            outcome = "**referenced test missing**: " + ", ".join(missing)
        elif all(o == "passed" for o in outcomes):
            outcome = "held"
        elif "failed" in outcomes:
            outcome = "**FAILED** (referenced test)"
        else:
            outcome = "not run: " + ", ".join(sorted(set(outcomes) - {"passed"}))
        where = ", ".join(sorted({n.split("::")[0] for n in ref["tests"]}))
        n = len(outcomes)
        tried = f"{ref['tried']} ({n:,} test{'s' if n != 1 else ''} in {where}, referenced)"
        line = f"| {_cell(ref['fault'])} | {_cell(tried)} | {_cell(ref['holds'])} | {_cell(_result(outcome))} |"
        out.append((ref["area"], line, outcome))
    return out


def render() -> str:
    lines = ["<!-- Generated by tests/reliability (uv run pytest); do not edit by hand. -->", "",
             "| Fault tried | Inputs tried | What must hold | Result |", "|---|---|---|---|"]  # fmt: skip
    blocks: dict[str, list[str]] = {}
    rows = _reported()
    for g in _grouped(rows):
        area, prefix, tried, holds = g["key"]
        block = blocks.setdefault(area, [])
        if g["counts"]:
            tried += " (" + ", ".join(f"{n:,} {label}" for label, n in g["counts"].items()) + ")"
        variants = g["variants"]
        if len(variants) > 1:
            fault = f"{prefix}: " + "; ".join(v for v, _ in variants)
            bad = [f"{v}: {o}" for v, o in variants if o != "held"]
            result = "; ".join(bad) if bad else f"✅ held ({len(variants)} of {len(variants)})"
        else:
            fault, result = g["fault"], _result(g["outcome"])
        block.append(f"| {_cell(fault)} | {_cell(tried)} | {_cell(holds)} | {_cell(result)} |")
    referenced = _referenced_rows()
    for area, line, _ in referenced:
        blocks.setdefault(area, []).append(line)
    for area, block in blocks.items():
        lines.append(f"| **{_cell(area)}** | | | |")
        lines += block
    held = sum(row.outcome == "held" for _, row in rows) + sum(o == "held" for _, _, o in referenced)
    lines += ["", f"{held} of {len(rows) + len(referenced)} faults held."]
    return "\n".join(lines) + "\n"


_written = {"state": "not written: partial run"}


def pytest_sessionfinish(session, exitstatus):
    if not _collected or not _complete["ok"]:
        return
    if any((_rows.get(i.nodeid) or Row(i.nodeid)).outcome == "not run" for i in _collected):
        return  # stopped early (-x, Ctrl+C): not a full report
    if any(i not in _elsewhere_outcomes for i in _wanted):
        return
    text = render()
    write = bool(os.environ.get(WRITE_ENV))  # a test run never changes a tracked file unless asked to
    stale = [p.relative_to(ROOT).as_posix() for p in (_update(REPORT, text, write), _update_readme(text, write)) if p]
    if not stale:
        _written["state"] = f"{REPORT.relative_to(ROOT)} is current"
    elif write:
        _written["state"] = f"UPDATED {', '.join(stale)}: commit"
    else:
        _written["state"] = f"STALE {', '.join(stale)}: run `{WRITE_ENV}=1 python3 -m uv run pytest` and commit"
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


WRITE_ENV = "SARCOREF_WRITE_REPORT"
START, END = "<!-- reliability-report:start -->", "<!-- reliability-report:end -->"


def _update(path: Path, text: str, write: bool) -> Path | None:
    """The path if its text differs from `text` (rewritten when `write`), else None."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return None
    if write:
        path.write_text(text, encoding="utf-8")
    return path


def _update_readme(text: str, write: bool) -> Path | None:
    """The README's copy of the report, between the two markers, if it has them (so it cannot go stale)."""
    readme = ROOT / "README.md"
    try:
        current = readme.read_text(encoding="utf-8")
    except OSError:
        return None
    if START not in current or END not in current:
        return None
    head, rest = current.split(START, 1)
    _, tail = rest.split(END, 1)
    return _update(readme, f"{head}{START}\n{text}{END}{tail}", write)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not _collected:
        return
    rows = _reported()
    referenced = _referenced_rows() if _complete["ok"] else []
    held = sum(row.outcome == "held" for _, row in rows) + sum(o == "held" for _, _, o in referenced)
    total = len(rows) + len(referenced)
    terminalreporter.write_line(f"reliability: {held} of {total} faults held ({_written['state']})")
    for item, row in rows:
        if row.outcome != "held":
            terminalreporter.write_line(f"  {row.outcome}: {row.fault or item.nodeid}")
    for _, line, outcome in referenced:
        if outcome != "held":
            terminalreporter.write_line(f"  {outcome}: {line.split(' | ')[0].lstrip('| ')}")


# ---------------------------------------------------------------- shared fixtures


@pytest.fixture(scope="session")
def content_db(tmp_path_factory, test_key) -> Path:
    """A sound content database built from the synthetic tree (never the bundled content, which others
    edit) and signed with the test key: read-only for tests; copy it with `content_copy` before damaging it."""
    from sarcoref.data.builder import build

    base = tmp_path_factory.mktemp("content")
    out = base / "content.db"
    build(write_tree(base / "content"), out)
    return test_key.sign(out)


@pytest.fixture
def content_copy(content_db, tmp_path) -> Path:
    """A private copy of the sound database and its manifest, to break."""
    folder = tmp_path / "db"
    folder.mkdir()
    for p in content_db.parent.glob("content.db*"):
        shutil.copy2(p, folder / p.name)
    return folder / "content.db"


@pytest.fixture(scope="session")
def nonet(tmp_path_factory):
    """The no-network shim (nonetshim.c), built for this machine: refuses and logs every internet socket,
    connect and name lookup of a process it is preloaded into (see helpers.shimmed)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the no-network shim uses LD_PRELOAD (Linux)")
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        pytest.skip("no C compiler to build the no-network shim")
    out = tmp_path_factory.mktemp("nonet") / "nonetshim.so"
    src = HERE / "nonetshim.c"
    subprocess.run([cc, "-shared", "-fPIC", "-O2", "-o", str(out), str(src), "-ldl"], check=True)
    return out


@pytest.fixture
def window(qtbot, library):
    """The desktop window in English over the test module's own `library` fixture (bundled or hostile)."""
    from sarcoref.data.userstore import UserStore
    from sarcoref.ui import i18n
    from sarcoref.ui.main_window import MainWindow

    i18n.install("en")
    store = UserStore(ephemeral=True)
    w = MainWindow(library, store, "en", "light")
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    store.close()
