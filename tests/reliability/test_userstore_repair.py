"""User database faults on disk: damaged, foreign, newer, unwritable; kiosk mode writes nothing."""

from __future__ import annotations

import random
import re
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sarcoref.data.userstore import APPLICATION_ID, SETTINGS, UserStore

ASIDE = re.compile(r"^user\.db\.corrupt-\d{8}-\d{6}(-\d+)?$")


def _filled(folder) -> None:
    with UserStore(folder) as s:
        assert s.notice is None
        for i in range(40):
            s.add_bookmark(f"item-{i}", f"Item {i} " + "x" * 300, "section")
        s.set("zoom", 175)


def _garbage(path):
    path.write_bytes(b"\x93 not a database at all " * 200)


def _text_file(path):
    path.write_text("bookmarks=tils,nexis\n", encoding="utf-8")


def _truncated(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _header_smashed(path):
    data = bytearray(path.read_bytes())
    data[0:100] = b"\xff" * 100
    path.write_bytes(bytes(data))


def _page_smashed(path):
    """Overwrite the root page of the bookmarks table with noise: the header is intact, the content not."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'bookmarks'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page : root * page] = bytes((i * 37 + 11) % 256 for i in range(page))
    path.write_bytes(bytes(data))


def _foreign(path):
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('x')")
    conn.commit()
    conn.close()


def _reshaped(path):
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE bookmarks")
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()


DAMAGE = {
    "random bytes": _garbage,
    "a text file": _text_file,
    "truncated to a third": _truncated,
    "first 100 bytes overwritten": _header_smashed,
    "a table's page overwritten": _page_smashed,
    "another application's SQLite file": _foreign,
    "a table of another shape": _reshaped,
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_user_database_is_moved_aside_and_a_fresh_one_made(tmp_path, report, kind):
    report(f"User database damaged: {kind}",
           tried="a store with 40 bookmarks and a setting, closed, then damaged on disk; opened again",
           holds="opening does not fail; the file is kept as user.db.corrupt-YYYYmmdd-HHMMSS, byte for byte; "
                 "a fresh file works and persists; the user is told")  # fmt: skip
    folder = tmp_path / "home"
    _filled(folder)
    DAMAGE[kind](folder / "user.db")
    damaged = (folder / "user.db").read_bytes()

    store = UserStore(folder)
    assert store.notice and store.notice_kind == "repaired", store.notice
    assert "set aside" in store.notice
    asides = [p for p in folder.iterdir() if ASIDE.match(p.name)]
    assert len(asides) == 1 and asides[0].read_bytes() == damaged
    assert asides[0].name in store.notice
    assert not store.ephemeral
    assert store.add_bookmark("after-repair", "After", "section")
    store.close()

    with UserStore(folder) as again:
        assert again.notice is None
        assert again.is_bookmarked("after-repair")


def test_what_can_be_read_from_a_damaged_file_is_kept(tmp_path, report):
    report("User database with a damaged index (quick_check fails, rows readable)",
           tried="40 bookmarks; the root page of the bookmarks' unique index overwritten",
           holds="moved aside; the 40 bookmarks and the setting are copied into the fresh file; the notice says so")  # fmt: skip
    folder = tmp_path / "home"
    _filled(folder)
    path = folder / "user.db"
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_bookmarks_1'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096 + 8 : root * 4096] = b"\x00\xff" * ((4096 - 8) // 2)
    path.write_bytes(bytes(data))

    with UserStore(folder) as store:
        assert store.notice_kind == "repaired"
        assert "40 bookmark(s) could be recovered" in store.notice
        assert [b["id"] for b in store.bookmarks()] == [f"item-{i}" for i in reversed(range(40))]
        assert store.get("zoom") == 175


def test_a_stale_journal_beside_a_damaged_file_goes_aside_with_it(tmp_path, report):
    report("User database damaged while its WAL file holds frames",
           tried="garbage written over user.db while user.db-wal is left beside it",
           holds="the WAL goes aside with the damaged file, so it is not replayed into the fresh one")  # fmt: skip
    folder = tmp_path / "home"
    _filled(folder)
    keep = sqlite3.connect(folder / "user.db")  # hold the WAL open so it is not checkpointed away
    keep.execute("PRAGMA wal_autocheckpoint = 0")
    keep.execute("INSERT INTO bookmarks (id, title, kind, added) VALUES ('in-wal', 't', 'k', 'a')")
    keep.commit()
    wal = (folder / "user.db-wal").read_bytes()
    assert wal
    _garbage(folder / "user.db")
    store = UserStore(folder)
    keep.close()
    assert store.notice_kind == "repaired"
    aside = next(p for p in folder.iterdir() if ASIDE.match(p.name))
    assert (folder / f"{aside.name}-wal").exists()
    assert not store.is_bookmarked("in-wal")
    store.close()


def test_a_file_from_a_newer_version_is_left_alone(tmp_path, report):
    report("User database written by a newer SarcoRef",
           tried="a sound store whose schema version is 99",
           holds="the file is not touched (same bytes); the session works in memory; the user is told")  # fmt: skip
    folder = tmp_path / "home"
    _filled(folder)
    conn = sqlite3.connect(folder / "user.db")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = (folder / "user.db").read_bytes()
    with UserStore(folder) as store:
        assert store.notice_kind == "newer" and store.ephemeral
        assert store.add_bookmark("x", "X", "section") and store.is_bookmarked("x")
    assert (folder / "user.db").read_bytes() == before


@pytest.mark.parametrize("kind", ["a file where the folder should be", "a folder where user.db should be"])
def test_an_unusable_place_gives_an_in_memory_store_and_a_notice(tmp_path, report, kind):
    report(f"User folder unusable: {kind}",
           tried="open the store, add a bookmark, change a setting",
           holds="opening does not fail; everything works for the session; nothing is written; the user is told")  # fmt: skip
    if kind.startswith("a file"):
        folder = tmp_path / "home"
        folder.write_text("not a folder")
    else:
        folder = tmp_path / "home"
        (folder / "user.db").mkdir(parents=True)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with UserStore(folder) as store:
        assert store.ephemeral and store.notice_kind == "ephemeral", store.notice
        assert "cannot be saved" in store.notice
        assert store.add_bookmark("tils", "TILs", "section") and store.bookmarks()[0]["id"] == "tils"
        assert store.set("zoom", 120) and store.get("zoom") == 120
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_kiosk_mode_writes_nothing(tmp_path, report, monkeypatch):
    report("Kiosk mode (ephemeral store)",
           tried="bookmarks, recent items and every setting changed in an ephemeral store",
           holds="everything works in the session; SARCOREF_HOME stays absent; a later normal start sees none of it")  # fmt: skip
    home = tmp_path / "kiosk-home"
    monkeypatch.setenv("SARCOREF_HOME", str(home))
    with UserStore(ephemeral=True) as store:
        assert store.notice is None and store.path is None
        store.add_bookmark("tils", "TILs", "section")
        store.add_recent("nexis", "NEXIS", "trial")
        store.set("theme", "dark")
        store.set("first_run_done", True)
        assert store.is_bookmarked("tils") and store.recent()[0]["id"] == "nexis"
    assert not home.exists()
    with UserStore() as normal:
        assert not normal.bookmarks() and normal.get("theme") == "system"


def test_a_fresh_file_is_marked_as_ours(tmp_path):
    """The application id is what tells a SarcoRef file from another SQLite file (the foreign-file test)."""
    with UserStore(tmp_path):
        pass
    conn = sqlite3.connect(tmp_path / "user.db")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


FLIPS = 150


@pytest.fixture(scope="module")
def filled_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("filled")
    _filled(folder)
    with UserStore(folder) as s:
        for i in range(30):
            s.add_recent(f"recent-{i}", f"Recent {i}", "trial")
    return (folder / "user.db").read_bytes()


@settings(max_examples=FLIPS, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(data=st.data())
def test_a_bit_flipped_anywhere_in_the_user_database_never_stops_the_app(tmp_path, filled_file, report, data):
    report("User database: a single bit flipped anywhere",
           tried="byte offsets drawn uniformly and bits in a store holding bookmarks, recent items and settings; "
                 "then open, read everything, write",
           holds="nothing raises; every setting read is valid; writes still work; either the damage is seen at "
                 "open (file repaired, user told) or every bookmark and recent item is still listed")  # fmt: skip
    report.count("flips")
    rng = random.Random(data.draw(st.integers(0, 2**64 - 1), label="seed"))  # uniform over the file; replayable
    offset, bit = rng.randrange(len(filled_file)), rng.randrange(8)
    folder = tmp_path / f"f{offset}-{bit}"
    folder.mkdir()
    damaged = bytearray(filled_file)
    damaged[offset] ^= 1 << bit
    (folder / "user.db").write_bytes(bytes(damaged))
    with UserStore(folder) as store:
        assert store.notice_kind in (None, "repaired"), store.notice
        opened_clean = store.notice is None
        marks = store.bookmarks()
        if opened_clean:  # damage not seen at open must not hide rows either (a title may show a "�")
            assert len(marks) == 40 and len(store.recent(50)) == 30 and store.notice is None, store.notice
        store.recent(50)
        for key, (_, valid) in SETTINGS.items():
            assert valid(store.get(key)), key
        store.is_bookmarked("item-3")
        assert store.add_bookmark("after", "After", "section") or store.notice_kind == "unsaved", store.notice
        store.add_recent("after", "After", "section")
        store.set("zoom", 110)
