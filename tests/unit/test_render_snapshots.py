"""Snapshots of what a clinician reads beside each statement: its kind, its checked date, its sources.

The real renderer on the synthetic tree (minicontent.py), never the bundled content: one statement of each
kind (lecture with a cited source, update with its checked date, not verified), a trial field and a tolerance
row, in French and English, as HTML and as plain text. The files under snapshots/ were read by eye once; a
change of rendering must change them on purpose:

    SARCOREF_UPDATE_SNAPSHOTS=1 python3 -m uv run pytest tests/unit/test_render_snapshots.py

then read the diff before committing it. The labels come from the real labels.yaml (the words shown).
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from sarcoref.data import sources as src
from sarcoref.data.render import Renderer

from .minicontent import write_tree

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("SARCOREF_UPDATE_SNAPSHOTS") == "1"


@pytest.fixture(scope="module")
def content(tmp_path_factory) -> src.Content:
    c = src.load(write_tree(tmp_path_factory.mktemp("snap") / "content"))
    assert not c.problems, c.problems
    return c


def _statement(content: src.Content, lang: str, kind: str) -> dict:
    """The first statement of `kind` on the home section; for a lecture, the one that also cites a reference."""
    for st in content.sections[lang]["accueil"]["statements"]:
        if st["kind"] == kind and (kind != "lecture" or any(s["type"] == "ref" for s in st["sources"])):
            return st
    raise AssertionError(f"no {kind} statement in the synthetic tree")


def _cases(content: src.Content, lang: str) -> dict[str, tuple[str, str]]:
    r = Renderer(lang, content.labels, content.references, content.glossary, content.trials)
    out = {}
    for kind in src.KINDS:
        st = _statement(content, lang, kind)
        out[f"statement {kind}"] = (
            r.statement_html(st["kind"], st["text"], st["sources"], st["checked"]),
            r.statement_text(st["kind"], st["text"], st["sources"], st["checked"]),
        )
    trial = next(t for t in content.trials if t["fields"].get("primary_outcome"))
    out["trial field primary_outcome"] = r.statements(trial["fields"]["primary_outcome"])
    # two statements of one provenance in a row: one label for the run, each still with its sources
    out["run of one provenance"] = r.statements(trial["fields"]["primary_outcome"] * 2)
    page, text, _data = r.tolerance_row(content.tolerance["comparison"][0])
    out["tolerance row"] = (page, text)
    return out


def _render(cases: dict[str, tuple[str, str]]) -> str:
    blocks = []
    for name, (html, text) in cases.items():
        blocks.append(f"=== {name} (html)\n{html}\n=== {name} (text)\n{text}\n")
    return "\n".join(blocks)


@pytest.mark.parametrize("lang", src.LANGS)
def test_provenance_rendering_matches_its_snapshot(content, lang):
    got = _render(_cases(content, lang))
    path = SNAPSHOTS / f"provenance.{lang}.txt"
    if UPDATE:
        SNAPSHOTS.mkdir(exist_ok=True)
        path.write_text(got, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with SARCOREF_UPDATE_SNAPSHOTS=1 and review it"
    want = path.read_text(encoding="utf-8")
    diff = "\n".join(difflib.unified_diff(want.splitlines(), got.splitlines(), "snapshot", "rendered", lineterm=""))
    assert got == want, f"the rendering of {lang} provenance changed:\n{diff}"


def test_the_snapshots_hold_what_they_guard(content):
    """The snapshots are only worth their content: say in words what each must show, so that a snapshot
    regenerated from a broken renderer is caught here too."""
    fr = (SNAPSHOTS / "provenance.fr.txt").read_text(encoding="utf-8")
    en = (SNAPSHOTS / "provenance.en.txt").read_text(encoding="utf-8")
    for text, update, checked in ((fr, "Mise à jour", "vérifié le"), (en, "Update", "checked")):
        assert f'<span class="badge b-update">{update} · {checked} 2026-01-02</span>' in text
        assert f"[{update}, {checked} 2026-01-02] " in text
        assert '<a href="ref:dupont-2020">Dupont 2020</a>' in text  # a source is a link
        # the lecture label leads back to its part of the lecture, and says so on hover
        assert '<a class="lecture-src" href="section:accueil" title="' in text
        assert '"><span class="badge b-lecture">' in text
        # a lecture statement's source tail, after its label
        assert '</span></a> <span class="src">[<a href="ref:dupont-2020">Dupont 2020</a>]</span></span>' in text
        assert "b-unverified" in text
        run = text.split("=== run of one provenance (html)\n")[1].split("\n")[0]
        assert run.count("b-update") == 1  # the run's label once, on its first statement
        assert f'<span class="src">[{"MàJ" if text is fr else "Update"} · <a href="ref:dupont-2020">' in run
        assert run.count(f'title="{update}, {checked} 2026-01-02') == 2  # every statement's provenance on hover
        run_text = text.split("=== run of one provenance (text)\n")[1]
        assert run_text.count(f"[{update}, {checked} 2026-01-02] ") == 2  # and on paper, in plain text
