"""A small synthetic content tree in the documented source format, for tests that must not depend on
the bundled content (which is edited by others) or that break one rule at a time.

Its sentences are placeholders ("phrase d'essai"): they carry the words the search tests need and
make no medical claim. `write_tree(root)` writes it; `edit(root, path, old, new)` breaks it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sarcoref.data.paths import content_root

# (glossary term, synonyms, expansion fr/en, the long form a French section uses without the term)
SYNONYM_PAIRS = [
    ("RXT", ["RT", "radiothérapie", "radiotherapy"], ("Radiothérapie", "Radiotherapy"), "radiothérapie"),
    ("SBRT", ["stéréotaxique", "stereotactic"], ("Radiothérapie stéréotaxique", "Stereotactic radiotherapy"),
     "stéréotaxique"),
    ("EI", ["effets indésirables", "adverse events"], ("Effets indésirables", "Adverse events"),
     "effets indésirables"),
    ("TAM", ["macrophages associés aux tumeurs", "tumour-associated macrophages"],
     ("Macrophages associés aux tumeurs", "Tumour-associated macrophages"), "macrophages associés aux tumeurs"),
    ("PFS", ["survie sans progression", "progression-free survival"],
     ("Survie sans progression", "Progression-free survival"), "survie sans progression"),
    ("DFS", ["survie sans maladie", "disease-free survival"], ("Survie sans maladie", "Disease-free survival"),
     "survie sans maladie"),
    ("OS", ["survie globale", "overall survival"], ("Survie globale", "Overall survival"), "survie globale"),
]  # fmt: skip

TRIAL_NCT = "NCT01234567"
TRIAL_ACRONYM = "STEREOTEST"
OTHER_NCT = "NCT07654321"
OTHER_ACRONYM = "AUTRE-ESSAI"


def _section(slug: str, order: int, title: str, lines: list[str], parent: str | None = None) -> str:
    head = ["---", f"id: {slug}"]
    if parent:
        head.append(f"parent: {parent}")
    head += [f"order: {order}", f'title: "{title}"', "---", ""]
    return "\n".join(head + lines) + "\n"


def _sections() -> dict[str, str]:
    """path -> text of every section file, French and English."""
    fr, en = {}, {}
    fr["accueil"] = _section("accueil", 10, "Accueil d'essai", [
        "- Phrase d'essai sur la tolérance et l'immunothérapie. {lecture lecture:accueil}",
        "- Phrase d'essai : 25-50 % des cas, citée d'après [Dupont 2020](ref:dupont-2020). "
        "{lecture lecture:accueil ref:dupont-2020}",
        "",
        "## Essai",
        "",
        f"- Phrase d'essai sur l'essai [{TRIAL_ACRONYM}](trial:{TRIAL_NCT}). {{lecture lecture:accueil registry:{TRIAL_NCT}}}",
        "  - Mise à jour d'essai : 78 cas. {update ref:dupont-2020 checked:2026-01-02}",
        "- Phrase d'essai non vérifiée. {unverified lecture:accueil}",
    ])  # fmt: skip
    en["accueil"] = _section("accueil", 10, "Test home", [
        "- Test sentence about tolerance and immunotherapy. {lecture lecture:accueil}",
        "- Test sentence: 25-50% of cases, cited from [Dupont 2020](ref:dupont-2020). "
        "{lecture lecture:accueil ref:dupont-2020}",
        "",
        "## Trial",
        "",
        f"- Test sentence about the trial [{TRIAL_ACRONYM}](trial:{TRIAL_NCT}). {{lecture lecture:accueil registry:{TRIAL_NCT}}}",
        "  - Test update: 78 cases. {update ref:dupont-2020 checked:2026-01-02}",
        "- Unverified test sentence. {unverified lecture:accueil}",
    ])  # fmt: skip
    # Ranking: the word in a title beats the same word repeated in a body.
    fr["titre-tolerance"] = _section("titre-tolerance", 20, "Tolérance", [
        "- Phrase d'essai sans le mot du titre. {lecture lecture:titre-tolerance}",
    ], parent="accueil")  # fmt: skip
    en["titre-tolerance"] = _section("titre-tolerance", 20, "Tolerance", [
        "- Test sentence without the title's word. {lecture lecture:titre-tolerance}",
    ], parent="accueil")  # fmt: skip
    fr["corps-tolerance"] = _section("corps-tolerance", 30, "Corps d'essai", [
        "- Tolérance, tolérance, tolérance : la tolérance d'essai. {lecture lecture:corps-tolerance}",
    ], parent="accueil")  # fmt: skip
    en["corps-tolerance"] = _section("corps-tolerance", 30, "Test body", [
        "- Tolerance, tolerance, tolerance: test tolerance. {lecture lecture:corps-tolerance}",
    ], parent="accueil")  # fmt: skip
    # Ranking: a whole word beats a prefix, even a repeated one.
    fr["mot-entier"] = _section("mot-entier", 40, "Mot entier", [
        "- Phrase d'essai avec une dose. {lecture lecture:mot-entier}",
    ])  # fmt: skip
    en["mot-entier"] = _section("mot-entier", 40, "Whole word", [
        "- Test sentence with one dose. {lecture lecture:mot-entier}",
    ])  # fmt: skip
    fr["mot-prefixe"] = _section("mot-prefixe", 50, "Préfixe", [
        "- Doses, doses, doses et doses d'essai. {lecture lecture:mot-prefixe}",
    ])  # fmt: skip
    en["mot-prefixe"] = _section("mot-prefixe", 50, "Prefix", [
        "- Doses, doses, doses and test doses. {lecture lecture:mot-prefixe}",
    ])  # fmt: skip
    # Biomarker spellings, a near neighbour, and characters that must be escaped in snippets.
    fr["biomarqueur"] = _section("biomarqueur", 60, "Biomarqueur d'essai", [
        "- Phrase d'essai : expression de PD-L1 sur les cellules. {lecture lecture:biomarqueur}",
    ])  # fmt: skip
    en["biomarqueur"] = _section("biomarqueur", 60, "Test biomarker", [
        "- Test sentence: PD-L1 expression on cells. {lecture lecture:biomarqueur}",
    ])  # fmt: skip
    fr["voisin"] = _section("voisin", 70, "Voisin d'essai", [
        "- Phrase d'essai : le récepteur PD-1 seul. {lecture lecture:voisin}",
    ])  # fmt: skip
    en["voisin"] = _section("voisin", 70, "Test neighbour", [
        "- Test sentence: the PD-1 receptor alone. {lecture lecture:voisin}",
    ])  # fmt: skip
    fr["echappement"] = _section("echappement", 80, "Échappement", [
        "- Comparaison d'essai : seuil < 5 et écart > 2 & co. {lecture lecture:echappement}",
    ])  # fmt: skip
    en["echappement"] = _section("echappement", 80, "Escaping", [
        "- Test comparison: threshold < 5 and gap > 2 & co. {lecture lecture:echappement}",
    ])  # fmt: skip
    # Glossary expansion both ways: one section uses only the term, another only its long form.
    for i, (term, _syn, (_fr, en_exp), long_fr) in enumerate(SYNONYM_PAIRS):
        slug = term.lower()
        fr[f"court-{slug}"] = _section(f"court-{slug}", 100 + i, f"Court {i}", [
            f"- Phrase d'essai avec {term} seul. {{lecture lecture:court-{slug}}}",
        ])  # fmt: skip
        en[f"court-{slug}"] = _section(f"court-{slug}", 100 + i, f"Short {i}", [
            f"- Test sentence with {term} alone. {{lecture lecture:court-{slug}}}",
        ])  # fmt: skip
        fr[f"long-{slug}"] = _section(f"long-{slug}", 200 + i, f"Long {i}", [
            f"- Phrase d'essai avec {long_fr} en toutes lettres. {{lecture lecture:long-{slug}}}",
        ])  # fmt: skip
        en[f"long-{slug}"] = _section(f"long-{slug}", 200 + i, f"Long {i}", [
            f"- Test sentence with {en_exp.lower()} in full. {{lecture lecture:long-{slug}}}",
        ])  # fmt: skip
    out = {f"sections/fr/{k}.md": v for k, v in fr.items()}
    out.update({f"sections/en/{k}.md": v for k, v in en.items()})
    return out


META = """\
version: 0.0.1
as_of: 2026-01-02
registry_as_of: 2026-01-02
lecture:
  title: {fr: Cours d'essai, en: Test lecture}
"""

VOCABULARY = """\
settings:
  localised: {fr: Localisé, en: Localised}
  metastatic-relapse: {fr: Métastatique ou en récidive, en: Metastatic or relapsed}
histologies:
  ups: {fr: SPI, en: UPS}
  liposarcoma: {fr: Liposarcome, en: Liposarcoma}
agents:
  pembrolizumab: {fr: Pembrolizumab, en: Pembrolizumab, target: PD-1}
  atezolizumab: {fr: Atézolizumab, en: Atezolizumab, target: PD-L1}
rt_modalities:
  ebrt: {fr: Radiothérapie externe, en: External-beam radiotherapy}
  sbrt: {fr: SBRT, en: SBRT}
phases:
  PHASE2: {fr: Phase 2, en: Phase 2}
statuses:
  RECRUITING: {fr: En recrutement, en: Recruiting}
  COMPLETED: {fr: Terminé, en: Completed}
"""

TRIAL = f"""\
# A synthetic trial (line 1 is this comment, so the mapping starts on line 2).
id: {TRIAL_NCT}
acronym: {TRIAL_ACRONYM}
group: lecture
section: accueil
registry_url: https://clinicaltrials.gov/study/{TRIAL_NCT}
registry_as_of: 2026-01-02
setting: {{code: localised, sources: [lecture:accueil]}}
histologies: {{codes: [ups], sources: [lecture:accueil]}}
agents: {{codes: [pembrolizumab], sources: [lecture:accueil]}}
rt_modality: {{codes: [sbrt], sources: [lecture:accueil]}}
phases: {{codes: [PHASE2], sources: [lecture:accueil]}}
status: {{code: RECRUITING, sources: [registry:{TRIAL_NCT}], kind: update, checked: 2026-01-02}}
fields:
  brief_title:
    - kind: lecture
      sources: [lecture:accueil]
      fr: "Titre court d'essai"
      en: "Test brief title"
  design:
    - kind: lecture
      sources: [lecture:accueil]
      fr: "Schéma d'essai, randomisé 2:1."
      en: "Test design, randomised 2:1."
  arms:
    - kind: lecture
      sources: [lecture:accueil]
      fr: "Bras d'essai A : 50 Gy en 25 fractions."
      en: "Test arm A: 50 Gy in 25 fractions."
  eligibility:
    - kind: lecture
      sources: [lecture:accueil]
      fr: "Éligibilité d'essai."
      en: "Test eligibility."
  primary_outcome:
    - kind: update
      sources: [ref:dupont-2020]
      checked: 2026-01-02
      fr: "Critère d'essai à 2 ans, voir [Dupont 2020](ref:dupont-2020)."
      en: "Test endpoint at 2 years, see [Dupont 2020](ref:dupont-2020)."
"""

OTHER_TRIAL = f"""\
id: {OTHER_NCT}
acronym: {OTHER_ACRONYM}
group: beyond
registry_url: https://clinicaltrials.gov/study/{OTHER_NCT}
setting: {{code: metastatic-relapse, sources: [registry:{OTHER_NCT}]}}
histologies: {{codes: [liposarcoma], sources: [registry:{OTHER_NCT}]}}
agents: {{codes: [atezolizumab], sources: [registry:{OTHER_NCT}]}}
rt_modality: {{codes: [ebrt], sources: [registry:{OTHER_NCT}]}}
phases: {{codes: [PHASE2], sources: [registry:{OTHER_NCT}]}}
status: {{code: COMPLETED, sources: [registry:{OTHER_NCT}]}}
"""

REFERENCES = """\
# Synthetic references: the first is the full case, the others the edge cases of citation formats.
- id: dupont-2020
  type: article
  authors: [Dupont A, Martin B, Durand C]
  et_al: true
  title: "Essai de citation : CD8(+) & 50% des cas {test}"
  journal: J Test
  year: 2020
  volume: "223"
  issue: "3"
  pages: "347-57"
  pmid: "21171080"
  doi: 10.1000/test.2020.1

- id: bernard-2019
  type: article
  authors: [Bernard D]
  title: 'Second test_article ~ 52, a\\b #1 $'  # characters BibTeX must escape
  journal: Test Rep
  year: 2019
  volume: "8"
  pages: e82870
  doi: 10.1000/test.2019.2

- id: norme-2017
  type: standard
  authors: [Groupe de travail d'essai]
  title: "Test grading standard, version 5.0"
  publisher: Test Institute
  year: 2017
  url: https://example.org/standard
"""


def _glossary() -> str:
    out = []
    for term, syn, (exp_fr, exp_en), _long in SYNONYM_PAIRS:
        out.append(f"""\
- term: {term}
  synonyms: [{", ".join(syn)}]
  expansion: {{fr: {exp_fr}, en: {exp_en}}}
  definition: {{fr: "Définition d'essai.", en: "Test definition."}}
  kind: lecture
  sources: [lecture:accueil]
""")
    out.append("""\
- term: PD-L1
  synonyms: [PDL1]
  expansion: {fr: Ligand 1 d'essai, en: Test ligand 1}
  definition: {fr: "Définition d'essai du ligand.", en: "Test definition of the ligand."}
  kind: lecture
  sources: [lecture:biomarqueur]
""")
    return "\n".join(out)


TOLERANCE = """\
comparison:
  - id: mecanisme
    dimension: {fr: Mécanisme d'essai, en: Test mechanism}
    rt:
      - kind: lecture
        sources: [lecture:accueil]
        fr: "Côté rayons, phrase d'essai."
        en: "Radiation side, test sentence."
    io:
      - kind: lecture
        sources: [lecture:accueil]
        fr: "Côté médicament, phrase d'essai."
        en: "Drug side, test sentence."
    ctcae: {io: [pneumonitis]}
combination:
  - id: association
    label: {fr: Association d'essai, en: Test combination}
    statements:
      - kind: unverified
        sources: [lecture:accueil]
        fr: "Association, phrase d'essai."
        en: "Combination, test sentence."
balance:
  stimulating:
    - kind: lecture
      sources: [lecture:accueil]
      fr: "Effet stimulant d'essai."
      en: "Test stimulating effect."
ctcae:
  - id: pneumonitis
    term: {fr: Pneumopathie d'essai, en: Test pneumonitis}
    version: "5.0"
    kind: update
    checked: 2026-01-02
    sources: [ref:norme-2017]
    grades:
      1: {fr: "Grade 1 d'essai", en: "Test grade 1"}
      2: {fr: "Grade 2 d'essai", en: "Test grade 2"}
"""


def files() -> dict[str, str]:
    out = {
        "meta.yaml": META,
        "vocabulary.yaml": VOCABULARY,
        "trials/stereotest.yaml": TRIAL,
        "trials/autre.yaml": OTHER_TRIAL,
        "references.yaml": REFERENCES,
        "glossary.yaml": _glossary(),
        "tolerance.yaml": TOLERANCE,
    }
    out.update(_sections())
    return out


def write_tree(root: Path) -> Path:
    """Write the synthetic tree under `root` (with the real labels.yaml: words, not facts)."""
    for rel, text in files().items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    shutil.copy(content_root() / "labels.yaml", root / "labels.yaml")
    return root


def edit(root: Path, rel: str, old: str, new: str) -> int:
    """Replace `old` (which must occur once) in a source file; return the 1-based line it was on."""
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {rel}"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return line


def line_of(root: Path, rel: str, needle: str) -> int:
    """The 1-based line of the only occurrence of `needle` in a source file."""
    text = (root / rel).read_text(encoding="utf-8")
    assert text.count(needle) == 1, f"{needle!r} occurs {text.count(needle)} times in {rel}"
    return text[: text.index(needle)].count("\n") + 1
