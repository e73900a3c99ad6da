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
