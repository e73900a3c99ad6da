"""The mistakes a content author makes while editing the sources, one per row: `sarcoref check` (the loader
behind it) names the file and says what is wrong, so the author can fix it without reading the builder."""

from __future__ import annotations

import pytest

from sarcoref.data.sources import load

from .minicontent import TRIAL_NCT, edit

TRIAL = "trials/stereotest.yaml"
FR = "sections/fr/accueil.md"
EN = "sections/en/accueil.md"

# (file, text found once, what the author wrote instead, words the message must say)
MISTAKES = [
    (TRIAL, "registry_url: https://", "registry_url: http://", ["must be an https:// address"]),
    (TRIAL, "group: lecture", "group: ongoing", ["group must be 'lecture' or 'beyond'"]),
    (TRIAL, "codes: [PHASE2]", "codes: [PHASE9]", ["'PHASE9' is not in vocabulary.yaml"]),
    (TRIAL, "histologies: {codes: [ups], sources: [lecture:accueil]}", "histologies: {codes: [ups]}",
     ["histologies", "statement without source"]),
    (TRIAL, "setting: {code: localised, sources", "setting: {sources", ["setting: needs code"]),
    (TRIAL, "  brief_title:", "  short_title:", ["unknown trial field 'short_title'"]),
    (TRIAL, "code: RECRUITING", "code: NOT_VERIFIED", ["cannot have a registry_as_of"]),
    ("references.yaml", "type: standard", "type: book", ["unknown reference type 'book'"]),
    ("references.yaml", 'pmid: "21171080"', 'pmid: "PMID 21171080"', ["malformed PMID"]),
    ("references.yaml", "doi: 10.1000/test.2020.1", "doi: doi.org/10.1000/x", ["malformed DOI"]),
    ("references.yaml", "  url: https://example.org/standard\n", "", ["of type standard without url"]),
    ("glossary.yaml", "  kind: lecture\n  sources: [lecture:biomarqueur]", "  kind: sure\n  sources: [lecture:biomarqueur]",
     ["'PD-L1'", "missing required field 'kind'"]),
    ("glossary.yaml", "  sources: [lecture:biomarqueur]\n", "", ["'PD-L1'", "statement without source"]),
    (FR, "l'immunothérapie. {lecture lecture:accueil}", "l'immunothérapie. {lecture pubmed:123}", ["unknown source"]),
    (FR, "non vérifiée. {unverified", "non vérifiée. {maybe", ["unknown statement kind 'maybe'"]),
    (FR, "(ref:dupont-2020)", "(paper:dupont-2020)", ["link to unknown kind 'paper'"]),
    (FR, "- Phrase d'essai non vérifiée.", "- <b>Phrase</b> d'essai non vérifiée.", ["no HTML, tables or images"]),
    (FR, "id: accueil", "id: Accueil", ["lowercase slug equal to the file name"]),
    (FR, "---\nid: accueil", "id: accueil", ["missing front matter"]),
    (FR, "title: \"Accueil d'essai\"\n---", "title: \"Accueil d'essai\"", ["front matter is not closed"]),
    (FR, "order: 10", "order: [10", ["front matter is not valid YAML"]),
    (EN, "order: 10", "order: 11", ["'order' differs from the French edition"]),
    (EN, "- Test sentence about tolerance and immunotherapy. {lecture lecture:accueil}\n", "",
     ["statements, the French edition has"]),
    ("tolerance.yaml", "      - kind: unverified\n", "      - use: association-x\n        kind: unverified\n",
     ["a 'use:' statement takes its text and label from statements.yaml and has no other field"]),
    ("tolerance.yaml", "    statements:\n      - kind: unverified", "    statements:\n      - just words\n      - kind: unverified",
     ["a statement must be a mapping"]),
]  # fmt: skip


@pytest.mark.parametrize(("rel", "old", "new", "words"), MISTAKES, ids=[f"{m[0]}:{m[3][-1][:40]}" for m in MISTAKES])
def test_each_author_mistake_is_named_with_its_file(mini_root, rel, old, new, words):
    assert load(mini_root).problems == [], "the tree is valid before the edit"
    edit(mini_root, rel, old, new)
    problems = [str(p).replace("\\", "/") for p in load(mini_root).problems]
    said = [p for p in problems if f"content/{rel}:" in p and all(w in p for w in words)]
    assert said, f"nothing at {rel} says {words}; got:\n" + "\n".join(problems)


def test_a_file_not_saved_as_utf8_is_named(mini_root):
    path = mini_root / FR
    path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1"))
    problems = [str(p).replace("\\", "/") for p in load(mini_root).problems]
    assert any(f"content/{FR}:" in p and "not UTF-8 text" in p for p in problems), problems


def test_a_registry_source_must_be_an_nct_id(mini_root):
    edit(mini_root, TRIAL, f"sources: [registry:{TRIAL_NCT}], kind: update", "sources: [registry:NCT1], kind: update")
    problems = [str(p) for p in load(mini_root).problems]
    assert any("malformed NCT ID 'NCT1'" in p for p in problems), problems
