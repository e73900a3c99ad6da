"""The harness: `uv run python -m benchmarks [--quick] [--only GROUP,...] [--update-docs]`.

Prints one table (every figure: median over repeated runs [interquartile range], its floor measured in the same
run, the ratio, the goal) and writes benchmarks/out/results.json (all samples, the machine, the slowest
keystrokes, the memory trace). Groups: start, search, views, memory, idle, size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import machine
from .stats import Figure, Goal, table

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
DOC = ROOT / "docs" / "performance.md"
GROUPS = ("start", "search", "views", "memory", "idle", "size")
BEGIN, END = "<!-- benchmarks:table:begin -->", "<!-- benchmarks:table:end -->"


class Plan:
    """How much to repeat: the full run takes about ten minutes on two cores; --quick about three."""

    def __init__(self, quick: bool):
        self.quick = quick
        self.start_runs = 4 if quick else 11
        self.search_runs_shipped = 3 if quick else 7
        self.search_runs_large = 1 if quick else 3
        self.view_reps = (2, 10) if quick else (5, 40)  # (repetitions, opens per view and repetition)
        self.view_reps_large = (1, 10) if quick else (3, 20)
        self.session_actions = 1_000 if quick else 10_000
        self.idle_seconds = 3.0 if quick else 10.0


_T0 = time.perf_counter()


def _log(msg: str) -> None:
    print(f"[{time.perf_counter() - _T0:6.1f} s] {msg}", file=sys.stderr, flush=True)


def _gui(mode: str, db: Path, home: str, *args: str, timeout: float = 1200) -> dict:
    """One bench_gui measurement in a fresh process; its last stdout line is JSON."""
    from .bench_start import child_env

    env = child_env(home)
    cmd = [sys.executable, "-m", "benchmarks.bench_gui", mode, "--db", str(db), *args]
    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    lines = [line for line in r.stdout.splitlines() if line.startswith("{")]
    if r.returncode != 0 or not lines:
        err = [line for line in r.stderr.splitlines() if line.strip() and "propagateSizeHints" not in line]
        raise RuntimeError(f"bench_gui {mode} failed (exit {r.returncode}): {' | '.join(err[-3:])}")
    return json.loads(lines[-1])


def _shipped_db() -> Path | None:
    from sarcoref.data.paths import bundled_db

    db = bundled_db()
    return db if db.exists() else None


def _view_figures(res: dict, label: str, shipped: bool) -> list[Figure]:
    floor = "bare QTextBrowser.setHtml, same HTML"
    names = {"section": "open a section", "trial": "open a trial card", "trials": "open the trials grid",
             "tolerance": "open the tolerance view"}  # fmt: skip
    n = f"{len(res['section_p99_ms'])} reps"
    goal = Goal(max_value=16.0) if shipped else None
    figs = [Figure("views", f"{label} {names[k]} p99", "ms", res[f"{k}_p99_ms"], floor, res[f"{k}_floor_p99_ms"],
                   goal, n) for k in names]  # fmt: skip
    figs.append(Figure("views", f"{label} search field: keystroke → results shown, p99", "ms", res["typing_p99_ms"],
                       "raw FTS5 MATCH + hit titles set as HTML", res["typing_floor_p99_ms"],
                       Goal(max_ratio=1.5, max_value=16.0), n))  # fmt: skip
    figs += [
        Figure("views", f"{label} trials grid, first (cold) open", "ms", res["trials_first_open_ms"], note=n),
        Figure("views", f"{label} tolerance view, first (cold) open", "ms", res["tolerance_first_open_ms"], note=n),
        Figure("views", f"{label} main window build (navigator tree)", "ms", res["window_build_ms"], note=n),
        Figure("views", f"{label} switch language (tree rebuilt)", "ms", res["language_switch_ms"], note=n),
    ]
    return figs


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="fewer repetitions (about three minutes)")
    p.add_argument("--only", help=f"comma-separated groups among {', '.join(GROUPS)}")
    p.add_argument("--sections", type=int, default=5000, help="generated sections of the large corpus (× 2 languages)")
    p.add_argument("--trials", type=int, default=1000, help="generated trials of the large corpus")
    p.add_argument("--no-large", action="store_true", help="skip the generated large corpus")
    p.add_argument("--update-docs", action="store_true", help=f"write the table into {DOC.relative_to(ROOT)}")
    p.add_argument("--out", default=str(OUT / "results.json"))
    a = p.parse_args(argv)
    groups = set(a.only.split(",")) if a.only else set(GROUPS)
    unknown = groups - set(GROUPS)
    if unknown:
        print(f"benchmarks: unknown group(s) {', '.join(sorted(unknown))} (choose among {', '.join(GROUPS)})",
              file=sys.stderr)  # fmt: skip
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    plan = Plan(a.quick)
    t_start = time.perf_counter()
    figures: list[Figure] = []
    skipped: list[tuple[str, str]] = []
    details: dict = {}
    info = machine.describe()
    _log(f"machine: {machine.one_line(info)}")

    shipped = _shipped_db()
    if shipped is None:
        skipped.append(("shipped content", "sarcoref/data/content.db is missing: run `uv run sarcoref build-db`"))
    large = None
    if not a.no_large and groups & {"search", "views"}:
        from .make_corpus import build_corpus

        try:
            _log(f"large corpus: {a.sections} sections × 2 languages, {a.trials} trials (built once, then cached)")
            large = build_corpus(a.sections, a.trials, log=_log)
        except Exception as e:  # a broken generator must not hide the other figures
            skipped.append(("large corpus", str(e)))

    with tempfile.TemporaryDirectory(prefix="sarcoref-bench-home-") as home:
        if "start" in groups:
            from . import bench_start

            _log(f"start: {plan.start_runs} interleaved runs each, source and frozen")
            figs, det, sk = bench_start.run(plan.start_runs, log=_log)
            figures += figs
            skipped += sk
            details["start"] = det

        if "search" in groups:
            from . import bench_search

            for label, db, runs, is_large in (("shipped", shipped, plan.search_runs_shipped, False),
                                              ("large", large, plan.search_runs_large, True)):  # fmt: skip
                if db is None:
                    continue
                _log(f"search ({label}): every keystroke of {len(bench_search.QUERIES)} queries × {runs} runs")
                figs, det = bench_search.run(db, label, runs, is_large, log=_log)
                figures += figs
                details[f"search_{label}"] = det

        if "views" in groups:
            for label, db, (reps, opens) in (("shipped", shipped, plan.view_reps),
                                             ("large", large, plan.view_reps_large)):  # fmt: skip
                if db is None:
                    continue
                _log(f"views ({label}): {reps} reps × {opens} opens of each view")
                try:
                    res = _gui("views", db, home, "--reps", str(reps), "--opens", str(opens))
                    figures += _view_figures(res, label, label == "shipped")
                    details[f"views_{label}"] = res
                except (RuntimeError, subprocess.TimeoutExpired) as e:
                    skipped.append((f"views ({label})", str(e)))

        if "memory" in groups and shipped is not None:
            _log(f"memory: a scripted session of {plan.session_actions} actions (shipped content)")
            try:
                res = _gui("session", shipped, home, "--actions", str(plan.session_actions))
                figures.append(Figure("memory", f"growth over {res['actions']} actions", "MiB", [res["growth_mib"]],
                                      "baseline after 1/10 of them", [0.0], Goal(max_value=5.0),
                                      f"{res['baseline_mib']:.0f} → {res['end_mib']:.0f} MiB RSS"))  # fmt: skip
                details["memory_session"] = res
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                skipped.append(("memory session", str(e)))

        if "idle" in groups and shipped is not None:
            _log(f"idle: {plan.idle_seconds:g} s each of a bare window, the main window, the kiosk attract screen")
            try:
                res = _gui("idle", shipped, home, "--seconds", str(plan.idle_seconds))
                for key, name in (("main_window_pct", "main window"), ("kiosk_attract_pct", "kiosk attract screen")):
                    figures.append(Figure("idle", f"CPU while idle, {name}", "% of a core", [res[key]],
                                          "bare window idle", [res["bare_pct"]], Goal(max_value=1.0),
                                          f"{res['seconds']:g} s"))  # fmt: skip
                details["idle"] = res
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                skipped.append(("idle", str(e)))

        if "size" in groups:
            from . import bench_size

            _log("size: dist/SarcoRef and its archive against the naive build")
            figs, det, sk = bench_size.run(log=_log)
            figures += figs
            skipped += sk
            details["size"] = det

    elapsed = time.perf_counter() - t_start
    text = table(figures, skipped)
    print(text)
    print(f"\n{machine.one_line(info)}; {'quick' if a.quick else 'full'} run, {elapsed:.0f} s")
    result = {"machine": info, "quick": a.quick, "seconds": round(elapsed, 1),
              "when": time.strftime("%Y-%m-%d %H:%M:%S %z"), "groups": sorted(groups),
              "figures": [f.as_dict() for f in figures], "skipped": [{"group": g, "reason": r} for g, r in skipped],
              "details": details}  # fmt: skip
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    _log(f"wrote {out}")
    if a.update_docs:
        _update_docs(text, info, result)
    return 0


def _update_docs(text: str, info: dict, result: dict) -> None:
    """The table goes between the markers of docs/performance.md and of the README, so neither can drift."""
    run = "quick" if result["quick"] else "full"
    block = (f"{BEGIN}\nMeasured {result['when']} ({run} run, {result['seconds']:.0f} s) on: "
             f"{machine.one_line(info)}.\n\n{text}\n{END}")  # fmt: skip
    for doc_path in (DOC, ROOT / "README.md"):
        if not doc_path.exists():
            print(f"benchmarks: {doc_path} does not exist; the table was not written", file=sys.stderr)
            continue
        doc = doc_path.read_text(encoding="utf-8")
        if BEGIN not in doc or END not in doc:
            print(f"benchmarks: {doc_path.name} has no {BEGIN} … {END} markers; the table was not written",
                  file=sys.stderr)  # fmt: skip
            continue
        head, rest = doc.split(BEGIN, 1)
        doc_path.write_text(head + block + rest.split(END, 1)[1], encoding="utf-8")
        _log(f"updated {doc_path.relative_to(ROOT)}")
