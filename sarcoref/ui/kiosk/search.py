"""Search without a keyboard: a big field, our on-screen keyboard, and preset topics for those who will not type.

The search itself is the app's: off the UI thread, the newest answer wins. Whatever a visitor types is kept
out of the crash log (crashlog.add_redaction) and is wiped at the idle reset.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ...data import crashlog
from ..search_panel import HTML_ROLE, ResultsList, SearchRunner
from .keyboard import OnScreenKeyboard
from .style import Metrics
from .touch import FlowLayout, button, kinetic, stop_scrolling

# Topics offered as chips besides the trial acronyms: query words, not statements. A chip that finds
# nothing in the content is not shown.
TOPICS = {"fr": ["pneumopathie", "abscopal", "PD-L1"], "en": ["pneumonitis", "abscopal", "PD-L1"]}
MAX_CHIPS = 12
KEY_HEIGHT = 72  # an on-screen key's height at 1080 px (scaled with the screen)


def preset_queries(library, lang: str) -> list[str]:
    acronyms = [t.data.get("acronym") for t in library.trials(lang) if t.data.get("acronym")]
    chosen = []
    for q in [*acronyms, *TOPICS.get(lang, TOPICS["en"])]:
        if q not in chosen and library.search(q, lang, 1):
            chosen.append(q)
    return chosen[:MAX_CHIPS]


class _Results(ResultsList):
    """The app's results list; rows re-fitted to kiosk sizes after its own resize handling."""

    fit = None

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        # Its wrapping status line would make the screen's layout take the list's full height as a minimum, and push
        # the keyboard off the bottom of a 768-pixel screen; the list scrolls in whatever room is left instead.
        return False

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        if self.fit is not None:
            self.fit()


class SearchScreen(QWidget):
    open_requested = Signal(str, str)  # id, kind

    def __init__(self, library, lang: str, parent=None):
        super().__init__(parent)
        self.library, self.lang = library, lang
        self.metrics = Metrics()
        self.field = QLineEdit(self)
        self.field.setContextMenuPolicy(Qt.NoContextMenu)
        self.field.setDragEnabled(False)
        self.field.setAcceptDrops(False)
        self.field.setClearButtonEnabled(False)
        self.field.setMaxLength(80)
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self._query_changed)
        self.keyboard_button = button("", "", self)
        self.keyboard_button.clicked.connect(self.show_keyboard)
        self.chip_host = QWidget(self)
        self.chip_flow = FlowLayout(self.chip_host)
        self.chips: list = []
        self._presets: dict[str, list[str]] = {}
        self.results = _Results(self._kind_label, self)
        self.results.fit = self._fit_rows
        self.results.setMinimumHeight(1)
        self.results.list.setMinimumHeight(1)
        self.results.list.setFocusPolicy(Qt.NoFocus)
        self.results.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.results.list.setSpacing(0)
        kinetic(self.results.list)
        self.results.open_requested.connect(self.open_requested)
        self.keyboard = OnScreenKeyboard(self.field, self)
        self.keyboard.hide_requested.connect(self.hide_keyboard)
        self.runner = SearchRunner(library.search, self)
        self.runner.results.connect(self._show_results)

        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.keyboard_button)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.chip_host)
        lay.addWidget(self.results, 1)
        lay.addWidget(self.keyboard)
        self.lay, self.row = lay, row
        self.lang = ""
        self.set_language(lang)

    def set_metrics(self, m: Metrics) -> None:
        self.metrics = m
        self.lay.setContentsMargins(m.px(40), m.px(20), m.px(40), 0)
        self.lay.setSpacing(m.px(16))
        self.row.setSpacing(m.px(16))
        self.chip_flow.set_gap(m.px(14))
        self.keyboard.set_metrics(m.px(10))  # a gap a finger can see between keys
        self._fit_keyboard()

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        self._fit_keyboard()

    def _fit_keyboard(self) -> None:
        """The keyboard's height depends on the screen alone: keys about 72 px tall at 1080 px, the keyboard at most
        half the screen below the top bar. Fixed, so that nothing the visitor does (chips hidden once typing starts,
        results arriving) moves a key under a finger."""
        height = self.keyboard.fit_height(self.metrics.px(KEY_HEIGHT), self.height() // 2)
        if height != self.keyboard.height() or height != self.keyboard.minimumHeight():
            self.keyboard.setFixedHeight(height)
            self.lay.invalidate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Type a word, a trial name, an NCT number…"))
        self.field.setAccessibleName(self.tr("Search"))
        self.keyboard_button.setText(self.tr("Keyboard"))
        self.results.list.setAccessibleName(self.tr("Search results"))
        self.keyboard.retranslate()
        if not self.field.text().strip():
            self.results.status.setText(self.tr("Tap a topic, or type with the keyboard below."))

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        self.keyboard.set_layout(lang)
        if lang not in self._presets:  # a dozen searches: done once per language, not at every reset
            self._presets[lang] = preset_queries(self.library, lang)
        queries = self._presets[lang]
        while len(self.chips) < len(queries):  # chips are kept and relabelled, never churned
            chip = button("", "Chip", self.chip_host)
            chip.clicked.connect(lambda _=False, c=chip: self.run_preset(c.text()))
            self.chip_flow.addWidget(chip)
            self.chips.append(chip)
        for n, chip in enumerate(self.chips):
            chip.setVisible(n < len(queries))
            if n < len(queries):
                chip.setText(queries[n])
        self.chip_flow.invalidate()
        self.retranslate()
        if self.field.text().strip():
            self.runner.submit(self.field.text(), lang)

    def _kind_label(self, kind: str) -> str:
        return {"trial": self.tr("Trials"), "section": self.tr("Lecture"), "reference": self.tr("References"),
                "glossary": self.tr("Glossary"), "tolerance": self.tr("Tolerance"), "ctcae": self.tr("CTCAE grades"),
                "about": self.tr("About")}.get(kind, kind)  # fmt: skip

    # ------------------------------------------------------------------ typing and results

    def run_preset(self, query: str) -> None:
        self.field.setText(query)
        self.hide_keyboard()

    def show_keyboard(self) -> None:
        self.keyboard.show()
        self.keyboard_button.hide()
        self.field.setFocus(Qt.OtherFocusReason)

    def hide_keyboard(self) -> None:
        self.keyboard.hide()
        self.keyboard_button.show()

    def _query_changed(self, text: str) -> None:
        # Chips are for those who do not type; once typing starts, their room goes to the results.
        self.chip_host.setVisible(not text or text in self._chip_texts())
        if not text.strip():
            self.runner.generation += 1  # drop whatever is still running
            self.results.clear()
            self.retranslate()
            return
        crashlog.add_redaction(text)
        self.runner.submit(text, self.lang)

    def _show_results(self, query: str, hits: list) -> None:
        if query != self.field.text():
            return
        count = self.tr("%n result(s)", "", len(hits))
        corrected = next((h.corrected for h in hits if getattr(h, "corrected", None)), None)
        if corrected:  # a visitor's typo was corrected: say so, never pass the hits off as the typed word's
            literal = any(not h.corrected and not h.found_in for h in hits)
            said = self.tr("also showing “%1”") if literal else self.tr("showing results for “%1”")
            count = f"{count} · {said.replace('%1', corrected)}"
        self.results.show_hits(query, hits, self.tr("No results. Try fewer letters, or tap a topic."), count)
        self._fit_rows()
        self.results.list.scrollToTop()

    def _chip_texts(self) -> set[str]:
        return {c.text() for c in self.chips if not c.isHidden()}

    def _fit_rows(self) -> None:
        """Rows at kiosk size (the list's type, generous padding, at least a button tall), readable headings."""
        lst, m = self.results.list, self.metrics
        delegate = self.results.delegate
        delegate.padding, delegate.min_height = m.px(12), m.button
        delegate.selected_colour = lst.palette().color(QPalette.Text)  # the kiosk's selection is light
        delegate.clear_cache()
        width = max(100, lst.viewport().width() - m.px(8))
        for i in range(lst.count()):
            item = lst.item(i)
            if item.data(HTML_ROLE) is None:  # a group heading
                f = item.font()
                f.setPixelSize(m.small)
                f.setBold(True)
                item.setFont(f)
                item.setSizeHint(QSize(width, m.px(56)))
        lst.doItemsLayout()

    def eventFilter(self, obj, e) -> bool:  # noqa: N802 (Qt override)
        if obj is self.field and e.type() == QEvent.MouseButtonPress and self.keyboard.isHidden():
            self.show_keyboard()
        return super().eventFilter(obj, e)

    def reset(self) -> None:
        """Idle reset: no text, no results, keyboard ready for the next visitor, top of the list."""
        self.runner.generation += 1
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.field.clearFocus()
        self.results.clear()
        stop_scrolling(self.results.list)
        self.results.list.verticalScrollBar().setValue(0)
        self.keyboard.show()
        self.keyboard_button.hide()
        self.chip_host.show()
        self.retranslate()
