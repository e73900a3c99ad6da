"""Search as you type: queries run off the UI thread; a late answer never replaces a newer one."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QRunnable, QSize, QStringListModel, Qt, QThreadPool, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from . import a11y

KIND_ORDER = ("trial", "section", "tolerance", "ctcae", "glossary", "reference", "about")


class RecentSearches(QCompleter):
    """The user's last searches, offered under the empty search field (Down, Ctrl+K or a click). Not attached as
    the field's completer: typing must search, not pop a list up over the results at every key."""

    chosen = Signal(str)

    def __init__(self, field, store):
        super().__init__(field)
        self.field, self.store = field, store
        self.setWidget(field)
        self.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseInsensitive)
        self.setModel(QStringListModel(self))
        self.activated[str].connect(self.chosen)
        field.textChanged.connect(self._typed)

    def _typed(self, text: str) -> None:
        if text.strip():
            self.popup().hide()  # typing searches: the list would hide the results

    def offer(self) -> bool:
        """Show the list when the field is empty and there is something to offer."""
        searches = self.store.recent_searches()
        if self.field.text().strip() or not searches:
            return False
        self.model().setStringList(searches)
        self.setCompletionPrefix("")
        self.complete()
        return True

    def remember(self, query: str) -> None:
        self.store.add_recent_search(query)

    def clear(self) -> None:
        self.popup().hide()
        self.store.clear_recent_searches()


class _Relay(QObject):
    done = Signal(int, str, object)


class _Job(QRunnable):
    def __init__(self, searcher, generation: int, query: str, lang: str, options: dict, relay: _Relay, latest):
        super().__init__()
        self.searcher, self.generation, self.query, self.lang = searcher, generation, query, lang
        self.options, self.relay, self.latest = options, relay, latest

    def run(self):
        if self.generation != self.latest():
            return  # a newer keystroke is already queued: skip the work entirely
        try:
            hits = self.searcher(self.query, self.lang, **self.options)
        except Exception:  # a damaged database must not kill the worker; show nothing
            hits = []
        self.relay.done.emit(self.generation, self.query, hits)


class SearchRunner(QObject):
    """Runs one search at a time on a worker thread and delivers only the newest answer."""

    results = Signal(str, object)  # query, what the searcher returned (its hits, or a library.Results)

    def __init__(self, searcher, parent=None):
        super().__init__(parent)
        self.searcher = searcher
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.generation = 0
        self.relay = _Relay(self)
        self.relay.done.connect(self._done, Qt.QueuedConnection)

    def submit(self, query: str, lang: str, **options) -> None:
        self.generation += 1
        job = _Job(self.searcher, self.generation, query, lang, options, self.relay, lambda: self.generation)
        self.pool.start(job)

    def _done(self, generation: int, query: str, hits) -> None:
        if generation == self.generation:
            self.results.emit(query, hits)

    def wait(self, ms: int = 2000) -> bool:
        return self.pool.waitForDone(ms)


HTML_ROLE = Qt.UserRole + 1


class HitDelegate(QStyledItemDelegate):
    """Paints a hit (title and highlighted snippet) as rich text: no widget per row, so a keystroke that
    brings fifty hits costs a few text layouts, not fifty labels."""

    def __init__(self, view: QListView):
        super().__init__(view)
        self.view = view
        self.padding = 6
        self.min_height = 0
        self.selected_colour: QColor | None = None  # where a style sheet paints selection without the palette
        # Laid-out hits by (their HTML, width): keyed by what they show, not by row, a cached layout can never be
        # painted on another hit's row (row keys re-cached old hits while the list was being cleared).
        self._docs: dict[tuple[str, int], QTextDocument] = {}

    def clear_cache(self) -> None:
        self._docs.clear()

    def _doc(self, option, index) -> QTextDocument:
        width = max(50, self.view.viewport().width())
        text = index.data(HTML_ROLE)
        key = (text, width)
        doc = self._docs.get(key)
        if doc is None:
            if len(self._docs) > 2000:  # bounded: a long session of typing does not grow it for ever
                self._docs.clear()
            doc = QTextDocument()
            doc.setDefaultFont(option.font)
            doc.setDocumentMargin(self.padding)
            doc.setHtml(text)
            doc.setTextWidth(width)
            self._docs[key] = doc
        return doc

    def sizeHint(self, option, index):  # noqa: N802 (Qt override)
        if index.data(HTML_ROLE) is None:  # a group heading
            return super().sizeHint(option, index)
        doc = self._doc(option, index)
        return QSize(int(doc.textWidth()), max(self.min_height, int(doc.size().height()) + 2))

    def paint(self, painter, option, index):
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, widget)
        doc = self._doc(option, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.State_Selected)
        colour = opt.palette.color(QPalette.HighlightedText if selected else QPalette.Text)
        if selected and self.selected_colour is not None:
            colour = self.selected_colour
        ctx.palette.setColor(QPalette.Text, colour)
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(0, 0, opt.rect.width(), opt.rect.height())
        doc.documentLayout().draw(painter, ctx)
        painter.restore()


class Notice(QWidget):
    """A line above the hits saying how some were found, with the one button that changes it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.PlainText)  # it quotes what was typed: text, never markup
        self.button = QPushButton(self)
        self.button.setAutoDefault(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 2)
        lay.setSpacing(2)
        lay.addWidget(self.label)
        lay.addWidget(self.button, 0, Qt.AlignLeft)
        self.hide()

    def say(self, text: str, button_text: str) -> None:
        self.label.setText(text)
        self.button.setText(button_text)
        self.button.setAccessibleName(button_text)
        self.show()


class ResultsList(QWidget):
    """Hits grouped by kind (groups in order of their best hit), each with a highlighted snippet."""

    open_requested = Signal(str, str)  # id, kind

    def __init__(self, kind_labels, parent=None):
        super().__init__(parent)
        self.kind_labels = kind_labels  # callable kind -> translated group name
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.Adjust)
        self.list.setVerticalScrollMode(QListWidget.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.delegate = HitDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setContentsMargins(6, 2, 6, 2)  # lined up with the hits' text, off the window's edge
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.status)
        self.notices = QVBoxLayout()  # filled by the window that offers them
        self.notices.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.notices)
        lay.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.hits: list = []
        self.mark_colour, self.mark_text = "#ffe066", "#1b1f24"  # the theme's: its own text colour on its marks

    def add_notice(self) -> Notice:
        notice = Notice(self)
        self.notices.addWidget(notice)
        return notice

    def clear(self) -> None:
        self.list.clear()
        self.hits = []

    def show_hits(self, query: str, hits: list, no_result_text: str, count_text: str) -> None:
        self.clear()
        self.hits = hits
        self.status.setText(count_text if hits else no_result_text)
        a11y.announce(self.status, self.status.text())  # the hits changed under the user's typing
        if not hits:
            return
        groups: dict[str, list] = {}
        for h in hits:
            groups.setdefault(h.kind, []).append(h)
        first = None
        for kind, group in groups.items():
            header = QListWidgetItem(self.kind_labels(kind).upper())
            header.setFlags(Qt.NoItemFlags)
            f = header.font()
            f.setBold(True)
            header.setFont(f)
            self.list.addItem(header)
            for h in group:
                item = QListWidgetItem()
                item.setData(Qt.UserRole, (h.id, h.kind))
                detail, found_in = getattr(h, "detail", ""), getattr(h, "found_in", None)
                origin = self.origin_text(found_in) if found_in else ""
                said = ". ".join(x for x in (h.title, detail, origin, h.text) if x)
                item.setData(Qt.AccessibleTextRole, said)
                # The mark keeps its own text colour: white selected-row text on yellow could not be read.
                mark = f'<span style="background-color:{self.mark_colour}; color:{self.mark_text}">'
                snippet = h.snippet.replace("<mark>", mark)
                snippet = snippet.replace("</mark>", "</span>")  # Qt's rich text knows no <mark>
                head = f"<b>{html.escape(h.title)}</b>"
                if detail:
                    head += f" <small>· {html.escape(detail)}</small>"
                if origin:  # the snippet quotes the other language: say so before it is read
                    snippet = f"<i>{html.escape(origin)}</i> {snippet}"
                item.setData(HTML_ROLE, f"{head}<br>{snippet}")
                self.list.addItem(item)
                first = first or item
        # The first hit is at the top already: without this, making it current would lay out every hit at once.
        self.list.setAutoScroll(False)
        self.list.setCurrentItem(first)
        self.list.setAutoScroll(True)

    def origin_text(self, lang: str) -> str:
        return self.tr("In the English text:") if lang == "en" else self.tr("In the French text:")

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        self.delegate.clear_cache()  # text re-wraps at the new width

    def move(self, step: int) -> None:
        """Up/Down from the search field: skip group headers."""
        row = self.list.currentRow()
        n = self.list.count()
        while n:
            row += step
            if row < 0 or row >= n:
                return
            item = self.list.item(row)
            if item.flags() & Qt.ItemIsEnabled:
                self.list.setCurrentRow(row)
                # The focus stays in the search field, so a screen reader would not say the new hit by itself.
                a11y.announce(self.list, item.data(Qt.AccessibleTextRole) or item.text())
                return

    def open_current(self) -> bool:
        item = self.list.currentItem()
        if item is None or not item.data(Qt.UserRole):
            return False
        self._activated(item)
        return True

    def _activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.UserRole)
        if data:
            self.open_requested.emit(*data)
