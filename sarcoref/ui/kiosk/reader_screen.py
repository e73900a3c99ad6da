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
        self.header = None  # the trial header (shared TrialHeader, or our QR panel), made once and reused
        self.qr_panel = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.reader)
        self.location = ""

    def set_metrics(self, m: Metrics) -> None:
        self.metrics = m
        self.page.document().setDocumentMargin(m.px(40))
        if self.qr_panel is not None:
            self.qr_panel.code.set_side(m.px(260))

    def show_item(self, location: str, page_html: str, item=None, words: list[str] | None = None) -> None:
        self.location = location
        stop_scrolling(self.page)
        self._drop_header()
        if item is not None and item.kind == "trial":
            self._trial_header(item)
        font = QFont(self.page.font())
        font.setPixelSize(self.metrics.body)
        self.page.document().setDefaultFont(font)
        self.page.set_page(page_html, document_css(self.theme_name))
        self.page.setExtraSelections([])
        self.reader.theme = self.theme_name
        self.page.verticalScrollBar().setValue(0)
        if words:
            self.reader.highlight_words(words)

    def _trial_header(self, item) -> None:
        try:
            from ..trial_header import TrialHeader
        except ImportError:
            TrialHeader = None  # noqa: N806
        if TrialHeader is not None:
            try:
                self.header = TrialHeader(item, item.lang, self.theme_name, kiosk=True, parent=self.reader)
            except TypeError:
                self.header = None
            if self.header is not None:
                self._kiosk_sized(self.header)
                self.reader.set_header(self.header)
                return
        url = item.data.get("registry_url") or ""
        if not url.startswith(("https://", "http://")):
            return
        from .qr import QrPanel

        if self.qr_panel is None:
            self.qr_panel = QrPanel()
            self.qr_panel.code.set_side(self.metrics.px(260))
            self.reader.header_slot.addWidget(self.qr_panel)  # ours, kept: Reader.set_header would delete it
        self.qr_panel.set_url(url, item.id)
        self.qr_panel.show()
        self.header = self.qr_panel

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

    def _drop_header(self) -> None:
        if self.header is not None and self.header is not self.qr_panel:
            self.reader.set_header(None)  # the shared header is made per trial; Reader deletes it
        if self.qr_panel is not None:
            self.qr_panel.hide()
        self.header = None

    def clear(self) -> None:
        """Idle reset: no open card, no header, top of an empty page."""
        stop_scrolling(self.page)
        self._drop_header()
        self.location = ""
        self.page.clear()
        self.page.setExtraSelections([])
        self.page.verticalScrollBar().setValue(0)

    @staticmethod
    def not_found(text: str) -> str:
        return f"<p>{html.escape(text)}</p>"
