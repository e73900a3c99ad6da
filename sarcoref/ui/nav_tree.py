"""The navigator: the lecture's sections in order, then trials, tolerance, glossary, references, about."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QTreeWidget, QTreeWidgetItem

from .sanitize import plain_tooltip

LOCATION = Qt.UserRole


class SelectedBranchStyle(QProxyStyle):
    """The expander arrow of a selected row drawn in the selection's text colour: the style draws it in the
    ordinary text colour, which nearly vanishes on a highlighted row (white on yellow in high contrast)."""

    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 (Qt override)
        if element == QStyle.PE_IndicatorBranch and option.state & QStyle.State_Selected:
            option = type(option)(option)
            ink = option.palette.color(QPalette.HighlightedText)
            for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
                option.palette.setColor(role, ink)
        super().drawPrimitive(element, option, painter, widget)


class NavTree(QTreeWidget):
    open_requested = Signal(str)  # a location such as "section:tils" or "trials"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.ElideRight)
        self._style = None
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self._by_location: dict[str, QTreeWidgetItem] = {}

    def showEvent(self, e):  # noqa: N802 (Qt override)
        if self._style is None:  # set once the window's style sheet exists, so that the sheet still applies here
            self._style = SelectedBranchStyle(QStyleFactory.create("Fusion"))
            self.setStyle(self._style)
        super().showEvent(e)

    def focusInEvent(self, e):  # noqa: N802 (Qt override)
        super().focusInEvent(e)
        # Qt gives the first row focus without selecting it: nothing is highlighted until an arrow is pressed.
        item = self.currentItem() or self.topLevelItem(0)
        if item is not None and not item.isSelected():
            self.setCurrentItem(item)

    def populate(self, library, lang: str, labels: dict[str, str]) -> None:
        """Rebuild from the library; `labels` holds the translated names of the fixed entries."""
        self.clear()
        self._by_location.clear()

        def add(parent, text, location):
            item = QTreeWidgetItem(parent if parent is not None else self, [text])
            item.setData(0, LOCATION, location)
            item.setToolTip(0, plain_tooltip(text))  # a content title: text, never markup
            self._by_location[location] = item
            return item

        def add_sections(parent, nodes):
            for node in nodes:
                if node["kind"] == "about":
                    continue
                item = add(parent, node["title"], f"section:{node['id']}")
                add_sections(item, node["children"])
                if node["id"] == "trials-overview":
                    trials = add(item, labels["trials"], "trials")
                    for ident, title in library.trial_titles(lang):
                        add(trials, title, f"trial:{ident}")

        add_sections(None, library.section_tree(lang))
        tol = add(None, labels["tolerance"], "tolerance")
        del tol
        add(None, labels["glossary"], "glossary")
        add(None, labels["references"], "references")
        for node in library.section_tree(lang):
            if node["kind"] == "about":
                add(None, node["title"], f"section:{node['id']}")
        self.expandToDepth(0)
        self._collapse_leaves()

    def expanded_locations(self) -> set[str]:
        return {loc for loc, item in self._by_location.items() if item.isExpanded()}

    def expand_locations(self, locations: set[str]) -> None:
        for loc, item in self._by_location.items():
            item.setExpanded(loc in locations)
        self._collapse_leaves()

    def _collapse_leaves(self) -> None:
        """A row without children is never "expanded" (Qt marks it so, and a screen reader says it)."""
        for item in self._by_location.values():
            if not item.childCount():
                item.setExpanded(False)

    def select_location(self, location: str) -> None:
        """Follow the reader without emitting a navigation."""
        item = self._by_location.get(location)
        self.blockSignals(True)
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item)
        else:
            self.clearSelection()
        self.blockSignals(False)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        location = item.data(0, LOCATION)
        if location:
            self.open_requested.emit(location)
