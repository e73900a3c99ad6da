"""A statement citing two parts of the lecture names the lecture once in its source tail, as a reader expects."""

from __future__ import annotations

import pytest

from sarcoref.data import sources as src
from sarcoref.data.render import Renderer

from .minicontent import write_tree


@pytest.fixture(scope="module")
def content(tmp_path_factory) -> src.Content:
    c = src.load(write_tree(tmp_path_factory.mktemp("tail") / "content"))
    assert not c.problems, c.problems
    return c


@pytest.mark.parametrize(("lang", "word"), [("fr", "Cours"), ("en", "Lecture")])
def test_two_lecture_parts_read_as_one_lecture_source(content, lang, word):
    r = Renderer(lang, content.labels, content.references, content.glossary, content.trials)
    assert r.label("kinds", "lecture") == word
    ref = next(iter(r.refs))
    sources = [{"type": "lecture", "id": "accueil"}, {"type": "ref", "id": ref},
               {"type": "lecture", "id": "voisin"}]  # fmt: skip
    html = r.statement_html("unverified", "Phrase.", sources)
    text = r.statement_text("unverified", "Phrase.", sources)
    assert html.count(f">{word}</a>") == 1 and 'href="section:accueil"' in html
    assert text.endswith(f"[{word}; {r.ref_short(ref)}]")


@pytest.mark.parametrize(("lang", "word", "colon"), [("fr", "Cours", "\u00a0:"), ("en", "Lecture", ":")])
def test_a_provenance_names_the_lecture_once(content, lang, word, colon):
    """The provenance (tooltips, trial cards) read "Lecture; Lecture" for two parts of the lecture, and "Lecture:
    Lecture" for a lecture statement: the lecture is named once, and a lecture statement's label is enough."""
    r = Renderer(lang, content.labels, content.references, content.glossary, content.trials)
    ref = next(iter(r.refs))
    two_parts = [{"type": "lecture", "id": "accueil"}, {"type": "ref", "id": ref}, {"type": "lecture", "id": "voisin"}]
    unverified = r.label("kinds", "unverified")
    assert r.provenance("unverified", two_parts) == f"{unverified}{colon} {word}; {r.ref_short(ref)}"
    assert r.provenance("lecture", two_parts) == f"{word}{colon} {r.ref_short(ref)}"
    assert r.provenance("lecture", [{"type": "lecture", "id": "accueil"}]) == word
    assert f'title="{word}"' in r.statement_html("lecture", "Phrase.", [{"type": "lecture", "id": "accueil"}])
