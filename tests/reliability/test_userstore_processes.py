"""User database under real processes: killed mid-write, and shared by several at once."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from sarcoref.data.userstore import UserStore

from .helpers import PYTHON, ROOT, env, integrity
from .writer import zoom_for

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals (SIGKILL)")

WRITER = str(ROOT / "tests" / "reliability" / "writer.py")
KILLS = 30
PRECISE_KILLS = 40


def _start(folder, tag, count=None, **extra_env):
    args = [PYTHON, WRITER, str(folder), tag] + ([str(count)] if count else [])
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env=env(**extra_env))  # fmt: skip


def _check_after_kill(folder, lines: list[list[str]], committed: set[str]) -> None:
    """Everything the writer printed (it prints after COMMIT returns) is in the store, which opens clean."""
    assert not [w for w in lines if w[0] != "OK"], f"a write failed or a notice appeared: {lines[:3]}"
    store = UserStore(folder)
    try:
        assert store.notice is None, store.notice  # nothing had to be repaired
        committed |= {w[2] for w in lines if w[1] == "B"}
        missing = committed - {b["id"] for b in store.bookmarks()}
        assert not missing, f"committed bookmarks lost: {sorted(missing)[:5]}"
        last = len(lines) - 1  # writes are numbered from 0; the next one may have committed unseen
        zooms = [int(w[2]) for w in lines if w[1] == "Z"]
        if zooms:
            assert store.get("zoom") in {zooms[-1], zoom_for(last + 1)}
        recents = [w[2] for w in lines if w[1] == "R"]
        if recents:
            assert recents[-1] in [r["id"] for r in store.recent(2)]
    finally:
        store.close()
    assert integrity(folder / "user.db") == "ok"


def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path, report):
    report("SIGKILL at a random moment while the user database is being written",
           tried=f"{KILLS} kills of a real process writing bookmarks, settings and recent items in a loop, "
                 "each after a random number of commits and a random delay",
           holds="every write the process saw committed is there after each kill; the file opens without "
                 "repair; PRAGMA integrity_check ok")  # fmt: skip
    folder = tmp_path / "home"
    rng = random.Random(7)
    committed: set[str] = set()
    for round_ in range(KILLS):
        with _start(folder, f"k{round_}") as child:  # closes its pipes however the round ends
            wanted, lines = rng.randint(1, 60), []
            while len(lines) < wanted:
                line = child.stdout.readline()
                assert line, f"writer ended early: {child.stderr.read()}"
                lines.append(line.split())
            time.sleep(rng.choice([0, rng.random() * 0.003]))
            child.send_signal(signal.SIGKILL)
            lines += [line.split() for line in child.stdout.read().splitlines() if line.strip()]
            child.wait()
        assert child.returncode == -signal.SIGKILL
        _check_after_kill(folder, lines, committed)


@pytest.fixture(scope="session")
def kill_shim(tmp_path_factory):
    if not sys.platform.startswith("linux"):
        pytest.skip("the write-interception shim uses LD_PRELOAD (Linux)")
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        pytest.skip("no C compiler to build the write-interception shim")
    out = tmp_path_factory.mktemp("shim") / "killshim.so"
    src = ROOT / "tests" / "reliability" / "killshim.c"
    subprocess.run([cc, "-shared", "-fPIC", "-O2", "-o", str(out), str(src), "-ldl"], check=True)
    return out


def test_sigkill_before_each_disk_write_loses_nothing_committed(tmp_path, report, kill_shim):
    report("SIGKILL at an exact point inside a commit (before the Nth disk write)",
           tried=f"{PRECISE_KILLS} runs, killed before disk write 1, 2, … {PRECISE_KILLS} (opening, creating, "
                 "and every write of the first transactions), on the same file",
           holds="every committed write survives; the file opens without repair; integrity_check ok")  # fmt: skip
    folder = tmp_path / "home"
    committed: set[str] = set()
    for n in range(1, PRECISE_KILLS + 1):
        child = _start(folder, f"w{n}", 1000, KILL_AT_WRITE=str(n), LD_PRELOAD=str(kill_shim))
        out, err = child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL, f"the shim did not fire at write {n}: {err}"
        _check_after_kill(folder, [line.split() for line in out.splitlines() if line.strip()], committed)
    assert committed, "no write ever committed: the kill points are all before the first commit"


def test_several_processes_writing_at_once_do_not_corrupt_or_lose(tmp_path, report):
    writers, each = 3, 300
    report("Several SarcoRef processes writing the user database at once",
           tried=f"{writers} processes released at the same instant, {each} transactions each "
                 "(bookmarks, settings, recent items)",
           holds="no write fails or waits forever; every bookmark of every process is there; integrity_check ok")  # fmt: skip
    folder = tmp_path / "home"
    go = tmp_path / "go"
    children = [_start(folder, f"p{n}", each, WRITER_GO=str(go)) for n in range(writers)]
    ready = [tmp_path / f"go.ready-p{n}" for n in range(writers)]
    deadline = time.monotonic() + 60
    while not all(r.exists() for r in ready):  # a barrier: every process has opened the store and waits
        assert time.monotonic() < deadline, "a writer never opened the store"
        assert all(c.poll() is None for c in children), "a writer died before the start"
        time.sleep(0.01)
    go.touch()
    outputs = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        outputs.append([line.split() for line in out.splitlines()])
    failed = [w for lines in outputs for w in lines if w[0] != "OK"]
    assert not failed, failed[:5]
    store = UserStore(folder)
    assert store.notice is None
    ids = {b["id"] for b in store.bookmarks()}
    for n, lines in enumerate(outputs):
        mine = {w[2] for w in lines if w[1] == "B"}
        assert len(mine) == len(range(0, each, 3))
        assert mine <= ids, f"process {n} lost {len(mine - ids)} bookmark(s)"
    store.close()
    assert integrity(folder / "user.db") == "ok"
