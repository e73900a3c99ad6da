"""The content database's checksum is not recomputed at every start, and a changed file is still refused."""

from __future__ import annotations

import hashlib
import os
import shutil
import types

import pytest

from sarcoref.data import library
from sarcoref.data.paths import bundled_db


@pytest.fixture
def db_copy(tmp_path, monkeypatch):
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("SARCOREF_HOME", str(tmp_path / "home"))
    db = tmp_path / "content.db"
    shutil.copy(bundled_db(), db)
    shutil.copy(bundled_db().with_name("content.db.manifest.json"), tmp_path / "content.db.manifest.json")
    return db


def _counting_hashlib(monkeypatch) -> list[int]:
    calls = []

    def sha256(data=b""):
        calls.append(len(data))
        return hashlib.sha256(data)

    monkeypatch.setattr(library, "hashlib", types.SimpleNamespace(sha256=sha256))
    return calls


def test_second_start_does_not_hash_the_database_again(db_copy, monkeypatch):
    calls = _counting_hashlib(monkeypatch)
    library.Library(db_copy)
    assert calls == [db_copy.stat().st_size], "the first start checks every byte"
    library.Library(db_copy)
    assert calls == [db_copy.stat().st_size], "the second start hashed the whole database again"


def test_a_database_changed_after_it_was_checked_is_refused(db_copy):
    library.Library(db_copy)
    st = db_copy.stat()
    with db_copy.open("r+b") as f:  # one byte inside the data, same size, modification time put back
        f.seek(st.st_size // 2)
        byte = f.read(1)
        f.seek(st.st_size // 2)
        f.write(bytes([byte[0] ^ 0xFF]))
    os.utime(db_copy, ns=(st.st_atime_ns, st.st_mtime_ns))
    with pytest.raises(library.ContentError, match="checksum mismatch"):
        library.Library(db_copy)


def test_a_read_only_user_folder_still_opens_the_database(db_copy, tmp_path, monkeypatch):
    home = tmp_path / "ro-home"
    home.mkdir()
    home.chmod(0o555)
    monkeypatch.setenv("SARCOREF_HOME", str(home))
    try:
        assert library.Library(db_copy).version
    finally:
        home.chmod(0o755)


def test_opening_the_database_never_creates_the_user_folder(db_copy, tmp_path, monkeypatch):
    """A headless command or a kiosk on a machine where SarcoRef never saved anything leaves no folder behind."""
    home = tmp_path / "never-used"
    monkeypatch.setenv("SARCOREF_HOME", str(home))
    assert library.Library(db_copy).version
    assert not home.exists()
