"""Print and PDF export with the source and the "as of" date in every page's footer."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from . import theme
from .sanitize import clean


def render(html: str, footer: str, printer: QPrinter | QPdfWriter) -> int:
    """Lay the page out on the printer's pages, footer on each; returns the number of pages."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout.Millimeter))  # fmt: skip
    doc = QTextDocument()
    doc.setDefaultStyleSheet(theme.document_css("light"))  # paper is white whatever the screen theme
    font = QFont()
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setHtml(clean(html))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer or the PDF file could not be opened")
    try:
        page_rect = printer.pageLayout().paintRectPixels(printer.resolution())
        foot_font = QFont(font)
        foot_font.setPointSizeF(8.5)
        painter.setFont(foot_font)
        # The footer wraps inside the page (a French footer is longer than A4 is wide) and the page number has its
        # own place at the right, so neither the content date nor "n/N" can fall off the paper.
        fm = painter.fontMetrics()
        number_w = fm.horizontalAdvance("0000/0000") + fm.averageCharWidth() * 2
        text_w = page_rect.width() - number_w
        wrapped = fm.boundingRect(QRect(0, 0, int(text_w), 10_000), Qt.TextWordWrap | Qt.AlignLeft, footer)
        footer_h = wrapped.height() + printer.resolution() * 0.12
        body = QSizeF(page_rect.width(), page_rect.height() - footer_h)
        doc.documentLayout().setPaintDevice(printer)
        doc.setPageSize(body)
        pages = doc.pageCount()
        for n in range(pages):
            if n:
                printer.newPage()
            painter.save()
            painter.translate(0, -n * body.height())
            doc.drawContents(painter, QRectF(0, n * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(foot_font)
            painter.drawText(QRectF(0, body.height(), text_w, footer_h), Qt.AlignLeft | Qt.AlignBottom | Qt.TextWordWrap,
                             footer)  # fmt: skip
            painter.drawText(QRectF(text_w, body.height(), number_w, footer_h), Qt.AlignRight | Qt.AlignBottom,
                             f"{n + 1}/{pages}")  # fmt: skip
        return pages
    finally:
        painter.end()


def export_pdf(html: str, footer: str, path: str) -> int:
    # A QPdfWriter, not a QPrinter: even set to write a PDF, a QPrinter asks the system's print service for its
    # printers (with CUPS, internet sockets to its server). Writing a file must not touch the network.
    writer = QPdfWriter(path)
    writer.setResolution(1200)
    writer.setCreator("SarcoRef")
    return render(html, footer, writer)
