"""The side-by-side tolerance view: radiotherapy | immunotherapy row by row, and the immunomodulation balance.

Each tab is one HTML document in a reader Page. A table row is as tall as its taller cell, so the radiotherapy and
immunotherapy cells of a dimension always start on the same line, and the same HTML prints. CTCAE grade
definitions open in place under the row that names them, through a link (keyboard: Tab to it, then Enter).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, fields
from html.parser import HTMLParser

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextCursor, QTextFrameFormat, QTextLength, QTextTable
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..data.library import ContentError
from . import theme
from .reader import BASE_POINT_SIZE, Page
from .sanitize import clean

# Column shares (percent): the two compared columns are always equal.
SIDE_COLUMNS = (18, 41, 41)
LABELLED_COLUMNS = (18, 82)  # the combination: label | statements, lined up with the table above
BALANCE_COLUMNS = (50, 50)


@dataclass
class Labels:
    """Words printed around the facts, in the content's language (English defaults if the content lacks them)."""

    title: str = "Tolerance: radiotherapy and immunotherapy"
    dimension: str = "Dimension"
    rt: str = "External-beam radiotherapy"
    io: str = "Immunotherapy"
    combination: str = "Radiotherapy + immunotherapy combined"
    balance: str = "Radiotherapy: the immunomodulation balance"
    stimulating: str = "Immunostimulating effects"
    suppressive: str = "Immunosuppressive effects"
    dose_fraction: str = "Dose and fractionation"


class _Outline(HTMLParser):
    """Collects the text of every h1/h2/h3/th of a page, in order."""

    WANTED = {"h1", "h2", "h3", "th"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []
        self._open: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.WANTED and self._open is None:
            self._open, self._text = tag, []

    def handle_endtag(self, tag):
        if tag == self._open:
            self.found.append((tag, " ".join("".join(self._text).split())))
            self._open = None

    def handle_data(self, data):
        if self._open:
            self._text.append(data)


def content_labels(item) -> Labels:
    """The section labels, from the data when it carries them, else read back from the rendered page."""
    given = (item.data or {}).get("labels")
    if isinstance(given, dict):
        known = {f.name for f in fields(Labels)}
        return Labels(**{k: str(v) for k, v in given.items() if k in known and v})
    parser = _Outline()
    try:
        parser.feed(item.html or "")
    except Exception:  # a malformed page keeps the defaults rather than breaking the view
        return Labels()
    tags = parser.found
    h1 = [t for tag, t in tags if tag == "h1"]
    h2 = [t for tag, t in tags if tag == "h2"]
    h3 = [t for tag, t in tags if tag == "h3"]
    th = [t for tag, t in tags if tag == "th"]
    n = len(item.data.get("comparison", []))
    labels = Labels()
    # The page is: h1 title; table (dimension | rt | io, then one th per row); h2 combination; h3 per
    # combination row; h2 balance; table (stimulating | suppressive); h3 dose/fraction.
    if h1:
        labels.title = h1[0]
    if len(th) >= 3 + n + 2:
        labels.dimension, labels.rt, labels.io = th[:3]
        labels.stimulating, labels.suppressive = th[3 + n : 5 + n]
    if len(h2) >= 2:
        labels.combination, labels.balance = h2[:2]
    if h3 and len(h3) > len(item.data.get("combination", [])):
        labels.dose_fraction = h3[-1]
    return labels


_H1 = re.compile(r"<h1>(.*?)</h1>", re.S)
_BADGE = re.compile(r'<span class="badge b-(?!update)[a-z]+">.*?</span>', re.S)


class ToleranceView(QWidget):
    """Two tabs: radiotherapy versus immunotherapy (and the combination), and the immunomodulation balance."""

    link_activated = Signal(QUrl)  # a content link clicked (ref:, trial:, section:, glossary:)

    def __init__(self, library, lang: str = "fr", theme_name: str = "light", zoom: int = 100, parent=None):
        super().__init__(parent)
        self.library, self.lang = library, lang
        self.theme_name, self.zoom = theme.resolve(theme_name), zoom
        self.open_ctcae: set[str] = set()  # "<place>/<ctcae id>" of the grade tables shown
        self._item = None
        self._ctcae_cache: dict[tuple[str, str], object] = {}

        self.tabs = QTabWidget(self)
        self.side_page = Page(self)
        self.balance_page = Page(self)
        self.tabs.addTab(self.side_page, "")
        self.tabs.addTab(self.balance_page, "")
        for page in (self.side_page, self.balance_page):
            page.link_activated.connect(self._on_link)
            page.theme_name = self.theme_name
            page.read_by_caret()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        self.retranslate()  # also loads and renders the content

    # ------------------------------------------------------------------ interface used by the main window

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._item = None
        self._render()

    def set_theme(self, theme_name: str, zoom: int = 100) -> None:
        self.theme_name, self.zoom = theme.resolve(theme_name), zoom
        for page in (self.side_page, self.balance_page):
            page.theme_name = self.theme_name
        self._render()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Radiotherapy vs immunotherapy"))
        self.tabs.setTabText(1, self.tr("Immunomodulation balance"))
        self.tabs.setAccessibleName(self.tr("Tolerance views"))
        self.side_page.setAccessibleName(self.tr("Radiotherapy and immunotherapy tolerance, side by side"))
        self.balance_page.setAccessibleName(self.tr("Radiotherapy immunomodulation balance"))
        self._render()

    def reset(self) -> None:
        self.open_ctcae.clear()
        self.tabs.setCurrentIndex(0)
        self._render()
        for page in (self.side_page, self.balance_page):
            page.verticalScrollBar().setValue(0)
            page.horizontalScrollBar().setValue(0)

    def print_html(self) -> str:
        side, balance = self._documents()
        return clean(side + "<hr>" + balance)

    # ------------------------------------------------------------------ content

    def _tolerance(self):
        if self._item is None:
            try:
                self._item = self.library.item("tolerance", self.lang)
            except ContentError:
                self._item = None
        return self._item

    def _ctcae(self, cid: str):
        key = (cid, self.lang)
        if key not in self._ctcae_cache:
            try:
                self._ctcae_cache[key] = self.library.item(f"ctcae-{cid}", self.lang)
            except ContentError:
                self._ctcae_cache[key] = None
        return self._ctcae_cache[key]

    def _documents(self) -> tuple[str, str]:
        item = self._tolerance()
        if item is None or not isinstance(item.data, dict) or "comparison" not in item.data:
            message = self.tr("The tolerance content is missing from the content database.")
            missing = f"<p>{html.escape(message)}</p>"
            return missing, missing
        labels = content_labels(item)
        return self._side_html(item.data, labels), self._balance_html(item.data, labels)

    def _side_html(self, data: dict, lab: Labels) -> str:
        e = html.escape
        out = [
            f"<h1>{e(lab.title)}</h1>",
            '<table class="tol side">',
            f'<tr><th>{e(lab.dimension)}</th><th class="col">{e(lab.rt)}</th><th class="col">{e(lab.io)}</th></tr>',
        ]
        placed: set[str] = set()
        for row in data.get("comparison", []):
            rt = row.get("rt_html", "")
            io = row.get("io_html", "")
            # Grade definitions sit under the column whose adverse events they grade, never across both.
            ctcae = row.get("ctcae") if isinstance(row.get("ctcae"), dict) else {}
            terms = {side: [c for c in ctcae.get(side) or [] if isinstance(c, str) and self._ctcae(c) is not None]
                     for side in ("rt", "io")}  # fmt: skip
            span = ' rowspan="2"' if any(terms.values()) else ""
            out.append(f'<tr><th class="dim"{span}>{e(row.get("dimension", ""))}</th><td>{rt}</td><td>{io}</td></tr>')
            if any(terms.values()):
                place = row.get("id", "")
                cells = "".join(f'<td class="ctcae-row">{self._ctcae_html(f"{place}-{side}", t) if t else ""}</td>'
                                for side, t in terms.items())  # fmt: skip
                out.append(f"<tr>{cells}</tr>")
                placed.update(terms["rt"] + terms["io"])
        out.append("</table>")
        if data.get("combination"):
            out.append(f"<h2>{e(lab.combination)}</h2>")
            out.append('<table class="tol combo">')
            for row in data["combination"]:
                body = row.get("html", "")
                terms = [c for c in row.get("ctcae", []) if self._ctcae(c) is not None]
                if terms:
                    body += self._ctcae_html(f"combination-{row.get('id', '')}", terms)
                    placed.update(terms)
                out.append(f'<tr><th class="dim">{e(row.get("label", ""))}</th><td>{body}</td></tr>')
            out.append("</table>")
        rest = [c for c in data.get("ctcae", []) if c not in placed and self._ctcae(c) is not None]
        if rest:
            # Terms the content names without tying them to a row still get their grade definitions.
            more = self.tr("More CTCAE grade definitions")
            out.append(f"<h2>{e(more)}</h2>")
            out.append(self._ctcae_html("other", rest))
        return "".join(out)

    def _ctcae_html(self, place: str, terms: list[str]) -> str:
        """The toggles of a row's CTCAE terms, each followed by its grade table when open."""
        e = html.escape
        toggles, tables = [], []
        tip = e(self.tr("Show or hide the CTCAE grade definitions"), quote=True)
        for cid in terms:
            entry = self._ctcae(cid)
            key = f"{place}/{cid}"
            is_open = key in self.open_ctcae
            term = entry.data.get("term") or entry.title
            mark = _BADGE.search(entry.html or "")  # an unverified entry says so even while closed
            extra = f" {mark.group(0)}" if mark else ""
            # The arrow shows the state; the words say it (a screen reader reads no arrow as open or closed).
            state = e(self.tr("grades shown") if is_open else self.tr("grades hidden"))
            toggles.append(
                f'<a class="ctl" href="ctcae:{e(key, quote=True)}" title="{tip}">{"▾" if is_open else "▸"} {e(term)}'
                f' <span class="src">({state})</span></a>{extra}'
            )
            if is_open:
                body = _H1.sub(r'<p class="ctcae-term">\1</p>', entry.html or "", count=1)
                tables.append(f'<div class="ctcae-panel">{body}</div>')
        prompt = e(self.tr("CTCAE grades:"))
        return f'<p class="ctcae-toggles"><b>{prompt}</b> ' + " &nbsp;·&nbsp; ".join(toggles) + "</p>" + "".join(tables)

    def _balance_html(self, data: dict, lab: Labels) -> str:
        e = html.escape
        bal_html = data.get("balance_html", {})
        stim = bal_html.get("stimulating", "")
        supp = bal_html.get("suppressive", "")
        dose = bal_html.get("dose_fraction", "")
        return (f"<h1>{e(lab.balance)}</h1>"
                f'<table class="tol balance"><tr><th class="col">{e(lab.stimulating)}</th>'
                f'<th class="col">{e(lab.suppressive)}</th></tr><tr><td>{stim}</td><td>{supp}</td></tr></table>'
                f"<h2>{e(lab.dose_fraction)}</h2>{dose}")  # fmt: skip

    # ------------------------------------------------------------------ display

    def _css(self) -> str:
        c = theme.COLOURS[self.theme_name]
        return (
            theme.document_css(self.theme_name)
            + f"""
        th.dim {{ font-weight: 600; }}
        td.ctcae-row {{ background-color: {c.window}; }}
        p.ctcae-toggles {{ margin-top: 2px; margin-bottom: 2px; }}
        a.ctl {{ font-weight: 600; text-decoration: underline; }}
        p.ctcae-term {{ font-weight: 600; margin-top: 10px; margin-bottom: 2px; }}
        ul {{ margin-left: 0px; -qt-list-indent: 1; }}
        """
        )

    def _render(self) -> None:
        font = QFont(self.side_page.font())
        font.setPointSizeF(BASE_POINT_SIZE * max(self.zoom, 10) / 100)
        self.setPalette(theme.palette(self.theme_name))
        side, balance = self._documents()
        for page, body, widths in ((self.side_page, side, (SIDE_COLUMNS, LABELLED_COLUMNS)),
                                   (self.balance_page, balance, (BALANCE_COLUMNS,))):  # fmt: skip
            scroll = page.verticalScrollBar().value()
            page.document().setDefaultFont(font)
            page.document().setIndentWidth(BASE_POINT_SIZE * 1.6 * max(self.zoom, 10) / 100)  # bullets, not gutters
            page.set_page(body, self._css())
            self._style_tables(page, widths)
            page.verticalScrollBar().setValue(scroll)

    def _style_tables(self, page: Page, widths: tuple[tuple[int, ...], ...]) -> None:
        """Column shares and cell borders (sanitised HTML carries no widths or borders)."""
        border = QColor(theme.COLOURS[self.theme_name].border)
        top = [f for f in page.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
        for n, table in enumerate(top):
            # after the known tables come grade tables shown outside any row (terms not tied to a row)
            self._format_table(table, widths[n] if n < len(widths) else None, border)
            if n >= len(widths) and table.columns() == 2:
                self._fit_grade_column(page, table)
            for nested in self._nested_tables(table):
                self._format_table(nested, None, border)
                if nested.columns() == 2:
                    self._fit_grade_column(page, nested)

    @staticmethod
    def _nested_tables(frame) -> list[QTextTable]:
        found = []
        for child in frame.childFrames():
            if isinstance(child, QTextTable):
                found.append(child)
            found.extend(ToleranceView._nested_tables(child))
        return found

    @staticmethod
    def _fit_grade_column(page: Page, table: QTextTable) -> None:
        """The grade column as wide as its longest label ("Grade 5"), so a label never breaks inside a word (a share
        of a narrow column cut it into "Gra / de 1")."""
        font = QFont(page.document().defaultFont())
        font.setBold(True)  # the labels are table headings
        fm = QFontMetricsF(font)
        labels = [table.cellAt(r, 0).firstCursorPosition().block().text() for r in range(table.rows())]
        need = max((fm.horizontalAdvance(t) for t in labels), default=0) + 2 * 6 + 8  # padding and a little air
        fmt = table.format()
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.FixedLength, need),
                                       QTextLength(QTextLength.VariableLength, 0)])  # fmt: skip
        table.setFormat(fmt)

    @staticmethod
    def _format_table(table: QTextTable, shares: tuple[int, ...] | None, border: QColor) -> None:
        fmt = table.format()
        fmt.setWidth(QTextLength(QTextLength.PercentageLength, 99.9))  # 100 % rounds 1 px too wide
        if shares and len(shares) == table.columns():
            fmt.setColumnWidthConstraints([QTextLength(QTextLength.PercentageLength, s) for s in shares])
        fmt.setBorder(1)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle_Solid)
        fmt.setBorderBrush(border)
        fmt.setBorderCollapse(True)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(6)
        table.setFormat(fmt)

    # ------------------------------------------------------------------ links

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "ctcae":
            self.toggle_ctcae(url.path())
        else:
            self.link_activated.emit(url)

    def toggle_ctcae(self, key: str) -> None:
        """Show or hide one CTCAE term's grade table; keyboard focus stays on its toggle."""
        if "/" not in key:  # a bare term id: its first place in the page
            key = next((k for k in self._toggle_keys() if k.endswith(f"/{key}")), key)
        self.open_ctcae ^= {key}
        self._render()
        self._focus_anchor(self.side_page, f"ctcae:{key}")

    def _toggle_keys(self) -> list[str]:
        keys, doc = [], self.side_page.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                href = it.fragment().charFormat().anchorHref()
                if href.startswith("ctcae:") and href[6:] not in keys:
                    keys.append(href[6:])
                it += 1
            block = block.next()
        return keys

    @staticmethod
    def _focus_anchor(page: Page, href: str) -> None:
        doc = page.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.charFormat().anchorHref() == href:
                    cursor = QTextCursor(doc)
                    cursor.setPosition(frag.position())
                    # the anchor may span several fragments (the arrow and the term): select them all
                    end = frag.position() + frag.length()
                    it += 1
                    while not it.atEnd() and it.fragment().charFormat().anchorHref() == href:
                        end = it.fragment().position() + it.fragment().length()
                        it += 1
                    cursor.setPosition(end, QTextCursor.KeepAnchor)
                    scroll = page.verticalScrollBar().value()
                    page.setTextCursor(cursor)
                    page.verticalScrollBar().setValue(scroll)
                    return
                it += 1
            block = block.next()
