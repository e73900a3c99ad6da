"""The reader: one content page in a QTextBrowser, with tooltips, links and find-in-page.

No web engine, no remote resource: loadResource answers nothing but our own images.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPen, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from . import finder, theme
from .sanitize import clean, plain_tooltip

BASE_POINT_SIZE = 11.0


class Page(QTextBrowser):
    """A QTextBrowser that never fetches anything and shows glossary tooltips."""

    link_activated = Signal(QUrl)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.link_activated)
        self.theme_name = "light"
        self.setAccessibleName(self.tr("Content page"))

    def loadResource(self, kind, url):  # noqa: N802 (Qt override)
        # A page names no resource SarcoRef would load: never a file, never the network.
        return None

    def set_page(self, html: str, css: str) -> None:
        doc = self.document()
        if doc.defaultStyleSheet() != css:
            doc.setDefaultStyleSheet(css)
        self.setHtml(clean(html))

    def read_by_caret(self) -> None:
        """A caret that arrows move by character, word and line (Ctrl, Shift to select), as a screen reader needs;
        Tab still goes from link to link. (Not in the kiosk, where nothing is selected.)"""
        self.setTextInteractionFlags(Qt.TextBrowserInteraction | Qt.TextSelectableByKeyboard)

    def _link_focus_boxes(self) -> list[QRect]:
        """The focused link's box on each line it spans (in viewport coordinates), when the page has focus."""
        cursor = self.textCursor()
        if not (self.hasFocus() and cursor.hasSelection() and cursor.charFormat().isAnchor()):
            return []
        lines: dict[int, QRect] = {}
        probe = QTextCursor(self.document())
        for pos in range(cursor.selectionStart(), cursor.selectionEnd() + 1):
            probe.setPosition(pos)
            r = self.cursorRect(probe)
            lines[r.top()] = lines[r.top()].united(r) if r.top() in lines else r
        return [r for r in lines.values() if r.width() > 1]

    def paintEvent(self, e):  # noqa: N802 (Qt override)
        super().paintEvent(e)
        boxes = self._link_focus_boxes()
        if boxes:  # Qt marks the link Tab reached with a 1 px dotted frame only; draw one that can be seen
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.Antialiasing)
            c = theme.COLOURS.get(self.theme_name, theme.COLOURS["light"])
            painter.setPen(QPen(QColor(c.focus), 3))
            for box in boxes:
                painter.drawRoundedRect(QRectF(box.adjusted(-3, -1, 3, 1)), 3, 3)
            painter.end()

    def _show_link_focus(self) -> None:
        self.viewport().update()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt override)
        moved = super().focusNextPrevChild(forward)  # Tab moves from link to link inside the page first
        self._show_link_focus()
        return moved

    def focusInEvent(self, e):  # noqa: N802 (Qt override)
        super().focusInEvent(e)
        self._show_link_focus()

    def focusOutEvent(self, e):  # noqa: N802 (Qt override)
        super().focusOutEvent(e)
        self._show_link_focus()

    def keyPressEvent(self, e):  # noqa: N802 (Qt override)
        # Home/End (with or without Ctrl) go to the top and bottom of the page, the caret with them.
        bar = self.verticalScrollBar()
        if e.key() in (Qt.Key_Home, Qt.Key_End) and e.modifiers() in (Qt.NoModifier, Qt.ControlModifier):
            top = e.key() == Qt.Key_Home
            cursor = self.textCursor()
            cursor.movePosition(QTextCursor.Start if top else QTextCursor.End)
            self.setTextCursor(cursor)
            bar.setValue(bar.minimum() if top else bar.maximum())
            return
        super().keyPressEvent(e)
        self._show_link_focus()

    def event(self, e):
        if e.type() == QEvent.ToolTip:
            cursor = self.cursorForPosition(self.viewport().mapFromGlobal(e.globalPos()))
            tip = cursor.charFormat().toolTip()
            if tip:  # content text: shown as text, never as markup
                QToolTip.showText(e.globalPos(), plain_tooltip(tip), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def viewportEvent(self, e):  # noqa: N802 (Qt override)
        if e.type() == QEvent.ToolTip:
            return self.event(e)
        return super().viewportEvent(e)


class FindBar(QWidget):
    """Ctrl+F: find in the current page, accents and case ignored."""

    def __init__(self, page: Page, parent=None):
        super().__init__(parent)
        self.page = page
        self.ranges: list[tuple[int, int]] = []
        self.current = -1
        self.field = QLineEdit(self)
        self.count = QLabel(self)
        self.prev_btn, self.next_btn, self.close_btn = QToolButton(self), QToolButton(self), QToolButton(self)
        self.prev_btn.setText("↑")
        self.next_btn.setText("↓")
        self.close_btn.setText("✕")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        for w in (self.field, self.count, self.prev_btn, self.next_btn, self.close_btn):
            lay.addWidget(w)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self.next)
        self.next_btn.clicked.connect(self.next)
        self.prev_btn.clicked.connect(self.previous)
        self.close_btn.clicked.connect(self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.field, self.previous)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.next)
        QShortcut(QKeySequence("Escape"), self.field, self.close_bar)
        self.retranslate()
        self.hide()

    def retranslate(self):
        self.field.setPlaceholderText(self.tr("Find in page"))
        self.field.setAccessibleName(self.tr("Find in page"))
        self.prev_btn.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.prev_btn.setAccessibleName(self.tr("Previous match"))
        self.next_btn.setToolTip(self.tr("Next match (Enter)"))
        self.next_btn.setAccessibleName(self.tr("Next match"))
        self.close_btn.setToolTip(self.tr("Close (Esc)"))
        self.close_btn.setAccessibleName(self.tr("Close find bar"))
        self._update_count()

    def open_bar(self):
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self._search(self.field.text())

    def close_bar(self):
        self.hide()
        self.page.setExtraSelections([])
        self.page.setFocus()

    def _search(self, text: str):
        words = text.split()
        self.ranges = finder.find_ranges(self.page.document(), [" ".join(words)] if words else [], prefix=False)
        if not self.ranges and words:
            self.ranges = finder.find_ranges(self.page.document(), [" ".join(words)], prefix=True)
        self.current = 0 if self.ranges else -1
        self._show()

    def next(self):
        if self.ranges:
            self.current = (self.current + 1) % len(self.ranges)
            self._show()

    def previous(self):
        if self.ranges:
            self.current = (self.current - 1) % len(self.ranges)
            self._show()

    def _show(self):
        finder.highlight(self.page, self.ranges, theme.COLOURS[theme.resolve(None)].mark, self.current)
        self._update_count()

    def _update_count(self):
        if not self.field.text():
            self.count.setText("")
        elif self.ranges:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(self.current + 1)).replace("%2", str(len(self.ranges)))
            )
        else:
            self.count.setText(self.tr("No match"))


class Reader(QWidget):
    """A page, an optional header widget above it (trial actions), and the find bar below."""

    link_activated = Signal(QUrl)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.page = Page(self)
        self.page.read_by_caret()
        self.find_bar = FindBar(self.page, self)
        self.header_slot = QVBoxLayout()
        self.header_slot.setContentsMargins(0, 0, 0, 0)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addLayout(self.header_slot)
        lay.addWidget(self.page, 1)
        lay.addWidget(self.find_bar)
        self.page.link_activated.connect(self.link_activated)
        self._header: QWidget | None = None
        self.zoom = 100
        self.theme = "light"

    def set_header(self, widget: QWidget | None) -> None:
        """Show this widget above the page, or none. A header shown before is hidden and kept, for reuse."""
        if self._header is not None and self._header is not widget:
            self._header.hide()
        self._header = widget
        if widget is not None:
            if self.header_slot.indexOf(widget) < 0:
                self.header_slot.addWidget(widget)
            widget.show()

    def show_html(self, html: str, theme_name: str, zoom: int) -> None:
        self.theme, self.zoom = theme_name, zoom
        self.page.theme_name = theme_name
        font = QFont(self.page.font())
        font.setPointSizeF(BASE_POINT_SIZE * zoom / 100)
        if self.page.document().defaultFont() != font:  # setting it lays out the old page again, for nothing
            self.page.document().setDefaultFont(font)
        self.page.set_page(html, theme.document_css(theme_name))
        self.page.setExtraSelections([])
        if self.find_bar.isVisible():
            self.find_bar._search(self.find_bar.field.text())

    def highlight_words(self, words: list[str]) -> None:
        """Mark a search's words in the page and scroll to the first one."""
        ranges = finder.find_ranges(self.page.document(), words, prefix=True)
        finder.highlight(self.page, ranges, theme.COLOURS[self.theme].mark, 0 if ranges else -1)
