"""The wheel (`uv build`) installed the way a user installs it, in a fresh environment outside the checkout:
it starts, searches, and speaks French (its translations travel inside the package, not beside the checkout).

Offline: the dependencies are uv.lock's, taken from uv's local cache (`UV_OFFLINE`), never from the network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _uv(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    uv = shutil.which("uv")
    cmd = [uv, *args] if uv else [sys.executable, "-m", "uv", *args]
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv (outside the checkout) holding the wheel and its dependencies; returns its python."""
    work = tmp_path_factory.mktemp("wheel")
    built = _uv("build", "--wheel", "--out-dir", str(work / "dist"), str(ROOT), cwd=work)
    assert built.returncode == 0, built.stderr
    (wheel,) = (work / "dist").glob("sarcoref-*.whl")
    venv = work / "venv"
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    # the runtime dependencies as uv.lock pins them (from uv's cache: lock entries need no index), then the
    # wheel itself; the checkout is neither installed nor on the path
    env = os.environ | {"UV_OFFLINE": "1", "UV_PROJECT_ENVIRONMENT": str(venv)}
    deps = _uv("sync", "--frozen", "--no-default-groups", "--no-install-project", "--quiet", cwd=ROOT, env=env)
    if deps.returncode != 0 and "offline" in deps.stderr.lower():
        pytest.skip(f"the wheel's dependencies are not all in uv's cache: {deps.stderr.strip()[-300:]}")
    assert deps.returncode == 0, deps.stderr
    added = _uv("pip", "install", "--quiet", "--no-deps", "--python", str(python), str(wheel), cwd=work, env=env)
    assert added.returncode == 0, added.stderr
    return python


def _run(python: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SARCOREF_", "VIRTUAL_ENV"))}
    env |= {"SARCOREF_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    # run from outside the checkout, so nothing can be found through the current folder
    return subprocess.run([str(python), "-m", "sarcoref", *args], cwd=home, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)  # fmt: skip


def test_installed_wheel_runs_from_its_own_files(installed, tmp_path):
    where = subprocess.run([str(installed), "-c", "import sarcoref; print(sarcoref.__file__)"], cwd=tmp_path,
                           capture_output=True, text=True, env={"PATH": os.environ.get("PATH", "")})  # fmt: skip
    assert Path(where.stdout.strip()).resolve().is_relative_to(installed.parent.parent.resolve())
    version = _run(installed, "--version", home=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("SarcoRef "), version.stderr
    found = _run(installed, "search", "PD-L1", "--limit", "3", home=tmp_path)
    assert found.returncode == 0, found.stderr
    assert "PD-L1" in found.stdout


def test_installed_wheel_speaks_french(installed, tmp_path):
    """The French interface, not the English fallback: the menus are translated in the installed copy, and its
    French screenshot is the checkout's French screenshot pixel for pixel, and not its English one."""
    probe = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from sarcoref.ui.app import _application; app = _application()\n"
        "from sarcoref.ui import i18n; i18n.install('fr')\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "print(QCoreApplication.translate('MainWindow', '&File'))\n"
    )
    said = subprocess.run([str(installed), "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                          encoding="utf-8", env={"PATH": os.environ.get("PATH", ""), "SARCOREF_HOME": str(tmp_path)})  # fmt: skip
    assert said.stdout.strip() == "&Fichier", said.stderr

    shots = {}
    for who, python in (("wheel", installed), ("checkout", Path(sys.executable))):
        for lang in ("fr", "en"):
            out = tmp_path / f"{who}-{lang}.png"
            cmd = ["screenshot", str(out), "--view", "home", "--lang", lang, "--size", "1024x700"]
            result = _run(python, *cmd, home=tmp_path) if who == "wheel" else _source_run(cmd, tmp_path)
            assert result.returncode == 0, result.stderr
            shots[who, lang] = _pixels(out)
    assert shots["checkout", "fr"] != shots["checkout", "en"], "French and English screenshots look the same"
    assert shots["wheel", "fr"] == shots["checkout", "fr"], "the installed wheel does not paint the French interface"
    assert not (tmp_path / "crash.log").exists()


def _source_run(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = os.environ | {"SARCOREF_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "sarcoref", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)  # fmt: skip


def _pixels(path: Path) -> bytes:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    return bytes(image.convertToFormat(QImage.Format_RGB32).constBits())
