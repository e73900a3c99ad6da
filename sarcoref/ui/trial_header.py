"""The strip above a trial's page: NCT ID, registry date, a QR code of the registry record, copy buttons.

The QR code is drawn here from the URL (segno, no network), so a phone can open the record later.
In kiosk mode there is no clipboard and no link out; the QR code is larger instead.
"""

from __future__ import annotations

import functools
import io
import re

import segno
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..data.cite import cite
from . import a11y, theme
from .sanitize import plain_tooltip

QR_SCALE, QR_SCALE_KIOSK = 3, 6  # pixels per module: ~110 px beside the page, ~220 px on a kiosk
QR_BORDER = 4  # the quiet zone scanners need
COPIED_MS = 2500

_QUOTED = re.compile(r"[«“'\"]\s*(.+?)\s*[»”'\"]\s*\.?\s*$")


def registry_title(item) -> str | None:
    """The registry's brief title when our record quotes it whole (never a guess, never a paraphrase)."""
    for field in ("brief_title", "official_title"):
        for st in item.data.get("fields", {}).get(field, []):
            if not any(src.get("type") == "registry" for src in st.get("sources", [])):
                continue
            m = _QUOTED.search(st.get("text") or "")
            if m and not m.group(1).startswith(("…", "...")):
                return m.group(1)
    return None


def publication_ids(item) -> list[str]:
    """Reference ids cited by the trial's publications, in the record's order, once each."""
    ids: list[str] = []
    for st in item.data.get("fields", {}).get("publications", []):
        for src in st.get("sources", []):
            if src.get("type") == "ref" and src.get("id") not in ids:
                ids.append(src["id"])
    return ids


@functools.lru_cache(maxsize=64)
def _qr_code(url: str) -> segno.QRCode:
    return segno.make(url, error="m")


@functools.lru_cache(maxsize=64)
def _qr_png(url: str, scale: int) -> bytes:
    """Encoded once per trial and size: reopening a card costs no QR work."""
    buf = io.BytesIO()
    # Dark on light in every theme: scanners need it.
    _qr_code(url).save(buf, kind="png", scale=scale, border=QR_BORDER, dark="#000000", light="#ffffff")
    return buf.getvalue()


class TrialHeader(QWidget):
    def __init__(self, item, lang: str, theme_name: str = "light", kiosk: bool = False, parent=None, *,
                 library=None):  # fmt: skip
        super().__init__(parent)
        self.kiosk = kiosk
        self.library = library if library is not None else _library_of(parent)
        self.theme_name = ""
        self.setObjectName("TrialHeader")
        self.setAttribute(Qt.WA_StyledBackground, True)

        self.nct_label = QLabel(self)
        f = QFont(self.nct_label.font())
        f.setPointSizeF(15 if kiosk else 13)
        f.setBold(True)
        self.nct_label.setFont(f)
        self.nct_label.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.as_of_label = QLabel(self)
        self.url_label = QLabel(self)
        self.url_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.url_label.setWordWrap(True)
        big = 2.0 if kiosk else 0.0  # a kiosk is read standing, at arm's length
        _point_size(self.as_of_label, 11 + big, bold=True)
        _point_size(self.url_label, 10 + big)

        self.copy_id_btn: QPushButton | None = None
        self.copy_cite_btn: QPushButton | None = None
        self.copied_label = QLabel(self)
        self.copied_timer = QTimer(self)
        self.copied_timer.setSingleShot(True)
        self.copied_timer.setInterval(COPIED_MS)
        self.copied_timer.timeout.connect(lambda: self.copied_label.setText(""))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        if not kiosk:  # a kiosk has no clipboard anyone could use
            self.copy_id_btn, self.copy_cite_btn = QPushButton(self), QPushButton(self)
            for b in (self.copy_id_btn, self.copy_cite_btn):
                b.setMinimumHeight(32)
                buttons.addWidget(b)
            self.copy_id_btn.clicked.connect(self.copy_nct_id)
            self.copy_cite_btn.clicked.connect(self.copy_citation)
        buttons.addWidget(self.copied_label)
        buttons.addStretch(1)

        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(self.nct_label)
        left.addWidget(self.as_of_label)
        left.addWidget(self.url_label)
        left.addSpacing(4)
        left.addLayout(buttons)
        left.addStretch(1)

        self.qr_label = QLabel(self)
        self.qr_label.setAlignment(Qt.AlignCenter)
        self.qr_caption = QLabel(self)
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.qr_caption.setFixedWidth(260 if kiosk else 200)
        for label in (self.nct_label, self.as_of_label, self.url_label, self.qr_caption, self.copied_label):
            label.setTextFormat(Qt.PlainText)  # trial fields are text: as markup, an <img> would be read from disk
        _point_size(self.qr_caption, 10 + big)
        _point_size(self.copied_label, 10 + big, bold=True)

        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 8, 16, 8)
        lay.setSpacing(12)
        lay.addLayout(left, 1)
        lay.addWidget(self.qr_caption, 0, Qt.AlignVCenter)
        lay.addWidget(self.qr_label, 0, Qt.AlignVCenter)

        self.set_trial(item, lang)
        self.set_theme(theme_name)

    def set_trial(self, item, lang: str) -> None:
        """Show another trial (or the same in another language): the widgets stay, only their content changes."""
        self.item, self.lang = item, lang
        d = item.data
        self.nct_id: str = d.get("nct_id") or item.id
        self.url: str | None = d.get("registry_url")
        self.as_of: str | None = d.get("registry_as_of")
        self.nct_label.setText(self.nct_id)
        self.qr = _qr_code(self.url) if self.url else None
        pixmap = QPixmap()
        if self.qr is not None:
            pixmap.loadFromData(_qr_png(self.url, QR_SCALE_KIOSK if self.kiosk else QR_SCALE), "PNG")
        self.qr_label.setPixmap(pixmap)
        self.qr_label.setVisible(self.qr is not None)
        self.qr_label.setAccessibleDescription(self.url or "")
        self.copied_timer.stop()
        self.copied_label.setText("")
        self.retranslate()

    # ------------------------------------------------------------------ text

    def date_text(self) -> str | None:
        """The registry date in the user's language (e.g. 19 February 2025), or None when unknown."""
        if not self.as_of:
            return None
        date = QDate.fromString(self.as_of, "yyyy-MM-dd")
        locale = QLocale(QLocale.French if self.lang == "fr" else QLocale.English)
        return locale.toString(date, "d MMMM yyyy") if date.isValid() else self.as_of

    def retranslate(self) -> None:
        date = self.date_text()
        self.as_of_label.setText(
            self.tr("Registry data as of %1").replace("%1", date)
            if date
            else self.tr("Registry data as of: not reported")
        )
        if self.url:
            self.url_label.setText(self.url)  # plain text, never a link: the app stays offline, a kiosk stays shut
            self.qr_label.setAccessibleName(self.tr("QR code of the registry record"))
            self.qr_label.setToolTip(plain_tooltip(self.url))
            self.qr_caption.setText(self.tr("Scan with a phone to open this registry record later"))
        else:
            self.url_label.setText(self.tr("Registry link: not reported"))
            self.qr_label.setAccessibleName("")
            self.qr_label.setToolTip("")
            self.qr_caption.setText("")
        self.nct_label.setAccessibleName(self.tr("NCT ID %1").replace("%1", self.nct_id))
        if self.copy_id_btn is not None:
            self.copy_id_btn.setText(self.tr("Copy NCT ID"))
            self.copy_id_btn.setAccessibleName(self.tr("Copy NCT ID"))
            self.copy_id_btn.setToolTip(self.tr("Copy %1 to the clipboard").replace("%1", self.nct_id))
            self.copy_cite_btn.setText(self.tr("Copy citation"))
            self.copy_cite_btn.setAccessibleName(self.tr("Copy citation"))
            self.copy_cite_btn.setToolTip(
                self.tr("Copy the citation of the trial's publication")
                if self._references() else self.tr("Copy a citation of the registry record")
            )  # fmt: skip

    def set_theme(self, theme_name: str) -> None:
        theme_name = theme_name if theme_name in theme.COLOURS else "light"
        if theme_name == self.theme_name:
            return  # restyling costs a polish of every label
        self.theme_name = theme_name
        c = theme.COLOURS[self.theme_name]
        self.setStyleSheet(
            f"#TrialHeader {{ background: {c.lecture_bg}; border-bottom: 1px solid {c.border}; }}"
            f"#TrialHeader QLabel {{ color: {c.text}; }}"
        )
        for label in (self.url_label, self.qr_caption):
            label.setStyleSheet(f"color: {c.muted};")
        self.copied_label.setStyleSheet(f"color: {c.update_fg};")
        self.qr_label.setFrameShape(QFrame.NoFrame)

    # ------------------------------------------------------------------ citation and clipboard

    def _references(self) -> list:
        if self.library is None:
            return []
        refs = (self.library.item(i, self.lang) for i in publication_ids(self.item))
        return [r for r in refs if r is not None and r.kind == "reference"]

    def citation(self) -> str:
        """The trial's publication(s) in Vancouver style; without one, a citation of the registry record."""
        refs = self._references()
        if refs:
            return "\n".join(cite({"id": r.id, **r.data}, "vancouver") for r in refs)
        acronym = self.item.data.get("acronym")
        parts = [p for p in (acronym, registry_title(self.item)) if p]
        parts.append(f"ClinicalTrials.gov identifier: {self.nct_id}")
        parts.append(self.tr("Registry data as of %1").replace("%1", self.as_of) if self.as_of
                     else self.tr("Registry data as of: not reported"))  # fmt: skip
        text = " ".join(p if p.endswith((".", "?", "!")) else p + "." for p in parts)
        return f"{text} {self.url}" if self.url else text

    def copy_nct_id(self) -> None:
        self._copy(self.nct_id)

    def copy_citation(self) -> None:
        self._copy(self.citation())

    def _copy(self, text: str) -> None:
        if self.kiosk:
            return
        QGuiApplication.clipboard().setText(text)
        self.copied_label.setText(self.tr("Copied"))
        a11y.announce(self.copied_label, self.copied_label.text())
        self.copied_timer.start()


def _point_size(widget: QWidget, size: float, bold: bool = False) -> None:
    f = QFont(widget.font())
    f.setPointSizeF(size)
    f.setBold(bold)
    widget.setFont(f)


def _library_of(widget):
    """The library of the window we sit in, when the caller did not pass one (for publication citations)."""
    while widget is not None:
        lib = getattr(widget, "library", None)
        if lib is not None and hasattr(lib, "item"):
            return lib
        widget = widget.parentWidget()
    return None
