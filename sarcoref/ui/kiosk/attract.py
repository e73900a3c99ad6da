"""The attract screen: a slow loop of the content's highlights and a bilingual "touch to explore".

Its slide timer is the only timer that runs while nobody is at the kiosk (one tick per slide, 8 s by default);
it stops whenever the screen is hidden. Each slide's text size is the largest that fits the screen, never under
the kiosk's body size: a slide too dense for that is shown as several pages (its items or table rows shared out).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
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
        self.deck: list[slide_source.Slide] = []  # one turn of the loop
        self.slides: list[slide_source.Slide] = []  # what is shown: the deck, a dense slide as several pages
        self._sizes: list[int] = []  # each page's text size
        self._paged_for: tuple | None = None
        self._fit_cache: dict[tuple, tuple[int, int]] = {}

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
        self.holder.installEventFilter(self)  # its size is the slide's room: pages are cut for it
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
        self._paginate()
        if not self.slides:
            return
        self.index += 1
        if self.index >= len(self.slides):
            self.index, self.turn = 0, self.turn + 1
            self.deck = slide_source.deck(self.library, self.lang, self.turn)  # the next lecture trial
        self._show_slide()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.deck = slide_source.deck(self.library, lang, self.turn)
        self._paginate()
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
        self._paged_for = None

    @property
    def min_text(self) -> int:
        """The smallest body text of a slide, in pixels (28 at 1080 px, scaled): read from a few steps away. A slide
        that does not fit at this size is shown as several pages rather than in smaller letters."""
        return self.metrics.body

    # ------------------------------------------------------------------ pages

    def _paginate(self) -> None:
        """`slides`: the deck's slides as pages that fit the screen at `min_text` or larger, each with its text size
        (one size for all the pages of a slide). Done again when the screen, the language or the deck changes."""
        width, height = self._area()
        key = (width, height, self.metrics.s, self.lang, id(self.deck), self.theme_name)
        if key == self._paged_for:
            return
        self._paged_for = key
        shown, sizes = [], []
        for slide in self.deck:
            css = self._css(slide)
            cut = self._cut(slide, css, width, height)
            size = min(self._fitted_size(p.html, css)[0] for p in cut)
            shown += cut
            sizes += [size] * len(cut)
        self.slides, self._sizes = shown, sizes
        self.index = min(self.index, max(0, len(shown) - 1))

    def _cut(self, slide, css: str, width: int, height: int) -> list:
        if not slide.parts or self._fits(slide.html, css, self.min_text, width, height):
            return [slide]

        def refine(part: str) -> list[str]:  # a table row too tall even alone: rows of fewer statements
            if self._fits(slide_source.split(slide, (part,)).html, css, self.min_text, width, height):
                return [part]
            finer = slide_source.finer(part)
            return [p for f in finer for p in refine(f)] if finer else [part]

        parts = [p for part in slide.parts for p in refine(part)]
        whole = slide_source.split(slide, tuple(parts))
        cut, start = [], 0
        while start < len(parts):
            end = start + 1
            while end < len(parts) and self._fits(whole.page(start, end + 1, 0).html, css, self.min_text, width,
                                                  height):  # fmt: skip
                end += 1
            cut.append(whole.page(start, end, len(cut)))
            start = end
        return cut

    # ------------------------------------------------------------------ one slide

    def slide_label(self, slide) -> str:
        if slide.kind == "message":
            label = self.tr("Key message %1").replace("%1", str(slide.number))
        elif slide.kind == "trial":
            label = self.tr("A trial")
        elif slide.kind == "tolerance":
            label = self.tr("Tolerance")
        else:
            return ""
        return self.tr("%1 (continued)").replace("%1", label) if slide.page_number else label

    def _show_slide(self) -> None:
        self._paginate()
        if not self.slides:
            self.page.set_page("", document_css(self.theme_name))
            return
        self.index %= len(self.slides)
        slide = self.slides[self.index]
        self.label.setText(self.slide_label(slide))
        # One dot per page shown: the dots and the label never count different things.
        self.dots.setText(" ".join("●" if i == self.index else "○" for i in range(len(self.slides))))
        self.dots.setAccessibleName(  # the dots are a picture; a screen reader gets the words
            self.tr("Slide %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.slides)))
        )
        css = self._css(slide)
        size = self._sizes[self.index]
        height = self._measure(slide.html, css, size, self._area()[0])[0]
        font = QFont(self.page.font())
        font.setPixelSize(size)
        self.page.document().setDefaultFont(font)
        self.page.set_page(slide.html, css)
        self.page.setFixedHeight(max(1, min(self.holder.height(), height + 2)))

    def _css(self, slide) -> str:
        return document_css(self.theme_name) + self._slide_css(slide)

    def _slide_css(self, slide) -> str:
        if slide.kind == "title":
            return "h1 { font-size: 260%; margin-top: 40px; } p.lead { font-size: 160%; }"
        if slide.kind == "message":
            return ("h1 { font-size: 120%; } ul.points, ul.more { font-size: 130%; } li { margin-bottom: 16px; } "
                    "ul.more { list-style-type: none; }")  # fmt: skip
        return "h1 { font-size: 140%; }"

    def _area(self) -> tuple[int, int]:
        area = self.holder.size()
        return max(200, area.width()), max(200, area.height())

    def _measure(self, body: str, css: str, size: int, width: int) -> tuple[int, float]:
        """Height and widest line of a slide at a text size, measured exactly as the page will show it (sanitised)."""
        doc = _Measure()
        doc.setDocumentMargin(self.page.document().documentMargin())
        doc.setDefaultStyleSheet(css)
        font = QFont(self.page.font())
        font.setPixelSize(size)
        doc.setDefaultFont(font)
        doc.setHtml(clean(body))
        doc.setTextWidth(width)
        return round(doc.size().height()), doc.idealWidth()

    def _fits(self, body: str, css: str, size: int, width: int, height: int) -> bool:
        tall, wide = self._measure(body, css, size, width)
        return tall <= height and wide <= width + 1

    def _fitted_size(self, body: str, css: str) -> tuple[int, int]:
        """The largest text size (pixels, from `min_text` up) at which the slide fits the page, and its height."""
        width, height = self._area()
        key = (hash(body), hash(css), width, height, self.min_text)
        if key in self._fit_cache:
            return self._fit_cache[key]
        lo, hi = self.min_text, self.metrics.px(60)
        best = (lo, height)
        while lo <= hi:
            mid = (lo + hi) // 2
            tall, wide = self._measure(body, css, mid, width)
            if tall <= height and wide <= width + 1:
                best, lo = (mid, tall), mid + 1
            else:
                hi = mid - 1
        if len(self._fit_cache) > 256:
            self._fit_cache.clear()
        self._fit_cache[key] = best
        return best

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        # One line on a landscape screen; one line per language on a portrait totem.
        self.cta.setText(("  ·  " if self.width() > self.height() else "\n").join(CALL_TO_ACTION))
        if self.isVisible() and self.slides:
            self._show_slide()

    def eventFilter(self, obj, e):  # noqa: N802 (Qt override)
        if obj is self.holder and e.type() == QEvent.Resize and self.isVisible() and self.deck:
            self._show_slide()
        return super().eventFilter(obj, e)

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
