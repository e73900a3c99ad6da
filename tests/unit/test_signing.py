"""Detached content signatures: only a database signed by a trusted key, for its own bytes and version, passes."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sarcoref.data import signing
from sarcoref.data.paths import bundled_db


@pytest.fixture(scope="module")
def keypair(tmp_path_factory):
    d = tmp_path_factory.mktemp("keys")
    kid = signing.keygen(d / "test.key")
    return signing.load_private_key(d / "test.key"), signing._read_keys(d / "test.key.pub"), kid


@pytest.fixture
def signed_db(tmp_path, keypair):
    db = tmp_path / "content.db"
    shutil.copyfile(bundled_db(), db)
    signing.sign(db, keypair[0], "2099.1.0", 2)
    return db


def test_round_trip_names_the_key(signed_db, keypair):
    record = signing.verify(signed_db, "2099.1.0", 2, keypair[1])
    assert record.key_id == keypair[2] and record.content_version == "2099.1.0"


def test_signing_is_deterministic(signed_db, keypair):
    first = signing.sig_path(signed_db).read_bytes()
    signing.sign(signed_db, keypair[0], "2099.1.0", 2)
    assert signing.sig_path(signed_db).read_bytes() == first


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fraction=st.floats(min_value=0, max_value=0.999999))
def test_one_changed_byte_anywhere_is_refused(signed_db, keypair, fraction):
    data = bytearray(signed_db.read_bytes())
    offset = int(fraction * len(data))
    original = data[offset]
    data[offset] ^= 0x01
    signed_db.write_bytes(bytes(data))
    try:
        with pytest.raises(signing.SignatureError, match="another file"):
            signing.verify(signed_db, "2099.1.0", 2, keypair[1])
    finally:
        data[offset] = original
        signed_db.write_bytes(bytes(data))


def test_unsigned_is_refused(tmp_path, keypair):
    db = tmp_path / "content.db"
    shutil.copyfile(bundled_db(), db)
    with pytest.raises(signing.SignatureError, match="unsigned"):
        signing.verify(db, "2099.1.0", 2, keypair[1])


def test_unknown_key_is_refused(signed_db, tmp_path):
    other = signing.keygen(tmp_path / "other.key")
    keys = signing._read_keys(tmp_path / "other.key.pub")
    assert other in keys
    with pytest.raises(signing.SignatureError, match="unknown key"):
        signing.verify(signed_db, "2099.1.0", 2, keys)


def test_signature_of_another_version_or_schema_is_refused(signed_db, keypair):
    with pytest.raises(signing.SignatureError, match="another version"):
        signing.verify(signed_db, "2099.2.0", 2, keypair[1])
    with pytest.raises(signing.SignatureError, match="another version"):
        signing.verify(signed_db, "2099.1.0", 3, keypair[1])


def test_signature_of_another_file_is_refused(signed_db, keypair, tmp_path):
    other = tmp_path / "other.db"
    other.write_bytes(signed_db.read_bytes() + b"\0")
    shutil.copyfile(signing.sig_path(signed_db), signing.sig_path(other))
    with pytest.raises(signing.SignatureError, match="another file"):
        signing.verify(other, "2099.1.0", 2, keypair[1])


@pytest.mark.parametrize("garbage", [b"", b"{", b"[]", b'{"signature": "zz"}'])
def test_garbage_signature_is_refused(signed_db, keypair, garbage):
    signing.sig_path(signed_db).write_bytes(garbage)
    with pytest.raises(signing.SignatureError, match="unreadable"):
        signing.verify(signed_db, "2099.1.0", 2, keypair[1])


def test_forged_fields_are_refused(signed_db, keypair):
    sig = signing.sig_path(signed_db)
    sig.write_text(sig.read_text().replace('"2099.1.0"', '"2099.9.0"'))
    with pytest.raises(signing.SignatureError, match="bad"):
        signing.verify(signed_db, "2099.9.0", 2, keypair[1])


def test_truncated_signature_is_refused(signed_db, keypair):
    sig = signing.sig_path(signed_db)
    text = sig.read_text()
    start = text.index('"signature": "') + len('"signature": "')
    sig.write_text(text[: start + 20] + text[start + 128 :])
    with pytest.raises(signing.SignatureError, match="bad"):
        signing.verify(signed_db, "2099.1.0", 2, keypair[1])


def test_cli_keygen_then_sign_db_verifies(capsys, tmp_path):
    from sarcoref import cli

    key = tmp_path / "publisher.key"
    assert cli.main(["keygen", str(key)]) == 0
    assert cli.main(["keygen", str(key)]) != 0  # never overwrites a key
    db = tmp_path / "content.db"
    shutil.copyfile(bundled_db(), db)
    assert cli.main(["sign-db", str(db), "--key", str(key)]) == 0
    import sqlite3

    meta = dict(sqlite3.connect(db).execute("SELECT key, value FROM meta"))
    record = signing.verify(
        db, meta["content_version"], int(meta["schema_version"]), signing._read_keys(key.with_name(key.name + ".pub"))
    )
    assert record.content_version == meta["content_version"]


def test_cli_sign_db_refuses_a_non_database_in_one_line(capsys, tmp_path):
    from sarcoref import cli

    key = tmp_path / "k"
    cli.main(["keygen", str(key)])
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite")
    capsys.readouterr()
    assert cli.main(["sign-db", str(junk), "--key", str(key)]) != 0
    err = capsys.readouterr().err.strip()
    assert "not a SarcoRef content database" in err and "Traceback" not in err and "\n" not in err


def test_check_db_reports_the_signature(capsys, tmp_path, keypair, monkeypatch):
    import sqlite3

    from sarcoref import cli

    db = tmp_path / "content.db"
    shutil.copyfile(bundled_db(), db)
    assert cli.main(["check", "--db", str(db)]) == 0
    assert "signature: not trusted (content.db is unsigned)" in capsys.readouterr().out
    meta = dict(sqlite3.connect(db).execute("SELECT key, value FROM meta"))
    signing.sign(db, keypair[0], meta["content_version"], int(meta["schema_version"]))
    assert cli.main(["check", "--db", str(db)]) == 0
    assert "signed by an unknown key" in capsys.readouterr().out
    keys = tmp_path / "extra.json"
    keys.write_text(json.dumps({keypair[2]: bytes(keypair[1][keypair[2]]).hex()}))
    monkeypatch.setenv(signing.EXTRA_KEYS_ENV, str(keys))
    assert cli.main(["check", "--db", str(db)]) == 0
    assert f"signed by trusted key {keypair[2]}" in capsys.readouterr().out


@pytest.mark.parametrize("tamper", ["none", "message", "signature", "key"])
def test_the_fast_check_agrees_with_pynacls_public_api(keypair, tamper, monkeypatch):
    from nacl.signing import SigningKey

    key = keypair[0]
    message, public = b"content 2099.1.0", bytes(key.verify_key)
    signature = key.sign(message).signature
    if tamper == "message":
        message = b"content 2099.9.0"
    elif tamper == "signature":
        signature = bytes([signature[0] ^ 1]) + signature[1:]
    elif tamper == "key":
        public = bytes(SigningKey.generate().verify_key)
    fast = signing.verified(public, message, signature)
    monkeypatch.setitem(sys.modules, "nacl._sodium", None)  # as if PyNaCl had no such module: its public API
    assert signing.verified(public, message, signature) == fast == (tamper == "none")


def test_checking_a_signature_does_not_load_all_of_pynacl(tmp_path, keypair):
    """Each start checks a signature: nacl.signing (about 80 ms to import) is left to the publisher's tools."""
    db = tmp_path / "content.db"
    shutil.copyfile(bundled_db(), db)
    meta = dict(sqlite3.connect(db).execute("SELECT key, value FROM meta"))
    signing.sign(db, keypair[0], meta["content_version"], int(meta["schema_version"]))
    keys = tmp_path / "keys.json"
    keys.write_text(json.dumps({keypair[2]: bytes(keypair[0].verify_key).hex()}))
    code = ("import sys; from sarcoref.data.library import open_content; lib, _ = open_content(sys.argv[1]); "
            "print(lib.provenance.level, 'nacl.signing' in sys.modules)")  # fmt: skip
    p = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, timeout=60,
                       env={**os.environ, signing.EXTRA_KEYS_ENV: str(keys)})  # fmt: skip
    assert p.stdout.split() == ["publisher", "False"], p.stderr
