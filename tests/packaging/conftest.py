"""Running the frozen SarcoRef the way a machine without Python would.

Tests marked `frozen` need a build (`packaging/build.sh`); they skip
without one. SARCOREF_FROZEN may point at another frozen folder (an unpacked release, or
SarcoRef.app/Contents/MacOS).
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
IS_WIN = sys.platform == "win32"


def frozen_folder() -> Path:
    return Path(os.environ.get("SARCOREF_FROZEN") or ROOT / "dist" / "SarcoRef")


def executable(folder: Path, console: bool = True) -> Path:
    """The program to run in `folder`. On Windows the windowed SarcoRef.exe has no stdout, so commands
    whose output matters go to its console twin, sarcoref-cli.exe."""
    if IS_WIN:
        return folder / ("sarcoref-cli.exe" if console else "SarcoRef.exe")
    return folder / "SarcoRef"


@dataclass
class Frozen:
    folder: Path
    env: dict[str, str]
    home: Path

    @property
    def exe(self) -> Path:
        return executable(self.folder)

    def run(self, *args: str, folder: Path | None = None, env: dict | None = None, user: str | None = None,
            timeout: float = 60, cwd: Path | None = None) -> subprocess.CompletedProcess:  # fmt: skip
        exe = executable(folder or self.folder)
        cmd = [str(exe), *args]
        if user:  # run unprivileged (root ignores file permissions, so a read-only test needs another user)
            cmd = [shutil.which("setpriv"), f"--reuid={user}", f"--regid={user}", "--clear-groups", "--", *cmd]
        return subprocess.run(cmd, env=env or self.env, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=timeout, cwd=cwd or (folder or self.folder))  # fmt: skip


def scrubbed_env(home: Path, bin_dir: Path) -> dict[str, str]:
    """No PYTHON* variables, no Python on PATH, an empty HOME; Qt headless."""
    env = {"HOME": str(home), "PATH": str(bin_dir), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    if IS_WIN:  # Windows programs need these to start at all; PATH keeps only the system folder
        for key in ("SYSTEMROOT", "SystemRoot", "WINDIR", "TEMP", "TMP", "SYSTEMDRIVE"):
            if key in os.environ:
                env[key] = os.environ[key]
        env["PATH"] = os.path.join(os.environ.get("SYSTEMROOT", r"C:\Windows"), "System32")
        env["USERPROFILE"] = str(home)
    for name in ("python", "python3", "python.exe", "python3.exe", "py.exe"):
        assert shutil.which(name, path=env["PATH"]) is None, f"{name} is still on the scrubbed PATH"
    assert not any(k.startswith("PYTHON") for k in env)
    return env


@pytest.fixture
def frozen(tmp_path) -> Frozen:
    folder = frozen_folder()
    if not executable(folder).exists():
        if os.environ.get("SARCOREF_REQUIRE_FROZEN"):
            pytest.fail(f"no frozen build in {folder}, and SARCOREF_REQUIRE_FROZEN is set")
        pytest.skip(f"no frozen build in {folder} (packaging/build.sh)")
    stale = _newer_sources(executable(folder).stat().st_mtime) if not os.environ.get("SARCOREF_FROZEN") else []
    if stale:
        message = f"the frozen build is older than {stale[0].relative_to(ROOT)}: rebuild it to test this source"
        pytest.fail(message) if os.environ.get("SARCOREF_REQUIRE_FROZEN") else pytest.skip(message)
    home, bin_dir = tmp_path / "home", tmp_path / "bin"
    home.mkdir()
    bin_dir.mkdir()
    return Frozen(folder, scrubbed_env(home, bin_dir), home)


def _newer_sources(built: float) -> list[Path]:
    """Sources changed since the build: comparing such a build with the source would test nothing."""
    candidates = [*(ROOT / "sarcoref").rglob("*.py"), ROOT / "sarcoref" / "data" / "content.db",
                  *(p for p in (ROOT / "resources").rglob("*") if p.is_file())]  # fmt: skip
    return [p for p in candidates if p.exists() and p.stat().st_mtime > built + 1]


@pytest.fixture
def shared_tmp():
    """A world-readable temporary folder (pytest's own is private to its user, which an unprivileged
    run could not even enter)."""
    path = Path(tempfile.mkdtemp(prefix="sarcoref-frozen-"))
    path.chmod(0o755)
    yield path

    def writable(func, p, _exc):
        os.chmod(p, stat.S_IRWXU)
        func(p)

    for dirpath, dirnames, _ in os.walk(path):
        for d in dirnames:
            os.chmod(os.path.join(dirpath, d), stat.S_IRWXU)
    shutil.rmtree(path, onerror=writable)


def copy_app(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest, symlinks=True)
    return dest


def make_read_only(folder: Path) -> None:
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            p = os.path.join(dirpath, name)
            if not os.path.islink(p):
                os.chmod(p, os.stat(p).st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        os.chmod(dirpath, 0o555)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` with its size and modification time."""
    out = {}
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            out[os.path.relpath(p, folder)] = (st.st_size, st.st_mtime_ns)
    return out
