"""The frozen SarcoRef behaves like the source: without Python, from a read-only copy, in portable mode,
and with a content update dropped into the user folder (issue 6 §3, §6, §7)."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from sarcoref.data import builder, library, signing
from sarcoref.data.library import Library
from sarcoref.data.paths import bundled_db

from .conftest import IS_WIN, ROOT, copy_app, executable, make_read_only, snapshot

pytestmark = pytest.mark.frozen

# a typo ("pembrolizumb") goes through the spelling corrector, "wound" through the other language's text
QUERIES = ["PD-L1", "radiothérapie stéréotaxique", "abscopal", '"unbalanced', "NCT0", "pembrolizumb", "wound"]
MARKER = "CONTENT-UPDATE-MARKER"


def source(*args: str) -> subprocess.CompletedProcess:
    """The same command run from the source checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SARCOREF_")} | {"PYTHONUTF8": "1"}
    return subprocess.run([sys.executable, "-m", "sarcoref", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, env=env, timeout=60)  # fmt: skip


def first_section_id() -> str:
    return Library(bundled_db()).section_tree("fr")[0]["id"]


def one_line_error(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def signing_key() -> Path:
    """The private key the frozen app was built with (SARCOREF_SIGNING_KEY): only it signs an update that app
    takes. A build without one is a development build, for which no update can ever be signed."""
    key = os.environ.get("SARCOREF_SIGNING_KEY")
    if not key:
        pytest.skip("the frozen app was built without SARCOREF_SIGNING_KEY, so no content update can be signed "
                    "for it: build and test with the same test key (docs/packaging.md)")  # fmt: skip
    return Path(key)


def updated_db(dest: Path, version: str = "9999.0.0", signed: bool = True) -> Path:
    """A content update as it would be published: the bundled database with a higher content version and a
    visible change in one section, its content hash recomputed, its checksum manifest beside it, and signed
    with the build's key (`signed`)."""
    shutil.copyfile(bundled_db(), dest)
    conn = sqlite3.connect(dest)
    with conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'content_version'", (version,))
        conn.execute("UPDATE items SET text = ? || ' ' || text WHERE id = ? AND lang = 'fr'",
                     (MARKER, first_section_id()))  # fmt: skip
        conn.execute("UPDATE meta SET value = ? WHERE key = 'content_hash'", (builder.content_hash(conn),))
    conn.close()
    builder.write_manifest(dest, version)
    if signed:
        signing.sign(dest, signing.load_private_key(signing_key()), version, library.SCHEMA_VERSION)
    return dest


# ------------------------------------------------------------------ like the source, without Python


def test_version_is_the_project_version(frozen):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    result = frozen.run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"SarcoRef {version}"


@pytest.mark.parametrize("query", QUERIES)
def test_search_gives_the_same_results_as_the_source(frozen, query):
    result = frozen.run("search", query, "--json", "--limit", "10")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(source("search", query, "--json", "--limit", "10").stdout)


def test_show_gives_the_same_page_as_the_source(frozen):
    ident = first_section_id()
    for lang in ("fr", "en"):
        result = frozen.run("show", ident, "--lang", lang, "--json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == json.loads(source("show", ident, "--lang", lang, "--json").stdout)


def test_bad_input_is_one_line_not_a_traceback(frozen):
    assert "no item with id" in one_line_error(frozen.run("show", "no-such-page"))
    assert one_line_error(frozen.run("search")).startswith("sarcoref: error:")


def test_smoke_test_paints_the_main_window(frozen):
    result = frozen.run("--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "first paint:" in result.stdout


@pytest.mark.skipif(IS_WIN or sys.platform == "darwin", reason="Qt checks the locale's encoding on Linux only")
def test_starts_under_the_c_locale_without_a_qt_warning(frozen):
    """A kiosk service or a bare container starts the app with LANG=C: no locale warning at every start."""
    result = frozen.run("--smoke-test", env=frozen.env | {"LANG": "C"})
    assert result.returncode == 0, result.stderr
    assert "first paint:" in result.stdout
    assert "locale" not in result.stderr.lower(), result.stderr


def test_screenshot_writes_a_picture_of_the_requested_size(frozen, tmp_path):
    out = tmp_path / "trials.png"
    result = frozen.run("screenshot", str(out), "--view", "trials", "--size", "1024x700")
    assert result.returncode == 0, result.stderr
    width, height, colours = _png_facts(out)
    assert (width, height) == (1024, 700)
    assert colours > 16, "the screenshot looks blank"


def test_windowed_executable_runs_the_smoke_test(frozen):
    """On Windows the console twin runs the other tests; the real, windowed exe must start too."""
    if not IS_WIN:
        pytest.skip("the windowed and console executables are the same program outside Windows")
    exe = frozen.folder / "SarcoRef.exe"
    result = subprocess.run([str(exe), "--smoke-test"], env=frozen.env, capture_output=True, timeout=60)
    assert result.returncode == 0


# ------------------------------------------------------------------ read-only copy


@pytest.mark.skipif(IS_WIN, reason="POSIX permissions; Windows runs from Program Files is covered by the installer")
def test_runs_from_a_read_only_copy_and_writes_nothing_there(frozen, shared_tmp):
    app = copy_app(frozen.folder, shared_tmp / "SarcoRef")
    make_read_only(app)
    before = snapshot(app)
    home = shared_tmp / "home"  # empty, and not writable for the unprivileged user either
    home.mkdir(mode=0o555)
    out_dir = shared_tmp / "out"
    out_dir.mkdir(mode=0o777)
    out_dir.chmod(0o777)
    env = dict(frozen.env, HOME=str(home))
    user = "65534" if os.geteuid() == 0 and shutil.which("setpriv") else None  # nobody

    def run(*args):
        return frozen.run(*args, folder=app, env=env, user=user, cwd=app)

    assert run("--version").returncode == 0
    assert run("search", "PD-L1", "--json").returncode == 0
    assert json.loads(run("show", first_section_id(), "--json").stdout)["id"] == first_section_id()
    smoke = run("--smoke-test")
    assert smoke.returncode == 0, smoke.stderr
    shot = run("screenshot", str(out_dir / "home.png"))
    assert shot.returncode == 0, shot.stderr
    assert snapshot(app) == before, "the app wrote inside its own folder"
    assert not any(home.iterdir())


# ------------------------------------------------------------------ portable mode, content updates


def _start_gui_until(frozen, app: Path, env: dict, appears: Path) -> None:
    """Start the real GUI (offscreen), wait until it has created `appears`, then stop it."""
    proc = subprocess.Popen([str(executable(app)), "--lang", "fr"], env=env, cwd=app,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not appears.exists() and proc.poll() is None:
            time.sleep(0.2)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        err = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
    assert appears.exists(), f"{appears} never appeared; stderr: {err}"


def _sarcoref_paths(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if "sarcoref" in p.name.lower()]


@pytest.mark.skipif(IS_WIN or sys.platform == "darwin", reason="HOME decides the user folder only on Linux")
def test_without_portable_file_user_data_goes_to_the_home_folder(frozen, tmp_path):
    """The contrast for the portable test: the same run does write under HOME normally."""
    app = copy_app(frozen.folder, tmp_path / "SarcoRef")
    _start_gui_until(frozen, app, frozen.env, frozen.home / ".local" / "share" / "SarcoRef")
    assert not (app / "userdata").exists()


def test_portable_file_keeps_user_data_beside_the_app_and_nowhere_else(frozen, tmp_path):
    app = copy_app(frozen.folder, tmp_path / "SarcoRef")
    (app / "portable").write_text("", encoding="utf-8")
    _start_gui_until(frozen, app, frozen.env, app / "userdata")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not any((app / "userdata").iterdir()):
        time.sleep(0.1)
    assert any((app / "userdata").iterdir())
    assert _sarcoref_paths(frozen.home) == [], "portable mode wrote into the home folder"


def test_portable_folder_takes_a_content_update(frozen, tmp_path):
    app = copy_app(frozen.folder, tmp_path / "SarcoRef")
    (app / "portable").write_text("", encoding="utf-8")
    (app / "userdata").mkdir()
    updated_db(app / "userdata" / "content.db")
    result = frozen.run("show", first_section_id(), folder=app)
    assert result.returncode == 0, result.stderr
    assert MARKER in result.stdout
    (app / "portable").unlink()  # without the file, the same folder is just an unused folder
    assert MARKER not in frozen.run("show", first_section_id(), folder=app).stdout


def test_newer_database_in_the_user_folder_is_used(frozen, tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    env = dict(frozen.env, SARCOREF_HOME=str(user))
    assert MARKER not in frozen.run("show", first_section_id(), env=env).stdout
    updated_db(user / "content.db")
    result = frozen.run("show", first_section_id(), env=env)
    assert result.returncode == 0 and MARKER in result.stdout, result.stderr


def test_older_database_in_the_user_folder_is_ignored(frozen, tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    updated_db(user / "content.db", version="0.0.1")
    result = frozen.run("show", first_section_id(), env=dict(frozen.env, SARCOREF_HOME=str(user)))
    assert result.returncode == 0 and MARKER not in result.stdout


def test_damaged_update_falls_back_to_the_bundled_database_and_says_so(frozen, tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    (user / "content.db").write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    result = frozen.run("show", first_section_id(), env=dict(frozen.env, SARCOREF_HOME=str(user)))
    assert result.returncode == 0
    assert MARKER not in result.stdout
    assert "not used" in result.stderr


def test_db_option_uses_the_given_file(frozen, tmp_path):
    db = updated_db(tmp_path / "given.db", signed=False)
    result = frozen.run("--db", str(db), "show", first_section_id())
    assert result.returncode == 0 and MARKER in result.stdout, result.stderr
    assert "warning: unsigned content, not from the publisher" in result.stderr


def test_an_unsigned_update_in_the_user_folder_is_refused(frozen, tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    updated_db(user / "content.db", signed=False)
    result = frozen.run("show", first_section_id(), env=dict(frozen.env, SARCOREF_HOME=str(user)))
    assert result.returncode == 0 and MARKER not in result.stdout
    assert (
        result.stderr.strip() == "sarcoref: The content update in the user folder was not used: content.db is unsigned"
    )


def test_the_bundled_database_is_signed_and_an_altered_one_refused(frozen, tmp_path):
    origin = frozen.run("--version").stdout.splitlines()[1]
    assert re.fullmatch(
        r"content: (signed by the publisher \(key [0-9a-f]{16}\)|development build, not signed by "
        r"the publisher \(signed with this build's own one-off key\))",
        origin,
    ), origin
    app = copy_app(frozen.folder, tmp_path / "SarcoRef")
    db = next(app.rglob("sarcoref/data/content.db"))
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))
    line = one_line_error(frozen.run("show", first_section_id(), folder=app))
    assert "installation has been altered or damaged" in line and "reinstall SarcoRef" in line


def test_check_db_tells_whether_a_file_is_acceptable(frozen, tmp_path):
    good = frozen.run("check", "--db", str(updated_db(tmp_path / "new.db", signed=False)))
    assert good.returncode == 0 and "9999.0.0" in good.stdout, good.stderr
    older = frozen.run("check", "--db", str(updated_db(tmp_path / "old.db", version="0.0.1", signed=False)))
    assert older.returncode == 0 and "would not be used" in older.stdout
    bad = tmp_path / "bad.db"
    bad.write_text("not a database", encoding="utf-8")
    assert "not a SQLite database" in one_line_error(frozen.run("check", "--db", str(bad)))


def test_check_in_the_frozen_app_checks_the_bundled_database(frozen):
    """No content sources ship with the app, so `check` only vouches for the database."""
    result = frozen.run("check")
    assert result.returncode == 0, result.stderr
    assert "ok: database content.db" in result.stdout


# ------------------------------------------------------------------ helpers


def _png_facts(path: Path) -> tuple[int, int, int]:
    """Width, height and (roughly) how many distinct colours, read with Qt from the test environment."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a readable PNG"
    small = image.scaled(64, 64)
    colours = {small.pixel(x, y) for x in range(64) for y in range(64)}
    return image.width(), image.height(), len(colours)
