"""The user store when the disk refuses the repair: the damaged file is never lost, the session goes on in
memory, and the one-line notice says what happened."""

from __future__ import annotations

import os

from sarcoref.data import userstore
from sarcoref.data.userstore import FILE_NAME, UserStore

DAMAGED = b"this is not an SQLite file, but it may be the only copy of someone's bookmarks" * 40


def damaged(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILE_NAME).write_bytes(DAMAGED)
    return folder / FILE_NAME


def test_a_damaged_file_that_cannot_be_moved_aside_is_left_whole(tmp_path, monkeypatch):
    path = damaged(tmp_path / "home")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(userstore.os, "replace", refuse)
    store = UserStore(tmp_path / "home")
    assert store.ephemeral and store.notice_kind == "ephemeral"
    assert "could not be moved aside (Permission denied)" in store.notice
    assert store.add_bookmark("tils", "TILs", "section"), "the session goes on in memory"
    assert [b["id"] for b in store.bookmarks()] == ["tils"]
    store.close()
    assert path.read_bytes() == DAMAGED, "the file the user may still recover is untouched"


def test_a_damaged_file_set_aside_when_no_new_one_can_be_made(tmp_path, monkeypatch):
    path = damaged(tmp_path / "home")
    real_open = userstore._open_file
    calls = []

    def first_only(p):
        calls.append(p)
        if len(calls) == 1:
            return real_open(p)  # finds the damage
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(userstore, "_open_file", first_only)
    store = UserStore(tmp_path / "home")
    assert store.ephemeral
    assert "a new one could not be made (No space left on device)" in store.notice
    asides = [p for p in path.parent.iterdir() if p.name.startswith(f"{FILE_NAME}.corrupt-")]
    assert len(asides) == 1 and asides[0].read_bytes() == DAMAGED
    store.close()


def test_a_store_that_stops_answering_says_so_and_gives_nothing_wrong(tmp_path):
    store = UserStore(tmp_path / "home")
    assert store.add_bookmark("tils", "TILs", "section")
    store._conn.close()  # what a vanished network profile or a closed handle looks like from here
    assert store.bookmarks() == []
    assert store.notice_kind == "unreadable" and "could not be read" in store.notice
    assert not store.add_bookmark("pd1", "PD-1", "section"), "a write that did not happen is not reported as done"


def test_a_folder_in_place_of_the_file_keeps_the_session_in_memory(tmp_path):
    (tmp_path / "home" / FILE_NAME).mkdir(parents=True)
    store = UserStore(tmp_path / "home")
    assert store.ephemeral and "it is a folder" in store.notice
    assert os.path.isdir(tmp_path / "home" / FILE_NAME)
    store.close()
