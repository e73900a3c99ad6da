"""The builder refuses bad sources, naming the file and the line (issue 2 §4), and `sarcoref check`
fails on every twin rule of issue 3 §1. Each test breaks one rule in an otherwise valid synthetic tree."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sarcoref import cli
from sarcoref.data import paths
from sarcoref.data.builder import BuildError, build
from sarcoref.data.sources import load

from .minicontent import OTHER_NCT, TRIAL_NCT, edit, line_of

TRIAL = "trials/stereotest.yaml"
ACCUEIL_FR = "sections/fr/accueil.md"
ACCUEIL_EN = "sections/en/accueil.md"


def problems_of(root: Path, out: Path) -> list:
    with pytest.raises(BuildError) as err:
        build(root, out)
    assert not out.exists(), "a refused build must not leave a database behind"
    return err.value.problems


def assert_problem(problems, rel: str, line: int | None, *words: str):
    """One of the problems names `rel` (and `line`) and says each of `words`."""
    for p in problems:
        text = str(p)
        here = p.path.replace("\\", "/").endswith(f"content/{rel}") and p.line == line
        if here and all(w.lower() in text.lower() for w in words):
            where = f"{rel}:{line}:" if line else f"{rel}:"
            assert where in text.replace("\\", "/"), text  # the printed message names file and line
            return
    pytest.fail(f"no problem at {rel}:{line} saying {words}; got:\n" + "\n".join(map(str, problems)))


def test_the_synthetic_tree_is_valid(mini_root, tmp_path):
    assert load(mini_root).problems == []
    assert len(build(mini_root, tmp_path / "ok.db")) == 64


# ---------------------------------------------------------------- issue 2: one test per kind of error


def test_missing_required_field(mini_root, tmp_path):
    edit(mini_root, TRIAL, "group: lecture\n", "")
    line = line_of(mini_root, TRIAL, "fr: \"Schéma d'essai")
    edit(mini_root, TRIAL, '      fr: "Schéma d\'essai, randomisé 2:1."\n', "")
    edit(mini_root, "sections/fr/voisin.md", 'title: "Voisin d\'essai"\n', "")
    problems = problems_of(mini_root, tmp_path / "x.db")
    assert_problem(problems, TRIAL, 2, "missing required field", "group")
    assert_problem(problems, TRIAL, line - 2, "missing required field", "fr")  # the statement's first line
    assert_problem(problems, "sections/fr/voisin.md", 2, "missing required field", "title")


def test_malformed_nct_id(mini_root, tmp_path):
    edit(mini_root, TRIAL, f"id: {TRIAL_NCT}\n", "id: NCT1234567\n")  # 7 digits
    line = edit(mini_root, ACCUEIL_FR, "{unverified lecture:accueil}", "{unverified lecture:accueil registry:NCT12}")
    problems = problems_of(mini_root, tmp_path / "x.db")
    assert_problem(problems, TRIAL, 2, "malformed NCT ID", "NCT1234567")
    assert_problem(problems, ACCUEIL_FR, line, "malformed NCT ID", "NCT12")


def test_reference_without_pmid_or_doi(mini_root, tmp_path):
    line = line_of(mini_root, "references.yaml", "- id: dupont-2020")
    edit(mini_root, "references.yaml", '  pmid: "21171080"\n', "")
    edit(mini_root, "references.yaml", "  doi: 10.1000/test.2020.1\n", "")
    problems = problems_of(mini_root, tmp_path / "x.db")
    assert_problem(problems, "references.yaml", line, "without PMID or DOI", "dupont-2020")


def test_statement_without_source(mini_root, tmp_path):
    line = edit(mini_root, "sections/fr/voisin.md", " {lecture lecture:voisin}", "")
    yaml_line = line_of(mini_root, "tolerance.yaml", 'fr: "Effet stimulant') - 2
    edit(mini_root, "tolerance.yaml", "      sources: [lecture:accueil]\n      fr: \"Effet stimulant",
         "      fr: \"Effet stimulant")  # fmt: skip
    problems = problems_of(mini_root, tmp_path / "x.db")
    assert_problem(problems, "sections/fr/voisin.md", line, "statement without source")
    assert_problem(problems, "tolerance.yaml", yaml_line, "statement without source")


def test_duplicate_id(mini_root, tmp_path):
    refs = (mini_root / "references.yaml").read_text(encoding="utf-8")
    first = refs[refs.index("- id: bernard-2019") :]
    entry = first[: first.index("\n\n")]
    line = refs.count("\n") + 2
    (mini_root / "references.yaml").write_text(refs + "\n" + entry + "\n", encoding="utf-8")
    copy = (mini_root / TRIAL).read_text(encoding="utf-8").replace(TRIAL_NCT, "NCT01111111")
    (mini_root / "trials/zz-copy.yaml").write_text(copy, encoding="utf-8")  # same acronym
    problems = problems_of(mini_root, tmp_path / "x.db")
    assert_problem(problems, "references.yaml", line, "duplicate id", "bernard-2019")
    assert_problem(problems, "trials/zz-copy.yaml", 2, "duplicate id", "STEREOTEST")


def test_duplicate_glossary_term(mini_root, tmp_path):
    gl = (mini_root / "glossary.yaml").read_text(encoding="utf-8")
    entry = gl[gl.index("- term: TAM") :]
    entry = entry[: entry.index("\n\n") + 1]
    line = gl.count("\n") + 2
    (mini_root / "glossary.yaml").write_text(gl + "\n" + entry, encoding="utf-8")
    assert_problem(problems_of(mini_root, tmp_path / "x.db"), "glossary.yaml", line, "duplicate id", "TAM")


def test_duplicate_id_across_kinds(mini_root, tmp_path):
    """A glossary term named like a section would make two pages share one deep link."""
    gl = (mini_root / "glossary.yaml").read_text(encoding="utf-8")
    line = gl.count("\n") + 2
    entry = gl[gl.index("- term: TAM") :]
    entry = entry[: entry.index("\n\n") + 1].replace("term: TAM", "term: accueil")
    (mini_root / "glossary.yaml").write_text(gl + "\n" + entry, encoding="utf-8")
    assert_problem(problems_of(mini_root, tmp_path / "x.db"), "glossary.yaml", line, "duplicate id", "accueil")


def test_link_to_an_id_that_does_not_exist(mini_root, tmp_path):
    line = edit(mini_root, ACCUEIL_FR, "[Dupont 2020](ref:dupont-2020)", "[Dupont 2020](ref:dupont-2021)")
    edit(mini_root, ACCUEIL_EN, "[Dupont 2020](ref:dupont-2020)", "[Dupont 2020](ref:dupont-2021)")
    yaml_line = line_of(mini_root, TRIAL, "fr: \"Critère d'essai") - 3
    edit(mini_root, TRIAL, "voir [Dupont 2020](ref:dupont-2020)", "voir [le glossaire](glossary:XYZ)")
    edit(mini_root, TRIAL, "see [Dupont 2020](ref:dupont-2020)", "see [the glossary](glossary:XYZ)")
    edit(mini_root, "sections/fr/voisin.md", "id: voisin\n", "id: voisin\nparent: nulle-part\n")
    edit(mini_root, "sections/en/voisin.md", "id: voisin\n", "id: voisin\nparent: nulle-part\n")
    problems = problems_of(mini_root, tmp_path / "x.db")
    assert_problem(problems, ACCUEIL_FR, line, "does not exist", "ref:dupont-2021")
    assert_problem(problems, TRIAL, yaml_line, "does not exist", "glossary:XYZ")
    assert_problem(problems, "sections/fr/voisin.md", 2, "does not exist", "nulle-part")


def test_link_target_with_a_space_is_refused(mini_root, tmp_path):
    """A link whose target has a space was skipped by the link check and shown as raw Markdown."""
    line = edit(mini_root, ACCUEIL_FR, "[Dupont 2020](ref:dupont-2020)", "[Dupont 2020](ref:dupont 2020)")
    edit(mini_root, ACCUEIL_EN, "[Dupont 2020](ref:dupont-2020)", "[Dupont 2020](ref:dupont 2020)")
    problems = problems_of(mini_root, tmp_path / "x.db")
    assert_problem(problems, ACCUEIL_FR, line, "has a space", "ref:dupont 2020")


@pytest.mark.parametrize("bad", ["{io: pneumonitis}", "{io: 5}", "{both: [pneumonitis]}", "[pneumonitis]"])
def test_ctcae_terms_of_a_comparison_row_must_name_their_column(mini_root, tmp_path, bad):
    row = line_of(mini_root, "tolerance.yaml", "- id: mecanisme")
    edit(mini_root, "tolerance.yaml", "ctcae: {io: [pneumonitis]}", f"ctcae: {bad}")
    problems = problems_of(mini_root, tmp_path / "x.db")
    assert_problem(problems, "tolerance.yaml", row, "ctcae must map rt and/or io")


def test_source_that_does_not_exist(mini_root, tmp_path):
    line = edit(mini_root, "sections/fr/voisin.md", "{lecture lecture:voisin}", "{lecture lecture:voisine}")
    edit(mini_root, "sections/en/voisin.md", "{lecture lecture:voisin}", "{lecture lecture:voisine}")
    assert_problem(problems_of(mini_root, tmp_path / "x.db"), "sections/fr/voisin.md", line,
                   "does not exist", "lecture:voisine")  # fmt: skip


def test_unreadable_yaml_is_located(mini_root, tmp_path):
    line = edit(mini_root, TRIAL, "group: lecture\n", "group: [lecture\n")
    edit(mini_root, "references.yaml", "title: 'Second test", "title: 'Sec\x08ond test")
    ref_line = line_of(mini_root, "references.yaml", "Sec\x08ond")
    (mini_root / "trials/latin1.yaml").write_bytes('id: NCT01111111\nacronym: "É"\n'.encode("latin-1"))
    voisin, title_line = (
        mini_root / "sections/en/voisin.md",
        line_of(mini_root, "sections/en/voisin.md", "Test neighbour"),
    )
    voisin.write_bytes(voisin.read_text(encoding="utf-8").replace("Test neighbour", "Voisin é").encode("latin-1"))
    problems = problems_of(mini_root, tmp_path / "x.db")
    assert_problem(problems, "sections/en/voisin.md", title_line, "UTF-8")
    assert_problem(problems, TRIAL, line + 1, "not valid YAML")
    assert_problem(problems, "references.yaml", ref_line, "not valid YAML")
    assert_problem(problems, "trials/latin1.yaml", 2, "UTF-8")


def test_build_db_command_prints_every_problem(mini_root, tmp_path, monkeypatch, capsys):
    edit(mini_root, TRIAL, f"id: {TRIAL_NCT}\n", "id: NCT1234567\n")
    line = edit(mini_root, "sections/fr/voisin.md", " {lecture lecture:voisin}", "")
    monkeypatch.setattr(paths, "content_root", lambda: mini_root)
    out = tmp_path / "out.db"
    assert cli.main(["build-db", "--out", str(out)]) == 1
    err = capsys.readouterr().err.replace("\\", "/")
    assert "content/trials/stereotest.yaml:2: malformed NCT ID" in err
    assert f"content/sections/fr/voisin.md:{line}: statement without source" in err
    assert "Traceback" not in err
    assert not out.exists()


# ---------------------------------------------------------------- issue 3: the French/English twins


def _drop_twin_section(root):
    (root / "sections/en/voisin.md").unlink()
    return "sections/en/voisin.md", None, ("twin",)


def _drop_twin_statement(root):
    edit(root, ACCUEIL_EN, "- Unverified test sentence. {unverified lecture:accueil}\n", "")
    return ACCUEIL_EN, 1, ("statements", "French edition has")


def _drop_english_of_a_trial_field(root):
    line = line_of(root, TRIAL, 'en: "Test eligibility."')
    edit(root, TRIAL, '      en: "Test eligibility."\n', "")
    return TRIAL, line - 3, ("missing required field", "en")


def _drop_english_of_a_glossary_entry(root):
    line = line_of(root, "glossary.yaml", "- term: TAM")
    edit(root, "glossary.yaml", 'term: TAM\n  synonyms: [macrophages associés aux tumeurs, tumour-associated macrophages]\n'
         '  expansion: {fr: Macrophages associés aux tumeurs, en: Tumour-associated macrophages}',
         'term: TAM\n  synonyms: [macrophages associés aux tumeurs, tumour-associated macrophages]\n'
         '  expansion: {fr: Macrophages associés aux tumeurs}')  # fmt: skip
    return "glossary.yaml", line + 2, ("missing required field", "fr and en")


def _figure_in_a_section(root):
    line = edit(root, ACCUEIL_EN, "Test update: 78 cases.", "Test update: 87 cases.")
    return ACCUEIL_EN, line, ("figures differ", "78", "87")


def _figure_in_a_trial_field(root):
    line = line_of(root, TRIAL, "Test arm A: 50 Gy in 25 fractions.") - 3
    edit(root, TRIAL, "Test arm A: 50 Gy in 25 fractions.", "Test arm A: 50 Gy in 20 fractions.")
    return TRIAL, line, ("differ in figures", "25", "20")


def _decimal_comma_is_the_same_figure(root):
    """Not a fault: « 0,5 » and « 0.5 » are one figure (the check must not cry wolf)."""
    edit(root, "sections/fr/voisin.md", "le récepteur PD-1 seul.", "le récepteur PD-1 seul, 0,5.")
    edit(root, "sections/en/voisin.md", "the PD-1 receptor alone.", "the PD-1 receptor alone, 0.5.")
    return None


def _nct_in_a_section(root):
    edit(root, "sections/fr/voisin.md", "le récepteur PD-1 seul.", f"le récepteur PD-1 seul ({TRIAL_NCT}).")
    line = edit(root, "sections/en/voisin.md", "the PD-1 receptor alone.", f"the PD-1 receptor alone ({OTHER_NCT}).")
    return "sections/en/voisin.md", line, ("NCT", OTHER_NCT)


def _nct_in_a_trial_field(root):
    line = line_of(root, TRIAL, 'fr: "Éligibilité d\'essai."') - 2
    edit(root, TRIAL, "Éligibilité d'essai.", f"Éligibilité d'essai (voir {TRIAL_NCT}).")
    edit(root, TRIAL, "Test eligibility.", f"Test eligibility (see {OTHER_NCT}).")
    return TRIAL, line, ("NCT", OTHER_NCT)


def _citation_marker_in_a_section(root):
    line = edit(root, ACCUEIL_EN, "{update ref:dupont-2020 checked:2026-01-02}",
                "{update ref:bernard-2019 checked:2026-01-02}")  # fmt: skip
    return ACCUEIL_EN, line, ("sources differ",)


def _citation_link_in_a_section(root):
    line = edit(
        root, ACCUEIL_EN, "cited from [Dupont 2020](ref:dupont-2020)", "cited from [Dupont 2020](ref:bernard-2019)"
    )
    return ACCUEIL_EN, line, ("links differ",)


def _citation_link_in_a_trial_field(root):
    line = line_of(root, TRIAL, "see [Dupont 2020](ref:dupont-2020)") - 4
    edit(root, TRIAL, "see [Dupont 2020](ref:dupont-2020)", "see [Dupont 2020](ref:bernard-2019)")
    return TRIAL, line, ("links differ",)


def _statement_kind_in_a_section(root):
    line = edit(root, ACCUEIL_EN, "- Unverified test sentence. {unverified lecture:accueil}",
                "- Unverified test sentence. {lecture lecture:accueil}")  # fmt: skip
    return ACCUEIL_EN, line, ("kind or sources differ",)


TWIN_BREAKS = [
    _drop_twin_section,
    _drop_twin_statement,
    _drop_english_of_a_trial_field,
    _drop_english_of_a_glossary_entry,
    _figure_in_a_section,
    _figure_in_a_trial_field,
    _nct_in_a_section,
    _nct_in_a_trial_field,
    _citation_marker_in_a_section,
    _citation_link_in_a_section,
    _citation_link_in_a_trial_field,
    _statement_kind_in_a_section,
]


@pytest.fixture
def check_tree(mini_root, mini_db, tmp_path, monkeypatch):
    """`sarcoref check` pointed at the synthetic tree, and at a sound copy of its database."""
    db = tmp_path / "content.db"
    shutil.copy(mini_db, db)
    monkeypatch.setattr(paths, "content_root", lambda: mini_root)
    monkeypatch.setattr(paths, "bundled_db", lambda: db)
    return mini_root


def test_check_passes_on_the_sound_tree(check_tree, capsys):
    assert cli.main(["check"]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "equals a fresh build" in out


def test_check_accepts_a_decimal_comma(check_tree, capsys):
    _decimal_comma_is_the_same_figure(check_tree)
    assert load(check_tree).problems == []


@pytest.mark.parametrize("breaks", TWIN_BREAKS, ids=lambda f: f.__name__.strip("_"))
def test_check_fails_when_the_twins_differ(check_tree, capsys, breaks):
    rel, line, words = breaks(check_tree)
    assert_problem(load(check_tree).problems, rel, line, *words)
    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err.replace("\\", "/")
    assert f"content/{rel}" in err and "problem(s) in the content sources" in err
    assert "Traceback" not in err


def test_check_fails_when_the_database_is_stale(check_tree, capsys):
    edit(check_tree, "sections/fr/voisin.md", "le récepteur PD-1 seul.", "le récepteur PD-1, seul.")
    assert cli.main(["check"]) == 1
    assert "out of date" in capsys.readouterr().err


def test_a_key_result_must_be_an_update_citing_a_reference(mini_root, tmp_path):
    """The line a clinician reads first on a card is a published result: a lecture line or a registry-only line
    there is refused."""
    edit(
        mini_root,
        TRIAL,
        "fields:\n",
        "fields:\n  key_result:\n    - kind: lecture\n      sources: [lecture:accueil]\n"
        '      fr: "Résultat d\'essai."\n      en: "Test result."\n',
    )
    line = line_of(mini_root, TRIAL, "  key_result:")
    assert_problem(problems_of(mini_root, tmp_path / "x.db"), TRIAL, line, "key_result", "ref:")


def test_meta_registry_date_must_be_the_newest_trial_date(mini_root, tmp_path):
    """The content's "newest registry record" date follows from the trials; a meta.yaml that says otherwise is
    refused, and one that leaves it out gets the newest trial's date."""
    edit(mini_root, "meta.yaml", "registry_as_of: 2026-01-02\n", "registry_as_of: 2026-05-05\n")
    assert_problem(problems_of(mini_root, tmp_path / "x.db"), "meta.yaml", 1, "registry_as_of", "2026-01-02")
    edit(mini_root, "meta.yaml", "registry_as_of: 2026-05-05\n", "")
    content = load(mini_root)
    assert content.problems == [] and content.meta["registry_as_of"] == "2026-01-02"


def test_a_checked_date_that_is_not_a_day_is_refused(mini_root, tmp_path):
    """2026-02-30 has the shape of a date and is none: an update checked on it is refused."""
    line = edit(mini_root, ACCUEIL_EN, "checked:2026-01-02", "checked:2026-02-30")
    assert_problem(problems_of(mini_root, tmp_path / "out.db"), ACCUEIL_EN, line, "checked:YYYY-MM-DD")
