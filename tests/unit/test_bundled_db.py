"""The committed content database is exactly a fresh build of the committed sources: this is what
allows committing it. After editing a source: `uv run sarcoref build-db` and commit both."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from sarcoref import cli
from sarcoref.data.builder import MANIFEST_SUFFIX, SCHEMA_VERSION, build
from sarcoref.data.library import ContentError, Library
from sarcoref.data.paths import bundled_db, content_root
from sarcoref.data.sources import load


def test_the_sources_are_sound():
    problems = load(content_root()).problems
    assert not problems, "\n".join(map(str, problems))


def test_bundled_database_equals_a_fresh_build(tmp_path):
    fresh = build(content_root(), tmp_path / "fresh.db")
    bundled = Library(bundled_db()).meta["content_hash"]
    assert bundled == fresh, "content.db is out of date with its sources: run `uv run sarcoref build-db`"


def test_bundled_manifest_matches_the_file():
    db = bundled_db()
    manifest = json.loads(db.with_name(db.name + MANIFEST_SUFFIX).read_text(encoding="utf-8"))
    data = db.read_bytes()
    assert manifest["size"] == len(data)
    assert manifest["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["schema_version"] == SCHEMA_VERSION


def test_bundled_database_is_opened_read_only(bundled_lib):
    before = bundled_db().read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        bundled_lib._conn().execute("CREATE TABLE scribble (x)")
    assert bundled_db().read_bytes() == before


def test_bundled_database_has_both_editions(bundled_lib):
    for lang in ("fr", "en"):
        tree = bundled_lib.section_tree(lang)
        assert tree
        assert bundled_lib.trials(lang)
        assert bundled_lib.items("reference", lang)
        assert bundled_lib.items("glossary", lang)
    fr = {i.id for k in ("section", "trial", "glossary", "reference") for i in bundled_lib.items(k, "fr")}
    en = {i.id for k in ("section", "trial", "glossary", "reference") for i in bundled_lib.items(k, "en")}
    assert fr == en


def test_bundled_database_names_its_version(bundled_lib):
    assert bundled_lib.version not in ("", "?")
    assert len(bundled_lib.as_of) == 10 and bundled_lib.as_of[4] == "-"


def test_an_unsound_bundled_database_is_refused(tmp_path):
    bad = tmp_path / "content.db"
    bad.write_bytes(b"not a database")
    with pytest.raises(ContentError):
        Library(bad)


def test_check_passes_on_the_bundled_content(capsys):
    """Issue 3, done when: `sarcoref check` passes (sources sound, database sound and up to date)."""
    code = cli.main(["check"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "equals a fresh build" in out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_unknown_trial_status_reads_as_unknown_without_a_checked_badge(bundled_lib, lang):
    """'Checked on <date>' beside 'status unknown' read as a contradiction: unknown shows like any field not
    reported, with its sources; a known status keeps its badge."""
    import re

    status_row = re.compile(r'<tr><th>[^<]*</th><td>((?:(?!</td>).)*class="status .*?)</td></tr>')
    rows = {t.id: status_row.search(t.html).group(1) for t in bundled_lib.trials(lang)}
    unknown = [i for i, t in ((t.id, t) for t in bundled_lib.trials(lang))
               if [v["code"] for v in t.data["facets"]["status"]["values"]] in (["UNKNOWN"], ["NOT_VERIFIED"])]  # fmt: skip
    assert "NCT03915678" in unknown and "NCT03548428" not in unknown
    for ident in unknown:
        assert 'class="status s-unknown nr"' in rows[ident] and "badge" not in rows[ident], ident
        assert "href=" in rows[ident]  # its sources are still there
    assert "badge b-update" in rows["NCT03548428"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_trial_page_opens_with_its_dated_status_and_its_key_result(bundled_lib, lang):
    """Issue 12 §10: the status with its "as of" date (or why none) and the key result, above the record, on
    screen, in print and in the plain text alike."""
    words = {"fr": ("Statut", "au", "Résultat clé"), "en": ("Status", "as of", "Key result")}[lang]
    keyed = set()
    for t in bundled_lib.trials(lang):
        table = t.html.index('<table class="record">')
        line = t.data["status_line"]
        assert line.startswith(words[0]) and t.data["status_as_of"] in line, t.id
        assert t.html.index('class="status-line"') < table and line in t.text.splitlines()[2], t.id
        if t.data["registry_as_of"]:
            assert t.data["status_as_of"] == f"{words[1]} {t.data['registry_as_of']}", t.id
        key = t.data["fields"].get("key_result")
        if key:
            keyed.add(t.id)
            assert t.html.count('class="key"') == 1 and t.html.index('class="key"') < table, t.id
            lines = t.text.splitlines()
            assert lines[3] == f"{words[2]}:" and key[0]["text"] in lines[4], t.id  # right under the status
    assert keyed >= {"NCT03092323", "NCT02992912", "NCT03307616", "NCT03116529"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_lecture_label_is_drawn_one_way_everywhere(bundled_lib, lang):
    """Issue 12 §1: the "Lecture" label looks and behaves the same in the sections, the trial records (a lecture
    facet included), the glossary and the tolerance view: one tag that opens its lecture part, saying so on hover."""
    import re

    tip = {"fr": "Ouvrir la partie du cours d&#x27;où cela provient", "en": "Open the lecture section this comes from"}
    word = {"fr": "Cours", "en": "Lecture"}[lang]
    one_way = f'<a class="lecture-src" href="section:([a-z0-9-]+)" title="{tip[lang]}"><span class="badge b-lecture">'
    seen = {}
    for kind in ("section", "trial", "glossary", "tolerance"):
        for item in bundled_lib.items(kind, lang):
            labels = item.html.count('<span class="badge b-lecture">')
            drawn = re.findall(one_way, item.html)
            assert len(drawn) == labels, f"{item.id}: a 'Lecture' label drawn another way"
            assert all(bundled_lib.item(slug, lang) is not None for slug in drawn), item.id
            assert f'<span class="badge b-lecture">{word}</span>' in item.html or not labels
            seen[kind] = seen.get(kind, 0) + labels
    assert all(seen.get(k) for k in ("section", "trial", "tolerance")), seen  # (no glossary entry is lecture)
    # a facet the lecture gives (SU2C-SARC032's setting) carries the label, not a bare "[Lecture]" source
    record = bundled_lib.item("NCT03092323", lang).html
    setting = re.search(r"<tr><th>[^<]*</th><td>(.*?)</td></tr>", record).group(1)
    assert "b-lecture" in setting and f">{word}</a>]" not in setting


@pytest.mark.parametrize(("lang", "field"), [("fr", "statut"), ("en", "status")])
def test_a_trial_status_line_names_the_status_once(bundled_lib, lang, field):
    """SABR-PDL1's card and search snippet read "Statut : Statut non vérifié": the field is named once."""
    import re

    for t in bundled_lib.trials(lang):
        line = t.data["status_line"]
        assert len(re.findall(rf"\b{field}\b", line, re.IGNORECASE)) == 1, line
    snippet = next(h.snippet for h in bundled_lib.search("SABR-PDL1", lang) if h.id == "NCT02992912")
    assert len(re.findall(rf"\b{field}\b", snippet, re.IGNORECASE)) <= 1, snippet
