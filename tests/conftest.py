"""Shared test setup: Qt runs offscreen, every test gets its own user folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def test_key(tmp_path_factory):
    """The publisher's key, as far as the tests are concerned (see tests/testkey.py)."""
    from tests import testkey

    return testkey.make(tmp_path_factory.mktemp("test-key"))


@pytest.fixture(autouse=True)
def _user_home(tmp_path, monkeypatch, test_key):
    """Nothing a test does may touch the real user folder; the test key is trusted (by this process and by the
    processes it starts), no other key but the publisher's."""
    home = tmp_path / "sarcoref-home"
    monkeypatch.setenv("SARCOREF_HOME", str(home))
    monkeypatch.delenv("SARCOREF_DB", raising=False)
    monkeypatch.setenv("SARCOREF_EXTRA_KEYS", str(test_key.public))
    return home
