"""Kiosk configuration and the organiser's PIN: garbage falls back to defaults, the PIN is only ever a salted hash.

These need no display: `sarcoref kiosk-pin` runs headless.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sarcoref.ui.kiosk import config

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_system_file(monkeypatch, tmp_path):
    """The machine's own /etc/xdg/SarcoRef/kiosk.json must not leak into a test."""
    monkeypatch.setattr(config, "system_config_path", lambda: tmp_path / "system" / "kiosk.json")
    monkeypatch.delenv(config.ENV_FILE, raising=False)


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.write_bytes if isinstance(text, bytes) else path.write_text)(text)
    return path


DEFAULTS = config.KioskConfig()


# ---------------------------------------------------------------- garbage in, defaults out


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[1, 2, 3]",
        '"kiosk"',
        "null",
        "",
        b"\xff\xfe\x00garbage\x00",
        '{"idle_seconds": "ninety"}',
        '{"idle_seconds": -5, "slide_seconds": 0}',
        '{"idle_seconds": 1e400}',
        '{"idle_seconds": true}',
        '{"default_language": "de", "theme": "neon"}',
        '{"enabled": "yes", "hide_cursor": 1}',
        '{"pin_hash": "not hex", "pin_salt": "zz", "pin_kdf": "md5"}',
        '{"pin_hash": "' + "ab" * 32 + '"}',
        '{"whatever": 1, "idle_seconds": 90}',
        '{"idle_seconds": 90' + " " * 70_000 + "}",
    ],
)
def test_garbage_config_gives_defaults_and_a_notice(_user_home, content):
    write(_user_home / "kiosk.json", content)
    cfg = config.load()
    assert (cfg.idle_seconds, cfg.default_language, cfg.hide_cursor, cfg.enabled, cfg.slide_seconds, cfg.theme) == (
        DEFAULTS.idle_seconds, DEFAULTS.default_language, DEFAULTS.hide_cursor, DEFAULTS.enabled,
        DEFAULTS.slide_seconds, DEFAULTS.theme)  # fmt: skip
    assert not cfg.has_pin
    if content != '{"whatever": 1, "idle_seconds": 90}':
        assert cfg.notices, content
    assert all(isinstance(n, str) and "\n" not in n for n in cfg.notices)


def test_a_folder_in_place_of_the_file_gives_defaults(_user_home):
    (_user_home / "kiosk.json").mkdir(parents=True)
    cfg = config.load()
    assert cfg.idle_seconds == 90 and "folder" in cfg.notices[0]


def test_good_values_are_read_and_bad_ones_alone_fall_back(_user_home):
    write(_user_home / "kiosk.json", json.dumps({"enabled": True, "idle_seconds": 45, "default_language": "en",
                                                 "hide_cursor": True, "slide_seconds": "x", "_comment": "IT"}))  # fmt: skip
    cfg = config.load()
    assert (cfg.enabled, cfg.idle_seconds, cfg.default_language, cfg.hide_cursor) == (True, 45, "en", True)
    assert cfg.slide_seconds == 8 and len(cfg.notices) == 1 and "slide_seconds" in cfg.notices[0]


def test_the_user_file_wins_over_the_system_file(_user_home, tmp_path):
    write(tmp_path / "system" / "kiosk.json", json.dumps({"idle_seconds": 120, "default_language": "en"}))
    write(_user_home / "kiosk.json", json.dumps({"idle_seconds": 60}))
    cfg = config.load()
    assert (cfg.idle_seconds, cfg.default_language) == (60, "en")


def test_an_explicit_file_is_the_only_one_read(_user_home, tmp_path, monkeypatch):
    write(_user_home / "kiosk.json", json.dumps({"idle_seconds": 60}))
    explicit = write(tmp_path / "it" / "booth.json", json.dumps({"idle_seconds": 30}))
    monkeypatch.setenv(config.ENV_FILE, str(explicit))
    assert config.load().idle_seconds == 30
    assert config.pin_target_path() == explicit


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.dictionaries(st.sampled_from([*config._KEYS, "x"]), st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=80),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6)))  # fmt: skip
def test_any_json_object_loads_into_valid_settings(_user_home, data):
    write(_user_home / "kiosk.json", json.dumps(data))
    cfg = config.load()
    assert 10 <= cfg.idle_seconds <= 86_400 and 3 <= cfg.slide_seconds <= 600
    assert cfg.default_language in ("fr", "en") and cfg.theme in ("light", "contrast")
    assert isinstance(cfg.enabled, bool) and isinstance(cfg.hide_cursor, bool)


# ---------------------------------------------------------------- the PIN


def test_the_pin_is_stored_as_a_salted_hash_that_verifies(_user_home):
    path = config.save_pin("482913")
    raw = path.read_text()
    assert "482913" not in raw
    stored = json.loads(raw)
    assert stored["pin_hash"] != "482913" and len(bytes.fromhex(stored["pin_salt"])) == 16
    cfg = config.load()
    assert cfg.has_pin and cfg.verify_pin("482913")
    assert not cfg.verify_pin("482914") and not cfg.verify_pin("") and not cfg.verify_pin("482913 ")
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0  # not readable by other accounts


def test_the_same_pin_twice_gives_two_different_hashes(_user_home):
    first = json.loads(config.save_pin("2468").read_text())
    second = json.loads(config.save_pin("2468").read_text())
    assert first["pin_salt"] != second["pin_salt"] and first["pin_hash"] != second["pin_hash"]


def test_setting_the_pin_keeps_the_other_keys(_user_home):
    write(_user_home / "kiosk.json", json.dumps({"idle_seconds": 45, "enabled": True}))
    config.save_pin("97531")
    cfg = config.load()
    assert cfg.idle_seconds == 45 and cfg.enabled and cfg.verify_pin("97531")


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "１２３４", "12 34", ""])
def test_an_unusable_pin_is_refused(_user_home, pin):
    with pytest.raises(ValueError):
        config.save_pin(pin)
    assert not (_user_home / "kiosk.json").exists()


@settings(max_examples=60, deadline=None)
@given(pin=st.text(max_size=100))
def test_verifying_any_text_answers_cleanly(pin):
    stored = STORED
    assert config.verify_pin(pin, stored["pin_kdf"], stored["pin_salt"], stored["pin_hash"]) is (pin == "5555")


STORED = config.hash_pin("5555")


# ---------------------------------------------------------------- sarcoref kiosk-pin, from a script


def run_pin(stdin: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SARCOREF_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop(config.ENV_FILE, None)
    return subprocess.run([sys.executable, "-m", "sarcoref", "kiosk-pin"], input=stdin, capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=60)  # fmt: skip


def test_kiosk_pin_reads_stdin_and_stores_only_a_hash(_user_home):
    p = run_pin("7315\n7315\n", _user_home)
    assert p.returncode == 0, p.stderr
    raw = (_user_home / "kiosk.json").read_text()
    assert "7315" not in raw and "salted hash" in p.stdout
    assert config.load().verify_pin("7315")


@pytest.mark.parametrize("stdin,why", [("1234\n4321\n", "differ"), ("abcd\n", "digits"), ("12\n", "digits"),
                                       ("", "no PIN")])  # fmt: skip
def test_kiosk_pin_refuses_bad_input_in_one_line(_user_home, stdin, why):
    p = run_pin(stdin, _user_home)
    assert p.returncode == 1
    assert why in p.stderr and p.stderr.count("\n") == 1 and "Traceback" not in p.stderr
    assert not (_user_home / "kiosk.json").exists()


def test_kiosk_pin_never_loads_qt():
    code = "import sys, sarcoref.kioskpin, sarcoref.ui.kiosk; print(any(m.startswith('PySide6') for m in sys.modules))"
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert p.stdout.strip() == "False", p.stderr
