"""The kiosk in a real window (Xvfb 1366×768 + openbox), driven with xdotool as a visitor, an organiser, a window
manager or another program would (issue 11, items 10 and 11).

Each test runs its own kiosk with its own PIN file and its own temporary folder (so its own kiosk lock): nothing
here meets a kiosk of another test, or of a person using this machine.
"""

from __future__ import annotations

import json
import subprocess
import time

import pytest

from sarcoref.ui.kiosk import config

PIN = "2580"
BACK_S = 15  # a window taken away must be back (or the process gone) within this


@pytest.fixture(scope="module")
def stored_pin():
    return config.hash_pin(PIN)  # one scrypt for the module


@pytest.fixture
def kiosk(launch, xserver, tmp_path, monkeypatch, stored_pin):
    """Start a kiosk (English, so the tests can read its window title) and wait for its full-screen window."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # the kiosk's lock lives in the temporary folder: this test's own
    path = tmp_path / "kiosk.json"
    path.write_text(json.dumps({**stored_pin, "idle_seconds": 10}), encoding="utf-8")
    monkeypatch.setenv(config.ENV_FILE, str(path))

    def start():
        app = launch("--kiosk", "--lang", "en")
        wid = app.window()
        _wait(lambda: xserver.geometry(wid)[2:] == (xserver.width, xserver.height), f"{wid} full screen")
        return app, wid

    return start


def _wait(condition, what: str, timeout: float = BACK_S):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"not within {timeout} s: {what}")


def _wm_state(xserver, wid: str) -> str:
    out = subprocess.run(["xprop", "-id", wid, "_NET_WM_STATE"], env=xserver.env(), capture_output=True, text=True)
    return out.stdout


def _on_screen(xserver, app) -> str | None:
    """The kiosk's window when it is mapped, full screen and on top (as the window manager has it), else None."""
    for wid in xserver.windows(pid=app.proc.pid):
        state = _wm_state(xserver, wid)
        size = xserver.geometry(wid)[2:]
        if "FULLSCREEN" in state and "ABOVE" in state and size == (xserver.width, xserver.height):
            return wid
    return None


def _painted(xserver, tmp_path) -> int:
    """How many different colours a coarse grid of the real screen shows (a black screen: one)."""
    from PySide6.QtGui import QImage

    shot = xserver.screenshot(tmp_path / "screen.png")
    image = QImage(str(shot))
    return len({image.pixel(x, y) for x in range(0, image.width(), 40) for y in range(0, image.height(), 40)})


def _title(xserver, wid: str) -> str:
    return xserver.xdo("getwindowname", wid, check=False)


def _taps(xserver, x: int, y: int, times: int, gap_s: float) -> None:
    """Quick taps at one place, as a finger does them (the pointer moves once; --sync would wait for a move)."""
    xserver.xdo("mousemove", str(x), str(y))
    for n in range(times):
        if n:
            time.sleep(gap_s)
        xserver.xdo("click", "1")


# ---------------------------------------------------------------- item 10: the organiser's quick taps


def test_five_quick_taps_in_the_corner_open_the_pin_pad(kiosk, xserver):
    app, wid = kiosk()
    assert _title(xserver, wid) == "SarcoRef"  # the attract screen
    _taps(xserver, 20, 20, 5, 0.2)
    _wait(lambda: "Organiser" in _title(xserver, wid), "the PIN pad after five taps 0.2 s apart", timeout=5)
    assert app.alive()


# ---------------------------------------------------------------- item 11: the window stays, or the kiosk leaves


def test_a_second_kiosk_exits_non_zero_with_one_line(kiosk, launch):
    first, _wid = kiosk()
    second = launch("--kiosk", "--lang", "en")
    code, out, err = second.stop(timeout=30) if _exited(second) else (None, "", "")
    assert code not in (0, None), (code, err)  # non-zero: a supervisor's restart loop keeps trying
    assert err.count("\n") == 1 and "already running" in err, err
    assert first.alive()


def _exited(app, timeout: float = 30) -> bool:
    try:
        app.proc.wait(timeout)
    except subprocess.TimeoutExpired:
        return False
    return True


def test_an_unmapped_kiosk_shows_itself_again_full_screen_and_on_top(kiosk, xserver, tmp_path):
    app, wid = kiosk()
    # painted takes a moment on a busy machine: wait for it rather than race it
    _wait(lambda: _on_screen(xserver, app) and _painted(xserver, tmp_path) > 2, "the kiosk on screen and painted")
    xserver.xdo("windowunmap", wid)
    _wait(lambda: _on_screen(xserver, app), "the kiosk's window back, full screen, on top")
    _wait(lambda: _painted(xserver, tmp_path) > 2, "the screen painted again, not left black")
    assert app.alive()


def test_a_kiosk_mapped_back_by_someone_else_is_full_screen_and_on_top_again(kiosk, xserver):
    app, wid = kiosk()
    xserver.xdo("windowunmap", wid, "windowmap", wid)  # the window manager forgets its states on the way
    _wait(lambda: _on_screen(xserver, app), "full screen and always on top restored")
    assert app.alive()


def test_a_kiosk_whose_window_is_destroyed_comes_back_or_leaves_for_its_supervisor(kiosk, xserver, launch):
    app, wid = kiosk()
    xserver.xdo("windowclose", wid)  # XDestroyWindow, behind the application's back
    _wait(lambda: not app.alive() or _on_screen(xserver, app), "a window again, or the process gone")
    if not app.alive():  # it left: with a failure status, and its lock free for the next kiosk
        assert app.proc.returncode != 0
        again = launch("--kiosk", "--lang", "en")
        again.window()


def test_a_kiosk_killed_by_the_window_manager_exits_non_zero_and_a_new_one_starts(kiosk, xserver, launch):
    app, wid = kiosk()
    xserver.xdo("windowkill", wid)  # the window manager's "kill": the X connection is cut
    assert _exited(app), "the kiosk lives on without its display connection"
    assert app.proc.returncode != 0  # a supervisor restarts it
    again = launch("--kiosk", "--lang", "en")
    again.window()
    _wait(lambda: _on_screen(xserver, again), "the new kiosk full screen and on top")


def test_closing_from_the_window_manager_is_refused(kiosk, xserver):
    app, wid = kiosk()
    xserver.key(wid, "alt+F4")  # openbox: Close, i.e. WM_DELETE_WINDOW
    time.sleep(1.0)
    assert app.alive() and _on_screen(xserver, app)
