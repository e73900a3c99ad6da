"""Shared test setup: Qt runs offscreen, every test gets its own user folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

# One place for how property tests draw: "ci" replays the same examples on every run and prints the blob that
# reproduces a failure; "dev" explores new examples each run. HYPOTHESIS_PROFILE picks one by hand.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True, deadline=None)
settings.register_profile("dev", print_blob=True, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


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


@pytest.fixture(autouse=True)
def _no_redactions_left_over():
    """Texts typed in a kiosk test (and a redactor a test sets) are registered process-wide for the crash log:
    start each test without the previous tests' (a typed "a" would otherwise strip every "a" from a later log)."""
    from sarcoref.data import crashlog

    crashlog.set_redactions([])
    crashlog.set_redactor(None)
    yield
    crashlog.set_redactions([])
    crashlog.set_redactor(None)
