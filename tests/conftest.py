"""Shared test setup: Qt runs offscreen, every test gets its own user folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _user_home(tmp_path, monkeypatch):
    """Nothing a test does may touch the real user folder."""
    home = tmp_path / "sarcoref-home"
    monkeypatch.setenv("SARCOREF_HOME", str(home))
    monkeypatch.delenv("SARCOREF_DB", raising=False)
    return home
