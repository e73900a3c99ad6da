"""Every fact of the lecture can be found (issue 2, "Done when"): each figure, name, trial field,
reference and abbreviation of `shared/seed/lecture-fr.txt` is found by a French search, and the item
shown for one of the first hits contains it. Runs on the bundled content database."""

from __future__ import annotations

import re

import pytest

from sarcoref.data.text import fold

TOP = 10


def norm(text: str) -> str:
    """Compare as a reader would: no accents or case, any dash is a hyphen, spaces do not count."""
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", fold(text))
    return re.sub(r"\s+", "", text)


def found(lib, query: str, fact: str, lang: str = "fr") -> list[str]:
    """The ids of the first hits whose page contains `fact` (empty when none does)."""
    out = []
    for hit in lib.search(query, lang, TOP):
        item = lib.item(hit.id, lang)
        if item and norm(fact) in norm(item.text):
            out.append(hit.id)
    return out


# (what a clinician would type, what the page shown must say). `*` marks facts with no words: they are
# also looked for in the English edition.
LECTURE_FACTS = [
    # Introduction
    ("> 100 sous-types", "100 sous-types"),
    ("<1% des cancers", "1 % des cancers"),
    ("25-50%*", "25-50 %"),
    ("stratégie locorégionale", "locorégionale"),
    ("arsenal thérapeutique limité", "arsenal thérapeutique"),
    # Immunotherapy rationale: TILs
    ("TILs", "lymphocytes infiltrant la tumeur"),
    ("sarcome d'Ewing 20 patients", "20 patients"),
    ("EURO EWING", "EURO EWING"),
    ("Ewing", "Ewing"),
    ("GIST", "GIST"),
    ("angiosarcome", "angiosarcomes cutanés"),
    ("forte infiltration lymphocytaire pronostic", "meilleur pronostic"),
    # TAM
    ("TAM M2", "M2"),
    ("78 liposarcome myxoïde", "78"),
    ("78*", "78"),
    ("HB-EGF", "HB-EGF"),
    ("PI3K/Akt", "PI3K/Akt"),
    ("polarisation M2 M1", "M1"),
    ("léiomyosarcome", "léiomyosarcome"),
    # PD-1 / PD-L1
    ("105*", "105"),
    ("65%*", "65 %"),
    ("58%*", "58 %"),
    ("synovialosarcome", "synovialosarcome"),
    ("sarcome pléomorphe indifférencié", "sarcome pléomorphe indifférencié"),
    ("PD-1 PD-L1 métastases", "métastases"),
    ("facteurs pronostiques OS PFS", "PFS"),
    # Radiotherapy and intratumoral immunity
    ("CMH", "CMH"),
    ("cellules présentatrices d'antigène", "présentatrices d'antigène"),
    ("cytokines pro-inflammatoires", "cytokines pro-inflammatoires"),
    ("lymphocytes NK", "NK"),
    ("LT reg", "LT reg"),
    ("TGF-B", "TGF-B"),
    ("polarisation tolérogène M2", "tolérogène"),
    ("équilibre immunomodulateurs dose/fraction", "dose/fraction"),
    ("Sharabi", "Sharabi"),
    ("25979541*", "25979541"),
    # Abscopal effect
    ("abscopal", "abscopal"),
    ("effet abscopal rare", "rare"),
    ("abscopal facteurs prédictifs", "prédictifs"),
    # Trials
    ("NCT03092323*", "NCT03092323"),
    ("SU2C-SARC032*", "SU2C-SARC032"),
    ("pembrolizumab", "pembrolizumab"),
    ("pembrolizumab adjuvant", "adjuvant"),
    ("sarcome des membres haut risque", "haut risque"),
    ("SU2C DFS", "DFS"),
    ("NCT03548428*", "NCT03548428"),
    ("STEREOSARC*", "STEREOSARC"),
    ("atézolizumab", "atézolizumab"),
    ("randomisé 2:1", "2:1"),
    ("SBRT 3-5 fractions", "5 fractions"),
    ("sarcome oligométastatique", "oligométastatique"),
    ("NCT06114225*", "NCT06114225"),
    ("PROMIS*", "PROMIS"),
    ("ostéosarcome pulmonaire résécable", "ostéosarcome"),
    ("métastasectomie", "métastasectomie"),
    ("PFS 12 mois", "12 mois"),
    ("NCT03915678*", "NCT03915678"),
    ("AGADIR*", "AGADIR"),
    ("BDB001*", "BDB001"),
    ("TLR", "TLR"),
    ("basket", "basket"),
    ("CBNPC", "CBNPC"),
    ("sein 3N", "3N"),
    ("PFS 6 mois", "6 mois"),
    ("bras sarcome arrêté inefficacité", "inefficacité"),
    # Feasibility and tolerance
    ("ADN tissus sains", "ADN"),
    ("dose volume irradié", "volume"),
    ("activation du système immunitaire tissus sains", "système immunitaire"),
    ("dysthyroïdie", "dysthyroïdie"),
    ("hépatite", "hépatite"),
    ("colite", "colite"),
    ("peu prévisible", "peu prévisible"),
    ("en partie prévisible", "en partie prévisible"),
    ("plus de 1 an", "1 an"),
    ("poumon pelvis ORL cérébral", "ORL"),
    ("nécrose cérébrale", "nécrose cérébrale"),
    ("5 ans de suivi", "5 ans"),
    ("Guan", "Guan"),
    ("35538049*", "35538049"),
    ("10.1111/ajco.13688*", "10.1111/ajco.13688"),
    # Conclusion
    ("effet systémique de l'immunothérapie", "systémique"),
    ("réponse tumorale locale", "réponse tumorale locale"),
    ("pratique courante", "pratique courante"),
]


@pytest.mark.parametrize(("query", "fact"), LECTURE_FACTS, ids=[q for q, _ in LECTURE_FACTS])
def test_every_lecture_fact_is_found_in_french(bundled_lib, query, fact):
    assert found(bundled_lib, query.rstrip("*"), fact), f"{query!r}: no hit among the first {TOP} shows {fact!r}"


@pytest.mark.parametrize(
    ("query", "fact"),
    [(q.rstrip("*"), f) for q, f in LECTURE_FACTS if q.endswith("*")],
    ids=[q for q, _ in LECTURE_FACTS if q.endswith("*")],
)
def test_language_neutral_facts_are_found_in_english(bundled_lib, query, fact):
    fact = fact.replace(" %", "%")
    assert found(bundled_lib, query, fact, "en"), f"{query!r}: no English hit shows {fact!r}"


def test_every_reference_is_found_by_its_first_author(bundled_lib):
    missing = []
    for ref in bundled_lib.items("reference", "fr"):
        authors = ref.data.get("authors") or []
        if authors:
            surname = authors[0].rsplit(" ", 1)[0]
            if ref.id not in [h.id for h in bundled_lib.search(surname, "fr", TOP)]:
                missing.append(f"{ref.id} ({surname})")
        for key in ("pmid", "doi"):
            if ref.data.get(key) and ref.id not in [h.id for h in bundled_lib.search(ref.data[key], "fr", TOP)]:
                missing.append(f"{ref.id} ({key} {ref.data[key]})")
    assert not missing


def test_every_glossary_abbreviation_is_found_and_shown(bundled_lib):
    missing = []
    for lang in ("fr", "en"):
        for entry in bundled_lib.items("glossary", lang):
            ids = [h.id for h in bundled_lib.search(entry.id, lang, TOP)]
            shown = bundled_lib.item(entry.id, lang)
            if entry.id not in ids or shown is None or entry.id not in shown.text:
                missing.append(f"{lang}:{entry.id}")
    assert not missing


LECTURE_ABBREVIATIONS = ["RXT", "TILs", "CT", "GIST", "TAM", "M1", "M2", "HB-EGF", "EGFR", "PI3K/Akt", "PD-1",
                         "PD-L1", "OS", "PFS", "CMH", "NK", "LT reg", "TGF-B", "SBRT", "DFS", "NCT", "TLR", "CBNPC",
                         "3N", "EI", "ADN", "ORL"]  # fmt: skip


@pytest.mark.parametrize("term", LECTURE_ABBREVIATIONS)
def test_every_lecture_abbreviation_has_a_glossary_entry(bundled_lib, term):
    for lang in ("fr", "en"):
        item = bundled_lib.item(term, lang)
        assert item is not None and item.kind == "glossary", (lang, term)
        assert item.subtitle, f"{term} has no expansion in {lang}"


@pytest.mark.parametrize("nct", ["NCT03092323", "NCT03548428", "NCT06114225", "NCT03915678"])
def test_the_four_lecture_trials_read_as_records(bundled_lib, nct):
    for lang in ("fr", "en"):
        record = bundled_lib.item(nct, lang).as_dict()
        assert record["group"] == "lecture"
        for key in ("phase", "status", "setting"):
            assert record[key], (lang, nct, key)
        for key in ("design", "arms", "eligibility", "primary_endpoint"):
            assert record[key], (lang, nct, key)
            assert all(st["sources"] for st in record[key]), (lang, nct, key)
        assert record["sources"] and record["registry_url"].endswith(nct)
