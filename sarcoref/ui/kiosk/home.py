"""The kiosk home (six large tiles at most seven) and the lecture's table of contents as tiles and chips.

Titles of content come from the library in the kiosk's language; only the interface words are ours.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from .. import pages
from .style import Metrics
from .tile import Tile
from .touch import ScrollColumn, plain_label

MAX_TILES = 7


class HomeScreen(QWidget):
    open_requested = Signal(str)

    KEYS = ("lecture", "messages", "trials", "tolerance", "search", "about")
    # Symbols found in the common UI fonts (DejaVu, Segoe UI Symbol, Apple Symbols).
    GLYPHS = {"lecture": "☰", "messages": "★", "trials": "⚑", "tolerance": "⚖", "search": "⌨", "about": "ℹ"}

    def __init__(self, library, lang: str, theme_name: str, parent=None):
        super().__init__(parent)
        self.library, self.lang, self.theme_name = library, lang, theme_name
        self.metrics = Metrics()
        self.heading = plain_label(self)
        self.heading.setObjectName("ScreenTitle")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignCenter)
        self.note = plain_label(self)
        self.note.setObjectName("Note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignCenter)
        self.grid = QGridLayout()
        self.tiles: dict[str, Tile] = {}
        self.targets: dict[str, str] = {}
        for key in self.KEYS:
            t = Tile(self, self.GLYPHS[key])
            t.centred = True
            t.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
            t.clicked.connect(lambda _=False, k=key: self.open_requested.emit(self.targets.get(k, k)))
            self.tiles[key] = t
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(self.grid, 1)
        lay.addWidget(self.note)
        self.lay = lay
        self._columns = 0
        self.set_language(lang)

    def set_metrics(self, m: Metrics) -> None:
        self.metrics = m
        self.lay.setContentsMargins(m.px(48), m.px(28), m.px(48), m.px(20))
        self.lay.setSpacing(m.px(24))
        self.grid.setSpacing(m.px(28))
        for t in self.tiles.values():
            t.set_style(self.theme_name, m)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        lib = self.library
        parts = [n for n in lib.section_tree(lang) if n.get("kind") != "about"]
        about = next((n for n in lib.section_tree(lang) if n.get("kind") == "about"), None)
        last = parts[-1] if parts else None
        tolerance = lib.item("tolerance", lang)
        n_trials = len(lib.items("trial", lang))
        self.heading.setText(lib.meta.get(f"lecture_title_{lang}", "SarcoRef"))
        self.note.setText(pages.disclaimer() + "  " + pages.as_of_line(lib))
        content = {
            "lecture": (self.tr("The lecture"), [self.tr("%n part(s), in order", "", len(parts))], "lecture"),
            "messages": (last["title"] if last else "", [self.tr("The lecture's key messages")],
                         f"section:{last['id']}" if last else ""),
            "trials": (self.tr("Clinical trials"),
                       [self.tr("%n trial(s): phase, status, registry QR code", "", n_trials)], "trials"),
            "tolerance": (tolerance.title if tolerance else "", [self.tr("Side by side, with CTCAE grades")],
                          "tolerance" if tolerance else ""),
            "search": (self.tr("Search"), [self.tr("Type on the screen's keyboard, or tap a topic")], "search"),
            "about": (about["title"] if about else "", [self.tr("How each statement is marked and sourced")],
                      f"section:{about['id']}" if about else ""),
        }  # fmt: skip
        for key, (title, lines, target) in content.items():
            self.tiles[key].set_content(title, lines)
            self.targets[key] = target
            self.tiles[key].setVisible(bool(title and target))
        self._columns = 0
        self._arrange()

    def visible_tiles(self) -> list[Tile]:
        return [t for t in self.tiles.values() if not t.isHidden()][:MAX_TILES]

    def _arrange(self) -> None:
        columns = 3 if self.width() >= self.height() * 1.1 else 2
        if columns == self._columns:
            return
        self._columns = columns
        for t in self.tiles.values():
            self.grid.removeWidget(t)
        for n, t in enumerate(self.visible_tiles()):
            self.grid.addWidget(t, n // columns, n % columns)

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        self._arrange()


class LectureScreen(ScrollColumn):
    """Each part of the lecture as a wide tile, its sub-sections as smaller tiles beneath it."""

    open_requested = Signal(str)

    def __init__(self, library, lang: str, theme_name: str, parent=None):
        super().__init__(parent)
        self.library, self.theme_name = library, theme_name
        self.metrics = Metrics()
        self.part_tiles: list[Tile] = []
        self.sub_tiles: list[Tile] = []
        self.sub_boxes: list[QVBoxLayout] = []
        self.shape: list[int] = []
        self.lang = ""
        self.set_language(lang)

    def set_metrics(self, m: Metrics) -> None:
        self.metrics = m
        self.column.setContentsMargins(m.px(48), m.px(24), m.px(48), m.px(48))
        self.column.setSpacing(m.px(14))
        for t in [*self.part_tiles, *self.sub_tiles]:
            t.set_style(self.theme_name, m)
        for box in self.sub_boxes:
            box.setContentsMargins(m.px(56), 0, 0, m.px(14))
            box.setSpacing(m.px(10))

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        parts = [n for n in self.library.section_tree(lang) if n.get("kind") != "about"]
        shape = [len(p["children"]) for p in parts]
        if shape != self.shape:  # the same parts in both languages: built once, relabelled after
            self._rebuild(shape)
        subs = iter(self.sub_tiles)
        for n, (tile, part) in enumerate(zip(self.part_tiles, parts, strict=True)):
            tile.set_content(f"{n + 1}. {part['title']}")
            tile.setProperty("target", f"section:{part['id']}")
            for child in part["children"]:
                sub = next(subs)
                sub.set_content(child["title"])
                sub.setProperty("target", f"section:{child['id']}")

    def _rebuild(self, shape: list[int]) -> None:
        for w in [*self.part_tiles, *self.sub_tiles]:
            w.setParent(None)
            w.deleteLater()
        while self.column.count():
            self.column.takeAt(0)
        self.part_tiles, self.sub_tiles, self.sub_boxes = [], [], []
        for count in shape:
            tile = self._tile()
            self.part_tiles.append(tile)
            self.column.addWidget(tile)
            if count:
                box = QVBoxLayout()
                for _ in range(count):
                    sub = self._tile()
                    sub.title_px = 30
                    self.sub_tiles.append(sub)
                    box.addWidget(sub)
                self.sub_boxes.append(box)
                self.column.addLayout(box)
        self.shape = shape
        self.set_metrics(self.metrics)

    def _tile(self) -> Tile:
        tile = Tile(self.body)
        tile.centred, tile.grows = True, True
        tile.clicked.connect(lambda _=False, t=tile: self.open_requested.emit(t.property("target")))
        return tile

    def reset(self) -> None:
        self.verticalScrollBar().setValue(0)
