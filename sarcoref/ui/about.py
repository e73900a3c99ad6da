"""About: content version and date, the database in use, the notice, versions and licences."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from .. import __version__
from ..data.library import DEVELOPMENT, PUBLISHER
from . import pages, theme

LICENCES = (  # name, licence; the LGPL notice of Qt is written out in the dialog (translated)
    ("Qt 6 / PySide6", "LGPL-3.0"), ("Python", "PSF-2.0"), ("SQLite", "Public domain"),
    ("Python-Markdown", "BSD-3-Clause"), ("PyYAML", "MIT"), ("nh3 (Ammonia)", "MIT / Apache-2.0"),
    ("segno", "BSD-3-Clause"), ("platformdirs", "MIT"), ("PyNaCl (libsodium)", "Apache-2.0 (ISC)"),
)  # fmt: skip


class AboutDialog(QDialog):
    def __init__(self, library, lang: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About SarcoRef"))
        self.resize(640, 560)
        text = QTextBrowser(self)
        text.setOpenLinks(False)
        text.document().setDefaultStyleSheet(theme.document_css(getattr(parent, "theme", "light")))
        text.setHtml(self.about_html(library, lang))
        text.setAccessibleName(self.tr("About SarcoRef"))
        if parent is not None and hasattr(parent, "open"):
            text.anchorClicked.connect(lambda url: (self.accept(), parent.open(url.toString())))
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(buttons)

    def signature_line(self, provenance) -> str:
        """Whose signature the content in use carries."""
        if provenance.level == PUBLISHER:
            return self.tr("Content signed by the publisher (key %1).").replace("%1", provenance.key_id or "")
        if provenance.level == DEVELOPMENT and provenance.key_id:
            return self.tr("Development build: content signed with this build's own key (%1), not by the "
                           "publisher.").replace("%1", provenance.key_id)  # fmt: skip
        if provenance.level == DEVELOPMENT:
            return self.tr("Development build: content built from the sources, not signed by the publisher.")
        return self.tr("Unsigned content — not from the publisher (%1).").replace("%1", provenance.detail)

    def about_html(self, library, lang: str) -> str:
        esc = html.escape
        in_use = self.tr("Content database in use:")
        about_content = self.tr("About this content: sources and how statements are marked")
        whatsnew = self.tr("What's new in this content")
        offline = self.tr("SarcoRef works offline and never opens a network connection.")
        versions, licences = self.tr("Versions"), self.tr("Licences of what SarcoRef ships")
        parts = [
            f"<h1>SarcoRef {esc(__version__)}</h1>",
            f"<p><b>{esc(library.meta.get(f'lecture_title_{lang}', ''))}</b></p>",
            f'<p class="notice">{esc(pages.disclaimer())}</p>',
            f"<p>{esc(pages.as_of_line(library))}</p>",
            f"<p>{esc(in_use)} <code>{esc(str(library.path))}</code></p>",
            f"<p><b>{esc(self.signature_line(library.provenance))}</b></p>",
            f'<p><a href="section:about-content">{esc(about_content)}</a></p>',
            f'<p><a href="whatsnew:">{esc(whatsnew)}</a></p>',
            f"<p>{esc(offline)}</p>",
            f"<h2>{esc(versions)}</h2><p>Qt {qVersion()} · PySide6 {PySide6.__version__} · "
            f"Python {platform.python_version()} · {esc(platform.system())}</p>",
            f"<h2>{esc(licences)}</h2><ul>",
        ]
        qt_notice = self.tr(
            "Qt and PySide6 are used under the GNU Lesser General Public License v3. SarcoRef links to them "
            "dynamically; you may replace the Qt libraries shipped in the application folder with your own build. "
            "Qt's source code is available from The Qt Company and the Qt Project (qt.io)."
        )
        for name, licence in LICENCES:
            extra = f"<br>{esc(qt_notice)}" if name.startswith("Qt") else ""
            parts.append(f"<li><b>{esc(name)}</b>: {esc(licence)}{extra}</li>")
        parts.append("</ul>")
        return "".join(parts)
