"""Content database faults: each gives one clear line and a non-zero exit, never a traceback.

The fault list is tests/unit/test_cli.py's (exercised there in-process, command by command); here each
fault goes through a real `python -m sarcoref` process, and the faults that need more than a copied
file (permissions, a damaged manifest, every single-bit flip, a bad update in the user folder) are added.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sarcoref import cli
from sarcoref.data import builder, library, signing
from tests.unit.minicontent import TRIAL_NCT
from tests.unit.test_cli import BAD_DBS

from .helpers import one_clean_line, run_cli

FLIPS = 150
CHECKS = settings(max_examples=FLIPS, derandomize=True, database=None, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
FAULT_NAMES = {
    "missing": "missing", "empty": "empty (0 bytes)", "truncated": "truncated to a third, no manifest",
    "truncated_with_manifest": "last page cut, with its manifest", "bit_flipped": "one bit flipped, with its manifest",
    "header_flipped": "a bit of the SQLite header flipped", "foreign_sqlite": "another application's SQLite file",
    "newer_schema": "a content schema this version does not read", "other_builder": "tables of another layout",
    "folder": "a folder in its place", "text_file": "a text file in its place",
}  # fmt: skip


def _name(make) -> str:
    return make.__name__.strip("_")


def test_a_sound_database_works_through_the_cli(content_db):
    """The control: the harness below can tell success from failure."""
    p = run_cli("--db", str(content_db), "search", "essai", "--json")
    assert p.returncode == 0 and json.loads(p.stdout) and p.stderr == ""


@pytest.mark.parametrize("make", BAD_DBS, ids=_name)
def test_a_bad_content_database_is_one_line_through_a_real_process(content_db, tmp_path, report, make):
    report(f"Content database: {FAULT_NAMES.get(_name(make), _name(make))}",
           tried="`python -m sarcoref --db FILE search …` in a fresh process (every command in-process: tests/unit)",
           holds="exit 1; one line on stderr saying what is wrong; nothing on stdout; no traceback")  # fmt: skip
    bad = make(tmp_path, content_db)
    p = run_cli("--db", str(bad), "search", "essai")
    assert p.returncode == 1, (p.returncode, p.stdout[:200], p.stderr)
    assert one_clean_line(p.stderr) and "unexpected error" not in p.stderr, p.stderr
    assert p.stdout == ""


def _without_read_permission():
    """A prefix that runs a command without the power to ignore file permissions, or None."""
    if not hasattr(os, "geteuid"):
        return None
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None
    # root reads any file; dropping these two capabilities makes it obey mode 000 like anyone else
    return (setpriv, "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all")


def test_an_unreadable_content_database_is_one_line(content_copy, report):
    report("Content database: unreadable (permissions)",
           tried="the file made mode 000; the CLI run without the capabilities that let root read it anyway",
           holds="exit 1; one line saying it cannot be read; no traceback")  # fmt: skip
    prefix = _without_read_permission()
    if prefix is None:
        pytest.skip("cannot drop the right to read any file here (root without setpriv, or no POSIX permissions)")
    probe = run_cli("--version", prefix=prefix)
    if probe.returncode != 0:
        pytest.skip(f"setpriv cannot drop capabilities here: {probe.stderr.strip()[:120]}")
    content_copy.chmod(0)
    try:
        p = run_cli("--db", str(content_copy), "search", "essai", prefix=prefix)
    finally:
        content_copy.chmod(0o644)
    assert p.returncode == 1, p.stderr
    assert one_clean_line(p.stderr) and "cannot be read" in p.stderr, p.stderr


@pytest.mark.parametrize("damage", ["not JSON", "wrong checksum", "wrong size", "a list", "empty"])
def test_a_damaged_manifest_is_one_line(content_copy, capsys, report, damage):
    report(f"Content database manifest: {damage}",
           tried="the checksum manifest beside a sound database replaced; `sarcoref --db FILE show …`",
           holds="exit 1; one line; the database is not trusted")  # fmt: skip
    manifest = content_copy.with_name(content_copy.name + builder.MANIFEST_SUFFIX)
    good = json.loads(manifest.read_text())
    text = {"not JSON": "{sha256: ", "wrong checksum": json.dumps(good | {"sha256": "0" * 64}),
            "wrong size": json.dumps(good | {"size": good["size"] + 1}), "a list": "[1, 2]", "empty": ""}[damage]  # fmt: skip
    manifest.write_text(text)
    code = cli.main(["--db", str(content_copy), "show", TRIAL_NCT])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and one_clean_line(err), err


@CHECKS
@given(data=st.data())
def test_every_bit_flip_is_caught_by_the_manifest(content_copy, capsys, report, data):
    report("Content database: a single bit flipped anywhere (with its manifest)",
           tried="byte offsets drawn uniformly over the whole file and bit positions",
           holds="refused at open with one line and exit 1, wherever the flip is")  # fmt: skip
    report.count("flips")
    original = content_copy.read_bytes()
    rng = random.Random(data.draw(st.integers(0, 2**64 - 1), label="seed"))  # uniform over the file; replayable
    offset, bit = rng.randrange(len(original)), rng.randrange(8)
    try:
        content_copy.write_bytes(original[:offset] + bytes([original[offset] ^ (1 << bit)]) + original[offset + 1 :])
        code = cli.main(["--db", str(content_copy), "search", "essai", "--json"])
        out, err = capsys.readouterr()
        assert code == 1 and out == "" and one_clean_line(err), (offset, bit, err)
    finally:
        content_copy.write_bytes(original)


@CHECKS
@given(data=st.data())
def test_a_bit_flip_without_a_manifest_never_crashes(content_copy, capsys, report, data):
    report("Content database: a single bit flipped anywhere, manifest missing",
           tried="flips at offsets drawn uniformly; then search, show, trials and cite on the damaged file",
           holds="each command either works or exits 1 with one line naming the database; never a traceback "
                 "or an 'unexpected error'")  # fmt: skip
    report.count("flips")
    content_copy.with_name(content_copy.name + builder.MANIFEST_SUFFIX).unlink(missing_ok=True)
    original = content_copy.read_bytes()
    rng = random.Random(data.draw(st.integers(0, 2**64 - 1), label="seed"))  # uniform over the file; replayable
    offset, bit = rng.randrange(len(original)), rng.randrange(8)
    try:
        content_copy.write_bytes(original[:offset] + bytes([original[offset] ^ (1 << bit)]) + original[offset + 1 :])
        for command in (["search", "essai"], ["show", TRIAL_NCT], ["trials"], ["cite", "--all"]):
            code = cli.main(["--db", str(content_copy), *command])
            out, err = capsys.readouterr()
            assert code in (0, 1), (offset, bit, command, code, err)
            if code:
                assert one_clean_line(err) and "unexpected error" not in err, (offset, bit, command, err)
    finally:
        content_copy.write_bytes(original)


# ---------------------------------------------------------------- a content update in the user folder


def _newer(content_db, folder, version="99.0", key=None):
    """A sound database that claims a newer content version, with its manifest (and, given a key, signed)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "newer.db"
    shutil.copy(content_db, path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'content_version'", (version,))
        conn.commit()
    builder.write_manifest(path, version)
    return key.sign(path) if key else path


def _install_update(src, home):
    """Put a (possibly bad) database where SarcoRef looks for content updates, with the files beside it."""
    home.mkdir(parents=True, exist_ok=True)
    target = home / "content.db"
    if src.is_dir():
        target.mkdir()
    else:
        shutil.copy(src, target)
    for suffix in (builder.MANIFEST_SUFFIX, signing.SIG_SUFFIX):
        beside = src.with_name(src.name + suffix)
        if beside.exists():
            shutil.copy(beside, target.with_name(target.name + suffix))


@pytest.fixture
def bundled(content_db, monkeypatch):
    monkeypatch.setattr(library, "bundled_db", lambda: content_db)
    return content_db


def test_a_sound_newer_update_in_the_user_folder_is_used(bundled, tmp_path, _user_home, test_key):
    """The control: an update is taken when it is sound and signed, so the fallbacks below are real fallbacks."""
    _install_update(_newer(bundled, tmp_path / "src", key=test_key), _user_home)
    path, notice, _ = library.choose_db()
    assert path == _user_home / "content.db" and notice is None


def test_an_unsigned_swap_in_the_user_folder_is_refused(tmp_path, _user_home, report, test_key):
    report("Content update in the user folder: sound and newer, checksum manifest right, but unsigned",
           tried="the shipped database rewritten (one trial's text changed, a newer version, content hash and "
                 "manifest fixed), no signature, in the user folder; `python -m sarcoref show …` in a fresh process",
           holds="the bundled content is shown; one line says the update was not used because it is unsigned; "
                 "exit 0")  # fmt: skip
    shipped = library.Library()
    trial = shipped.trial_titles("fr")[0][0]
    src = tmp_path / "src" / "content.db"
    src.parent.mkdir()
    shutil.copy(shipped.path, src)
    with contextlib.closing(sqlite3.connect(src)) as conn:
        conn.execute("UPDATE items SET text = 'SWAPPED ' || text WHERE id = ?", (trial,))
        conn.execute("UPDATE meta SET value = '9999.0.0' WHERE key = 'content_version'")
        conn.commit()
        conn.execute("UPDATE meta SET value = ? WHERE key = 'content_hash'", (library.content_hash(conn),))
        conn.commit()
    builder.write_manifest(src, "9999.0.0")
    _install_update(src, _user_home)
    p = run_cli("show", trial)
    assert p.returncode == 0 and "SWAPPED" not in p.stdout and p.stdout.strip(), p.stderr
    assert p.stderr == "sarcoref: The content update in the user folder was not used: content.db is unsigned\n"
    # the control: the same swap, signed by the publisher's key, is shown
    test_key.sign(src)
    _install_update(src, _user_home)
    p = run_cli("show", trial)
    assert p.returncode == 0 and "SWAPPED" in p.stdout and p.stderr == "", p.stderr


@pytest.mark.parametrize("make", [m for m in BAD_DBS if _name(m) != "missing"], ids=_name)
def test_a_bad_update_in_the_user_folder_falls_back_to_the_bundled_one(bundled, tmp_path, _user_home, capsys,
                                                                       report, make, test_key):  # fmt: skip
    report(f"Content update in the user folder: {FAULT_NAMES.get(_name(make), _name(make))}",
           tried="a newer content database, damaged this way, in the user folder; `sarcoref search …`",
           holds="the bundled database is used; the user is told the update was not used (one line); exit 0")  # fmt: skip
    bad = make(tmp_path, _newer(bundled, tmp_path / "src"))
    if bad.is_file():  # signed by the publisher's key as it is: the checks behind the signature still hold
        signing.sign(bad, signing.load_private_key(test_key.private), "99.0", library.SCHEMA_VERSION)
    _install_update(bad, _user_home)
    path, notice, _ = library.choose_db()
    assert path == bundled
    assert notice and "not used" in notice and "\n" not in notice
    code = cli.main(["search", "essai", "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out)
    assert err.strip() == f"sarcoref: {notice}"
