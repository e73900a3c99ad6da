"""One statement, one label: the same words never carry two labels, and a statement shown in several places
(sections, the tolerance view) is written once in statements.yaml and shown there by id."""

from __future__ import annotations

from sarcoref import cli
from sarcoref.data.builder import build
from sarcoref.data.library import Library
from sarcoref.data.render import plain
from sarcoref.data.sources import load

from .minicontent import edit, line_of
from .test_builder_validation import ACCUEIL_EN, ACCUEIL_FR, assert_problem
from .test_builder_validation import check_tree as check_tree

VOISIN_FR = "sections/fr/voisin.md"
TOLERANCE = "tolerance.yaml"


def test_check_refuses_the_same_text_with_another_kind(check_tree, capsys):
    first = line_of(check_tree, ACCUEIL_FR, "Phrase d'essai non vérifiée.")
    # The same sentence, spaced differently, shown elsewhere as a lecture statement.
    line = edit(check_tree, VOISIN_FR, "- Phrase d'essai : le récepteur PD-1 seul. {lecture lecture:voisin}",
                "- Phrase  d'essai non   vérifiée. {lecture lecture:voisin}")  # fmt: skip
    assert_problem(load(check_tree).problems, VOISIN_FR, line, f"{ACCUEIL_FR}:{first}", "another label")
    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err.replace("\\", "/")
    assert f"{VOISIN_FR}:{line}" in err and f"{ACCUEIL_FR}:{first}" in err
    assert "Traceback" not in err


def test_check_refuses_the_same_text_with_other_sources_across_files(check_tree):
    """A section line and a tolerance cell, in English only: same words, same kind, another source set."""
    text = "Test sentence about tolerance and immunotherapy."
    first = line_of(check_tree, ACCUEIL_EN, text)
    line = edit(
        check_tree,
        TOLERANCE,
        """      - kind: lecture
        sources: [lecture:accueil]
        fr: "Côté rayons, phrase d'essai."
        en: "Radiation side, test sentence.\"""",
        f"""      - kind: lecture
        sources: [lecture:accueil, ref:dupont-2020]
        fr: "Côté rayons, phrase d'essai."
        en: "{text}\"""",
    )
    assert_problem(load(check_tree).problems, TOLERANCE, line, f"{ACCUEIL_EN}:{first}", "another label",
                   "ref:dupont-2020")  # fmt: skip


def _shared_tree(root):
    """A shared statement shown by a section (both languages) and by the tolerance balance."""
    (root / "statements.yaml").write_text(
        "- id: partage\n  kind: unverified\n  sources: [lecture:voisin]\n"
        '  fr: "Phrase partagée d\'essai."\n  en: "Shared test sentence."\n',
        encoding="utf-8",
    )
    for rel in ("sections/fr/voisin.md", "sections/en/voisin.md"):
        (root / rel).write_text((root / rel).read_text(encoding="utf-8") + "- {use:partage}\n", encoding="utf-8")
    edit(root, TOLERANCE, "balance:\n  stimulating:\n", "balance:\n  stimulating:\n    - use: partage\n")


def test_a_shared_statement_shows_the_same_label_in_the_section_and_the_tolerance_view(mini_root, tmp_path):
    _shared_tree(mini_root)
    build(mini_root, tmp_path / "c.db")
    lib = Library(tmp_path / "c.db", verify=False)
    for lang, text in (("fr", "Phrase partagée d'essai."), ("en", "Shared test sentence.")):
        section = lib.item("voisin", lang)
        [in_section] = [s for s in section.data["statements"] if s["text"] == text]
        in_balance = lib.item("tolerance", lang).data["balance"]["stimulating"][0]
        assert in_balance["text"] == text
        assert (in_section["kind"], in_section["sources"]) == ("unverified", [{"type": "lecture", "id": "voisin"}])
        assert in_balance["kind"] == in_section["kind"]
        assert [(s["type"], s["id"]) for s in in_balance["sources"]] == [("lecture", "voisin")]
        # What a reader sees: the same badge before the same words on both pages.
        badge = lib.item("tolerance", lang).data["balance_html"]["stimulating"].split(text)[0].rsplit("<li>", 1)[1]
        assert badge in section.html and f"{badge}{text}" in section.html.replace("\n", "")


def test_a_use_of_an_unknown_statement_is_refused(mini_root):
    _shared_tree(mini_root)
    line = edit(mini_root, "sections/en/voisin.md", "- {use:partage}", "- {use:partge}")
    assert_problem(load(mini_root).problems, "sections/en/voisin.md", line, "statement partge")


def test_bundled_radiobiology_statements_carry_one_label_in_both_views(bundled_lib):
    """Every statement of the tolerance view's balance is shown with the same label in the lecture's sections
    (the radiobiology slide and the abscopal slide): it was 'lecture' citing Sharabi 2015 in one and 'not
    independently verified' in the other."""
    for lang in ("fr", "en"):
        shown = {}
        for slug in ("rt-intratumoral-immunity", "abscopal-effect"):
            for s in bundled_lib.item(slug, lang).data["statements"]:
                shown.setdefault(
                    plain(s["text"]),  # the section keeps its Markdown
                    (s["kind"], [(x["type"], x["id"]) for x in s["sources"]]),
                )
        balance = bundled_lib.item("tolerance", lang).data["balance"]
        for part in ("stimulating", "suppressive", "dose_fraction"):
            for s in balance[part]:
                assert s["text"] in shown, f"{lang} {part}: {s['text']!r} is not shown in the sections"
                assert (s["kind"], [(x["type"], x["id"]) for x in s["sources"]]) == shown[s["text"]], s["text"]
