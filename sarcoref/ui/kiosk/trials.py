"""The trials as large tiles, grouped as the content groups them (presented in the lecture, beyond it).

The desktop's card grid has filters (drop-down lists) and desk-sized type; at a kiosk, drop-downs are
avoided and text must read from a metre, so each trial is a big tile with what identifies it.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel

from .. import pages
from ..trials_view import STATUS_COLOURS, agent_label, status_family
from .style import Metrics
from .tile import Tile
from .touch import ScrollColumn, plain_label

_GROUP = re.compile(r'<p class="group[^"]*">(.*?)</p>', re.S)
_TAGS = re.compile(r"<[^>]+>")


def group_label(item) -> str:
    m = _GROUP.search(item.html or "")
    return html.unescape(_TAGS.sub("", m.group(1))).strip() if m else ""


def facet_labels(item, key: str) -> list[str]:
    return [v.get("label", "") for v in item.data.get("facets", {}).get(key, {}).get("values", [])]


def trial_tile_content(item) -> tuple[str, list[str], str, str]:
    """(title, lines, status text, status code) of one trial, all from the library."""
    d = item.data
    acronym = d.get("acronym")
    title = acronym or item.id
    phase = " / ".join(facet_labels(item, "phases"))
    first = " · ".join(x for x in (item.id if acronym else "", phase) if x)
    agents = ", ".join(agent_label(v) for v in d.get("facets", {}).get("agents", {}).get("values", []))
    setting = ", ".join(facet_labels(item, "setting"))
    status = (d.get("facets", {}).get("status", {}).get("values") or [{}])[0]
    return title, [first, agents, setting], status.get("label", ""), status.get("code", "")


class TrialsScreen(ScrollColumn):
    open_requested = Signal(str)  # "trial:NCT…"

    def __init__(self, library, lang: str, theme_name: str, parent=None):
        super().__init__(parent)
        self.library, self.theme_name = library, theme_name
        self.metrics = Metrics()
        self.headers: list[QLabel] = []
        self.grids: list[QGridLayout] = []
        self.tiles: list[Tile] = []
        self.note = plain_label(self.body)  # statuses are the registries' as of a date: say which
        self.note.setObjectName("Note")
        self.note.setWordWrap(True)
        self.lang = ""
        self._columns = 0
        self._shape: list[int] = []
        self.set_language(lang)

    def set_metrics(self, m: Metrics) -> None:
        self.metrics = m
        self.column.setContentsMargins(m.px(48), m.px(16), m.px(48), m.px(48))
        self.column.setSpacing(m.px(16))
        for g in self.grids:
            g.setSpacing(m.px(20))
        for t in self.tiles:
            t.set_style(self.theme_name, m)

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        groups: dict[str, list] = {}
        for t in self.library.trials(lang):
            groups.setdefault(t.data.get("group") or "", []).append(t)
        shape = [len(v) for v in groups.values()]
        if shape != self._shape:  # the same trials in both languages: normally built once
            self._rebuild(shape)
        self.note.setText(pages.as_of_line(self.library))
        tiles = iter(self.tiles)
        for header, items in zip(self.headers, groups.values(), strict=True):
            header.setText(group_label(items[0]))
            for item in items:
                tile = next(tiles)
                title, lines, status, code = trial_tile_content(item)
                colours = STATUS_COLOURS.get(self.theme_name, STATUS_COLOURS["light"])[status_family(code)]
                tile.set_content(title, lines, status, colours)
                tile.setProperty("target", f"trial:{item.id}")

    def _rebuild(self, shape: list[int]) -> None:
        for w in [*self.headers, *self.tiles]:
            w.setParent(None)
            w.deleteLater()
        while self.column.count():
            self.column.takeAt(0)
        self.headers, self.grids, self.tiles = [], [], []
        for count in shape:
            header = plain_label(self.body)
            header.setObjectName("GroupHeader")
            header.setWordWrap(True)
            grid = QGridLayout()
            self.column.addWidget(header)
            self.column.addLayout(grid)
            self.headers.append(header)
            self.grids.append(grid)
            for _ in range(count):
                tile = Tile(self.body)
                tile.grows = True
                tile.clicked.connect(lambda _=False, t=tile: self.open_requested.emit(t.property("target")))
                self.tiles.append(tile)
        self.column.addWidget(self.note)
        self._shape = shape
        self._columns = 0
        self.set_metrics(self.metrics)
        self._arrange()

    def _arrange(self) -> None:
        columns = 3 if self.width() >= self.height() * 1.1 else 2
        if columns == self._columns:
            return
        self._columns = columns
        tiles = iter(self.tiles)
        for grid, count in zip(self.grids, self._shape, strict=True):
            for n in range(count):
                tile = next(tiles)
                grid.removeWidget(tile)
                grid.addWidget(tile, n // columns, n % columns)
            for c in range(3):
                grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        self._arrange()

    def reset(self) -> None:
        self.verticalScrollBar().setValue(0)
