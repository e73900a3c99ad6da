"""What's new (changelog.yaml): validated by `sarcoref check` like every other source, stored by the builder
so that the app reads no YAML or Markdown, and exposed by the library (issue 12 item 13)."""

from __future__ import annotations

import shutil

import pytest

from sarcoref import cli
from sarcoref.data import builder, paths
from sarcoref.data.builder import build
from sarcoref.data.library import Library
from sarcoref.data.paths import bundled_db
from sarcoref.data.sources import load

from .minicontent import TRIAL_NCT

GOOD = f"""\
- version: "0.0.1"
  date: 2026-01-02
  changes:
    - fr: "[STEREOTEST](trial:{TRIAL_NCT}) : 2 champs mis à jour."
      en: "[STEREOTEST](trial:{TRIAL_NCT}): 2 fields updated."
- version: "0.0.0"
  date: 2026-01-01
  changes:
    - fr: "Première version."
      en: "First version."
"""


def write(root, text: str = GOOD) -> None:
    (root / "changelog.yaml").write_text(text, encoding="utf-8")


def problems(root) -> list[str]:
    return [str(p) for p in load(root).problems]


def test_a_sound_changelog_is_built_and_read_in_both_languages(mini_root, tmp_path):
    write(mini_root)
    assert problems(mini_root) == []
    out = tmp_path / "c.db"
    build(mini_root, out)
    lib = Library(out)
    fr, en = lib.changelog("fr"), lib.changelog("en")
    assert [v.version for v in fr] == [v.version for v in en] == ["0.0.1", "0.0.0"]
    assert fr[0].date == "2026-01-02"
    assert fr[0].changes_html[0] == f'<a href="trial:{TRIAL_NCT}">STEREOTEST</a> : 2 champs mis à jour.'
    assert en[0].changes_text == ("STEREOTEST: 2 fields updated.",)
    assert en[1].as_dict() == {"version": "0.0.0", "date": "2026-01-01", "changes": ["First version."]}


def test_a_content_without_changelog_has_none(mini_db):
    assert Library(mini_db).changelog("fr") == []


BROKEN = [  # (what is broken, the text replaced, its replacement, the words of the problem)
    ("no date", "  date: 2026-01-02\n", "", "missing or malformed 'date'"),
    ("bad date", "date: 2026-01-02", "date: 2 janvier", "missing or malformed 'date'"),
    ("bad version", 'version: "0.0.1"', "version: un", "expected three numbers"),
    ("no English", f'      en: "[STEREOTEST](trial:{TRIAL_NCT}): 2 fields updated."\n', "",
     "exactly 'fr' and 'en'"),
    ("empty line", '"First version."', '""', "one non-empty line"),
    ("figures differ", "2 fields updated", "3 fields updated", "differ in figures"),
    ("raw HTML", "First version.", "First <b>version</b>.", "no raw HTML"),
    ("unknown link", f"trial:{TRIAL_NCT}) : 2", "trial:NCT09999999) : 2", "link to an id that does not exist"),
    ("not newest first", 'version: "0.0.0"', 'version: "0.0.2"', "newest first"),
    ("newest is not meta's", 'version: "0.0.1"', 'version: "0.0.3"', "is not meta.yaml's 0.0.1"),
    ("no changes", "    - fr: \"Première version.\"\n      en: \"First version.\"\n", "", "non-empty list"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "old", "new", "words"), BROKEN, ids=[b[0] for b in BROKEN])
def test_check_refuses_a_malformed_entry_naming_file_and_line(mini_root, case, old, new, words):
    assert GOOD.count(old) == 1, case
    write(mini_root, GOOD.replace(old, new))
    found = [p for p in problems(mini_root) if words in p]
    assert found, f"{case}: no problem says {words!r}: {problems(mini_root)}"
    where = found[0].split(": ")[0]
    assert where.startswith("changelog.yaml:") or "/changelog.yaml:" in where, found[0]
    assert int(where.rsplit(":", 1)[1]) >= 1


def test_check_refuses_a_changelog_that_is_not_a_list(mini_root):
    write(mini_root, "version: 0.0.1\n")
    assert any("changelog.yaml" in p and "expected a list of versions" in p for p in problems(mini_root))


def test_the_cli_check_fails_on_a_malformed_entry(mini_root, mini_db, tmp_path, monkeypatch, capsys):
    db = tmp_path / "bundled" / "content.db"
    db.parent.mkdir()
    shutil.copy(mini_db, db)
    shutil.copy(str(mini_db) + builder.MANIFEST_SUFFIX, str(db) + builder.MANIFEST_SUFFIX)
    monkeypatch.setattr(paths, "content_root", lambda: mini_root)
    monkeypatch.setattr(paths, "bundled_db", lambda: db)
    write(mini_root, GOOD.replace("  date: 2026-01-02\n", ""))
    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err
    assert "changelog.yaml:1: version 0.0.1: missing or malformed 'date'" in err


def test_the_bundled_content_says_what_is_new_in_its_version():
    lib = Library(bundled_db())
    for lang in ("fr", "en"):
        versions = lib.changelog(lang)
        assert versions and versions[0].version == lib.version, lang
        assert versions[0].date and all(v.changes_text for v in versions)
    assert [len(v.changes_text) for v in lib.changelog("fr")] == [len(v.changes_text) for v in lib.changelog("en")]


def test_the_cli_shows_whats_new(capsys):
    lib = Library(bundled_db())
    assert cli.main(["show", "whatsnew", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    newest = lib.changelog("en")[0]
    assert out.startswith(f"{newest.version} ({newest.date})\n- {newest.changes_text[0]}")
