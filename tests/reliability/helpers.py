"""Helpers for the reliability tests: running real processes and checking SQLite files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PYTHON = sys.executable


def env(**extra: str) -> dict[str, str]:
    """The test's environment (SARCOREF_HOME is already private) with the checkout importable."""
    out = dict(os.environ)
    out["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), out.get("PYTHONPATH")]))
    out.pop("SARCOREF_DB", None)
    out.update(extra)
    return out


def run_cli(*args: str, prefix: tuple[str, ...] = (), timeout: float = 60, **extra_env: str):
    """`python -m sarcoref ARGS` in a fresh process, as a user would run it."""
    return subprocess.run([*prefix, PYTHON, "-m", "sarcoref", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env(**extra_env), timeout=timeout)  # fmt: skip


def integrity(path: Path) -> str:
    """SQLite's full integrity check of a file ('ok' when sound); a leftover WAL is read in as the app would."""
    conn = sqlite3.connect(path)
    try:
        return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def one_clean_line(stderr: str) -> bool:
    """Exactly one line, ours, and no traceback."""
    lines = stderr.strip().splitlines()
    return len(lines) == 1 and lines[0].startswith("sarcoref: ") and "Traceback" not in stderr


def shimmed(nonet: Path, log: Path) -> dict[str, str]:
    """Environment for a process under the no-network shim (the `nonet` fixture), logging to `log`."""
    return {"LD_PRELOAD": str(nonet), "NONET_LOG": str(log), "QT_QPA_PLATFORM": "offscreen"}
