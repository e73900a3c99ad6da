"""Only the publisher's content reaches the screen: a content update in the user folder is used when a trusted
key signed it, for this schema and for a newer version; every other update is refused in one line naming why,
and the bundled content is used. The bundled database's own signature is checked too."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sarcoref.data import builder, library, signing
from sarcoref.data.library import DEVELOPMENT, PUBLISHER, UNSIGNED, ContentError, content_hash
from tests import testkey

from .minicontent import TRIAL_NCT
from .test_cli import run

MARKER = "MARQUEUR-DE-MISE-A-JOUR"


def _variant(src: Path, dest: Path, version: str, schema: str | None = None, marker: bool = False) -> Path:
    """A sound copy of `src` claiming `version` (and `schema`), its content hash and manifest rewritten."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    with contextlib.closing(sqlite3.connect(dest)) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'content_version'", (version,))
        if schema:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (schema,))
        if marker:
            conn.execute("UPDATE items SET text = ? || ' ' || text WHERE id = ?", (MARKER, TRIAL_NCT))
        conn.commit()
        conn.execute("UPDATE meta SET value = ? WHERE key = 'content_hash'", (content_hash(conn),))
        conn.commit()
        conn.execute("VACUUM")
    builder.write_manifest(dest, version)
    return dest


@pytest.fixture
def bundled(tmp_path, mini_db, monkeypatch) -> Path:
    """The database SarcoRef ships, version 1.2 (unsigned, as in a source checkout)."""
    b = _variant(mini_db, tmp_path / "app" / "content.db", "1.2")
    monkeypatch.setattr(library, "bundled_db", lambda: b)
    return b


@pytest.fixture
def update(bundled, _user_home, mini_db, test_key) -> Path:
    """A newer content update in the user folder, signed by the publisher (the test key)."""
    return test_key.sign(_variant(mini_db, _user_home / "content.db", "1.3", marker=True))


def _refused(bundled: Path, why: str) -> None:
    path, notice, provenance = library.choose_db()
    assert path == bundled, notice
    assert notice and notice.startswith("The content update in the user folder was not used: ") and "\n" not in notice
    assert why in notice, notice


def test_a_newer_update_signed_by_the_publisher_is_used(update, test_key, capsys):
    assert library.choose_db() == (update, None, library.Provenance(PUBLISHER, test_key.key_id))
    code, out, err = run(capsys, "show", TRIAL_NCT)
    assert code == 0 and MARKER in out and err == ""


def test_an_unsigned_update_is_refused_and_the_bundled_content_shown(bundled, update, capsys):
    signing.sig_path(update).unlink()
    _refused(bundled, "content.db is unsigned")
    code, out, err = run(capsys, "show", TRIAL_NCT)
    assert code == 0 and MARKER not in out
    assert err == "sarcoref: The content update in the user folder was not used: content.db is unsigned\n"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fraction=st.floats(min_value=0, max_value=0.999999))
def test_one_byte_changed_anywhere_is_refused(bundled, update, fraction):
    data = bytearray(update.read_bytes())
    offset = int(fraction * len(data))
    original = bytes(data)
    data[offset] ^= 0xFF
    update.write_bytes(bytes(data))
    builder.write_manifest(update, "1.3")  # whoever changed it fixed the checksum too: only the signature knows
    try:
        _refused(bundled, "is for another file")
    finally:
        update.write_bytes(original)


def test_the_signature_of_another_file_is_refused(bundled, update, tmp_path, mini_db, test_key):
    other = test_key.sign(_variant(mini_db, tmp_path / "other" / "content.db", "1.3"))
    shutil.copyfile(signing.sig_path(other), signing.sig_path(update))
    _refused(bundled, "is for another file")


@pytest.mark.parametrize("cut", [0, 10, 60])
def test_a_truncated_signature_is_refused(bundled, update, cut):
    sig = signing.sig_path(update)
    fields = json.loads(sig.read_text())
    fields["signature"] = fields["signature"][:cut]
    sig.write_text(json.dumps(fields))
    _refused(bundled, "the signature of content.db is bad")


@pytest.mark.parametrize("garbage", [b"", b"\x00\xff" * 40, b"{", b"[1, 2]", b'{"signature": 12}'])
def test_a_garbage_signature_is_refused(bundled, update, garbage):
    signing.sig_path(update).write_bytes(garbage)
    _refused(bundled, "the signature beside content.db is unreadable")


def test_a_signature_by_an_unknown_key_is_refused(bundled, update, tmp_path):
    stranger = testkey.make(tmp_path / "stranger")  # a sound key, but not one the app trusts
    stranger.sign(update)
    _refused(bundled, "content.db is signed by an unknown key")


def test_an_older_signed_update_is_never_used(bundled, _user_home, mini_db, test_key):
    test_key.sign(_variant(mini_db, _user_home / "content.db", "1.1", marker=True))
    _refused(bundled, "holds content 1.1, older than or the same as the 1.2 SarcoRef ships")


def test_a_signed_update_of_another_schema_is_refused(bundled, _user_home, mini_db, test_key):
    test_key.sign(_variant(mini_db, _user_home / "content.db", "9.0", schema="99"))
    _refused(bundled, "was made for another version of SarcoRef (content schema 99")


def test_a_signature_for_another_version_than_the_file_holds_is_refused(bundled, update, test_key):
    """Signed as 9.0 while the file says 1.3: the signature vouches for a version the content does not carry."""
    signing.sign(update, signing.load_private_key(test_key.private), "9.0", library.SCHEMA_VERSION)
    _refused(bundled, "the signature of content.db is for another version")


def test_a_valid_signature_with_a_mismatched_manifest_is_refused(bundled, update):
    manifest = update.with_name(update.name + builder.MANIFEST_SUFFIX)
    manifest.write_text(json.dumps(json.loads(manifest.read_text()) | {"size": 1}))
    _refused(bundled, "checksum mismatch")


def test_an_update_signed_by_a_development_key_is_refused(bundled, update, tmp_path, monkeypatch):
    dev = testkey.make(tmp_path / "dev")
    monkeypatch.setattr(signing, "DEVELOPMENT_KEYS", dev.public)
    dev.sign(update)
    _refused(bundled, "signed by an unknown key")


# ---------------------------------------------------------------- the bundled database


def test_a_tampered_bundled_database_is_refused_at_start(bundled, test_key, capsys):
    test_key.sign(bundled)
    assert library.bundled_provenance(bundled) == library.Provenance(PUBLISHER, test_key.key_id)
    with open(bundled, "r+b") as f:
        f.seek(5000)
        byte = f.read(1)
        f.seek(5000)
        f.write(bytes([byte[0] ^ 1]))
    with pytest.raises(ContentError, match=r"installation has been altered or damaged .*reinstall SarcoRef"):
        library.choose_db()
    code, out, err = run(capsys, "show", TRIAL_NCT)
    assert code == 1 and out == "" and "installation has been altered" in err and err.count("\n") == 1


def test_a_frozen_app_refuses_an_unsigned_bundled_database(bundled, monkeypatch):
    monkeypatch.setattr("sys.frozen", True, raising=False)
    with pytest.raises(ContentError, match="content.db is unsigned"):
        library.choose_db()


def test_a_development_build_is_signed_by_its_own_key_and_says_so(bundled, tmp_path, monkeypatch):
    dev = testkey.make(tmp_path / "dev")
    monkeypatch.setattr(signing, "DEVELOPMENT_KEYS", dev.public)
    monkeypatch.setattr("sys.frozen", True, raising=False)
    dev.sign(bundled)
    path, notice, provenance = library.choose_db()
    assert (path, notice, provenance.level, provenance.key_id) == (bundled, None, DEVELOPMENT, dev.key_id)


# ---------------------------------------------------------------- an author's own database


def test_an_explicit_unsigned_database_is_used_and_flagged(bundled, tmp_path, mini_db, capsys):
    given = _variant(mini_db, tmp_path / "author" / "draft.db", "0.1", marker=True)
    assert library.choose_db(given) == (given, None, library.Provenance(UNSIGNED, None, "draft.db is unsigned"))
    code, out, err = run(capsys, "--db", str(given), "show", TRIAL_NCT)
    assert code == 0 and MARKER in out
    assert err == "sarcoref: warning: unsigned content, not from the publisher (draft.db is unsigned)\n"
