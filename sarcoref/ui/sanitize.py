"""Content HTML is sanitised before display: a swapped content database must not run or fetch anything."""

from __future__ import annotations

import functools
import html as _html
import re

import nh3

# Every location scheme a page may link to (the home page links "trials:" and "references:"): a scheme left out
# here is silently stripped from the link, and the link does nothing.
INTERNAL_SCHEMES = {
    "section",
    "trial",
    "ref",
    "glossary",
    "ctcae",
    "tolerance",
    "about",
    "home",
    "trials",
    "references",
    "guide",
    "whatsnew",
}
_TAGS = {"h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "b", "strong", "i", "em", "span", "a", "br", "table",
         "thead", "tbody", "tr", "th", "td", "mark", "code", "sup", "sub", "div", "blockquote", "hr"}  # fmt: skip
_ATTRS = {"*": {"class", "title"}, "a": {"href"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
MAX_HTML = 2_000_000  # an enormous page is cut rather than allowed to freeze the reader
# Nesting is limited too, or a small page freezes the app: Qt lays nested tables out in a time that doubles with
# each level (20 levels: 12 s; 40: for ever), and 100,000 nested elements take the sanitiser itself minutes.
# Deeper tags are dropped; their text stays.
MAX_DEPTH = 100
MAX_TABLE_DEPTH = 4
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "param", "source", "track", "wbr"}
_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup"}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>")


CACHED_HTML = 200_000  # pages up to this size are remembered once cleaned: 32 of them stay under 7 MB


def clean(html: str) -> str:
    """Only text structure survives: no script, style, iframe, image, event handler, or foreign link scheme."""
    html = html[:MAX_HTML]
    return _clean_cached(html) if len(html) <= CACHED_HTML else _clean(html)


@functools.lru_cache(maxsize=32)  # reopening a page costs no sanitising
def _clean_cached(html: str) -> str:
    return _clean(html)


def _clean(html: str) -> str:
    return nh3.clean(
        _flatten(html),
        tags=_TAGS,
        attributes=_ATTRS,
        url_schemes=INTERNAL_SCHEMES | {"https", "http"},
        link_rel=None,
        strip_comments=True,
    )


def _flatten(html: str) -> str:
    """Drop the tags nested deeper than MAX_DEPTH, and table tags inside more than MAX_TABLE_DEPTH tables."""
    if html.count("<") <= MAX_DEPTH and html.lower().count("<table") <= MAX_TABLE_DEPTH:
        return html  # every real page: nothing to do
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # open elements: (name, kept)
    tables, pos = 0, 0
    for m in _TAG.finditer(html):
        out.append(html[pos : m.start()])
        pos = m.end()
        closing, name = m.group(1), m.group(2).lower()
        if name in _VOID:
            out.append(m.group(0) if len(stack) < MAX_DEPTH else "")
        elif not closing:
            tables += name == "table"
            kept = len(stack) < MAX_DEPTH and not (name in _TABLE_PARTS and tables > MAX_TABLE_DEPTH)
            stack.append((name, kept))
            out.append(m.group(0) if kept else "")
        elif any(n == name for n, _ in stack):
            while stack:  # elements left open inside it end here too
                open_name, kept = stack.pop()
                tables -= open_name == "table"
                if open_name == name:
                    out.append(m.group(0) if kept else "")
                    break
    out.append(html[pos:])
    return "".join(out)


def plain_tooltip(text: str) -> str:
    """Qt renders a tooltip as rich text whenever it looks like markup, and then reads the files its <img> tags
    name (on Windows a UNC path is a network connection). Escaped inside <p>, any text shows exactly as written."""
    return f"<p>{_html.escape(text)}</p>" if text else ""
