"""One content page at kiosk size: the app's reader (sanitised, no remote resource), swipe to scroll, nothing to
select or copy; a trial also shows its registry record as a QR code (never as a link)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..reader import Reader
from .style import Metrics, document_css
from .touch import kinetic, stop_scrolling


class ReaderScreen(QWidget):
    link_activated = Signal(QUrl)

    def __init__(self, theme_name: str, parent=None):
        super().__init__(parent)
        self.theme_name = theme_name
        self.metrics = Metrics()
        self.reader = Reader(self)
        self.page = self.reader.page
        self.page.setFrameShape(self.page.Shape.NoFrame)
        kinetic(self.page)
        self.reader.link_activated.connect(self.link_activated)
        # Trial headers, one per trial and language, made on first use and kept: a dozen trials cost a couple of
        # dozen small widgets, and opening a card again makes no new QR code.
        self.headers: dict[tuple[str, str], QWidget] = {}
        self.header: QWidget | None = None  # the one showing
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.reader)
        self.location = ""

    def set_metrics(self, m: Metrics) -> None:
        self.metrics = m
        self.page.document().setDocumentMargin(m.px(40))
        for header in self.headers.values():
            self._kiosk_sized(header)

    def show_item(self, location: str, page_html: str, item=None, words: list[str] | None = None) -> None:
        self.location = location
        stop_scrolling(self.page)
        self._show_header(item if item is not None and item.kind == "trial" else None)
        font = QFont(self.page.font())
        font.setPixelSize(self.metrics.body)
        self.page.document().setDefaultFont(font)
        self.page.set_page(page_html, document_css(self.theme_name))
        self.page.setExtraSelections([])
        self.reader.theme = self.theme_name
        self.page.theme_name = self.theme_name
        self.page.verticalScrollBar().setValue(0)
        if words:
            self.reader.highlight_words(words)

    def _show_header(self, item) -> None:
        key = (item.id, item.lang) if item is not None else None
        header = self.headers.get(key) if key else None
        if key and header is None:
            header = self._make_header(item)
            if header is not None:
                self.headers[key] = header
                self.reader.header_slot.addWidget(header)
        if self.header is not None and self.header is not header:
            self.header.hide()
        self.header = header
        if header is not None:
            header.show()

    def _make_header(self, item) -> QWidget:
        from ..trial_header import TrialHeader

        header = TrialHeader(item, item.lang, self.theme_name, kiosk=True, parent=self.reader)
        self._kiosk_sized(header)
        return header

    def _kiosk_sized(self, header: QWidget) -> None:
        """The shared header is sized for a desk: bring its text to kiosk size, and make nothing selectable."""
        for label in header.findChildren(QLabel):
            label.setTextInteractionFlags(Qt.NoTextInteraction)
            label.setContextMenuPolicy(Qt.NoContextMenu)
            if label.pixmap() is not None and not label.pixmap().isNull():
                continue
            label.setWordWrap(True)  # larger type must not widen the window on a portrait totem
            font = QFont(label.font())
            if QFontInfo(font).pixelSize() < self.metrics.small:
                font.setPixelSize(self.metrics.small)
                label.setFont(font)

    def clear(self) -> None:
        """Idle reset: no open card, no header, top of an empty page."""
        stop_scrolling(self.page)
        self._show_header(None)
        self.location = ""
        self.page.clear()
        self.page.setExtraSelections([])
        self.page.verticalScrollBar().setValue(0)

    @staticmethod
    def not_found(text: str) -> str:
        return f"<p>{html.escape(text)}</p>"
