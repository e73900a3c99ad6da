"""Same sources, same database: the content hash (and here the bytes) do not depend on when, where or
how often the build runs; any change to a source changes the hash."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from sarcoref.data.builder import MANIFEST_SUFFIX, SCHEMA_VERSION, build, content_hash

from .minicontent import edit, write_tree


def test_two_builds_give_the_same_hash_and_bytes(mini_root, tmp_path):
    first = build(mini_root, tmp_path / "a.db")
    second = build(mini_root, tmp_path / "b.db")
    assert first == second
    assert (tmp_path / "a.db").read_bytes() == (tmp_path / "b.db").read_bytes()


def test_the_hash_does_not_depend_on_where_the_sources_are(mini_root, tmp_path):
    elsewhere = write_tree(tmp_path / "elsewhere" / "deeper" / "content")
    assert build(mini_root, tmp_path / "a.db") == build(elsewhere, tmp_path / "b.db")


def test_the_hash_does_not_depend_on_file_order(mini_root, tmp_path):
    """Files are read in sorted order: creating them in another order changes nothing."""
    before = build(mini_root, tmp_path / "a.db")
    for path in sorted((mini_root / "sections" / "fr").glob("*.md"), reverse=True):
        text = path.read_bytes()
        path.unlink()
        path.write_bytes(text)
    assert build(mini_root, tmp_path / "b.db") == before


def test_a_changed_source_changes_the_hash(mini_root, tmp_path):
    before = build(mini_root, tmp_path / "a.db")
    edit(mini_root, "sections/fr/voisin.md", "le récepteur PD-1 seul.", "le récepteur PD-1, seul.")
    after_section = build(mini_root, tmp_path / "b.db")
    edit(mini_root, "glossary.yaml", 'definition: {fr: "Définition d\'essai du ligand."',
         'definition: {fr: "Autre définition d\'essai du ligand."')  # fmt: skip
    after_glossary = build(mini_root, tmp_path / "c.db")
    edit(mini_root, "meta.yaml", "version: 0.0.1", "version: 0.0.2")
    after_meta = build(mini_root, tmp_path / "d.db")
    assert len({before, after_section, after_glossary, after_meta}) == 4


def test_the_hash_is_recorded_and_recomputable(mini_root, tmp_path):
    out = tmp_path / "a.db"
    digest = build(mini_root, out)
    with sqlite3.connect(out) as conn:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        assert meta["content_hash"] == digest == content_hash(conn)
        assert meta["schema_version"] == str(SCHEMA_VERSION)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert meta["content_version"] == "0.0.1" and meta["as_of"] == "2026-01-02"
    conn.close()


def test_the_manifest_describes_the_file(mini_root, tmp_path):
    out = tmp_path / "a.db"
    build(mini_root, out)
    manifest = json.loads(Path(str(out) + MANIFEST_SUFFIX).read_text(encoding="utf-8"))
    data = out.read_bytes()
    assert manifest["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["size"] == len(data)
    assert manifest["schema_version"] == SCHEMA_VERSION


def test_a_build_replaces_the_old_database_whole(mini_root, tmp_path):
    out = tmp_path / "a.db"
    out.write_bytes(b"an old, unrelated file")
    build(mini_root, out)
    assert out.read_bytes()[:16] == b"SQLite format 3\x00"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".content-")] == []  # no temp left
