"""The recent items stay bounded in the file itself, not only in what `recent()` returns (its LIMIT would hide
a table that grows by one row per page opened, for years)."""

from __future__ import annotations

import contextlib
import sqlite3

from sarcoref.data.userstore import MAX_RECENT, UserStore


def _rows_on_disk(store: UserStore) -> list[tuple[str, int]]:
    """The recent table read from the file by another connection: what the next launch finds."""
    with contextlib.closing(sqlite3.connect(store.path)) as conn:
        return conn.execute("SELECT id, n FROM recent ORDER BY n DESC").fetchall()


def test_the_recent_table_never_holds_more_than_max_recent_rows(tmp_path):
    with UserStore(tmp_path) as store:
        assert store.path is not None and not store.ephemeral, store.notice
        for i in range(MAX_RECENT * 3):
            assert store.add_recent(f"item-{i}", f"Item {i}", "section")
            assert len(_rows_on_disk(store)) == min(i + 1, MAX_RECENT)
        kept = [id for id, _n in _rows_on_disk(store)]
        # the newest ones, newest first
        assert kept == [f"item-{i}" for i in range(MAX_RECENT * 3 - 1, MAX_RECENT * 2 - 1, -1)]


def test_reopening_an_item_moves_it_without_a_second_row(tmp_path):
    with UserStore(tmp_path) as store:
        for i in range(5):
            store.add_recent(f"item-{i}", f"Item {i}", "section")
        store.add_recent("item-1", "Item 1", "section")
        ids = [id for id, _n in _rows_on_disk(store)]
        assert ids == ["item-1", "item-4", "item-3", "item-2", "item-0"]


def test_recent_searches_are_one_line_each_newest_first_once_and_bounded(tmp_path):
    from sarcoref.data.userstore import MAX_RECENT_SEARCHES, MAX_SEARCH_CHARS, UserStore

    with UserStore(tmp_path / "home") as store:
        assert store.add_recent_search("  radiothérapie\n\tstéréotaxique  ")
        assert not store.add_recent_search(" \x00\n ")
        store.add_recent_search("x" * 1000)
        store.add_recent_search("RADIOTHÉRAPIE stéréotaxique")
        assert store.recent_searches() == ["RADIOTHÉRAPIE stéréotaxique", "x" * MAX_SEARCH_CHARS]
        for i in range(3 * MAX_RECENT_SEARCHES):
            store.add_recent_search(f"q{i}")
        assert len(store.recent_searches()) == MAX_RECENT_SEARCHES
    with UserStore(tmp_path / "home") as store:  # kept for the next session, until cleared
        assert store.recent_searches()[0] == f"q{3 * MAX_RECENT_SEARCHES - 1}"
        store.clear_recent_searches()
        assert store.recent_searches() == []
