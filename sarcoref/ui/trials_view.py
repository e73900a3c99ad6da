"""Trial cards: a filterable grid, one painted card per trial (model/view, so 1,000 trials cost 1,000 rows of
data and the painting of the few cards on screen, not 1,000 widgets).

Every label of content (facets, statuses) comes from the library in the content language; the status badge
always carries its text, its colour only repeats it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QKeyEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from . import a11y, theme

TrialRole = Qt.UserRole + 1
IdRole = Qt.UserRole + 2

MIN_CARD_WIDTH = 320
GAP = 12
PAD = 14
TITLE_PT, BODY_PT, BADGE_PT = 13.5, 10.5, 10.0  # nothing under 9 pt

# ClinicalTrials.gov overall status -> colour family of the badge (its text is always shown with it).
STATUS_FAMILY = {
    "RECRUITING": "recruiting", "NOT_YET_RECRUITING": "recruiting", "ENROLLING_BY_INVITATION": "recruiting",
    "ACTIVE_NOT_RECRUITING": "active", "CLOSED_TO_ENROLMENT": "active",
    "COMPLETED": "completed",
    "TERMINATED": "stopped", "WITHDRAWN": "stopped", "SUSPENDED": "stopped",
}  # fmt: skip

# (background, text, border) per theme and family; every pair passes WCAG AA for its text size.
STATUS_COLOURS = {
    "light": {
        "recruiting": ("#dcf3e2", "#0d4d20", "#2e8b4a"),
        "active": ("#dde9fb", "#0b3a86", "#3a72c8"),
        "completed": ("#e6e8eb", "#30363d", "#8c959f"),
        "stopped": ("#fde1e0", "#8a1616", "#cf3a3a"),
        "unknown": ("#fff0c2", "#6b4500", "#c98f00"),
    },
    "dark": {
        "recruiting": ("#173d24", "#a6ecb9", "#3fa45f"),
        "active": ("#16305a", "#b6d3ff", "#4f86d6"),
        "completed": ("#30353c", "#d4d9df", "#7d8590"),
        "stopped": ("#4a1b1b", "#ffc0bb", "#d65a52"),
        "unknown": ("#453510", "#ffdc8f", "#c79a2a"),
    },
    "contrast": {
        "recruiting": ("#000000", "#7dff7d", "#7dff7d"),
        "active": ("#000000", "#8cc8ff", "#8cc8ff"),
        "completed": ("#000000", "#ffffff", "#ffffff"),
        "stopped": ("#000000", "#ff8c8c", "#ff8c8c"),
        "unknown": ("#000000", "#ffd700", "#ffd700"),
    },
}


def status_family(code: str | None) -> str:
    return STATUS_FAMILY.get(code or "", "unknown")


def _labels(facets: dict, key: str) -> list[str]:
    return [v["label"] for v in facets.get(key, {}).get("values", [])]


def _codes(facets: dict, key: str) -> frozenset[str]:
    return frozenset(v["code"] for v in facets.get(key, {}).get("values", []))


def agent_label(v: dict) -> str:
    return f"{v['label']} ({v['target']})" if v.get("target") else v["label"]


def facet_values(items) -> dict[str, list[dict]]:
    """What each filter can offer: every facet value some trial has (as Library.facet_values computes it)."""
    out: dict[str, dict[str, dict]] = {}
    for t in items:
        for key, facet in t.data.get("facets", {}).items():
            for v in facet.get("values", []):
                out.setdefault(key, {}).setdefault(v["code"], v)
    return {k: sorted(v.values(), key=lambda x: x["label"].casefold()) for k, v in out.items()}


@dataclass(frozen=True)
class TrialCard:
    """What one card shows, computed once per language (painting then only draws strings)."""

    nct_id: str
    title: str  # acronym, or the NCT ID when there is none
    acronym: str | None
    group: str | None
    phase: str
    setting: str
    status: str
    status_code: str | None
    status_as_of: str  # "as of 2025-09-04", or why there is no date
    key_result: str  # what the trial showed, "" when no results
    key_source: str  # its provenance: kind, checked date, sources
    histologies: str
    agents: str
    rt: str
    endpoint: str
    codes: dict  # filter name -> frozenset of codes

    @classmethod
    def from_item(cls, item) -> TrialCard:
        d = item.data
        facets = d.get("facets", {})
        status_values = facets.get("status", {}).get("values") or [{}]
        outcomes = d.get("fields", {}).get("primary_outcome") or []
        key = d.get("fields", {}).get("key_result") or []
        codes = {
            "setting": _codes(facets, "setting"), "histology": _codes(facets, "histologies"),
            "agent": _codes(facets, "agents"), "rt": _codes(facets, "rt_modality"),
            "status": _codes(facets, "status"), "group": frozenset([d.get("group") or ""]),
        }  # fmt: skip
        return cls(
            nct_id=d.get("nct_id") or item.id,
            title=d.get("acronym") or d.get("nct_id") or item.id,
            acronym=d.get("acronym"),
            group=d.get("group"),
            phase=" / ".join(_labels(facets, "phases")),
            setting=", ".join(_labels(facets, "setting")),
            status=status_values[0].get("label", ""),
            status_code=status_values[0].get("code"),
            status_as_of=d.get("status_as_of") or "",
            key_result=" ".join(s.get("text", "") for s in key),
            key_source=" / ".join(dict.fromkeys(s.get("provenance", "") for s in key)),
            histologies=", ".join(_labels(facets, "histologies")),
            agents=", ".join(agent_label(v) for v in facets.get("agents", {}).get("values", [])),
            rt=", ".join(_labels(facets, "rt_modality")),
            endpoint=(outcomes[0].get("text") or "") if outcomes else "",
            codes=codes,
        )

    def matches(self, filters: dict[str, str | None]) -> bool:
        return all(not wanted or wanted in self.codes.get(name, ()) for name, wanted in filters.items())


class TrialModel(QAbstractListModel):
    """The cards that pass the filters; the full list is kept so filtering never touches the database."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all: list[TrialCard] = []
        self.shown: list[TrialCard] = []
        self.texts: dict[str, str] = {}  # translated words used in accessible text

    def load(self, cards: list[TrialCard], filters: dict) -> None:
        self.all = cards
        self.apply(filters)

    def apply(self, filters: dict) -> None:
        self.beginResetModel()
        self.shown = [c for c in self.all if c.matches(filters)]
        self.endResetModel()

    def rowCount(self, parent=None):  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self.shown)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.shown):
            return None
        c = self.shown[index.row()]
        if role == Qt.DisplayRole:
            return c.title
        if role == TrialRole:
            return c
        if role == IdRole:
            return c.nct_id
        if role in (Qt.AccessibleTextRole, Qt.ToolTipRole):
            return self.describe(c, sep="\n" if role == Qt.ToolTipRole else ". ")
        return None

    def describe(self, c: TrialCard, sep: str) -> str:
        t, nr = self.texts, self.texts.get("nr", "not reported")
        parts = [f"{c.title} ({c.nct_id})" if c.acronym else c.nct_id]
        if c.group == "beyond":
            parts.append(t.get("beyond", ""))
        status = " · ".join(x for x in (c.status or nr, c.status_as_of) if x)
        parts += [f"{t.get('status', '')}: {status}"]
        if c.key_result:
            parts.append(f"{t.get('key', '')}: {c.key_result} ({c.key_source})")
        parts += [f"{t.get('phase', '')}: {c.phase or nr}",
                  f"{t.get('setting', '')}: {c.setting or nr}", f"{t.get('histology', '')}: {c.histologies or nr}",
                  f"{t.get('agents', '')}: {c.agents or nr}", f"{t.get('rt', '')}: {c.rt or nr}",
                  f"{t.get('endpoint', '')}: {c.endpoint or nr}"]  # fmt: skip
        return sep.join(p for p in parts if p)


ROWS = (("setting", "setting", 2), ("agents", "agents", 2), ("rt", "rt", 2), ("endpoint", "endpoint", 4))
KEY_LINES = 5  # the key result's most lines, across the card's full width
SOURCE_LINES = 2  # and of its provenance below it
BADGE_H = 24
PILL_PAD = 10


class CardDelegate(QStyledItemDelegate):
    """Paints one trial card: title and group tag, NCT ID and phase, status badge, then labelled rows."""

    def __init__(self, view: QListView):
        super().__init__(view)
        self.view = view
        self.theme_name = "light"
        self.card_width = MIN_CARD_WIDTH
        self.scale = 1.0  # the app's zoom
        self.words: dict[str, str] = {}

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        f = QFont(self.view.font())
        f.setPointSizeF(size * self.scale)
        f.setBold(bold)
        f.setItalic(italic)
        return f

    def card_height(self) -> int:
        """Tall enough for the longest card: every row at its maximum number of lines."""
        title = QFontMetrics(self.font(TITLE_PT, bold=True), self.view.viewport()).height()
        body = QFontMetrics(self.font(BODY_PT), self.view.viewport()).height()
        lines = sum(n for *_, n in ROWS) + 1 + KEY_LINES + SOURCE_LINES  # status date when below; key result; source
        return 2 * PAD + title + 2 + body + 8 + BADGE_H + 10 + lines * (body + 2) + len(ROWS) * 4 + 8

    def key_lines(self, card: TrialCard, width: int) -> tuple[list[str], list[str]]:
        """The key result wrapped to the card's full `width` (label first), and its provenance line(s)."""
        key_font = self.font(BODY_PT, bold=bool(card.key_result))
        text = f"{self.words.get('key', '')}: {card.key_result}" if card.key_result else ""
        lines = _wrap(text, QFontMetrics(key_font, self.view.viewport()), width, KEY_LINES) if text else []
        pfm = QFontMetrics(self.font(BADGE_PT), self.view.viewport())
        source = _wrap(card.key_source, pfm, width, SOURCE_LINES) if card.key_result else []
        return lines, source

    def row_lines(self, card: TrialCard, width: int) -> tuple[int, list[tuple[str, list[str], list[str], bool]]]:
        """The label column's width, and each labelled row as (key, label lines, value lines, has a value), wrapped
        to a card `width` pixels wide inside its padding."""
        w = self.words
        lfm = QFontMetrics(self.font(BODY_PT), self.view.viewport())
        # Labels may wrap (e.g. "Primary / endpoint"): the column is as wide as the longest word or short label.
        label_w = max(_label_width(lfm, w.get(key, "")) for key, *_ in ROWS) + 12
        value_w = width - label_w
        values = {"setting": card.setting, "agents": card.agents, "rt": card.rt, "endpoint": card.endpoint}
        rows, spare = [], 0  # spare: lines the rows above left unused, which the last row (the endpoint) may take
        for index, (key, attr, max_lines) in enumerate(ROWS):
            if index == len(ROWS) - 1:
                max_lines += spare  # a caveat at the end of the endpoint ("not found in ...") must not be cut
            label_lines = _wrap(w.get(key, ""), lfm, label_w - 12, max_lines)
            value = values[attr]
            vfm = QFontMetrics(self.font(BODY_PT, italic=not value), self.view.viewport())
            lines = _wrap(value or w.get("nr", ""), vfm, value_w, max_lines)
            spare += max_lines - max(len(lines), len(label_lines))
            rows.append((key, label_lines, lines, bool(value)))
        return label_w, rows

    def sizeHint(self, option, index):  # noqa: N802 (Qt override)
        return QSize(self.card_width, self.card_height())

    def paint(self, p: QPainter, option, index):
        card: TrialCard = index.data(TrialRole)
        if card is None:
            return
        c = theme.COLOURS[self.theme_name]
        w = self.words
        r = QRect(option.rect).adjusted(1, 1, -1, -1)
        p.save()
        p.setRenderHint(QPainter.Antialiasing)
        focused = bool(option.state & QStyle.State_HasFocus) and self.view.hasFocus()
        selected = bool(option.state & QStyle.State_Selected)
        hovered = bool(option.state & QStyle.State_MouseOver)
        path = QPainterPath()
        path.addRoundedRect(r, 8, 8)
        p.fillPath(path, QColor(c.base))
        if focused:
            p.setPen(QPen(QColor(c.focus), 3))
        elif selected or hovered:
            p.setPen(QPen(QColor(c.accent), 2))
        else:
            p.setPen(QPen(QColor(c.border), 1))
        p.drawPath(path)

        inner = r.adjusted(PAD, PAD - 2, -PAD, -PAD)
        y = inner.top()
        # Line 1: acronym (or NCT ID), never cut for the tag; trials beyond the lecture say so on the right.
        p.setFont(self.font(TITLE_PT, bold=True))
        tfm = p.fontMetrics()
        line_h = tfm.height()
        title_w = min(tfm.horizontalAdvance(card.title) + 2, inner.width())
        tag_on_line_2 = False
        if card.group == "beyond":  # beside the title when it fits whole, else on the right of line 2
            tag, tag_font = w.get("beyond", ""), self.font(BADGE_PT)
            tag_w = _pill_width(p, tag, tag_font)
            if tag_w <= inner.width() - title_w - 8:
                tag_rect = QRect(inner.right() - tag_w + 1, y + (line_h - BADGE_H) // 2, tag_w, BADGE_H)
                _pill(p, tag_rect, tag, tag_font, c.text, None, c.muted, dashed=True)  # outline: not a status
            else:
                tag_on_line_2 = True
            p.setFont(self.font(TITLE_PT, bold=True))
        p.setPen(QColor(c.text))
        p.drawText(QRect(inner.left(), y, inner.width(), line_h), Qt.AlignLeft | Qt.AlignVCenter,
                   tfm.elidedText(card.title, Qt.ElideRight, inner.width()))  # fmt: skip
        y += line_h + 2

        # Line 2: NCT ID · phase.
        p.setFont(self.font(BODY_PT))
        bfm = p.fontMetrics()
        p.setPen(QColor(c.muted))
        sub = " · ".join(x for x in (card.nct_id if card.acronym else "", card.phase or w.get("nr", "")) if x)
        sub_w = inner.width()
        if tag_on_line_2:
            tag_w = min(tag_w, inner.width() - bfm.horizontalAdvance(sub) - 8)
            if tag_w >= 3 * PILL_PAD:
                tag_rect = QRect(inner.right() - tag_w + 1, y + (bfm.height() - BADGE_H) // 2, tag_w, BADGE_H)
                _pill(p, tag_rect, tag, tag_font, c.text, None, c.muted, dashed=True)
                sub_w -= tag_w + 8
            p.setFont(self.font(BODY_PT))
            p.setPen(QColor(c.muted))
        p.drawText(QRect(inner.left(), y, sub_w, bfm.height()), Qt.AlignLeft | Qt.AlignVCenter,
                   bfm.elidedText(sub, Qt.ElideRight, sub_w))  # fmt: skip
        y += bfm.height() + 8

        # Line 3: the status badge, its text always on it.
        badge_font = self.font(BADGE_PT, bold=True)
        bg, fg, border = STATUS_COLOURS[self.theme_name][status_family(card.status_code)]
        status = card.status or w.get("nr", "")
        badge_w = min(inner.width(), _pill_width(p, status, badge_font))
        _pill(p, QRect(inner.left(), y, badge_w, BADGE_H), status, badge_font, fg, bg, border)
        if card.status_as_of:  # the status's date, or why it has none: beside the badge, or below when too long
            p.setFont(self.font(BADGE_PT))
            p.setPen(QColor(c.muted))
            beside = inner.width() - badge_w - 8
            if math.ceil(QFontMetricsF(p.font(), p.device()).horizontalAdvance(card.status_as_of)) + 2 <= beside:
                rest = QRect(inner.left() + badge_w + 8, y, beside, BADGE_H)
            else:
                y += BADGE_H + 2
                rest = QRect(inner.left(), y, inner.width(), bfm.height())
            p.drawText(rest, Qt.AlignLeft | Qt.AlignVCenter,
                       p.fontMetrics().elidedText(card.status_as_of, Qt.ElideRight, rest.width()))  # fmt: skip
            y = rest.bottom() + 1 - BADGE_H
        y += BADGE_H + 10

        # The key result, read first: the full width, in bold, its provenance below it in small muted type.
        key_lines, source_lines = self.key_lines(card, inner.width())
        row_h = bfm.height() + 2
        p.setFont(self.font(BODY_PT, bold=True))
        p.setPen(QColor(c.text))
        for line in key_lines:
            p.drawText(QRect(inner.left(), y, inner.width(), row_h), Qt.AlignLeft | Qt.AlignTop, line)
            y += row_h
        p.setFont(self.font(BADGE_PT))
        p.setPen(QColor(c.muted))
        for line in source_lines:
            p.drawText(QRect(inner.left(), y, inner.width(), row_h), Qt.AlignLeft | Qt.AlignTop, line)
            y += row_h
        if key_lines:
            y += 8

        # Labelled rows; the label column is as wide as the widest label in this language.
        label_w, rows = self.row_lines(card, inner.width())
        row_h = bfm.height() + 2
        for _key, label_lines, lines, has_value in rows:
            p.setFont(self.font(BODY_PT))
            p.setPen(QColor(c.muted))
            for i, line in enumerate(label_lines):
                p.drawText(QRect(inner.left(), y + i * row_h, label_w, row_h), Qt.AlignLeft | Qt.AlignTop, line)
            p.setFont(self.font(BODY_PT, italic=not has_value))
            p.setPen(QColor(c.text if has_value else c.muted))
            for i, line in enumerate(lines):
                p.drawText(QRect(inner.left() + label_w, y + i * row_h, inner.width() - label_w, row_h),
                           Qt.AlignLeft | Qt.AlignTop, line)  # fmt: skip
            y += row_h * max(len(lines), len(label_lines)) + 4
        p.restore()


def _label_width(fm: QFontMetrics, label: str) -> int:
    """A label of two words or more may take two lines; a single word never breaks."""
    words = label.split()
    if len(words) < 2 or fm.horizontalAdvance(label) <= fm.horizontalAdvance("M" * 9):
        return fm.horizontalAdvance(label)
    return max(fm.horizontalAdvance(x) for x in words)


def _pill_width(p: QPainter, text: str, font: QFont) -> int:
    p.save()
    p.setFont(font)
    width = math.ceil(QFontMetricsF(font, p.device()).horizontalAdvance(text)) + 2 * PILL_PAD + 2
    p.restore()
    return width


def _pill(p: QPainter, rect: QRect, text: str, font: QFont, fg: str, bg: str | None, border: str,
          dashed: bool = False) -> None:  # fmt: skip
    path = QPainterPath()
    path.addRoundedRect(rect.adjusted(0, 0, -1, -1), rect.height() / 2, rect.height() / 2)
    if bg:
        p.fillPath(path, QColor(bg))
    pen = QPen(QColor(border), 1.2)
    if dashed:
        pen.setStyle(Qt.DashLine)
    p.setPen(pen)
    p.drawPath(path)
    p.setFont(font)
    p.setPen(QColor(fg))
    inside = rect.adjusted(PILL_PAD, 0, -PILL_PAD, 0)
    p.drawText(inside, Qt.AlignCenter, p.fontMetrics().elidedText(text, Qt.ElideRight, inside.width() + 2))


def _wrap(text: str, fm: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """Word-wrap into at most `max_lines`; what does not fit goes on the last line, elided."""
    words, lines, current = text.split(), [], ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        # a pixel of margin: elidedText measures in fractions and cut a line that the rounded advance said fitted
        if fm.horizontalAdvance(candidate) <= width - 2 or not current:
            current = candidate
            continue
        if len(lines) == max_lines - 1:
            current = " ".join([current, *words[i:]])
            break
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    return [fm.elidedText(line, Qt.ElideRight, width) for line in lines]


class CardGrid(QListView):
    """The grid: cards fill the width; Enter or a click opens the current card."""

    open_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setViewMode(QListView.ListMode)
        self.setFlow(QListView.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.Fixed)  # fit_cards relayouts at once (Adjust waits 100 ms)
        self.setMovement(QListView.Static)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setMouseTracking(True)  # hover highlight
        self.viewport().setCursor(Qt.PointingHandCursor)
        self.setFocusPolicy(Qt.StrongFocus)
        self.delegate = CardDelegate(self)
        self.setItemDelegate(self.delegate)
        self.clicked.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(IdRole))

    def keyPressEvent(self, e: QKeyEvent):  # noqa: N802 (Qt override)
        if e.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(e)

    def focusInEvent(self, e):  # noqa: N802 (Qt override)
        # Arriving by Tab: put the focus ring on the first card so arrows start somewhere visible.
        if not self.currentIndex().isValid() and self.model() and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, 0))
        super().focusInEvent(e)

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        self.fit_cards()

    def fit_cards(self) -> None:
        """As many columns as fit at MIN_CARD_WIDTH, then widen the cards to fill the row."""
        # Always keep room for the scroll bar: a width that depends on it would relayout back and forth.
        width = self.width() - 2 * self.frameWidth() - self.style().pixelMetric(QStyle.PM_ScrollBarExtent) - 2
        min_width = round(MIN_CARD_WIDTH * self.delegate.scale)
        cols = max(1, width // (min_width + GAP))
        cell = max(min_width + GAP, width // cols)
        self.delegate.card_width = cell - GAP
        grid = QSize(cell, self.delegate.card_height() + GAP)
        if grid != self.gridSize():
            self.setGridSize(grid)
        # A Fixed-mode list does not lay its items out again on resize: without this, cards placed while the view
        # was still narrow (before the navigator took its width) stayed one per row, far down a blank page.
        self.doItemsLayout()


class TrialsView(QWidget):
    """Filters on top (they combine), a count and "Clear filters", then the card grid."""

    open_requested = Signal(str)  # a trial id (NCT…) to open in the reader

    FILTERS = ("setting", "histology", "agent", "rt", "status", "group")
    _FACET_KEY = {"setting": "setting", "histology": "histologies", "agent": "agents", "rt": "rt_modality",
                  "status": "status"}  # fmt: skip

    def __init__(self, library, lang: str = "fr", theme_name: str = "light", parent=None):
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self.theme_name = theme_name if theme_name in theme.COLOURS else "light"
        self.model = TrialModel(self)
        self.grid = CardGrid(self)
        self.grid.setModel(self.model)
        self.grid.open_requested.connect(self.open_requested)

        self.combos: dict[str, QComboBox] = {}
        self.combo_labels: dict[str, QLabel] = {}
        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        filters.setVerticalSpacing(6)
        for i, name in enumerate(self.FILTERS):
            label, combo = QLabel(self), QComboBox(self)
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setMinimumHeight(32)
            combo.currentIndexChanged.connect(self._filters_changed)
            row, col = divmod(i, 3)
            label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            filters.addWidget(label, row, col * 2)
            filters.addWidget(combo, row, col * 2 + 1)
            self.combos[name], self.combo_labels[name] = combo, label
        for col in range(3):
            filters.setColumnStretch(col * 2 + 1, 1)

        self.heading = QLabel(self)
        hf = QFont(self.heading.font())
        hf.setPointSizeF(15)
        hf.setBold(True)
        self.heading.setFont(hf)
        self.count = QLabel(self)
        cf = QFont(self.count.font())
        cf.setPointSizeF(11)
        cf.setBold(True)
        self.count.setFont(cf)
        self.clear_btn = QPushButton(self)
        self.clear_btn.setMinimumHeight(32)
        self.clear_btn.clicked.connect(self.clear_filters)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addSpacing(12)
        top.addWidget(self.clear_btn)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 6)
        lay.setSpacing(8)
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addWidget(self.grid, 1)
        lay.addWidget(self.empty, 1)
        chain = [self.clear_btn, *self.combos.values(), self.grid]  # as on screen: the filters before the grid
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

        self._loading = False
        self.retranslate()
        self.set_theme(self.theme_name)
        self._load()

    # ------------------------------------------------------------------ public API

    def set_language(self, lang: str) -> None:
        """Reload content in `lang` (keeping the chosen filters: codes do not depend on the language)."""
        self.lang = lang
        self.retranslate()
        self._load()

    def set_theme(self, theme_name: str) -> None:
        self.theme_name = theme_name if theme_name in theme.COLOURS else "light"
        c = theme.COLOURS[self.theme_name]
        self.grid.delegate.theme_name = self.theme_name
        self.grid.setStyleSheet(
            f"QListView {{ background: {c.window}; border: none; }}"
            f"QListView:focus {{ border: none; }}"  # the focused card carries the ring
        )
        self.heading.setStyleSheet(f"color: {c.text};")
        self.count.setStyleSheet(f"color: {c.text};")
        self.empty.setStyleSheet(f"color: {c.muted}; font-size: 12pt;")
        self._mark_active_filters()
        self.grid.viewport().update()

    def set_zoom(self, percent: int) -> None:
        """Follow the app's zoom (Ctrl+= / Ctrl+-): card text and card size scale together."""
        self.grid.delegate.scale = max(0.5, min(3.0, percent / 100))
        self.grid.fit_cards()
        self.grid.doItemsLayout()
        self.grid.viewport().update()

    def retranslate(self) -> None:
        names = self._filter_names()
        for name, label in self.combo_labels.items():
            label.setText(names[name])
            self.combos[name].setAccessibleName(self.tr("Filter by %1").replace("%1", names[name].lower()))
            self.combos[name].setToolTip(self.tr("Show only the matching trials; filters combine"))
        self.heading.setText(self.tr("Clinical trials"))
        self.clear_btn.setText(self.tr("Clear filters"))
        self.clear_btn.setAccessibleName(self.tr("Clear filters"))
        self.clear_btn.setToolTip(self.tr("Show all trials again"))
        self.grid.setAccessibleName(self.tr("Trial cards"))
        self.grid.setAccessibleDescription(self.tr("Arrow keys move between cards; Enter opens the trial."))
        self.empty.setText(
            self.tr("No trial matches these filters.") + "\n" + self.tr("Choose “Clear filters” to see all trials.")
        )
        words = {
            "lecture": self.tr("In the lecture"), "beyond": self.tr("Beyond the lecture"),
            "setting": self.tr("Setting"), "agents": self.tr("Agents"), "rt": self.tr("Radiotherapy"),
            "endpoint": self.tr("Primary endpoint"), "nr": self.tr("not reported"), "status": self.tr("Status"),
            "phase": self.tr("Phase"), "histology": self.tr("Histology"), "key": self.tr("Key result"),
        }  # fmt: skip
        self.grid.delegate.words = words
        self.model.texts = words
        group = self.combos["group"]
        if group.count():
            for i, text in enumerate(self._group_texts()):
                group.setItemText(i, text)
            for name in self._FACET_KEY:
                if self.combos[name].count():
                    self.combos[name].setItemText(0, self.tr("All"))
        self._update_count()
        self.grid.viewport().update()

    def reset(self) -> None:
        """Kiosk idle reset: no filter, top of the list, nothing selected."""
        self.clear_filters()
        self.grid.clearSelection()
        self.grid.setCurrentIndex(QModelIndex())
        self.grid.scrollToTop()

    def clear_filters(self) -> None:
        self._loading = True
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        self._loading = False
        self._filters_changed()

    def filters(self) -> dict[str, str | None]:
        return {name: combo.currentData() for name, combo in self.combos.items()}

    def set_filter(self, name: str, code: str | None) -> bool:
        """Choose a filter value by its code (for deep links and tests); False when no trial has it."""
        combo = self.combos[name]
        i = combo.findData(code) if code else 0
        if i < 0:
            return False
        combo.setCurrentIndex(i)
        return True

    # ------------------------------------------------------------------ internals

    def _filter_names(self) -> dict[str, str]:
        return {"setting": self.tr("Setting"), "histology": self.tr("Histology"), "agent": self.tr("Agent"),
                "rt": self.tr("Radiotherapy"), "status": self.tr("Status"), "group": self.tr("Group")}  # fmt: skip

    def _group_texts(self) -> list[str]:
        return [self.tr("All"), self.tr("In the lecture"), self.tr("Beyond the lecture")]

    def _load(self) -> None:
        chosen = self.filters()
        items = self.library.trials(self.lang)
        values = facet_values(items)  # from the trials already read: one pass over the database, not two
        self._loading = True
        for name, key in self._FACET_KEY.items():
            combo = self.combos[name]
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for v in values.get(key, []):
                combo.addItem(agent_label(v) if name == "agent" else v["label"], v["code"])
            i = combo.findData(chosen.get(name)) if chosen.get(name) else 0
            combo.setCurrentIndex(max(i, 0))
        group = self.combos["group"]
        group.clear()
        for text, code in zip(self._group_texts(), (None, "lecture", "beyond"), strict=True):
            group.addItem(text, code)
        i = group.findData(chosen.get("group")) if chosen.get("group") else 0
        group.setCurrentIndex(max(i, 0))
        self._loading = False
        cards = [TrialCard.from_item(t) for t in items]
        self.model.load(cards, self.filters())
        self._after_filter()

    def _filters_changed(self, *_):
        if self._loading:
            return
        self.model.apply(self.filters())
        self._after_filter()
        self.grid.scrollToTop()

    def _after_filter(self) -> None:
        empty = not self.model.shown
        self.grid.setVisible(not empty)
        self.empty.setVisible(empty)
        self.clear_btn.setEnabled(any(self.filters().values()))
        self._mark_active_filters()
        self._update_count()

    def _mark_active_filters(self) -> None:
        """A filter in use shows in bold with a full-colour label, so nobody forgets it is narrowing the list."""
        c = theme.COLOURS[self.theme_name]
        for name, combo in self.combos.items():
            active = combo.currentData() is not None
            label = self.combo_labels[name]
            label.setStyleSheet(f"color: {c.text if active else c.muted}; font-weight: {700 if active else 400};")
            f = QFont(combo.font())
            f.setBold(active)
            combo.setFont(f)

    def _update_count(self) -> None:
        shown, total = len(self.model.shown), len(self.model.all)
        if shown == total:
            text = self.tr("%n trial(s)", "", total)
        else:  # the plural follows the number shown ("1 essai sur 12", "0 essai sur 12", "3 essais sur 12")
            text = self.tr("%n of %1 trial(s)", "", shown).replace("%1", str(total))
        if text != self.count.text() and self.count.isVisible():
            a11y.announce(self.count, text)
        self.count.setText(text)

    def changeEvent(self, e):  # noqa: N802 (Qt override)
        if e.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(e)
