"""The attract loop's slides, cut from the content the library already renders. No Qt, no words of our own:
each slide is a piece of a content page (its statements keep their Lecture / Update / Not verified labels).

- the lecture's title (and the disclaimer, which the caller adds);
- the key messages: each top-level point of the lecture's last part (its conclusion), with the updates that
  qualify it, one slide per point;
- one trial presented in the lecture (a different one on each turn of the loop): its heading and its facets;
- the tolerance comparison: the radiotherapy versus immunotherapy table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_H1 = re.compile(r"<h1>.*?</h1>", re.S)
_GROUP = re.compile(r'<p class="group[^"]*">.*?</p>', re.S)
_TABLE = re.compile(r"<table\b[^>]*>(.*?)</table>", re.S)
_ROW = re.compile(r"<tr>.*?</tr>", re.S)
_TOL_TABLE = re.compile(r'<table class="tol[^"]*">.*?</table>', re.S)
_LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.S)
_CTCAE_LINK = re.compile(r'\s*<a href="ctcae:[^"]*">.*?</a>', re.S)  # "show the grades": nothing to show here


@dataclass(frozen=True)
class Slide:
    kind: str  # "title" | "message" | "trial" | "tolerance"
    html: str
    number: int = 0  # a key message's number (1-based)
    count: int = 0  # how many key messages


class _TopItems(HTMLParser):
    """The outer HTML of each top-level <li> of the first list of a page."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source, self.items = source, []
        self._depth, self._start, self._done = 0, None, False
        self._lines = [0]
        for line in source.splitlines(keepends=True):
            self._lines.append(self._lines[-1] + len(line))

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._lines[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if self._done:
            return
        if tag in ("ul", "ol"):
            self._depth += 1
        elif tag == "li" and self._depth == 1 and self._start is None:
            self._start = self._offset()

    def handle_endtag(self, tag):
        if self._done:
            return
        if tag == "li" and self._depth == 1 and self._start is not None:
            end = self.source.find(">", self._offset()) + 1
            self.items.append(self.source[self._start : end])
            self._start = None
        elif tag in ("ul", "ol"):
            self._depth -= 1
            if self._depth == 0:
                self._done = True


def top_level_points(page_html: str) -> list[str]:
    parser = _TopItems(page_html)
    try:
        parser.feed(page_html)
        parser.close()
    except Exception:  # a malformed page gives no key messages rather than a broken loop
        return []
    return parser.items


def inert(fragment: str) -> str:
    """Links become plain text: the attract screen is looked at, not clicked."""
    return _LINK.sub(r"\1", fragment)


def title_slide(library, lang: str) -> Slide:
    import html

    title = library.meta.get(f"lecture_title_{lang}", "")
    return Slide("title", f"<h1>SarcoRef</h1><p class='lead'>{html.escape(title)}</p>")


def message_slides(library, lang: str) -> list[Slide]:
    parts = [n for n in library.section_tree(lang) if n.get("kind") != "about"]
    if not parts:
        return []
    item = library.item(parts[-1]["id"], lang)
    if item is None:
        return []
    points = top_level_points(item.html)
    heading = _H1.search(item.html)
    head = heading.group(0) if heading else ""
    return [Slide("message", inert(f"{head}<ul class='points'>{p}</ul>"), n, len(points))
            for n, p in enumerate(points, 1)]  # fmt: skip


def lecture_trials(library, lang: str) -> list:
    trials = library.trials(lang)
    chosen = [t for t in trials if t.data.get("group") == "lecture"]
    return chosen or trials


def trial_slide(item) -> Slide:
    """The trial's heading, its group line and the facet rows of its record (the rows that carry facets)."""
    page = item.html
    head = _H1.search(page)
    group = _GROUP.search(page)
    table = _TABLE.search(page)
    rows = [r for r in _ROW.findall(table.group(1))] if table else []
    facets = [r for r in rows if 'class="facet"' in r or 'class="status' in r][:6]
    body = (head.group(0) if head else "") + (group.group(0) if group else "")
    if facets:
        body += '<table class="record">' + "".join(facets) + "</table>"
    return Slide("trial", inert(body))


def tolerance_slide(library, lang: str) -> Slide | None:
    item = library.item("tolerance", lang)
    if item is None:
        return None
    head = _H1.search(item.html)
    table = _TOL_TABLE.search(item.html)
    if not table:
        return None
    return Slide("tolerance", inert((head.group(0) if head else "") + _CTCAE_LINK.sub("", table.group(0))))


def deck(library, lang: str, turn: int = 0) -> list[Slide]:
    """All slides of one turn of the loop; `turn` picks which lecture trial is shown."""
    slides = [title_slide(library, lang), *message_slides(library, lang)]
    trials = lecture_trials(library, lang)
    if trials:
        slides.append(trial_slide(trials[turn % len(trials)]))
    tol = tolerance_slide(library, lang)
    if tol:
        slides.append(tol)
    return slides
