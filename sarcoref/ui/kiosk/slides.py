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
from dataclasses import dataclass, replace
from html.parser import HTMLParser

_H1 = re.compile(r"<h1>.*?</h1>", re.S)
_GROUP = re.compile(r'<p class="group[^"]*">.*?</p>', re.S)
_TABLE = re.compile(r"<table\b[^>]*>(.*?)</table>", re.S)
_ROW = re.compile(r"<tr>.*?</tr>", re.S)
_TOL_TABLE = re.compile(r'<table class="tol[^"]*">.*?</table>', re.S)
_LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.S)
_CELL = re.compile(r"<(t[hd])\b[^>]*>(.*?)</t[hd]>", re.S)
_NESTED = re.compile(r"<(?:ul|ol)\b", re.S)
_CTCAE_LINK = re.compile(r'\s*<a href="ctcae:[^"]*">.*?</a>', re.S)  # "show the grades": nothing to show here


@dataclass(frozen=True)
class Slide:
    """One slide; a dense one can be shown as several pages (the attract screen decides, from the screen's size and
    the smallest text it allows): `html` is `head + opening + parts + close`, and `page(start, end)` keeps only some
    of the parts (its list items or table rows), with `then` in place of `opening` on the pages after the first."""

    kind: str  # "title" | "message" | "trial" | "tolerance"
    html: str
    number: int = 0  # a key message's number (1-based)
    count: int = 0  # how many key messages
    head: str = ""
    opening: str = ""
    then: str = ""
    parts: tuple[str, ...] = ()
    close: str = ""
    page_number: int = 0  # 0 for a whole slide or its first page; 1, 2... for the pages that continue it

    def page(self, start: int, end: int, number: int) -> Slide:
        if not self.parts:
            return replace(self, page_number=number)
        body = (self.opening if start == 0 else self.then) + "".join(self.parts[start:end]) + self.close
        return replace(self, html=self.head + body, parts=self.parts[start:end], page_number=number,
                       opening=self.opening if start == 0 else self.then)  # fmt: skip


def split(slide: Slide, parts: tuple[str, ...]) -> Slide:
    """The slide made of `head`, `opening`, these parts and `close` (the same text, in pieces that can be paged)."""
    return replace(slide, html=slide.head + slide.opening + "".join(parts) + slide.close, parts=parts)


def finer(part: str) -> list[str]:
    """A table row too tall for a page, as several rows, the row's heading repeated: first the n-th statement of each
    cell in the n-th row; a row with one statement per cell, as one row per cell. Anything else cannot be cut finer
    (an empty list)."""
    if not part.startswith("<tr"):
        return []
    cells = _CELL.findall(part)
    if len(cells) < 2:
        return []
    (tag, heading), columns = cells[0], [top_level_points(inner) or [inner] for _tag, inner in cells[1:]]

    def row(items: list[str]) -> str:
        tds = "".join("<td></td>" if not c else f"<td><ul>{c}</ul></td>" if c.startswith("<li") else f"<td>{c}</td>"
                      for c in items)  # fmt: skip
        return f"<tr><{tag}>{heading}</{tag}>{tds}</tr>"

    depth = max(len(c) for c in columns)
    if depth > 1:
        return [row([c[n] if n < len(c) else "" for c in columns]) for n in range(depth)]
    filled = [i for i, c in enumerate(columns) if c[0].strip()]
    if len(filled) < 2:
        return []
    return [row([columns[i][0] if i == f else "" for i in range(len(columns))]) for f in filled]


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
    return [_message(inert(head), inert(p), n, len(points)) for n, p in enumerate(points, 1)]


def _message(head: str, point: str, number: int, count: int) -> Slide:
    """A key message: its statement, then the updates that qualify it (nested items), which can go on later pages
    under the same heading."""
    whole = Slide("message", f"{head}<ul class='points'>{point}</ul>", number, count)
    nested = _NESTED.search(point)
    inner = top_level_points(point[nested.start() :]) if nested else []
    if not nested or len(inner) < 2:
        return whole
    tag = point[nested.start() : point.find(">", nested.start()) + 1]
    end_tag = "</ol>" if tag.startswith("<ol") else "</ul>"
    return split(replace(whole, head=head, opening=f"<ul class='points'>{point[: nested.start()]}{tag}",
                         then=f"<ul class='more'><li>{tag}", close=f"{end_tag}</li></ul>"),
                 tuple(inner))  # fmt: skip


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
    if not facets:
        return Slide("trial", inert(body))
    table = '<table class="record">'
    return split(Slide("trial", "", head=inert(body), opening=table, then=table, close="</table>"),
                 tuple(inert(r) for r in facets))  # fmt: skip


def tolerance_slide(library, lang: str) -> Slide | None:
    item = library.item("tolerance", lang)
    if item is None:
        return None
    head = _H1.search(item.html)
    table = _TOL_TABLE.search(item.html)
    if not table:
        return None
    html = inert(_CTCAE_LINK.sub("", table.group(0)))
    rows = _ROW.findall(html)
    opening = html[: html.find("<tr")]
    if len(rows) < 3:
        return Slide("tolerance", (head.group(0) if head else "") + html)
    first = opening + rows[0]  # the column headings, on every page
    return split(Slide("tolerance", "", head=inert(head.group(0)) if head else "", opening=first, then=first,
                       close="</table>"), tuple(rows[1:]))  # fmt: skip


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
