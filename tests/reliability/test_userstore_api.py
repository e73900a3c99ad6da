"""The user store's contract with the GUI (supporting tests: no fault, so not in the report)."""

from __future__ import annotations

import pytest

from sarcoref.data.userstore import MAX_RECENT, UserStore


@pytest.fixture
def store(tmp_path):
    s = UserStore(tmp_path / "home")
    yield s
    s.close()


def test_bookmarks_newest_first_and_survive_a_restart(tmp_path, store):
    store.add_bookmark("tils", "TILs", "section")
    store.add_bookmark("NCT03092323", "SU2C-SARC032", "trial")
    store.add_bookmark("tils", "TILs (renamed)", "section")  # again: updated, not duplicated, keeps its place
    store.close()
    with UserStore(tmp_path / "home") as again:
        marks = again.bookmarks()
        assert [(b["id"], b["title"], b["kind"]) for b in marks] == [
            ("NCT03092323", "SU2C-SARC032", "trial"), ("tils", "TILs (renamed)", "section")]  # fmt: skip
        assert all(b["added"].endswith("+00:00") for b in marks)
        assert again.is_bookmarked("tils") and not again.is_bookmarked("nexis")
        again.remove_bookmark("tils")
        again.remove_bookmark("never-there")
        assert [b["id"] for b in again.bookmarks()] == ["NCT03092323"]


def test_recent_items_move_to_the_top_and_keep_the_last_50(store):
    for i in range(MAX_RECENT + 10):
        store.add_recent(f"item-{i}", f"Item {i}", "section")
    store.add_recent("item-20", "Item 20", "section")
    ids = [r["id"] for r in store.recent(MAX_RECENT)]
    assert ids[0] == "item-20" and ids.count("item-20") == 1
    assert len(ids) == MAX_RECENT and "item-59" in ids and "item-9" not in ids
    assert len(store.recent()) == 20 and store.recent(0) == [] and len(store.recent(1000)) == MAX_RECENT


@pytest.mark.parametrize("bad", ["", "x" * 201, "a\nb", "nul\x00", None, 42])
def test_an_unusable_item_id_is_refused(store, bad):
    with pytest.raises(ValueError):
        store.add_bookmark(bad, "t", "section")
    with pytest.raises(ValueError):
        store.add_recent(bad, "t", "section")
    assert store.bookmarks() == [] and store.recent() == []


def test_long_titles_are_cut_not_refused(store):
    store.add_bookmark("tils", "T" * 10_000, "k" * 1000)
    b = store.bookmarks()[0]
    assert len(b["title"]) == 500 and len(b["kind"]) == 40


def test_settings_round_trip_and_unknown_keys_are_a_programming_error(tmp_path, store):
    store.set("language", "en")
    store.set("zoom", 125)
    store.set("window_geometry", "01d9d0cb0003")
    store.set("last_item", "NCT03092323")
    store.set("first_run_done", True)
    store.set("language", None)  # back to following the system
    store.close()
    with UserStore(tmp_path / "home") as again:
        assert again.get("language") is None and again.get("zoom") == 125
        assert again.get("window_geometry") == "01d9d0cb0003" and again.get("last_item") == "NCT03092323"
        assert again.get("first_run_done") is True and again.get("theme") == "system"
        with pytest.raises(KeyError):
            again.get("font")
        with pytest.raises(KeyError):
            again.set("font", "Arial")


def test_a_closed_store_answers_with_defaults(store):
    store.add_bookmark("tils", "TILs", "section")
    store.close()
    store.close()
    assert store.bookmarks() == [] and store.get("zoom") == 100
    assert store.add_bookmark("x", "X", "section") is False


def test_a_storage_failure_after_opening_is_a_notice_not_an_exception(store, tmp_path):
    store.add_bookmark("tils", "TILs", "section")
    store._conn.execute("PRAGMA query_only = 1")  # the disk refuses writes from now on
    assert store.add_bookmark("nexis", "NEXIS", "trial") is False
    assert store.notice_kind == "unsaved" and "could not be saved" in store.notice
    assert [b["id"] for b in store.bookmarks()] == ["tils"]
