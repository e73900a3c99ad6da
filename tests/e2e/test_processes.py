"""SarcoRef as a person starts it: its own process, a real X display (1366×768, openbox), keys pressed with xdotool,
a second launch from the command line."""

from __future__ import annotations

import subprocess
import sys
import time

from .conftest import ROOT


def _title(xserver, wid: str) -> str:
    return xserver.xdo("getwindowname", wid, check=False)


def _wait_title(xserver, wid: str, wanted: str, timeout: float = 15) -> str:
    deadline = time.monotonic() + timeout
    title = ""
    while time.monotonic() < deadline:
        title = _title(xserver, wid)
        if wanted in title:
            return title
        time.sleep(0.1)
    raise AssertionError(f"window title {title!r} never showed {wanted!r}")


def _second_launch(xserver, home, *args: str) -> subprocess.CompletedProcess:
    env = xserver.env(SARCOREF_HOME=str(home))
    env.pop("SARCOREF_DB", None)
    return subprocess.run([sys.executable, "-m", "sarcoref", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)  # fmt: skip


def test_a_second_launch_hands_its_id_to_the_running_window(xserver, launch, _user_home):
    first = launch("--lang", "en")
    wid = first.window()
    time.sleep(1.5)  # painted, and listening for a second launch
    second = _second_launch(xserver, _user_home, "--open", "NCT03092323")
    assert second.returncode == 0, second.stderr
    time.sleep(1.0)
    crash = _user_home / "logs" / "crash.log"
    assert not crash.exists(), f"the running window crashed on the request: {crash.read_text()[-600:]}"
    assert "asked to open NCT03092323" in second.stderr
    _wait_title(xserver, wid, "SU2C-SARC032 — SarcoRef")
    assert first.alive(), "the running window survived the second launch"
    plain = _second_launch(xserver, _user_home)
    assert plain.returncode == 0 and "brought to the front" in plain.stderr, plain.stderr
    time.sleep(0.5)
    assert first.alive()


def test_the_first_window_fits_a_1366x768_ward_screen(xserver, launch):
    app = launch("--lang", "fr")
    wid = app.window()
    time.sleep(1.0)  # let the window manager place and frame it
    x, y, width, height = xserver.geometry(wid)
    assert x >= 0 and y >= 0, (x, y)
    assert x + width <= xserver.width and y + height <= xserver.height, (x, y, width, height)


def test_keys_pressed_on_the_real_window_search_open_and_export(xserver, launch, tmp_path):
    app = launch("--lang", "en")
    wid = app.window()
    _wait_title(xserver, wid, "Home — SarcoRef")
    xserver.key(wid, "ctrl+k")
    xserver.type(wid, "stereosarc")
    time.sleep(0.8)
    xserver.key(wid, "Return")
    _wait_title(xserver, wid, "STEREOSARC — SarcoRef")
    # Ctrl+Shift+E: the save dialog opens; a file name typed there and Enter write the PDF
    xserver.key(wid, "ctrl+shift+e")
    dialog = xserver.wait_window(name="Export PDF")
    out = tmp_path / "typed.pdf"
    xserver.xdo("windowactivate", "--sync", dialog, check=False)
    xserver.xdo("key", "--clearmodifiers", "ctrl+a")
    xserver.xdo("type", "--delay", "30", str(out))
    xserver.xdo("key", "Return")
    deadline = time.monotonic() + 15
    while not (out.exists() and out.stat().st_size > 1000) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert out.read_bytes()[:5] == b"%PDF-"
    assert app.alive()
    # F1 opens the guide; Alt+Left comes back
    xserver.key(wid, "F1")
    _wait_title(xserver, wid, "User guide — SarcoRef")
    xserver.key(wid, "alt+Left")
    _wait_title(xserver, wid, "STEREOSARC — SarcoRef")
