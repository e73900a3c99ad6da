"""Offline, provably: no runtime code imports a network module or touches a socket."""

from __future__ import annotations

import json
import subprocess

from .helpers import PYTHON, ROOT, env, shimmed

DRIVER = str(ROOT / "tests" / "reliability" / "gui_session.py")
EXPECTED_STEPS = [
    "home", "every section (fr)", "every trial card with its QR code (fr)", "every section (en)",
    "every trial card with its QR code (en)", "trials grid with a filter", "tolerance, both tabs, a CTCAE table",
    "glossary", "references", "every CTCAE page", "about box", "typed search, hit opened", "find in page",
    "PDF export", "themes, zoom and language switched", "external link", "crash in a slot", "kiosk attract loop",
    "kiosk home", "kiosk trial with its QR code", "kiosk tolerance", "kiosk on-screen search, hit opened",
    "kiosk idle reset", "kiosk organiser PIN", "kiosk ended by the organiser",
]  # fmt: skip


def _driver(*args: str, tmp_path, **extra: str) -> dict:
    p = subprocess.run([PYTHON, DRIVER, *args], capture_output=True, text=True, cwd=ROOT, timeout=300,
                       env=env(TMPDIR=str(tmp_path), XDG_CONFIG_DIRS=str(tmp_path / "no-system-config"), **extra))  # fmt: skip
    lines = p.stdout.strip().splitlines()
    assert lines, p.stderr[-2000:]
    result = json.loads(lines[-1])
    result["returncode"], result["stderr"] = p.returncode, p.stderr
    return result


def test_the_session_guard_catches_python_sockets(tmp_path):
    """The guard of the session itself: a connection attempt from Python is recorded (so an empty list below
    means nothing tried)."""
    result = _driver("--guard-self-test", tmp_path=tmp_path)
    assert result["returncode"] == 0
    assert any("socket.socket" in a for a in result["python_network"]), result["python_network"]
    assert any(a.startswith("audit socket.") for a in result["python_network"]), result["python_network"]


def test_a_complete_gui_session_reaches_no_network(nonet, tmp_path, report):
    report("A complete GUI session and the network",
           tried="one process runs the app (sarcoref's own main) and a user's session in it: every section and "
                 "trial card (QR codes) in French and English, the trials grid with a filter, tolerance (both tabs, "
                 "a CTCAE table), glossary, references, every CTCAE page, the about box, a typed search and its "
                 "hit, find in page, PDF export, three themes, zoom, language switch, an external link (confirmed), "
                 "a crash in a slot; then kiosk mode: attract loop, home, a trial card, tolerance, on-screen search "
                 "and its hit, idle reset, the organiser's PIN. Under the LD_PRELOAD shim (internet socket(), "
                 "connect() and name lookups refused and logged, Python and Qt alike), with Python's socket.socket "
                 "replaced by a recorder that refuses and an audit hook on network events",
           holds="every step completes (the process prints each one); the shim logs nothing; the recorder and the "
                 "audit hook see nothing")  # fmt: skip
    log = tmp_path / "net.log"
    result = _driver(str(tmp_path / "out"), tmp_path=tmp_path, **shimmed(nonet, log))
    assert result["failed"] is None, result["failed"] + result["stderr"][-2000:]
    assert result["returncode"] == 0, result["stderr"][-2000:]
    assert result["steps"] == EXPECTED_STEPS
    report.count("steps", len(result["steps"]))
    assert result["python_network"] == []
    assert not log.exists(), log.read_text()
