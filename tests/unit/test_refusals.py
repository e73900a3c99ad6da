"""A bad content database is refused for the right reason, and the right content update is chosen.

Each fixture here is consistent everywhere but in the one place it breaks: its content hash is recomputed
(and, where the app would have one, its manifest rewritten), so it gets past the checksum checks and reaches
the check it is about. Removing that check must then let the database through, or refuse it for another
reason: either way the exact message asserted below no longer appears.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from sarcoref.data import builder, library
from sarcoref.data.library import SCHEMA_VERSION, ContentError, Library, content_hash

from .test_cli import one_line, run


def _copy(good: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(good, dest)
    return dest


def _rehash(path: Path, *statements: str) -> Path:
    """Apply `statements`, then store the content hash of the result, as the builder would."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
        conn.execute("UPDATE meta SET value = ? WHERE key = 'content_hash'", (content_hash(conn),))
        conn.commit()
        conn.execute("VACUUM")
    return path


def _other_schema(tmp: Path, good: Path) -> Path:
    return _rehash(_copy(good, tmp / "schema.db"), "UPDATE meta SET value = '99' WHERE key = 'schema_version'")


def _missing_table(tmp: Path, good: Path) -> Path:
    # search_fts has no required columns: only the table check notices it is gone.
    return _rehash(_copy(good, tmp / "tables.db"), "DROP TABLE search_fts")


def _missing_columns(tmp: Path, good: Path) -> Path:
    return _rehash(_copy(good, tmp / "columns.db"), "ALTER TABLE search RENAME COLUMN label TO heading")


def _unused_page(tmp: Path, good: Path) -> Path:
    """A page SQLite's b-trees never reach: every row reads (and hashes) fine, only quick_check sees it."""
    p = _copy(good, tmp / "quick.db")
    data = bytearray(p.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    data[28:32] = (pages + 1).to_bytes(4, "big")  # the header's page count (valid: offsets 24 and 92 agree)
    assert data[24:28] == data[92:96]
    p.write_bytes(bytes(data) + b"\x00" * page_size)
    return p


REFUSALS = [
    (_other_schema, f"schema.db was made for another version of SarcoRef (content schema 99, this version reads "
                    f"{SCHEMA_VERSION})"),
    (_missing_table, "tables.db is not a SarcoRef content database"),
    (_missing_columns, "columns.db does not match this version of SarcoRef (table search lacks label)"),
    (_unused_page, "content database is damaged: "),
]  # fmt: skip


def test_the_fixtures_get_past_the_content_hash(tmp_path, mini_db):
    """The control: each fixture's stored hash matches its rows, so the hash check is not what refuses it."""
    for make, _ in REFUSALS:
        p = make(tmp_path, mini_db)
        with contextlib.closing(sqlite3.connect(p)) as conn:
            stored = dict(conn.execute("SELECT key, value FROM meta"))["content_hash"]
            assert stored == content_hash(conn), make.__name__


@pytest.mark.parametrize(("make", "message"), REFUSALS, ids=lambda v: getattr(v, "__name__", "").strip("_"))
def test_a_bad_database_is_refused_for_the_right_reason(tmp_path, mini_db, make, message):
    bad = make(tmp_path, mini_db)
    with pytest.raises(ContentError) as e:
        Library(bad)
    assert message in str(e.value)


@pytest.mark.parametrize(("make", "message"), REFUSALS, ids=lambda v: getattr(v, "__name__", "").strip("_"))
def test_the_cli_says_why_a_database_is_refused(capsys, tmp_path, mini_db, make, message):
    bad = make(tmp_path, mini_db)
    code, out, err = run(capsys, "--db", str(bad), "search", "essai")
    assert code == 1 and out == ""
    line = one_line(err)
    assert line.startswith("sarcoref: ") and message in line, line


def test_the_sound_copy_is_accepted(tmp_path, mini_db):
    """The control: copying and rehashing alone do not make a database bad."""
    Library(_rehash(_copy(mini_db, tmp_path / "same.db")))


# ---------------------------------------------------------------- which content update is used


def _versioned(path: Path, version: str, schema: str | None = None) -> Path:
    """A sound database (hash and manifest) that claims `version` (and `schema`)."""
    sql = [f"UPDATE meta SET value = '{version}' WHERE key = 'content_version'"]
    if schema is not None:
        sql.append(f"UPDATE meta SET value = '{schema}' WHERE key = 'schema_version'")
    _rehash(path, *sql)
    builder.write_manifest(path, version)
    return path


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.delenv("SARCOREF_DB", raising=False)
    monkeypatch.setattr(library, "user_dir", lambda: folder)
    return folder


def _setup(tmp_path, mini_db, monkeypatch, home, bundled: str, update: str, schema: str | None = None, key=None):
    """A bundled database and a content update in the user folder (signed with `key`, the publisher's)."""
    b = _versioned(_copy(mini_db, tmp_path / "bundled" / "content.db"), bundled)
    monkeypatch.setattr(library, "bundled_db", lambda: b)
    u = _versioned(_copy(mini_db, home / "content.db"), update, schema)
    if key is not None:
        key.sign(u)
    return b, u


@pytest.mark.parametrize(
    ("bundled", "update", "used"),
    [
        ("1.2", "1.1", "bundled"),  # older: never a rollback
        ("1.2", "1.2", "bundled"),  # equal: nothing to gain
        ("1.2", "1.3", "update"),  # newer
        ("9.0", "10.0", "update"),  # numbers, not strings
        ("10.0", "9.0", "bundled"),
        ("1.9", "1.10", "update"),
        ("1.2", "1.2.1", "update"),
    ],
)
def test_choose_db_takes_only_a_newer_signed_update(tmp_path, mini_db, monkeypatch, home, test_key, bundled, update,
                                                    used):  # fmt: skip
    b, u = _setup(tmp_path, mini_db, monkeypatch, home, bundled, update, key=test_key)
    path, notice, provenance = library.choose_db()
    assert path == (u if used == "update" else b), (bundled, update, path)
    if used == "update":
        assert notice is None and provenance == library.Provenance(library.PUBLISHER, test_key.key_id)
    elif bundled == update:  # the very file SarcoRef ships, left behind by an earlier update: nothing to say
        assert notice is None
    else:
        assert notice and "older than or the same as" in notice and "\n" not in notice


def test_choose_db_refuses_an_update_of_another_schema(tmp_path, mini_db, monkeypatch, home, test_key):
    b, _ = _setup(tmp_path, mini_db, monkeypatch, home, "1.2", "99.0", schema="99", key=test_key)
    path, notice, _ = library.choose_db()
    assert path == b
    assert notice and "not used" in notice and "made for another version" in notice and "\n" not in notice


def test_choose_db_without_an_update_uses_the_bundled_one(tmp_path, mini_db, monkeypatch, home):
    b = _copy(mini_db, tmp_path / "bundled" / "content.db")
    monkeypatch.setattr(library, "bundled_db", lambda: b)
    assert library.choose_db()[:2] == (b, None)


def test_choose_db_an_explicit_path_wins_and_says_it_is_unsigned(tmp_path, mini_db, monkeypatch, home, test_key):
    _setup(tmp_path, mini_db, monkeypatch, home, "1.2", "1.3", key=test_key)
    given = _copy(mini_db, tmp_path / "given.db")
    assert library.choose_db(given) == (given, None, library.Provenance(library.UNSIGNED, None, "given.db is unsigned"))
