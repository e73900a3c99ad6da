"""Search as you type: queries run off the UI thread; a late answer never replaces a newer one."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

KIND_ORDER = ("trial", "section", "tolerance", "ctcae", "glossary", "reference", "about")


class _Relay(QObject):
    done = Signal(int, str, list)


class _Job(QRunnable):
    def __init__(self, searcher, generation: int, query: str, lang: str, relay: _Relay, latest):
        super().__init__()
        self.searcher, self.generation, self.query, self.lang = searcher, generation, query, lang
        self.relay, self.latest = relay, latest

    def run(self):
        if self.generation != self.latest():
            return  # a newer keystroke is already queued: skip the work entirely
        try:
            hits = self.searcher(self.query, self.lang)
        except Exception:  # a damaged database must not kill the worker; show nothing
            hits = []
        self.relay.done.emit(self.generation, self.query, hits)


class SearchRunner(QObject):
    """Runs one search at a time on a worker thread and delivers only the newest answer."""

    results = Signal(str, list)  # query, hits

    def __init__(self, searcher, parent=None):
        super().__init__(parent)
        self.searcher = searcher
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.generation = 0
        self.relay = _Relay(self)
        self.relay.done.connect(self._done, Qt.QueuedConnection)

    def submit(self, query: str, lang: str) -> None:
        self.generation += 1
        self.pool.start(_Job(self.searcher, self.generation, query, lang, self.relay, lambda: self.generation))

    def _done(self, generation: int, query: str, hits: list) -> None:
        if generation == self.generation:
            self.results.emit(query, hits)

    def wait(self, ms: int = 2000) -> bool:
        return self.pool.waitForDone(ms)


class ResultsList(QWidget):
    """Hits grouped by kind (groups in order of their best hit), each with a highlighted snippet."""

    open_requested = Signal(str, str)  # id, kind

    def __init__(self, kind_labels, parent=None):
        super().__init__(parent)
        self.kind_labels = kind_labels  # callable kind -> translated group name
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QListWidget.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.status)
        lay.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.hits: list = []
        self.mark_colour = "#ffe066"

    def show_hits(self, query: str, hits: list, no_result_text: str, count_text: str) -> None:
        self.list.clear()
        self.hits = hits
        if not hits:
            self.status.setText(no_result_text)
            return
        self.status.setText(count_text)
        groups: dict[str, list] = {}
        for h in hits:
            groups.setdefault(h.kind, []).append(h)
        first = True
        for kind, group in groups.items():
            header = QListWidgetItem(self.kind_labels(kind).upper())
            header.setFlags(Qt.NoItemFlags)
            f = header.font()
            f.setBold(True)
            f.setPointSizeF(max(9.0, f.pointSizeF() * 0.9))
            header.setFont(f)
            self.list.addItem(header)
            for h in group:
                item = QListWidgetItem()
                item.setData(Qt.UserRole, (h.id, h.kind))
                item.setData(Qt.AccessibleTextRole, f"{h.title}. {h.text}")
                snippet = h.snippet.replace("<mark>", f'<span style="background-color:{self.mark_colour}">')
                snippet = snippet.replace("</mark>", "</span>")  # QLabel's rich text knows no <mark>
                label = QLabel(f"<b>{html.escape(h.title)}</b><br>{snippet}")
                label.setWordWrap(True)
                label.setTextFormat(Qt.RichText)
                label.setContentsMargins(6, 4, 6, 4)
                label.setAttribute(Qt.WA_TransparentForMouseEvents)
                self.list.addItem(item)
                self.list.setItemWidget(item, label)
                item.setSizeHint(label.sizeHint().expandedTo(label.minimumSizeHint()))
                if first:
                    self.list.setCurrentItem(item)
                    first = False

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        width = self.list.viewport().width()
        for i in range(self.list.count()):
            item = self.list.item(i)
            w = self.list.itemWidget(item)
            if w is not None:
                item.setSizeHint(
                    w.sizeHint().boundedTo(w.sizeHint()).expandedTo(type(w.sizeHint())(width, w.heightForWidth(width)))
                )

    def move(self, step: int) -> None:
        """Up/Down from the search field: skip group headers."""
        row = self.list.currentRow()
        n = self.list.count()
        while n:
            row += step
            if row < 0 or row >= n:
                return
            if self.list.item(row).flags() & Qt.ItemIsEnabled:
                self.list.setCurrentRow(row)
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
