"""The real-window suite: SarcoRef driven as a person drives it.

Two kinds of test live here, all marked `e2e`:

- in-process crawlers (the `window` fixture): the real MainWindow, driven only through what a user reaches:
  `QAction.trigger()` (which emits `triggered(bool)`), key events sent to the window, text typed key by key,
  links activated by their URL, the painted widget grabbed and compared with what the model says;
- real processes on a real X display (the `xserver` fixture: Xvfb at 1366×768 with the openbox window manager),
  driven with xdotool: a second launch, window sizes, the kiosk's window robustness.

Every test here fails if a crash.log appears in its SARCOREF_HOME. On a machine without Xvfb/xdotool the
real-display tests skip, except in CI (CI=true), where they must run: `.ci/run` installs them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sarcoref.data.library import Library
from sarcoref.data.paths import bundled_db

ROOT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(autouse=True)
def _no_crash_log(_user_home):
    """Whatever else a test checks, the app must not have logged a crash."""
    yield
    logs = sorted(_user_home.rglob("crash*.log*")) if _user_home.exists() else []
    assert not logs, f"the app logged a crash: {logs[0]}: {logs[0].read_text(errors='replace')[-2000:]}"


# ------------------------------------------------------------------ in process


@pytest.fixture(scope="session")
def library():
    lib = Library(bundled_db())
    yield lib


@pytest.fixture
def make_window(qtbot, library):
    """A factory for the real main window at a given size and language, shown and painted."""
    from PySide6.QtWidgets import QApplication

    from sarcoref.data.userstore import UserStore
    from sarcoref.ui import i18n
    from sarcoref.ui.main_window import MainWindow

    made = []

    def make(lang: str = "en", size: tuple[int, int] = (1366, 768), theme: str = "light"):
        i18n.install(lang)
        store = UserStore()
        w = MainWindow(library, store, lang, theme)
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()  # shortcuts reach only the active window, as on a desktop
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
        w.open("home")
        made.append(w)
        return w

    yield make
    for w in made:
        w.runner.wait(3000)
        w.close()
        w.store.close()


# ------------------------------------------------------------------ a real X display


def _free_display() -> int:
    for n in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


class XServer:
    """Xvfb with a window manager, and xdotool to press keys and click as a person would."""

    def __init__(self, width: int = 1366, height: int = 768):
        self.width, self.height = width, height
        self.display = f":{_free_display()}"
        self.procs: list[subprocess.Popen] = []
        self.procs.append(
            subprocess.Popen(
                ["Xvfb", self.display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{self.display[1:]}").exists():
            if time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        if shutil.which("openbox"):
            self.procs.append(
                subprocess.Popen(["openbox"], env=self.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            )
            time.sleep(0.5)

    def env(self, **extra) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", PYTHONUNBUFFERED="1", **extra)
        return env

    def xdo(self, *args: str, check: bool = True) -> str:
        out = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True, text=True, timeout=30)
        if check and out.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {out.stderr.strip()}")
        return out.stdout.strip()

    def windows(self, pid: int | None = None, name: str | None = None) -> list[str]:
        args = ["search", "--onlyvisible"]
        args += ["--pid", str(pid)] if pid else []
        args += ["--name", name] if name else ["--name", "."]
        return [w for w in self.xdo(*args, check=False).split() if w]

    def wait_window(self, pid: int | None = None, name: str | None = None, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.windows(pid, name)
            if found:
                return found[-1]
            time.sleep(0.1)
        raise AssertionError(f"no window (pid={pid}, name={name}) within {timeout} s")

    def geometry(self, wid: str) -> tuple[int, int, int, int]:
        """x, y, width, height of a window as the X server has it (frame excluded)."""
        vals = dict(line.split("=", 1) for line in self.xdo("getwindowgeometry", "--shell", wid).splitlines())
        return int(vals["X"]), int(vals["Y"]), int(vals["WIDTH"]), int(vals["HEIGHT"])

    def key(self, wid: str, *keys: str) -> None:
        self.xdo("windowactivate", "--sync", wid, check=False)
        self.xdo("key", "--clearmodifiers", "--delay", "60", *keys)

    def type(self, wid: str, text: str) -> None:
        self.xdo("windowactivate", "--sync", wid, check=False)
        self.xdo("type", "--delay", "80", text)

    def screenshot(self, out: Path) -> Path:
        subprocess.run(["import", "-window", "root", str(out)], env=self.env(), check=True, timeout=30)
        return out

    def close(self) -> None:
        for p in reversed(self.procs):
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()


def _missing_tools() -> list[str]:
    return [t for t in ("Xvfb", "xdotool") if not shutil.which(t)]


@pytest.fixture(scope="session")
def xserver():
    missing = _missing_tools()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the real-window tests: {', '.join(missing)} missing (see .ci/run)")
        pytest.skip(f"needs {', '.join(missing)} (apt-get install xvfb xdotool openbox)")
    server = XServer()
    yield server
    server.close()


class App:
    """SarcoRef in its own process on the X server, as a user starts it."""

    def __init__(self, server: XServer, home: Path, *args: str, db: str | None = None):
        self.server, self.home = server, home
        env = server.env(SARCOREF_HOME=str(home))
        if db:
            env["SARCOREF_DB"] = db
        else:
            env.pop("SARCOREF_DB", None)
        self.args = args
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sarcoref", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def window(self, timeout: float = 20) -> str:
        return self.server.wait_window(pid=self.proc.pid, timeout=timeout)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self, timeout: float = 10) -> tuple[int | None, str, str]:
        if self.alive():
            self.proc.terminate()
        try:
            out, err = self.proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, err = self.proc.communicate()
        return self.proc.returncode, out, err


@pytest.fixture
def launch(xserver, _user_home):
    """Start SarcoRef (any arguments) in a process on the real display; every process is stopped at the end."""
    started: list[App] = []

    def start(*args: str, home: Path | None = None, db: str | None = None) -> App:
        app = App(xserver, home or _user_home, *args, db=db)
        started.append(app)
        return app

    yield start
    for app in started:
        app.stop()
