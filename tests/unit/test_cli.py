"""The command-line contract (issue 2 §7): JSON shapes, exit codes, one-line errors, never a traceback.

Most tests call `sarcoref.cli.main(argv)` in-process (fast); a few run a real `python -m sarcoref`.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import types
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sarcoref import __version__, cli
from sarcoref.data import builder, paths

from .minicontent import OTHER_NCT, TRIAL_ACRONYM, TRIAL_NCT


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = err.strip("\n").splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got: {err!r}"
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def db(mini_db) -> str:
    return str(mini_db)


# ---------------------------------------------------------------- search


def test_search_json_shape(capsys, db):
    code, out, err = run(capsys, "--db", db, "search", "tolérance", "--json")
    assert code == 0 and err == ""
    hits = json.loads(out)
    assert isinstance(hits, list) and hits
    for h in hits:
        assert {"id", "kind", "title", "snippet"} <= set(h)
        assert all(isinstance(h[k], str) for k in ("id", "kind", "title", "snippet"))
    assert hits[0]["id"] == "titre-tolerance"


def test_search_json_kinds(capsys, db):
    kinds = {h["kind"] for h in json.loads(run(capsys, "--db", db, "search", "essai", "--json", "--limit", "200")[1])}
    assert {"section", "trial", "reference", "glossary"} <= kinds


def test_search_limit_and_language(capsys, db):
    hits = json.loads(run(capsys, "--db", db, "search", "essai", "--limit", "2", "--json")[1])
    assert len(hits) == 2
    en = json.loads(run(capsys, "--db", db, "search", "sentence", "--lang", "en", "--json")[1])
    fr = json.loads(run(capsys, "--db", db, "search", "sentence", "--json")[1])
    assert en and {h["found_in"] for h in fr} == {"en"}, "French finds it through the English text only, and says so"
    assert json.loads(run(capsys, "--db", db, "--lang", "en", "search", "sentence", "--json")[1]) == en


def test_search_human_output(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", TRIAL_NCT)
    assert code == 0
    assert out.splitlines()[0].startswith(f"[trial] {TRIAL_NCT} — {TRIAL_ACRONYM}")
    code, out, err = run(capsys, "--db", db, "search", "zzzyyyxxx")
    assert (code, out.strip(), err) == (0, "Aucun résultat.", "")
    assert run(capsys, "--db", db, "search", "zzzyyyxxx", "--lang", "en")[1].strip() == "No results."


def test_search_json_empty_is_an_empty_array(capsys, db):
    assert run(capsys, "--db", db, "search", '"(NEAR*:', "--json") == (0, "[]\n", "")


# ---------------------------------------------------------------- show


TRIAL_KEYS = {"id", "kind", "title", "text", "nct_id", "acronym", "phase", "design", "arms", "eligibility",
              "primary_endpoint", "status", "sources"}  # fmt: skip


@pytest.mark.parametrize("ident", [TRIAL_NCT, TRIAL_NCT.lower(), TRIAL_ACRONYM, "stereotest"])
def test_show_trial_json(capsys, db, ident):
    code, out, err = run(capsys, "--db", db, "show", ident, "--json")
    assert code == 0 and err == ""
    t = json.loads(out)
    assert set(t) >= TRIAL_KEYS
    assert (t["id"], t["kind"], t["nct_id"], t["acronym"]) == (TRIAL_NCT, "trial", TRIAL_NCT, TRIAL_ACRONYM)
    assert t["phase"] == "Phase 2" and t["status"] == "En recrutement"
    assert t["arms"][0]["text"] == "Bras d'essai A : 50 Gy en 25 fractions."
    assert t["primary_endpoint"][0]["kind"] == "update" and t["primary_endpoint"][0]["checked"] == "2026-01-02"
    assert {"type": "ref", "id": "dupont-2020"} in [{"type": s["type"], "id": s["id"]} for s in t["sources"]]
    assert "50 Gy en 25 fractions" in t["text"]


def test_show_unreported_trial_fields_say_so(capsys, db):
    t = json.loads(run(capsys, "--db", db, "show", OTHER_NCT, "--json")[1])
    assert t["arms"] == [] and t["design"] == [] and t["primary_endpoint"] == []
    assert "non rapporté" in t["text"]
    t = json.loads(run(capsys, "--db", db, "show", OTHER_NCT, "--json", "--lang", "en")[1])
    assert "not reported" in t["text"]


def test_show_section_reference_glossary(capsys, db):
    s = json.loads(run(capsys, "--db", db, "show", "accueil", "--json")[1])
    assert (s["id"], s["kind"], s["title"]) == ("accueil", "section", "Accueil d'essai")
    assert "25-50 %" in s["text"]
    r = json.loads(run(capsys, "--db", db, "show", "dupont-2020", "--json", "--lang", "en")[1])
    assert r["kind"] == "reference" and r["pmid"] == "21171080"
    g = json.loads(run(capsys, "--db", db, "show", "TAM", "--json")[1])
    assert g["kind"] == "glossary" and "Macrophages associés aux tumeurs" in g["text"]


def test_show_by_pmid_and_doi(capsys, db):
    assert json.loads(run(capsys, "--db", db, "show", "21171080", "--json")[1])["id"] == "dupont-2020"
    assert json.loads(run(capsys, "--db", db, "show", "10.1000/test.2020.1", "--json")[1])["id"] == "dupont-2020"


def test_show_human_output_is_the_text(capsys, db):
    code, out, _ = run(capsys, "--db", db, "show", "accueil", "--lang", "en")
    assert code == 0 and "Test sentence about tolerance and immunotherapy." in out


@pytest.mark.parametrize("ident", ["nope", "NCT99999999", "", " ", "../../etc/passwd", "x" * 5000, "'; --"])
def test_show_unknown_id_exits_1_with_a_clear_message(capsys, db, ident):
    code, out, err = run(capsys, "--db", db, "show", ident)
    assert code == 1 and out == ""
    assert "no item with id" in one_line(err)


# ---------------------------------------------------------------- trials


def trial_ids(capsys, db, *filters):
    code, out, err = run(capsys, "--db", db, "trials", "--json", *filters)
    assert code == 0, err
    return [t["nct_id"] for t in json.loads(out)]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ((), [TRIAL_NCT, OTHER_NCT]),  # lecture trials first
        (("--setting", "localised"), [TRIAL_NCT]),
        (("--histology", "liposarcoma"), [OTHER_NCT]),
        (("--agent", "atezolizumab"), [OTHER_NCT]),
        (("--rt", "sbrt"), [TRIAL_NCT]),
        (("--status", "COMPLETED"), [OTHER_NCT]),
        (("--phase", "PHASE2"), [TRIAL_NCT, OTHER_NCT]),
        (("--group", "beyond"), [OTHER_NCT]),
        (("--group", "lecture", "--agent", "pembrolizumab"), [TRIAL_NCT]),
        (("--group", "lecture", "--agent", "atezolizumab"), []),
        (("--setting", "no-such-code"), []),
    ],
)
def test_trials_filters(capsys, db, filters, expected):
    assert trial_ids(capsys, db, *filters) == expected


def test_trials_json_records_are_complete(capsys, db):
    for t in json.loads(run(capsys, "--db", db, "trials", "--json", "--lang", "en")[1]):
        assert set(t) >= TRIAL_KEYS


def test_trials_human_output(capsys, db):
    code, out, _ = run(capsys, "--db", db, "trials", "--lang", "en")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith(TRIAL_NCT) and "Recruiting" in lines[0]


# ---------------------------------------------------------------- version, check, build-db


def test_version(capsys):
    code, out, err = run(capsys, "--version")
    assert (code, out.splitlines()[0], err) == (0, f"SarcoRef {__version__}", "")
    # a source checkout's content is the authors' own build, and says so
    assert out.splitlines()[1].startswith("content: development build, not signed by the publisher")


def test_help_exits_0(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "search" in out and "build-db" in out
    code, out, _ = run(capsys, "search", "--help")
    assert code == 0 and "--json" in out


@pytest.fixture
def mini_paths(mini_root, mini_db, tmp_path, monkeypatch):
    """The CLI's bundled sources and database are the synthetic ones."""
    db = tmp_path / "bundled" / "content.db"
    db.parent.mkdir()
    shutil.copy(mini_db, db)
    shutil.copy(str(mini_db) + builder.MANIFEST_SUFFIX, str(db) + builder.MANIFEST_SUFFIX)
    monkeypatch.setattr(paths, "content_root", lambda: mini_root)
    monkeypatch.setattr(paths, "bundled_db", lambda: db)
    return mini_root, db


def test_check_passes(capsys, mini_paths):
    code, out, err = run(capsys, "check")
    assert code == 0, err
    assert "ok: sources" in out and "equals a fresh build" in out


def test_check_one_database(capsys, mini_paths, db):
    code, out, _ = run(capsys, "check", "--db", db)
    assert code == 0 and "is a sound content database" in out


def test_build_db_out(capsys, mini_paths, tmp_path):
    out = tmp_path / "new" / "content.db"
    code, stdout, err = run(capsys, "build-db", "--out", str(out))
    assert code == 0 and err == ""
    assert out.exists() and Path(str(out) + builder.MANIFEST_SUFFIX).exists()
    digest = sqlite3.connect(out).execute("SELECT value FROM meta WHERE key='content_hash'").fetchone()[0]
    assert digest[:12] in stdout
    assert json.loads(run(capsys, "--db", str(out), "show", TRIAL_NCT, "--json")[1])["nct_id"] == TRIAL_NCT


def test_build_db_to_an_impossible_place_is_one_line(capsys, mini_paths, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, _, err = run(capsys, "build-db", "--out", str(blocker / "content.db"))
    assert code == 1 and "cannot write" in one_line(err)


# ---------------------------------------------------------------- usage errors


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["search"],
        ["show"],
        ["search", "x", "--limit", "0"],
        ["search", "x", "--limit", "many"],
        ["search", "x", "--lang", "de"],
        ["--lang", "de", "search", "x"],
        ["search", "x", "--bogus"],
        ["cite", "dupont-2020", "--format", "apa"],
        ["show", "x", "y"],
        ["--db"],
        ["trials", "--setting"],
        ["screenshot", "out.png", "--size", "big"],
        ["cite"],
    ],
)
def test_usage_errors_exit_2_with_one_line(capsys, db, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2, (code, err)
    assert one_line(err).startswith("sarcoref: ")


# ---------------------------------------------------------------- bad databases


def _copy(src: Path, dst: Path, manifest: bool) -> Path:
    shutil.copy(src, dst)
    if manifest:
        shutil.copy(str(src) + builder.MANIFEST_SUFFIX, str(dst) + builder.MANIFEST_SUFFIX)
    return dst


def _missing(tmp, good):
    return tmp / "nope.db"


def _empty(tmp, good):
    (tmp / "empty.db").write_bytes(b"")
    return tmp / "empty.db"


def _truncated(tmp, good):
    p = _copy(good, tmp / "truncated.db", manifest=False)
    p.write_bytes(p.read_bytes()[: p.stat().st_size // 3])
    return p


def _truncated_with_manifest(tmp, good):
    p = _copy(good, tmp / "truncated.db", manifest=True)
    p.write_bytes(p.read_bytes()[:-4096])
    return p


def _bit_flipped(tmp, good):
    p = _copy(good, tmp / "flipped.db", manifest=True)
    data = bytearray(p.read_bytes())
    data[len(data) // 2] ^= 0x10
    p.write_bytes(bytes(data))
    return p


def _header_flipped(tmp, good):
    p = _copy(good, tmp / "header.db", manifest=False)
    data = bytearray(p.read_bytes())
    data[3] ^= 0x01
    p.write_bytes(bytes(data))
    return p


def _foreign_sqlite(tmp, good):
    p = tmp / "foreign.db"
    with contextlib.closing(sqlite3.connect(p)) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('hello')")
        conn.commit()
    return p


def _newer_schema(tmp, good):
    p = _copy(good, tmp / "schema.db", manifest=False)
    with contextlib.closing(sqlite3.connect(p)) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        conn.commit()
    return p


def _other_builder(tmp, good):
    """Same schema number, but tables laid out by another builder."""
    p = _copy(good, tmp / "other.db", manifest=False)
    with contextlib.closing(sqlite3.connect(p)) as conn:
        conn.execute("ALTER TABLE search RENAME COLUMN label TO heading")
        conn.execute("ALTER TABLE items RENAME COLUMN subtitle TO subheading")
        conn.commit()
    return p


def _folder(tmp, good):
    (tmp / "folder.db").mkdir()
    return tmp / "folder.db"


def _text_file(tmp, good):
    (tmp / "notes.txt").write_text("SQLite format 2, honest\n")
    return tmp / "notes.txt"


BAD_DBS = [_missing, _empty, _truncated, _truncated_with_manifest, _bit_flipped, _header_flipped,
           _foreign_sqlite, _newer_schema, _other_builder, _folder, _text_file]  # fmt: skip


@pytest.mark.parametrize("make", BAD_DBS, ids=lambda f: f.__name__.strip("_"))
@pytest.mark.parametrize("command", [["search", "essai", "--json"], ["show", TRIAL_NCT], ["trials"],
                                     ["cite", "--all"]])  # fmt: skip
def test_bad_database_is_one_line_and_exit_1(capsys, tmp_path, mini_db, make, command):
    bad = make(tmp_path, mini_db)
    code, out, err = run(capsys, "--db", str(bad), *command)
    assert code == 1, (code, out[:200], err)
    line = one_line(err)
    assert line.startswith("sarcoref: ") and "unexpected error" not in line
    assert out == ""


@pytest.mark.parametrize("make", BAD_DBS, ids=lambda f: f.__name__.strip("_"))
def test_bad_database_through_the_environment(capsys, tmp_path, mini_db, monkeypatch, make):
    monkeypatch.setenv("SARCOREF_DB", str(make(tmp_path, mini_db)))
    code, _, err = run(capsys, "search", "essai")
    assert code == 1 and one_line(err).startswith("sarcoref: ")


def test_environment_database_is_used(capsys, mini_db, monkeypatch):
    monkeypatch.setenv("SARCOREF_DB", str(mini_db))
    assert json.loads(run(capsys, "show", TRIAL_ACRONYM, "--json")[1])["nct_id"] == TRIAL_NCT


# ---------------------------------------------------------------- never a traceback, whatever the argv

WORDS = ["search", "show", "trials", "cite", "check", "build-db", "screenshot", "kiosk-pin", "--json", "--lang",
         "fr", "en", "de", "--limit", "0", "3", "-1", "99999", "--db", "--all", "--format", "ris", "bibtex",
         "vancouver", "apa", "--out", "--setting", "--histology", "--agent", "--rt", "--status", "--phase",
         "--group", "--version", "--help", "-h", "--open", "--kiosk", "--smoke-test", "--view", "--size",
         "--theme", "dark", "1366x768", TRIAL_NCT, TRIAL_ACRONYM, "dupont-2020", "TAM", "accueil", "--", "-",
         "", " ", "NCT", "x" * 300, '"', "*", "(", ":", "AND", "\x01", "😀", "é"]  # fmt: skip

argv_strategy = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=40)), max_size=8)


@pytest.fixture
def sandbox(tmp_path, mini_root, mini_db, monkeypatch):
    """Fuzzing runs anything: no window opens, no PIN is asked, nothing is written outside tmp."""
    fake_app = types.ModuleType("sarcoref.ui.app")
    fake_app.run_gui = lambda args: 0
    fake_app.screenshot = lambda args: 0
    fake_pin = types.ModuleType("sarcoref.kioskpin")
    fake_pin.set_pin_interactively = lambda: 0
    monkeypatch.setitem(sys.modules, "sarcoref.ui.app", fake_app)
    monkeypatch.setitem(sys.modules, "sarcoref.kioskpin", fake_pin)
    monkeypatch.setattr(builder, "build", lambda root, out: "0" * 64)
    monkeypatch.setattr(paths, "content_root", lambda: mini_root)
    monkeypatch.setattr(paths, "bundled_db", lambda: mini_db)
    monkeypatch.chdir(tmp_path)


@settings(
    max_examples=250,
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(argv=argv_strategy)
@example(argv=["search", "x" * 10_000, "--json"])
@example(argv=["show", "\x00"])
@example(argv=["--db", "\x00", "search", "x"])
@example(argv=["cite", "--all", "--format", "bibtex"])
@example(argv=["check"])
def test_no_traceback_for_any_argv(sandbox, argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    assert code in (0, 1, 2), code
    assert "Traceback" not in err.getvalue()
    if code == 2:
        one_line(err.getvalue())
    if code == 1:
        assert err.getvalue().strip(), "a failure says why"
        assert err.getvalue().splitlines()[-1].startswith("sarcoref: ")


# ---------------------------------------------------------------- real processes


def _python(*args: str, **kw) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SARCOREF_DB"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120, env=env, **kw)


def test_subprocess_version():
    p = _python("-m", "sarcoref", "--version")
    assert (p.returncode, p.stdout.splitlines()[0], p.stderr) == (0, f"SarcoRef {__version__}", "")


def test_subprocess_search_json_on_the_bundled_database():
    p = _python("-m", "sarcoref", "search", "sarcome", "--json")
    assert p.returncode == 0, p.stderr
    hits = json.loads(p.stdout)
    assert hits and all({"id", "kind", "title", "snippet"} <= set(h) for h in hits)


def test_subprocess_errors_are_one_line(tmp_path):
    p = _python("-m", "sarcoref", "show", "no-such-item")
    assert p.returncode == 1 and one_line(p.stderr) and p.stdout == ""
    p = _python("-m", "sarcoref", "search")
    assert p.returncode == 2 and one_line(p.stderr)
    p = _python("-m", "sarcoref", "--db", str(tmp_path), "search", "x")
    assert p.returncode == 1 and one_line(p.stderr)


def test_subprocess_console_script():
    script = Path(sys.executable).with_name("sarcoref.exe" if os.name == "nt" else "sarcoref")
    if not script.exists():
        pytest.skip("the sarcoref console script is not installed in this environment")
    p = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0 and __version__ in p.stdout


def test_headless_commands_do_not_import_pyside6():
    code = (
        "import sys, io, contextlib\n"
        "from sarcoref.cli import main\n"
        "for argv in (['search', 'sarcome'], ['search', 'PD-L1', '--json'], ['show', 'NCT03092323', '--json'],\n"
        "             ['trials', '--json'], ['cite', '--all', '--format', 'ris'], ['show', 'nope'],\n"
        "             ['check'], ['--version'], ['search']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        "        main(argv)\n"
        "    assert 'PySide6' not in sys.modules, argv\n"
        "print('clean')\n"
    )
    p = _python("-c", code)
    assert p.returncode == 0 and p.stdout.strip() == "clean", p.stderr
