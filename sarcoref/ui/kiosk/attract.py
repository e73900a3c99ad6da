"""The attract screen: a slow loop of the content's highlights and a bilingual "touch to explore".

Its slide timer is the only timer that runs while nobody is at the kiosk (one tick per slide, 8 s by default);
it stops whenever the screen is hidden. Each slide's text size is the largest that fits the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from .. import pages
from ..reader import Page
from ..sanitize import clean
from . import slides as slide_source
from .style import Metrics, document_css
from .touch import plain_label

# Both languages at once, whatever the kiosk's language: a visitor must understand it before choosing one.
CALL_TO_ACTION = ("Touchez l’écran pour explorer", "Touch the screen to explore")


class AttractScreen(QWidget):
    touched = Signal()

    def __init__(self, library, lang: str, theme_name: str, slide_ms: int = 8000, parent=None):
        super().__init__(parent)
        self.library, self.lang, self.theme_name = library, lang, theme_name
        self.metrics = Metrics()
        self.index, self.turn = 0, 0
        self.slides: list[slide_source.Slide] = []
        self._fit_cache: dict[tuple, int] = {}

        self.timer = QTimer(self)
        interval = max(200, int(slide_ms))
        self.timer.setInterval(interval)
        # Whole seconds are plenty and wake the CPU less; but Qt rounds a very coarse interval to the nearest
        # second, and under half a second that is 0 s, which fires without pause: short (test) intervals stay coarse.
        self.timer.setTimerType(Qt.VeryCoarseTimer if interval >= 1000 else Qt.CoarseTimer)
        self.timer.timeout.connect(self.next_slide)

        self.label = plain_label(self)
        self.label.setObjectName("BarTitle")
        self.label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.page = Page(self)
        self.page.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.page.viewport().setAttribute(Qt.WA_TransparentForMouseEvents)
        self.page.setFocusPolicy(Qt.NoFocus)
        self.page.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.page.setFrameShape(Page.NoFrame)
        self.note = plain_label(self)
        self.note.setObjectName("Note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignCenter)
        self.dots = plain_label(self)
        self.dots.setObjectName("Dots")
        self.dots.setAlignment(Qt.AlignCenter)
        band = QWidget(self)
        band.setObjectName("CallToAction")
        band.setAttribute(Qt.WA_StyledBackground)
        self.cta = plain_label("  ·  ".join(CALL_TO_ACTION), band)
        self.cta.setObjectName("CallToAction")
        self.cta.setAlignment(Qt.AlignCenter)
        self.cta.setWordWrap(True)
        band_lay = QHBoxLayout(band)
        band_lay.addWidget(self.cta)
        self.band = band

        content = QVBoxLayout()
        self.top = QHBoxLayout()
        self.top.addStretch(1)
        self.top.addWidget(self.label)
        content.addLayout(self.top)
        # The page sits in a holder as tall as its text, centred: the slide is in the middle of the screen.
        self.holder = QWidget(self)
        holder_lay = QVBoxLayout(self.holder)
        holder_lay.setContentsMargins(0, 0, 0, 0)
        holder_lay.addStretch(1)
        holder_lay.addWidget(self.page)
        holder_lay.addStretch(1)
        self.holder.setMinimumHeight(1)
        content.addWidget(self.holder, 1)
        content.addWidget(self.dots)
        content.addWidget(self.note)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addLayout(content, 1)
        lay.addWidget(band)
        self.lay, self.content = lay, content
        self.setObjectName("Attract")
        self.setAttribute(Qt.WA_StyledBackground)
        self.set_language(lang)

    # ------------------------------------------------------------------ the loop

    def start(self) -> None:
        self.index = 0
        self._show_slide()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def hideEvent(self, e):  # noqa: N802 (Qt override)
        self.timer.stop()
        super().hideEvent(e)

    def next_slide(self) -> None:
        if not self.slides:
            return
        self.index += 1
        if self.index >= len(self.slides):
            self.index, self.turn = 0, self.turn + 1
            self.slides = slide_source.deck(self.library, self.lang, self.turn)  # the next lecture trial
        self._show_slide()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.slides = slide_source.deck(self.library, lang, self.turn)
        self.index = min(self.index, max(0, len(self.slides) - 1))
        self.note.setText(pages.disclaimer())
        if self.isVisible():
            self._show_slide()

    def set_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        m = metrics
        self.content.setContentsMargins(m.px(80), m.px(24), m.px(80), m.px(16))
        self.content.setSpacing(m.px(12))
        self.band.setMinimumHeight(m.px(150))
        self._fit_cache.clear()

    # ------------------------------------------------------------------ one slide

    def slide_label(self, slide) -> str:
        if slide.kind == "message":
            return self.tr("Key message %1 of %2").replace("%1", str(slide.number)).replace("%2", str(slide.count))
        if slide.kind == "trial":
            return self.tr("A trial")
        if slide.kind == "tolerance":
            return self.tr("Tolerance")
        return ""

    def _show_slide(self) -> None:
        if not self.slides:
            self.page.set_page("", document_css(self.theme_name))
            return
        slide = self.slides[self.index % len(self.slides)]
        self.label.setText(self.slide_label(slide))
        n = len(self.slides)
        self.dots.setText(" ".join("●" if i == self.index else "○" for i in range(n)))
        css = document_css(self.theme_name) + self._slide_css(slide)
        size, height = self._fitted_size(slide.html, css)
        font = QFont(self.page.font())
        font.setPixelSize(size)
        self.page.document().setDefaultFont(font)
        self.page.set_page(slide.html, css)
        self.page.setFixedHeight(max(1, min(self.holder.height(), height + 2)))

    def _slide_css(self, slide) -> str:
        if slide.kind == "title":
            return "h1 { font-size: 260%; margin-top: 40px; } p.lead { font-size: 160%; }"
        if slide.kind == "message":
            return "h1 { font-size: 120%; } ul.points { font-size: 130%; } li { margin-bottom: 16px; }"
        return "h1 { font-size: 140%; }"

    def _fitted_size(self, body: str, css: str) -> tuple[int, int]:
        """The largest text size (pixels) at which the slide fits the page without scrolling, and its height."""
        area = self.holder.size()
        width, height = max(200, area.width()), max(200, area.height())
        key = (hash(body), width, height)
        if key in self._fit_cache:
            return self._fit_cache[key]
        lo, hi = self.metrics.small, self.metrics.px(60)
        safe = clean(body)  # measured exactly as the page will show it: sanitised
        doc = _Measure()
        doc.setDocumentMargin(self.page.document().documentMargin())
        doc.setDefaultStyleSheet(css)
        best = (lo, height)
        while lo <= hi:
            mid = (lo + hi) // 2
            font = QFont(self.page.font())
            font.setPixelSize(mid)
            doc.setDefaultFont(font)
            doc.setHtml(safe)
            doc.setTextWidth(width)
            if doc.size().height() <= height and doc.idealWidth() <= width + 1:
                best, lo = (mid, round(doc.size().height())), mid + 1
            else:
                hi = mid - 1
        if len(self._fit_cache) > 64:
            self._fit_cache.clear()
        self._fit_cache[key] = best
        return best

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        # One line on a landscape screen; one line per language on a portrait totem.
        self.cta.setText(("  ·  " if self.width() > self.height() else "\n").join(CALL_TO_ACTION))
        if self.isVisible() and self.slides:
            self._show_slide()

    # ------------------------------------------------------------------ a touch anywhere

    def mousePressEvent(self, e):  # noqa: N802 (Qt override)
        e.accept()
        self.touched.emit()

    def keyPressEvent(self, e):  # noqa: N802 (Qt override)
        e.accept()
        self.touched.emit()


class _Measure(QTextDocument):
    """A document that only measures: it loads nothing a page might name (images, style sheets)."""

    def loadResource(self, kind, url):  # noqa: N802 (Qt override)
        return None
