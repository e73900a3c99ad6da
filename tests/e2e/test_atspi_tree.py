"""The accessibility tree as Orca gets it: the real app on Xvfb, a private D-Bus session and AT-SPI bus, the tree
walked over D-Bus by a second process (tests/e2e/atspi_walk.py, run by the system Python with python3-dbus).

Fails on a showing control without a name, on a name made of symbols (arrows, stars, dots read aloud one by
one), and on a column header named by a number. Skips, saying why, where the bus cannot be started.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from sarcoref.ui.kiosk import config

WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYMBOLS = set("◀▶⌂★☆←→○●▸▾✕↑↓⌫")  # read aloud one by one, or not at all
CONTROLS = {"push button", "toggle button", "combo box", "text", "check box", "radio button", "menu item",
            "page tab", "tree item", "list item", "entry"}  # fmt: skip


def _why_no_bus() -> str | None:
    if not shutil.which("dbus-daemon"):
        return "dbus-daemon is missing (apt-get install dbus)"
    if not Path(LAUNCHER).exists():
        return "at-spi-bus-launcher is missing (apt-get install at-spi2-core)"
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import dbus"], capture_output=True)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        return "the system Python has no dbus module (apt-get install python3-dbus)"
    return None


@pytest.fixture
def atspi(xserver, monkeypatch):
    """A private session bus with the AT-SPI bus on it; apps launched after this report to it."""
    why = _why_no_bus()
    if why:
        pytest.skip(why)
    procs = []
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    procs.append(daemon)
    address = daemon.stdout.readline().strip()
    if not address:
        daemon.terminate()
        daemon.wait()
        daemon.stdout.close()
        pytest.skip("the private D-Bus session did not start")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    monkeypatch.setenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")
    env = xserver.env()
    procs.append(subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))  # fmt: skip

    def walk(settle: float = 2.0) -> list[dict]:
        out = subprocess.run([SYSTEM_PYTHON, str(WALKER), "sarcoref", "30", str(settle)], env=xserver.env(),
                             capture_output=True, text=True, timeout=120)  # fmt: skip
        if out.returncode == 2:
            pytest.fail("SarcoRef never appeared on the AT-SPI bus")
        assert out.returncode == 0, out.stderr[-2000:]
        return [json.loads(line) for line in out.stdout.splitlines()]

    yield walk
    for p in reversed(procs):
        p.terminate()
        try:
            p.wait(5)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
    daemon.stdout.close()  # its address was read; an open pipe left behind is a ResourceWarning (an error here)


def _problems(tree: list[dict]) -> list[str]:
    found = []
    for node in tree:
        name, role = node["name"].strip(), node["role"]
        if SYMBOLS & set(name):
            found.append(f"{role} named with symbols: {name!r}")
        elif name and not re.search(r"\w", name):
            found.append(f"{role} named by punctuation only: {name!r}")
        elif role in CONTROLS and node["showing"] and not name:
            found.append(f"showing {role} without a name")
        elif role == "column header" and re.fullmatch(r"\d*", name):
            found.append(f"column header named {name!r}")
    return found


def test_the_main_window_tree_names_every_control_in_words(atspi, launch):
    app = launch("--lang", "en")
    app.window()
    tree = atspi()
    assert tree[0]["role"] == "application" and len(tree) > 50, tree[:3]
    assert not _problems(tree), _problems(tree)
    buttons = {n["name"] for n in tree if n["role"] in ("push button", "toggle button", "check box")}
    assert {"Back", "Forward", "Home", "Bookmark"} <= buttons, sorted(
        (n["role"], n["name"]) for n in tree if "button" in n["role"]
    )
    assert any(n["name"] == "Content page" and n["showing"] for n in tree), "the page is not in the tree"


def test_the_kiosk_tree_says_its_slide_dots_in_words(atspi, launch, xserver, tmp_path, monkeypatch):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # the kiosk's lock: this test's own
    path = tmp_path / "kiosk.json"
    path.write_text(json.dumps(config.hash_pin("2580")), encoding="utf-8")
    monkeypatch.setenv(config.ENV_FILE, str(path))
    app = launch("--kiosk", "--lang", "en")
    app.window()
    time.sleep(1)
    tree = atspi(settle=3.0)
    assert not _problems(tree), _problems(tree)
    assert any(re.fullmatch(r"Slide \d+ of \d+", n["name"]) for n in tree), [n["name"] for n in tree][:40]
    assert os.environ["DBUS_SESSION_BUS_ADDRESS"]  # the app reported to our private bus, not a desktop's
