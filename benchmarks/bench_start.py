"""Start: process start to the main window's first paint, against a bare PySide6 window, and the peak
resident memory of both processes at that moment (read from /proc, so nothing extra runs inside them).

The harness's own wall clock is what counts: from just before it spawns the process to the moment the
process's `first paint: N ms` line arrives (both children run unbuffered). The child's own figure (time
since the kernel created the process, 10 ms ticks) is kept beside it in the JSON as a cross-check.

Peak memory is the child's VmHWM read from /proc the moment its first-paint line arrives (the child quits
right after). The kernel's rusage cannot be used: a child spawned with vfork inherits the harness's own peak.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .stats import Figure, Goal

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BARE = HERE / "bare_window.py"
_LINE = re.compile(rb"first paint:?\s*([\d.]+)\s*ms", re.I)


class StartFailed(Exception):
    pass


def child_env(home: Path | str) -> dict:
    """Offscreen Qt, a throwaway user folder, unbuffered output, and bytecode caches as a user has them
    (kept in benchmarks/out/pycache: with PYTHONDONTWRITEBYTECODE every start would compile sarcoref anew)."""
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"), "PYTHONUNBUFFERED": "1",
                "SARCOREF_HOME": str(home), "PYTHONPYCACHEPREFIX": str(HERE / "out" / "pycache")})  # fmt: skip
    env.pop("SARCOREF_DB", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def spawn(cmd: list[str], env: dict, timeout: float = 60.0) -> dict:
    """Run one start: wall-clock ms to the first-paint line, the child's own figure, peak RSS (MiB)."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL, env=env)
        wall = own = None
        deadline = t0 + timeout
        assert proc.stdout is not None
        peak = None
        for line in proc.stdout:  # the child exits right after the line: EOF ends the loop
            m = _LINE.search(line)
            if m and wall is None:
                wall = (time.perf_counter() - t0) * 1000
                peak = peak_rss_mib(proc.pid)
                own = float(m.group(1))
            if time.perf_counter() > deadline:
                proc.kill()
                break
        proc.wait()
        if wall is None or proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode(errors="replace").strip().splitlines()[-3:]
            raise StartFailed(f"{' '.join(cmd[-2:])}: exit {proc.returncode}, no first-paint line; {' | '.join(tail)}")
    return {"wall_ms": wall, "own_ms": own, "peak_rss_mib": peak}


def peak_rss_mib(pid: int) -> float | None:
    """The process's peak resident memory so far (VmHWM), or None when it is already gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def frozen_app() -> Path | None:
    for name in ("SarcoRef", "SarcoRef.exe", "sarcoref"):
        p = ROOT / "dist" / "SarcoRef" / name
        if p.is_file() and os.access(p, os.X_OK):
            return p
    return None


def frozen_bare(log=print) -> Path | None:
    """bare_window.py frozen the naive way (PyInstaller --onedir), cached in benchmarks/out: the frozen floor."""
    out = HERE / "out" / "frozen-bare"
    stamp = out / "stamp"
    exe = out / "dist" / "bare_window" / ("bare_window.exe" if os.name == "nt" else "bare_window")
    key = f"{BARE.stat().st_mtime_ns}:{BARE.stat().st_size}"
    if exe.exists() and stamp.exists() and stamp.read_text() == key:
        return exe
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return None
    log("start: freezing bare_window.py with PyInstaller for the frozen floor (once, cached)…")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    r = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--windowed",
                        "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
                        "--specpath", str(out), str(BARE)], capture_output=True, text=True)  # fmt: skip
    if r.returncode != 0 or not exe.exists():
        log("start: could not freeze the bare window: " + (r.stderr.strip().splitlines() or ["?"])[-1])
        return None
    stamp.write_text(key)
    return exe


def _series(pairs: list[tuple[str, list[str]]], runs: int, env: dict) -> dict[str, list[dict]]:
    """Interleaved runs (order alternating each round) after one discarded warm-up each."""
    out: dict[str, list[dict]] = {name: [] for name, _ in pairs}
    for _name, cmd in pairs:
        spawn(cmd, env)
    for r in range(runs):
        order = pairs if r % 2 == 0 else pairs[::-1]
        for name, cmd in order:
            out[name].append(spawn(cmd, env))
    return out


def run(runs: int, log=print) -> tuple[list[Figure], dict, list[tuple[str, str]]]:
    figs: list[Figure] = []
    skipped: list[tuple[str, str]] = []
    details: dict = {}
    with tempfile.TemporaryDirectory(prefix="sarcoref-bench-home-") as home:
        env = child_env(home)
        py = sys.executable
        source = [("bare", [py, str(BARE)]), ("app", [py, "-m", "sarcoref", "--smoke-test"])]
        try:
            res = _series(source, runs, env)
        except StartFailed as e:
            skipped.append(("start (source)", str(e)))
            res = None
        if res:
            figs += _figures(res, "source", "bare PySide6 window (source)")
            details["source"] = res
        app = frozen_app()
        if app is None:
            skipped.append(("start (frozen)", "no frozen build in dist/SarcoRef"))
        else:
            bare = frozen_bare(log)
            floor_name = "bare PySide6 window (frozen)" if bare else "bare PySide6 window (source: no PyInstaller)"
            pairs = [("bare", [str(bare)] if bare else [py, str(BARE)]), ("app", [str(app), "--smoke-test"])]
            try:
                res = _series(pairs, runs, env)
                figs += _figures(res, "frozen", floor_name)
                details["frozen"] = res
            except StartFailed as e:
                skipped.append(("start (frozen)", str(e)))
    return figs, details, skipped


def _figures(res: dict, label: str, floor_name: str) -> list[Figure]:
    n = len(res["app"])
    figs = [
        Figure("start", f"{label} → first paint", "ms", [x["wall_ms"] for x in res["app"]], floor_name,
               [x["wall_ms"] for x in res["bare"]], Goal(max_ratio=1.5), f"{n} runs, wall clock",
               {"own_ms_app": [x["own_ms"] for x in res["app"]], "own_ms_bare": [x["own_ms"] for x in res["bare"]]}),
    ]  # fmt: skip
    app_mem = [x["peak_rss_mib"] for x in res["app"] if x["peak_rss_mib"] is not None]
    bare_mem = [x["peak_rss_mib"] for x in res["bare"] if x["peak_rss_mib"] is not None]
    if app_mem and bare_mem:  # None: the process was gone before /proc could be read (rare)
        figs.append(Figure("memory", f"{label} peak RSS at first paint", "MiB", app_mem, floor_name, bare_mem,
                           Goal(max_excess=40.0), f"{len(app_mem)}/{len(bare_mem)} runs"))  # fmt: skip
    return figs
