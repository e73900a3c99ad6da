"""Search behaviours (issue 2, §6), on the synthetic content and on the bundled content."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sarcoref.data.text import fold

from .minicontent import OTHER_ACRONYM, OTHER_NCT, SYNONYM_PAIRS, TRIAL_NCT


def ids(lib, query, lang="fr", limit=50):
    return [h.id for h in lib.search(query, lang, limit)]


# ---------------------------------------------------------------- accents, case, prefixes


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tolerance", "corps-tolerance"),  # « tolérance » without its accent
        ("TOLÉRANCE", "corps-tolerance"),
        ("immunotherapie", "accueil"),  # « immunothérapie »
        ("IMMUNOTHÉRAPIE", "accueil"),
        ("radioth", "long-rxt"),  # a prefix, as the user types « radiothérapie »
        ("stéréot", "long-sbrt"),
        ("immuno", "accueil"),
    ],
)
def test_accents_case_and_prefixes_are_ignored(mini_lib, query, expected):
    assert expected in ids(mini_lib, query)


def test_a_finished_word_is_not_a_prefix(mini_lib):
    """A trailing space says the word is complete: « dose » then no longer finds « doses »."""
    assert "mot-prefixe" in ids(mini_lib, "dose")
    finished = ids(mini_lib, "dose ")
    assert "mot-entier" in finished and "mot-prefixe" not in finished


@pytest.mark.parametrize("query", ["tolerance", "immunotherapie", "radioth"])
def test_bundled_accents_and_prefixes(bundled_lib, query):
    folded = {"tolerance": "tolérance", "immunotherapie": "immunothérapie", "radioth": "radiothérapie"}[query]
    hits = bundled_lib.search(query, "fr", 10)
    assert hits, query
    assert any(folded in re.sub("</?mark>", "", h.snippet).lower() for h in hits)


# ---------------------------------------------------------------- hyphens, spaces and dots


SPELLINGS = ["PDL1", "PD-L1", "PD L1", "pd.l1", "pd-l1"]


def test_biomarker_spellings_are_one_query(mini_lib):
    results = {q: ids(mini_lib, q)[:5] for q in SPELLINGS}
    assert "biomarqueur" in results["PD-L1"]
    assert "voisin" not in results["PD-L1"]  # PD-1 is another molecule
    assert len({tuple(r) for r in results.values()}) == 1, results


def test_bundled_biomarker_spellings_are_one_query(bundled_lib):
    results = {q: ids(bundled_lib, q)[:5] for q in SPELLINGS}
    assert results["PD-L1"]
    assert len({tuple(r) for r in results.values()}) == 1, results


def test_a_word_and_a_number_are_not_forced_into_one_name(mini_lib):
    """'PD L1' may be one name, but « essai 78 » is two words: the page with them apart is found."""
    assert "accueil" in ids(mini_lib, "essai 78")
    assert "accueil" in ids(mini_lib, "cas 78")
    assert ids(mini_lib, "PD L1")[:2] == ids(mini_lib, "PD-L1")[:2]


# ---------------------------------------------------------------- glossary synonyms, both ways


@pytest.mark.parametrize(("term", "synonyms", "long_form"), [(p[0], p[1], p[3]) for p in SYNONYM_PAIRS])
def test_glossary_expansion_both_ways(mini_lib, term, synonyms, long_form):
    slug = term.lower()
    # The abbreviation finds the section that only spells the concept out, and the reverse.
    assert f"long-{slug}" in ids(mini_lib, term)
    assert f"court-{slug}" in ids(mini_lib, long_form)
    for other in synonyms:
        assert f"court-{slug}" in ids(mini_lib, other), other


def test_rt_is_a_synonym_of_rxt(mini_lib):
    assert {"court-rxt", "long-rxt"} <= set(ids(mini_lib, "RT"))


def _items(lib, lang="fr"):
    kinds = ("section", "trial", "reference", "glossary", "tolerance", "ctcae")
    return [i for k in kinds for i in lib.items(k, lang) if i.id != "tolerance"]


def _has_words(text: str, phrase: str) -> bool:
    from sarcoref.data.text import tokens

    words, want = tokens(text), tokens(phrase)
    return any(words[i : i + len(want)] == want for i in range(len(words) - len(want) + 1))


BUNDLED_PAIRS = [
    ("RXT", "radiothérapie"),
    ("RT", "radiothérapie"),
    ("SBRT", "stéréotaxique"),
    ("EI", "effets indésirables"),
    ("TAM", "macrophages associés aux tumeurs"),
    ("PFS", "survie sans progression"),
    ("DFS", "survie sans maladie"),
    ("OS", "survie globale"),
]


@pytest.mark.parametrize(("abbr", "long_form"), BUNDLED_PAIRS)
def test_bundled_glossary_expansion_both_ways(bundled_lib, abbr, long_form):
    """With the real glossary: an item that only spells the concept out is found by its abbreviation,
    and an item that only uses the abbreviation is found by the long form (in either edition)."""
    entry = bundled_lib.item(abbr, "en")
    checked = 0
    for lang in ("fr", "en"):
        spelled = [long_form] + ([entry.subtitle] if lang == "en" and entry and entry.kind == "glossary" else [])
        items = [i for i in _items(bundled_lib, lang) if i.kind != "glossary"]
        only_long = {i.id for i in items
                     if any(_has_words(i.text, f) for f in spelled) and not _has_words(i.text, abbr)}  # fmt: skip
        only_abbr = {i.id for i in items if _has_words(i.text, abbr) and not _has_words(i.text, long_form)}
        if only_long:
            assert only_long & set(ids(bundled_lib, abbr, lang, limit=500)), (abbr, lang, sorted(only_long))
            checked += 1
        if only_abbr:
            found = set(ids(bundled_lib, long_form, lang, limit=500))
            assert only_abbr & found, (long_form, lang, sorted(only_abbr))
            checked += 1
    assert checked, f"the content never uses {abbr} or {long_form} alone"


def test_bundled_every_glossary_synonym_finds_its_entry(bundled_lib):
    missing = []
    for lang in ("fr", "en"):
        for g in bundled_lib.items("glossary", lang):
            for form in [g.id, g.subtitle, *g.data.get("synonyms", [])]:
                if form and g.id not in ids(bundled_lib, form, lang, limit=500):
                    missing.append((lang, g.id, form))
    assert not missing


# ---------------------------------------------------------------- trials by NCT ID or acronym, first


@pytest.mark.parametrize(
    "query", [TRIAL_NCT, TRIAL_NCT.lower(), "NCT0123", "nct 01234", "STEREOTEST", "stereo", "Stéréo"]
)
def test_trial_found_first_by_nct_or_acronym(mini_lib, query):
    assert ids(mini_lib, query)[0] == TRIAL_NCT


@pytest.mark.parametrize("query", [OTHER_NCT, OTHER_ACRONYM, "autre essai", "autre-ess"])
def test_hyphenated_acronym_found_first(mini_lib, query):
    assert ids(mini_lib, query)[0] == OTHER_NCT


@pytest.mark.parametrize(
    ("query", "nct"),
    [
        ("NCT03092323", "NCT03092323"),
        ("NCT0309", "NCT03092323"),
        ("SU2C-SARC032", "NCT03092323"),
        ("sarc032", "NCT03092323"),
        ("STEREOSARC", "NCT03548428"),
        ("stereo", "NCT03548428"),
        ("AGADIR", "NCT03915678"),
        ("PROMIS", "NCT06114225"),
    ],
)
def test_bundled_trial_first(bundled_lib, query, nct):
    assert ids(bundled_lib, query)[0] == nct


# ---------------------------------------------------------------- ranking and snippets


def test_title_ranks_above_body(mini_lib):
    found = ids(mini_lib, "tolérance")
    # « corps-tolerance » says it four times in its body; the title still wins.
    assert found.index("titre-tolerance") < found.index("corps-tolerance")


def test_whole_word_ranks_above_prefix(mini_lib):
    found = ids(mini_lib, "dose")
    # « mot-prefixe » repeats « doses » four times; the whole word « dose » still wins.
    assert found.index("mot-entier") < found.index("mot-prefixe")


QUERIES_WITH_HITS = ["tolérance", "tolerance", "radioth", "PD-L1", "PDL1", "TAM", "survie", "dose", "Court",
                     "stereo", TRIAL_NCT, "essai", OTHER_ACRONYM, "dupont", "78"]  # fmt: skip


@pytest.mark.parametrize("query", QUERIES_WITH_HITS)
def test_every_hit_has_a_highlighted_snippet(mini_lib, query):
    hits = mini_lib.search(query, "fr", 50)
    assert hits
    for h in hits:
        found_by_id_alone = "<mark>" not in h.snippet and fold(query).replace(" ", "-") in fold(h.id)
        assert found_by_id_alone or ("<mark>" in h.snippet and "</mark>" in h.snippet), (h.id, h.snippet)
        assert h.id not in h.text or h.kind in ("trial", "glossary"), f"an internal id in the snippet: {h.text!r}"
        assert "<mark>" not in h.text and "\x02" not in h.text
        assert h.kind in ("section", "trial", "reference", "glossary", "tolerance", "ctcae", "about")


def test_bundled_every_hit_has_a_highlighted_snippet(bundled_lib):
    for query in ["tolérance", "tolerance", "sarcome", "PD-L1", "abscopal", "NCT0309", "stereo", "TAM", "65 %"]:
        for lang in ("fr", "en"):
            for h in bundled_lib.search(query, lang, 50):
                found_by_id_alone = fold(query).replace(" ", "-") in fold(h.id)
                assert "<mark>" in h.snippet or found_by_id_alone, (query, lang, h.id, h.snippet)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("typed", "letter"), [("radiothérapie s", "s"), ("Ewing s", "s"), ("SU2C r", "r")])
def test_a_last_letter_still_being_typed_narrows_the_hits_without_marking_every_word(bundled_lib, lang, typed, letter):
    """'radiothérapie s': the hits contain an s-word, but marking every s-word hid why they matched. A short word
    and a letter may also be read as one name ('Ewing s' → Ewing sarcoma): that is marked, the bare letter not."""
    from sarcoref.data.text import fold

    word = typed[:-2]
    narrowed = bundled_lib.search(typed, lang, 50)
    assert narrowed and {h.id for h in narrowed} <= {h.id for h in bundled_lib.search(word, lang, 500)}
    marked = {fold(m) for h in narrowed for m in re.findall(r"<mark>(.*?)</mark>", h.snippet)}
    assert marked and not any(m.startswith(letter) for m in marked), marked
    alone = {fold(m) for h in bundled_lib.search("s", lang, 50) for m in re.findall(r"<mark>(.*?)</mark>", h.snippet)}
    assert alone and all(m.startswith("s") for m in alone)  # a single letter alone is still marked


def test_the_words_marked_in_an_opened_page_leave_out_a_last_letter_being_typed():
    from sarcoref.data.search import words_to_mark

    assert words_to_mark("radiothérapie s") == ["radiotherapie"]
    assert words_to_mark("lymphocytes T ") == ["lymphocytes", "t"]  # typed and finished
    assert words_to_mark("s") == ["s"]
    assert words_to_mark("PD-L1") == ["pd", "l1"]


def test_snippet_is_escaped_html(mini_lib):
    (hit,) = mini_lib.search("seuil", "fr", 10)
    assert "&lt; 5" in hit.snippet and "&gt; 2 &amp; co" in hit.snippet
    assert not re.search(r"<(?!/?mark>)", hit.snippet)
    assert "< 5" in hit.text


def test_search_is_per_language(mini_lib):
    """Each language's text is searched first; the other's only finds what this one does not, and says so."""
    assert "accueil" in ids(mini_lib, "immunotherapy", "en")
    assert {h.found_in for h in mini_lib.search("phrase", "en")} == {"fr"}  # a French-only word
    assert {h.found_in for h in mini_lib.search("sentence", "fr")} == {"en"}
    assert not any(h.found_in for h in mini_lib.search("phrase", "fr"))


def test_limit_is_respected(mini_lib):
    assert len(mini_lib.search("essai", "fr", 3)) == 3
    assert len(mini_lib.search("essai", "fr", 1)) == 1


# ---------------------------------------------------------------- never fail


NASTY = [
    "", " ", '"', '""', "'", '"tolérance', 'tolérance"', "AND", "OR", "NOT", "NEAR", "tolérance AND",
    "OR tolérance", "NOT NOT", "NEAR(dose essai)", "NEAR(dose essai, 2)", "*", "**", "dose*", "*dose",
    "(", ")", "(dose", "dose)", "()", ":", "title:dose", "language:en", "body:", "^dose", "-dose", "+",
    "{dose}", "[dose]", "\\", "\x00", "\x01\x02\x03", "dose\x00essai", "\t\n\r", "😀", "dose 😀",
    "💉🧬", "\u200b", "\ufeff", "\ud7ff", "ǅ", "ﬁ", "İ", "ß", "a" * 10_000, "dose " * 2000,
    "PD-L1 " * 500, "%", "_", "dose%", "'; DROP TABLE items; --", "\" OR 1=1 --",
    "NCT", "NCT0", "nct" + "0" * 50, "-", "---", "...", "/", "@", "#",
]  # fmt: skip


@pytest.mark.parametrize("query", NASTY, ids=lambda q: repr(q)[:30])
def test_search_never_fails(mini_lib, query):
    for lang in ("fr", "en"):
        hits = mini_lib.search(query, lang, 20)
        assert isinstance(hits, list)
        assert len(hits) <= 20


def test_search_operators_are_plain_words(mini_lib):
    """AND/OR/NOT are words the user typed, not operators: « dose OR tolérance » is not a union."""
    assert ids(mini_lib, "dose OR tolérance") == []
    assert [h.id for h in mini_lib.search("NOT dose") if not h.found_in] == []
    assert all("not" in h.text.lower() for h in mini_lib.search("NOT dose"))  # English text: "not" is a word there


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=st.text(), lang=st.sampled_from(["fr", "en"]), limit=st.integers(min_value=-5, max_value=600))
def test_search_returns_a_list_for_any_text(mini_lib, query, lang, limit):
    hits = mini_lib.search(query, lang, limit)
    assert isinstance(hits, list)
    for h in hits:
        assert isinstance(h.id, str) and isinstance(h.snippet, str)


@settings(max_examples=100, deadline=None)
@given(query=st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_bundled_search_returns_a_list_for_any_text(bundled_lib, query):
    assert isinstance(bundled_lib.search(query, "fr", 20), list)
