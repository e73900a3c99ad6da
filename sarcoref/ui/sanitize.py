"""Content HTML is sanitised before display: a swapped content database must not run or fetch anything."""

from __future__ import annotations

import html as _html

import nh3

INTERNAL_SCHEMES = {"section", "trial", "ref", "glossary", "ctcae", "tolerance", "about", "home"}
_TAGS = {"h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "b", "strong", "i", "em", "span", "a", "br", "table",
         "thead", "tbody", "tr", "th", "td", "mark", "code", "sup", "sub", "div", "blockquote", "hr"}  # fmt: skip
_ATTRS = {"*": {"class", "title"}, "a": {"href"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
MAX_HTML = 2_000_000  # an enormous page is cut rather than allowed to freeze the reader


def clean(html: str) -> str:
    """Only text structure survives: no script, style, iframe, image, event handler, or foreign link scheme."""
    return nh3.clean(
        html[:MAX_HTML],
        tags=_TAGS,
        attributes=_ATTRS,
        url_schemes=INTERNAL_SCHEMES | {"https", "http"},
        link_rel=None,
        strip_comments=True,
    )


def plain_tooltip(text: str) -> str:
    """Qt renders a tooltip as rich text whenever it looks like markup, and then reads the files its <img> tags
    name (on Windows a UNC path is a network connection). Escaped inside <p>, any text shows exactly as written."""
    return f"<p>{_html.escape(text)}</p>" if text else ""
