"""Where the time goes, for the figures the harness prints (not shipped).

    uv run python -m benchmarks.profile_hotspots start            # start-up, step by step, unprofiled
    uv run python -m benchmarks.profile_hotspots search --db DB   # search keystrokes under a profiler
    uv run python -m benchmarks.profile_hotspots views            # opening views under a profiler

`start` wraps the steps of the start path with a clock (no profiler, so the figures are real) and runs the
smoke test in a fresh process, several times; it also lists the slowest imports (-X importtime).
`search` and `views` use pyinstrument when it is installed (`uv run --with pyinstrument ...`), cProfile otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from .bench_start import child_env

# (module, attribute path) of the start path's steps; a step that no longer exists is skipped.
START_STEPS = [
    ("sarcoref.ui.kiosk", "wants_kiosk"),
    ("sarcoref.ui.app", "_application"),
    ("sarcoref.ui.app", "_open_library"),
    ("sarcoref.data.userstore", "UserStore.__init__"),
    ("sarcoref.ui.i18n", "install"),
    ("sarcoref.ui.main_window", "MainWindow.__init__"),
    ("sarcoref.ui.main_window", "MainWindow.restore"),
    ("sarcoref.ui.app", "_install_crash_handler"),
    ("sarcoref.ui.main_window", "MainWindow.show"),
]


def _timeline_child() -> None:
    """Inside the child: wrap each step with a clock, then run the smoke test and print the steps as JSON."""
    t_enter = time.perf_counter()
    marks: list[tuple[str, float, float]] = []

    def wrap(owner, name, label):
        fn = getattr(owner, name)

        def timed(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                marks.append((label, t - t_enter, time.perf_counter() - t))

        setattr(owner, name, timed)

    t = time.perf_counter()
    import sarcoref.cli as cli
    import sarcoref.ui.app  # noqa: F401  (what run_gui imports at once)

    imports = {"sarcoref.cli + sarcoref.ui.app": time.perf_counter() - t}
    for mod_name, path in START_STEPS:
        t = time.perf_counter()
        try:
            mod = importlib.import_module(mod_name)
        except ImportError:
            continue
        imports[mod_name] = time.perf_counter() - t
        owner, *rest = path.split(".")
        target = mod if not rest else getattr(mod, owner, None)
        attr = rest[0] if rest else owner
        if target is not None and hasattr(target, attr):
            wrap(target, attr, f"{mod_name.rsplit('.', 1)[-1]}.{path}")
    code = cli.main(["--smoke-test"])
    print(json.dumps({"marks": marks, "imports": imports, "total": time.perf_counter() - t_enter, "code": code}))


def start(runs: int) -> int:
    env = child_env(os.environ.get("SARCOREF_HOME") or "/tmp/sarcoref-bench-home")
    cmd = [sys.executable, "-m", "benchmarks.profile_hotspots", "_timeline"]
    results = []
    for _ in range(runs + 1):
        r = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=Path(__file__).parent.parent)
        lines = [line for line in r.stdout.splitlines() if line.startswith("{")]
        if not lines:
            print(r.stderr[-2000:], file=sys.stderr)
            return 1
        results.append(json.loads(lines[-1]))
    results = results[1:]  # the first run warms the disk cache and the bytecode caches
    print(f"start path, {runs} runs (median ms; steps nest: a step's time includes the steps it calls)")
    labels = [m[0] for m in results[0]["marks"]]
    for label in dict.fromkeys(labels):
        ds = sorted(sum(m[2] for m in r["marks"] if m[0] == label) * 1000 for r in results)
        at = sorted(next(m[1] for m in r["marks"] if m[0] == label) * 1000 for r in results)
        print(f"  {label:<45} {ds[len(ds) // 2]:7.1f} ms   (starts at {at[len(at) // 2]:6.1f} ms)")
    for name in results[0]["imports"]:
        ds = sorted(r["imports"][name] * 1000 for r in results)
        print(f"  import {name:<38} {ds[len(ds) // 2]:7.1f} ms")
    tot = sorted(r["total"] * 1000 for r in results)
    print(f"  {'total in-process (from the first import)':<45} {tot[len(tot) // 2]:7.1f} ms")
    # The slowest imports, by their own time.
    r = subprocess.run([sys.executable, "-X", "importtime", "-m", "sarcoref", "--smoke-test"], env=env,
                       capture_output=True, text=True)  # fmt: skip
    rows = []
    for line in r.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if line.startswith("import time:") and len(parts) == 3 and parts[0].strip().isdigit():
            rows.append((int(parts[1]), int(parts[0]), parts[2].strip()))
    print("slowest imports on the start path (cumulative ms, self ms):")
    for cum, own, name in sorted(rows, reverse=True)[:15]:
        print(f"  {name:<45} {cum / 1000:7.1f}  {own / 1000:7.1f}")
    return 0


def _profiler():
    try:
        import pyinstrument

        p = pyinstrument.Profiler(interval=0.0005)
        return p, lambda: print(p.output_text(unicode=True, color=False, show_all=False))
    except ImportError:
        import cProfile
        import pstats

        p = cProfile.Profile()

        def report():
            pstats.Stats(p).sort_stats("cumulative").print_stats(r"sarcoref", 30)

        return p, report


def search(db: str) -> int:
    from sarcoref.data.library import Library

    from .bench_search import keystrokes

    lib = Library(db)
    strokes = keystrokes()
    p, report = _profiler()
    p.start() if hasattr(p, "start") else p.enable()
    for lang, typed, _ in strokes:
        lib.search(typed, lang)
    p.stop() if hasattr(p, "stop") else p.disable()
    report()
    return 0


def views(db: str) -> int:
    from sarcoref.data.library import Library

    from .bench_gui import _app, _window, flush

    _app()
    lib = Library(db)
    w, store = _window(lib, "fr")
    trials = [i.id for i in lib.items("trial", "fr")]
    sections = [i.id for i in lib.items("section", "fr")]
    p, report = _profiler()
    p.start() if hasattr(p, "start") else p.enable()
    for k in range(40):
        w.open(f"trial:{trials[k % len(trials)]}")
        flush()
        w.open(f"section:{sections[k % len(sections)]}")
        flush()
        w.open("trials")
        flush()
        w.open("tolerance")
        flush()
    w.set_language("en")
    flush()
    p.stop() if hasattr(p, "stop") else p.disable()
    report()
    store.close()
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("start", "search", "views", "_timeline"))
    ap.add_argument("--db", help="content database (default: the bundled one)")
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if a.what == "_timeline":
        _timeline_child()
        return 0
    if a.what == "start":
        return start(a.runs)
    from sarcoref.data.paths import bundled_db

    db = a.db or str(bundled_db())
    return search(db) if a.what == "search" else views(db)


if __name__ == "__main__":
    sys.exit(main())
