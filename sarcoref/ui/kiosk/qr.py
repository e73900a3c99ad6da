"""A trial's registry record as a QR code a visitor scans with a phone: the kiosk itself opens no link.

Used when the shared trial header (trial_header.TrialHeader) is not available.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from .touch import plain_label


class QrCode(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: list[list[bool]] = []
        self.side = 220

    def set_text(self, text: str) -> None:
        try:
            qr = segno.make(text, error="m", micro=False)
            self.matrix = [[bool(v) for v in row] for row in qr.matrix]
        except (ValueError, segno.DataOverflowError):
            self.matrix = []
        self.update()

    def set_side(self, side: int) -> None:
        self.side = side
        self.setFixedSize(QSize(side, side))

    def paintEvent(self, e):  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))  # always dark on white, whatever the theme: scanners need it
        n = len(self.matrix)
        if n:
            quiet = 4
            cell = self.side / (n + 2 * quiet)
            for y, row in enumerate(self.matrix):
                for x, dark in enumerate(row):
                    if dark:
                        p.fillRect(QRectF((x + quiet) * cell, (y + quiet) * cell, cell + 0.5, cell + 0.5), Qt.black)
        p.end()


class QrPanel(QWidget):
    """The QR code and a line saying what it leads to."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.code = QrCode(self)
        self.caption = plain_label(self)
        self.caption.setWordWrap(True)
        self.address = plain_label(self)
        self.address.setObjectName("Note")
        self.address.setWordWrap(True)
        text = QVBoxLayout()
        text.addStretch(1)
        text.addWidget(self.caption)
        text.addWidget(self.address)
        text.addStretch(1)
        lay = QHBoxLayout(self)
        lay.addWidget(self.code)
        lay.addLayout(text, 1)
        self.url = ""

    def set_url(self, url: str, nct: str) -> None:
        self.url = url
        self.code.set_text(url)
        self.caption.setText(self.tr("Scan to open the registry record of %1 on your phone").replace("%1", nct))
        self.address.setText(url)
