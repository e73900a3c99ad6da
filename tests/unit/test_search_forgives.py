"""Search that forgives and ranks what is named first, through the library API and the CLI, on the bundled content:
typos corrected (and said so), the other language's text searched (and said so), entities first (a table of 30
real queries), trial hits with their phase and status."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sarcoref import cli

# ---------------------------------------------------------------- typos

TYPOS = [  # (typed, the word searched instead in French, in English, the item that must be found)
    ("pembrolizumb", "pembrolizumab", "pembrolizumab", "pembrolizumab"),
    ("atezolizumb", "atezolizumab", "atezolizumab", "atezolizumab"),
    ("stereosark", "stereosarc", "stereosarc", "NCT03548428"),
    ("leiomyosarcme", "leiomyosarcome", "leiomyosarcoma", "LMS"),
]


@pytest.mark.parametrize(("typed", "fr", "en", "target"), TYPOS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_misspelt_word_finds_its_target_first_and_says_what_it_searched(bundled_lib, typed, fr, en, target, lang):
    found = bundled_lib.find(typed, lang)
    assert found.hits[0].id == target
    assert found.corrected == (fr if lang == "fr" else en)
    assert found.corrections == ((typed, found.corrected),)
    assert all(h.corrected == found.corrected for h in found.hits if not h.found_in)


@pytest.mark.parametrize(
    ("typed", "target"),
    [("abscopale", "abscopal-effect"), ("liposarcom", "LPS"), ("osteosarcom", "NCT06114225")],
)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_prefix_or_a_word_of_the_text_is_not_corrected(bundled_lib, typed, target, lang):
    found = bundled_lib.find(typed, lang)
    assert target in [h.id for h in found.hits[:3]]
    assert found.corrected is None and not any(h.corrected for h in found.hits)


def test_a_swap_of_two_letters_is_one_edit(bundled_lib):
    assert bundled_lib.find("pembrolizmuab", "en").corrected == "pembrolizumab"


@pytest.mark.parametrize("typed", ["dse", "tyme", "cd8x", "NCT0354842x", "2026x"])
def test_short_words_ids_and_figures_are_never_corrected(bundled_lib, typed):
    """One edit turns a short word into many others, and an id or a figure is typed on purpose."""
    assert bundled_lib.find(typed, "fr").corrected is None


def test_fuzzy_off_searches_the_words_as_typed(bundled_lib):
    assert bundled_lib.find("pembrolizumb", "fr", fuzzy=False).hits == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from([t[0] for t in TYPOS] + ["pembro", "wound", "osteosarcome", "PD-L1", "cGAS", "SU2C", "dosimetrie"]),
    st.sampled_from(["fr", "en"]),
    st.integers(1, 60),
)
def test_hits_as_typed_come_before_corrected_ones_and_those_before_the_other_language(bundled_lib, q, lang, limit):
    found = bundled_lib.find(q, lang, limit)
    stage = [0 if not h.corrected and not h.found_in else 1 if h.corrected else 2 for h in found.hits]
    assert stage == sorted(stage)
    assert len(found.hits) <= limit and len({h.id for h in found.hits}) == len(found.hits)


# ---------------------------------------------------------------- the other language


@pytest.mark.parametrize(("query", "lang", "other", "target"), [
    ("wound", "fr", "en", "tolerance-timing"),
    ("osteosarcome", "en", "fr", "NCT06114225"),
])  # fmt: skip
def test_the_other_languages_text_finds_the_page_in_this_language(bundled_lib, query, lang, other, target):
    found = bundled_lib.find(query, lang)
    assert found.other_lang == other and found.other_count == len(found.hits) > 0
    hit = next(h for h in found.hits if h.id == target)
    assert hit.found_in == other
    assert hit.title == bundled_lib.item(target, lang).title, "titled in the language of the edition"
    assert bundled_lib.find(query, other).other_lang is None


def test_many_hits_in_this_language_ask_nothing_of_the_other(bundled_lib):
    found = bundled_lib.find("sarcome", "fr")
    assert found.other_lang is None and not any(h.found_in for h in found.hits)


# ---------------------------------------------------------------- entities first: 30 real queries

# The first hits each query must bring, in this order. A change that reorders them must change this table.
RANKING = [
    ("fr", "pembro", ["pembrolizumab", "NCT03338959", "NCT05488366", "NCT03092323"]),
    ("en", "pembro", ["pembrolizumab", "NCT03338959", "NCT05488366", "NCT03092323"]),
    ("fr", "PD-L1", ["PD-L1", "durvalumab", "atezolizumab", "NCT03474094", "pd1-pdl1"]),
    ("en", "PD-L1", ["PD-L1", "durvalumab", "atezolizumab", "NCT03474094", "pd1-pdl1"]),
    ("fr", "atezolizumab", ["atezolizumab", "NCT06492954", "NCT03474094", "NCT03915678"]),
    ("en", "nivolumab", ["nivolumab", "NCT03307616", "PD-1"]),
    ("fr", "ipilimumab", ["ipilimumab", "NCT03307616", "CTLA-4"]),
    ("en", "durvalumab", ["durvalumab", "NCT03116529"]),
    ("fr", "STEREOSARC", ["NCT03548428", "stereosarc-protocol-2020"]),
    ("en", "SU2C", ["NCT03092323"]),
    ("fr", "NCT0309", ["NCT03092323", "trials-overview"]),
    ("en", "PROMIS", ["NCT06114225", "trials-overview"]),
    ("fr", "liposarcome", ["LPS", "MLS", "DDLPS", "NCT03307616"]),
    ("en", "leiomyosarcoma", ["LMS", "NCT03548428"]),
    ("fr", "ostéosarcome", ["NCT06114225", "NCT06492954", "trials-overview"]),
    ("en", "synovial sarcoma", ["kim-2013", "pd1-pdl1"]),
    ("fr", "UPS", ["UPS", "NCT03307616"]),
    ("en", "myxofibrosarcoma", ["NCT03474094", "NCT03092323"]),
    ("fr", "abscopal", ["abscopal-effect"]),
    ("en", "TILs", ["TILs", "tils"]),
    ("fr", "macrophages", ["TAM", "M2", "M1", "tams"]),
    ("en", "immunogenic cell death", ["zhu-2021"]),
    ("fr", "CTLA-4", ["CTLA-4", "ipilimumab", "tremelimumab"]),
    ("en", "cGAS", ["tolerance-balance", "rt-intratumoral-immunity", "abscopal-effect"]),
    ("fr", "SBRT", ["SBRT", "NCT06114225", "NCT06492954"]),
    ("fr", "pneumopathie", ["ctcae-pneumonitis", "tolerance-overlap"]),
    ("en", "wound complications", ["tolerance-timing", "tolerance-determinants"]),
    ("fr", "toxicité", ["tolerance-overlap", "CTCAE", "tolerance-combination"]),
    ("en", "colitis", ["ctcae-colitis", "irAE"]),
    ("fr", "CTCAE", ["CTCAE", "ctcae-v5"]),
]


@pytest.mark.parametrize(("lang", "query", "expected"), RANKING, ids=[f"{q}-{lang}" for lang, q, _ in RANKING])
def test_the_first_hits_of_real_queries(bundled_lib, lang, query, expected):
    assert [h.id for h in bundled_lib.search(query, lang, 20)][: len(expected)] == expected


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("query", ["pembro", "pembrolizumab", "atezolizumab", "nivolumab", "durvalumab"])
def test_a_drug_brings_its_entry_and_its_trials_before_any_reference(bundled_lib, query, lang):
    kinds = [h.kind for h in bundled_lib.search(query, lang, 50)]
    assert kinds[0] == "glossary"
    assert "reference" not in kinds[: kinds.index("trial") + 1]


def test_a_trial_hit_carries_its_phase_and_status(bundled_lib):
    hit = next(h for h in bundled_lib.search("stereosarc", "en") if h.id == "NCT03548428")
    assert hit.detail == "Phase 2 · Recruiting"
    hit = next(h for h in bundled_lib.search("stereosarc", "fr") if h.id == "NCT03548428")
    assert hit.detail.startswith("Phase 2 · ")


# ---------------------------------------------------------------- the CLI


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_says_on_stderr_what_it_searched_instead_and_json_carries_it(capsys):
    code, out, err = run(capsys, "search", "pembrolizumb", "--lang", "en", "--json")
    assert code == 0
    assert err == "Also searched for: pembrolizumab (pembrolizumb → pembrolizumab)\n"
    hits = json.loads(out)
    assert hits[0]["id"] == "pembrolizumab" and hits[0]["corrected"] == "pembrolizumab"


def test_cli_offers_the_other_language(capsys):
    code, out, err = run(capsys, "search", "wound", "--lang", "fr")
    assert code == 0 and "[tolerance] tolerance-timing" in out
    assert err == "8 trouvé(s) par le seul texte anglais (pages affichées en français)\n"
    code, out, err = run(capsys, "search", "wound", "--lang", "fr", "--json")
    assert {h["found_in"] for h in json.loads(out)} == {"en"}


def test_cli_says_nothing_more_when_the_words_as_typed_suffice(capsys):
    code, out, err = run(capsys, "search", "pembrolizumab", "--lang", "en")
    assert code == 0 and err == "" and "pembrolizumab" in out


# ---------------------------------------------------------------- clean snippets


@pytest.mark.parametrize(
    ("query", "lang"), [("cours", "fr"), ("registre", "fr"), ("lecture", "en"), ("registry", "en")]
)
def test_a_word_of_the_source_labels_finds_only_pages_whose_text_holds_it(bundled_lib, query, lang):
    """ "[Cours]" ends most statements: the word must find the pages that speak of a course, not every page."""
    import re

    from sarcoref.data.text import fold

    hits = [h for h in bundled_lib.search(query, lang, 500) if not h.found_in]
    assert hits
    for h in hits:
        item = bundled_lib.item(h.id, lang)
        own = re.sub(r"\[[^\]]*\]", "", f"{item.title} {item.subtitle} {item.text}")  # without its source tails
        assert re.search(rf"\b{query}", fold(own)), f"{h.id} matched through a source label only"
        assert "[" not in h.text, h.text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_snippets_cut_no_word_and_show_no_markup(bundled_lib, lang):
    import random
    import re

    from sarcoref.data.text import fold

    words = [t for t in bundled_lib.vocabulary(lang).terms if t.isalpha() and len(t) > 3]
    word = re.compile(r"\w+")
    for q in random.Random(7).sample(words, 150):
        for h in bundled_lib.search(q, lang, 50):
            if h.found_in:
                continue
            item = bundled_lib.item(h.id, lang)
            whole = set(word.findall(fold(f"{item.title} {item.subtitle} {item.text}")))
            for part in h.text.split(" — "):  # a title match, then the body's
                ends = word.findall(fold(part))
                assert set(ends[:1] + ends[-1:]) <= whole, f"a cut word in {h.id}'s snippet: {h.text!r}"
            assert not re.search(r"<(?!/?mark>)", h.snippet) and "**" not in h.text and "](" not in h.text


def test_the_typo_matcher_is_loaded_only_when_a_word_needs_correcting():
    """rapidfuzz takes tens of milliseconds to import: starting the app and searching words that exist never pay it."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from sarcoref.data.library import Library\n"
        "import sarcoref.ui.main_window\n"
        "lib = Library()\n"
        "lib.search('pembrolizumab', 'fr'); lib.search('wound', 'fr')\n"
        "print('rapidfuzz' in sys.modules)\n"
        "lib.search('pembrolizumb', 'fr')\n"
        "print('rapidfuzz' in sys.modules)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.stdout.split() == ["False", "True"], p.stderr


@pytest.mark.parametrize(("query", "lang", "target", "says"), [
    ("pembrolizumab", "fr", "pembrolizumab", "Anticorps monoclonal humanisé"),
    ("nivolumab", "en", "nivolumab", "monoclonal antibody"),
    ("liposarcome", "fr", "LPS", "Sarcome de différenciation adipeuse"),
])  # fmt: skip
def test_a_glossary_entry_named_by_the_query_shows_what_it_is(bundled_lib, query, lang, target, says):
    """Not the list of its other names ("…Keytruda, MK-3475"), which says why it matched but not what it is."""
    hit = next(h for h in bundled_lib.search(query, lang) if h.id == target)
    assert says in hit.text and "<mark>" in hit.snippet
    assert not any(label in hit.text for label in ("Aussi cherché comme", "Also searched as"))
