"""The main window: navigator on the left, the current item in the centre, search on top.

Locations are strings ("section:tils", "trial:NCT03092323", "ref:kim-2013", "glossary:PFS",
"ctcae:pneumonitis", "trials", "tolerance", "glossary", "references", "home"): history, bookmarks,
deep links and the tree all speak this one language.
"""

from __future__ import annotations

import contextlib
import html

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..data.library import UNSIGNED, Library
from ..data.search import words_to_mark
from . import a11y, i18n, pages, theme
from .nav_tree import NavTree
from .reader import Reader
from .search_panel import RecentSearches, ResultsList, SearchRunner

FIXED_VIEWS = ("home", "trials", "tolerance", "glossary", "references", "guide", "whatsnew")


def split_location(location: str) -> tuple[str, str]:
    scheme, _, ident = location.partition(":")
    return scheme, ident


def _focusables(container: QWidget) -> list[QWidget]:
    """The container and what Tab reaches inside it, in its own focus order."""
    found = [container] if container.focusPolicy() & Qt.TabFocus else []
    w = container.nextInFocusChain()
    while w is not container:
        if container.isAncestorOf(w) and w.focusPolicy() & Qt.TabFocus:
            found.append(w)
        w = w.nextInFocusChain()
    return found


class MainWindow(QMainWindow):
    location_changed = Signal(str)
    first_paint = Signal()

    def __init__(self, library: Library, store, lang: str, theme_name: str = "system", notice: str | None = None):
        super().__init__()
        self.library, self.store, self.lang = library, store, lang
        self.theme_setting = theme_name
        self.theme = theme.resolve(theme_name)
        self.zoom = int(store.get("zoom") or 100)
        self.history: list[str] = []
        self.index = -1
        self.location = "home"
        self.notice = notice
        self._last_query = ""
        self._painted = False
        self.setObjectName("MainWindow")
        self._fit_to_screen()
        self._state_before_full = Qt.WindowNoState

        self._build_widgets()
        self._build_actions()
        self.apply_theme(theme_name)
        self.retranslate()
        self.nav.populate(self.library, self.lang, self._fixed_labels())

    # ------------------------------------------------------------------ construction

    def _build_widgets(self) -> None:
        self.search_field = QLineEdit(self)
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(320)
        self.search_field.installEventFilter(self)
        self.search_field.textChanged.connect(self._query_changed)

        self.nav = NavTree(self)
        self.nav.open_requested.connect(self.open)
        self.results = ResultsList(self._kind_label, self)
        self.results.open_requested.connect(self._open_hit)
        self.left = QStackedWidget(self)
        self.left.addWidget(self.nav)
        self.left.addWidget(self.results)
        self.left.setMinimumWidth(220)
        for view in (self.nav, self.results.list):
            view.viewport().installEventFilter(self)

        self.reader = Reader(self)
        self.reader.link_activated.connect(self._link)
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.reader)
        self._trials_view = None
        self._tolerance_view = None
        self._header = None  # the trial header, made on the first trial card

        split = QSplitter(self)
        split.addWidget(self.left)
        split.addWidget(self.centre)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 980])
        split.setChildrenCollapsible(False)
        split.splitterMoved.connect(self._nav_width_chosen)
        self.unsigned_banner = self._unsigned_banner()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.unsigned_banner)
        column.addWidget(split, 1)
        self.setCentralWidget(central)
        self.split = split
        self.nav_width: int | None = None  # chosen by dragging the splitter, remembered; else it follows the window

        self.recent_searches = RecentSearches(self.search_field, self.store)
        self.recent_searches.chosen.connect(self.search_field.setText)
        self.runner = SearchRunner(self.library.find, self)
        self.runner.results.connect(self._show_results)
        self._literal: str | None = None  # a query the user chose to search as typed, uncorrected
        self._other_lang: str | None = None  # the language whose text alone found some of the hits
        self._marks: list[str] = []  # the words the last results matched, marked in the page a hit opens
        self.correction_notice = self.results.add_notice()
        self.correction_notice.button.clicked.connect(self._search_as_typed)
        self.language_notice = self.results.add_notice()
        self.language_notice.button.clicked.connect(self._read_other_language)

        self.as_of_label = QLabel(self)
        self.as_of_label.setTextFormat(Qt.PlainText)  # content metadata: text, never markup that loads images
        self.statusBar().addPermanentWidget(self.as_of_label)
        self.statusBar().messageChanged.connect(lambda text: a11y.announce(self.statusBar(), text))

    def _unsigned_banner(self) -> QLabel:
        """Content no publisher key signed (an author's --db) is marked above every page, for as long as it is
        shown: it cannot be closed, and no page can hide it."""
        banner = QLabel(self)
        banner.setObjectName("UnsignedBanner")
        banner.setTextFormat(Qt.PlainText)
        banner.setWordWrap(True)
        banner.setAlignment(Qt.AlignCenter)
        banner.setStyleSheet("QLabel#UnsignedBanner { background: #a40000; color: #ffffff; font-weight: bold;"
                             " padding: 6px 12px; border-bottom: 3px solid #ffcc00; }")  # fmt: skip
        banner.setVisible(self.library.provenance.level == UNSIGNED)
        return banner

    def _build_actions(self) -> None:
        def act(slot, *keys, checkable=False):
            a = QAction(self)
            if keys:
                a.setShortcuts([QKeySequence(k) for k in keys])
            a.setCheckable(checkable)
            # triggered(bool) would land in a slot's first optional parameter (it once became export_pdf's path)
            a.triggered.connect(lambda _checked=False: slot())
            self.addAction(a)
            return a

        self.a_back = act(self.back, "Alt+Left")
        self.a_forward = act(self.forward, "Alt+Right")
        self.a_home = act(lambda: self.open("home"), "Alt+Home")
        self.a_search = act(self.focus_search, "Ctrl+K", "Ctrl+L")
        self.a_find = act(self.reader.find_bar.open_bar, QKeySequence.StandardKey.Find)
        self.a_bookmark = act(self.toggle_bookmark, "Ctrl+D", checkable=True)
        self.a_zoom_in = act(lambda: self.set_zoom(self.zoom + 10), "Ctrl+=", "Ctrl++")
        self.a_zoom_out = act(lambda: self.set_zoom(self.zoom - 10), "Ctrl+-")
        self.a_zoom_reset = act(lambda: self.set_zoom(100), "Ctrl+0")
        self.a_full = act(self.toggle_full_screen, "F11", checkable=True)
        self.a_print = act(self.print_current, QKeySequence.StandardKey.Print)
        self.a_export = act(self.export_pdf, "Ctrl+Shift+E")
        self.a_quit = act(self.close, QKeySequence.StandardKey.Quit)
        self.a_about = act(self.show_about)
        self.a_guide = act(lambda: self.open("guide"), QKeySequence.StandardKey.HelpContents)
        self.a_shortcuts = act(self.show_shortcuts)
        self.a_clear_searches = act(self.recent_searches.clear)

        self.lang_group = QActionGroup(self)
        self.a_lang = {}
        for code in i18n.LANGS:
            a = act(lambda _=False, c=code: self.set_language(c), checkable=True)
            a.setChecked(code == self.lang)
            self.lang_group.addAction(a)
            self.a_lang[code] = a
        self.theme_group = QActionGroup(self)
        self.a_theme = {}
        for name in ("system", *theme.THEMES):
            a = act(lambda _=False, n=name: self.apply_theme(n, save=True), checkable=True)
            a.setChecked(name == self.theme_setting)
            self.theme_group.addAction(a)
            self.a_theme[name] = a

        bar = QToolBar(self)
        bar.setObjectName("MainToolBar")
        bar.setMovable(False)
        bar.addAction(self.a_back)
        bar.addAction(self.a_forward)
        bar.addAction(self.a_home)
        bar.addWidget(self.search_field)
        bar.addAction(self.a_bookmark)
        self.toolbar = bar
        self.addToolBar(bar)
        for action in (self.a_back, self.a_forward, self.a_home, self.a_bookmark):
            bar.widgetForAction(action).setFocusPolicy(Qt.TabFocus)  # a toolbar's buttons are skipped by Tab
        self._order_tabs()

        mb = self.menuBar()
        self.m_file, self.m_edit, self.m_view, self.m_go, self.m_lang, self.m_help = (mb.addMenu("") for _ in range(6))
        self.m_file.addActions([self.a_print, self.a_export])
        self.m_file.addSeparator()
        self.m_file.addAction(self.a_quit)
        self.m_edit.addActions([self.a_search, self.a_find, self.a_clear_searches])
        self.m_view.addActions([self.a_zoom_in, self.a_zoom_out, self.a_zoom_reset, self.a_full])
        self.m_theme = self.m_view.addMenu("")
        self.m_theme.addActions(list(self.a_theme.values()))
        self.m_go.addActions([self.a_back, self.a_forward, self.a_home])
        self.m_go.addSeparator()
        self.m_go.addAction(self.a_bookmark)
        self.m_bookmarks = self.m_go.addMenu("")
        self.m_recent = self.m_go.addMenu("")
        self.m_bookmarks.aboutToShow.connect(lambda: self._fill_menu(self.m_bookmarks, self.store.bookmarks()))
        self.m_recent.aboutToShow.connect(lambda: self._fill_menu(self.m_recent, self.store.recent(20)))
        self.m_lang.addActions(list(self.a_lang.values()))
        self.m_help.addActions([self.a_guide, self.a_shortcuts])
        self.m_help.addSeparator()
        self.m_help.addAction(self.a_about)
        self._update_nav_actions()

    def retranslate(self) -> None:
        self.setWindowTitle(f"{self._title_of(self.location)[0]} — SarcoRef" if self.history else "SarcoRef")
        texts = {
            self.a_back: (self.tr("Back"), self.tr("Back (Alt+Left)")), self.a_forward: (self.tr("Forward"), self.tr("Forward (Alt+Right)")),
            self.a_home: (self.tr("Home"), self.tr("Home (Alt+Home)")), self.a_search: (self.tr("Search"), self.tr("Search (Ctrl+K)")),
            self.a_find: (self.tr("Find in page…"), self.tr("Find in page (Ctrl+F)")),
            self.a_bookmark: (self.tr("Bookmark this page"), self.tr("Bookmark this page (Ctrl+D)")),
            self.a_zoom_in: (self.tr("Zoom in"), self.tr("Zoom in (Ctrl+=)")), self.a_zoom_out: (self.tr("Zoom out"), self.tr("Zoom out (Ctrl+-)")),
            self.a_zoom_reset: (self.tr("Actual size"), self.tr("Actual size (Ctrl+0)")),
            self.a_full: (self.tr("Full screen"), self.tr("Full screen (F11)")), self.a_print: (self.tr("Print…"), self.tr("Print (Ctrl+P)")),
            self.a_export: (self.tr("Export PDF…"), self.tr("Export PDF (Ctrl+Shift+E)")), self.a_quit: (self.tr("Quit"), self.tr("Quit (Ctrl+Q)")),
            self.a_about: (self.tr("About SarcoRef"), self.tr("About SarcoRef")),
            self.a_guide: (self.tr("User guide"), self.tr("User guide (F1)")),
            self.a_shortcuts: (self.tr("Keyboard shortcuts"), self.tr("Keyboard shortcuts")),
            self.a_clear_searches: (self.tr("Clear recent searches"), self.tr("Clear recent searches")),
        }  # fmt: skip
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
        self.a_back.setIconText("◀ " + self.tr("Back"))
        self.a_forward.setIconText(self.tr("Forward") + " ▶")
        self.a_home.setIconText("⌂ " + self.tr("Home"))
        self._show_bookmark_state()
        self._name_toolbar_buttons()
        self.a_lang["fr"].setText("Français")
        self.a_lang["en"].setText("English")
        names = {"system": self.tr("Follow the system"), "light": self.tr("Light"), "dark": self.tr("Dark"),
                 "contrast": self.tr("High contrast")}  # fmt: skip
        for name, a in self.a_theme.items():
            a.setText(names[name])
        self.m_file.setTitle(self.tr("&File"))
        self.m_edit.setTitle(self.tr("&Edit"))
        self.m_view.setTitle(self.tr("&View"))
        self.m_theme.setTitle(self.tr("Theme"))
        self.m_go.setTitle(self.tr("&Go"))
        self.m_bookmarks.setTitle(self.tr("Bookmarks"))
        self.m_recent.setTitle(self.tr("Recent"))
        self.m_lang.setTitle(self.tr("&Language"))
        self.m_help.setTitle(self.tr("&Help"))
        self.search_field.setPlaceholderText(self.tr("Search: words, abbreviations, NCT IDs… (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Search"))
        for clear in self.search_field.findChildren(QToolButton):  # Qt's clear button has no name of its own
            clear.setAccessibleName(self.tr("Clear search"))
        self.nav.setAccessibleName(self.tr("Contents"))
        self.nav.setHeaderLabels([self.tr("Contents")])  # hidden, but a screen reader still meets it ("1" else)
        self.results.list.setAccessibleName(self.tr("Search results"))
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        self.as_of_label.setText(pages.as_of_line(self.library))
        headline = self.tr("Unsigned content — not from the publisher")
        self.unsigned_banner.setText(f"⚠ {headline} ⚠  ·  {self.library.path.name}")
        self.unsigned_banner.setAccessibleName(headline)
        self.unsigned_banner.setToolTip(self.tr("No publisher signature vouches for this content database: %1")
                                        .replace("%1", str(self.library.path)))  # fmt: skip
        self.reader.find_bar.retranslate()
        for view in (self._trials_view, self._tolerance_view):
            if view is not None:
                view.retranslate()

    def _fixed_labels(self) -> dict[str, str]:
        return {"trials": self.tr("Clinical trials"), "tolerance": self.tr("Tolerance (side by side)"),
                "glossary": self.tr("Glossary"), "references": self.tr("References")}  # fmt: skip

    def _show_bookmark_state(self) -> None:
        """A filled star when the page is bookmarked, a hollow one when not (the button shows its state)."""
        on = self.a_bookmark.isChecked()
        self.a_bookmark.setIconText(("★ " + self.tr("Bookmarked")) if on else ("☆ " + self.tr("Bookmark")))
        self._name_toolbar_buttons()

    def _name_toolbar_buttons(self) -> None:
        """Screen readers hear the plain words, not the arrow and star symbols painted on the buttons."""
        if not hasattr(self, "toolbar"):
            return
        for action in (self.a_back, self.a_forward, self.a_home, self.a_bookmark):
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.iconText().strip("◀▶⌂★☆ "))

    def _order_tabs(self) -> None:
        """Tab follows the screen: the toolbar left to right (the search notices' offers right after the field), the hits or the
        contents, then the centre top to bottom (hidden widgets are skipped). Run again when a view is built."""
        buttons = [self.toolbar.widgetForAction(a) for a in (self.a_back, self.a_forward, self.a_home)]
        # The search notices' offers come straight after the field (type, Tab, Space takes the offer); when they
        # are hidden Tab goes on to Bookmark as the screen reads.
        chain = [*buttons, self.search_field, self.correction_notice.button, self.language_notice.button,
                 self.toolbar.widgetForAction(self.a_bookmark), self.results.list, self.nav]  # fmt: skip
        for part in (self._header, self.reader.page, self.reader.find_bar, self._trials_view, self._tolerance_view):
            if part is not None:
                chain += _focusables(part)
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _kind_label(self, kind: str) -> str:
        return {"trial": self.tr("Trials"), "section": self.tr("Sections"), "reference": self.tr("References"),
                "glossary": self.tr("Glossary"), "tolerance": self.tr("Tolerance"), "ctcae": self.tr("CTCAE grades"),
                "about": self.tr("About")}.get(kind, kind)  # fmt: skip

    # ------------------------------------------------------------------ lazily built views

    @property
    def trials_view(self):
        if self._trials_view is None:
            from .trials_view import TrialsView

            self._trials_view = TrialsView(self.library, self.lang, self.theme, self)
            self._trials_view.open_requested.connect(lambda nct: self.open(f"trial:{nct}"))
            self._trials_view.set_zoom(self.zoom)
            for view in self._trials_view.findChildren(QAbstractItemView):
                view.viewport().installEventFilter(self)
            self.centre.addWidget(self._trials_view)
            self._order_tabs()
        return self._trials_view

    @property
    def tolerance_view(self):
        if self._tolerance_view is None:
            from .tolerance_view import ToleranceView

            self._tolerance_view = ToleranceView(self.library, self.lang, self.theme, self.zoom, self)
            self._tolerance_view.link_activated.connect(self._link)
            self.centre.addWidget(self._tolerance_view)
            self._order_tabs()
        return self._tolerance_view

    # ------------------------------------------------------------------ navigation

    def open(self, location: str, record: bool = True, words: list[str] | None = None) -> bool:
        """Show a location; an unknown one shows the home page with a message. Returns success."""
        location = self._canonical(location)
        if location is None:
            return False
        self._show(location, words)
        if record:
            del self.history[self.index + 1 :]
            if not self.history or self.history[-1] != location:
                self.history.append(location)
            self.index = len(self.history) - 1
            self._remember(location)
        self._update_nav_actions()
        return True

    def open_deep_link(self, ident: str) -> bool:
        """`sarcoref --open ID`: a slug, an NCT ID or acronym, a reference key, PMID or DOI, a term."""
        loc = self._location_for_id(ident)
        if loc is None:
            shown = ident if len(ident) <= 60 else ident[:57] + "…"
            self.notice = self.tr("Nothing in SarcoRef has the id “%1”; here is the home page.").replace("%1", shown)
            self.open("home")
            self.statusBar().showMessage(self.notice, 10000)
            return False
        return self.open(loc)

    def _location_for_id(self, ident: str) -> str | None:
        if not isinstance(ident, str):
            return None
        if ident in FIXED_VIEWS:
            return ident
        canonical = self.library.resolve(ident)
        if canonical is None:
            return None
        item = self.library.item(canonical, self.lang)
        if item is None:
            return None
        scheme = {"section": "section", "about": "section", "trial": "trial", "reference": "ref",
                  "glossary": "glossary", "ctcae": "ctcae", "tolerance": "tolerance"}[item.kind]  # fmt: skip
        if scheme == "ctcae":
            return f"ctcae:{item.id.removeprefix('ctcae-')}"
        return "tolerance" if scheme == "tolerance" else f"{scheme}:{item.id}"

    def _canonical(self, location: str) -> str | None:
        scheme, ident = split_location(location)
        if scheme in FIXED_VIEWS and not ident:
            return scheme
        if scheme in ("section", "trial", "ref", "glossary", "ctcae") and ident:
            key = f"ctcae-{ident}" if scheme == "ctcae" else ident
            canonical = self.library.resolve(key)
            if canonical:
                return f"{scheme}:{canonical.removeprefix('ctcae-') if scheme == 'ctcae' else canonical}"
        return None

    def _show(self, location: str, words: list[str] | None = None) -> None:
        self.location = location
        scheme, ident = split_location(location)
        self.reader.set_header(self._trial_header(ident) if scheme == "trial" else None)
        if scheme == "trials":
            self.centre.setCurrentWidget(self.trials_view)
        elif scheme == "tolerance":
            self.centre.setCurrentWidget(self.tolerance_view)
        else:
            self.centre.setCurrentWidget(self.reader)
            self.reader.show_html(self._page_html(scheme, ident), self.theme, self.zoom)
            self.reader.page.verticalScrollBar().setValue(0)
            if words:
                self.reader.highlight_words(words)
        self.nav.select_location(location)
        self.a_bookmark.setChecked(self.store.is_bookmarked(location))
        self._show_bookmark_state()
        self.setWindowTitle(f"{self._title_of(location)[0]} — SarcoRef")  # the task bar names the page
        self.location_changed.emit(location)

    def _page_html(self, scheme: str, ident: str) -> str:
        if scheme == "home":
            return pages.home(self.library, self.lang, self.notice)
        if scheme == "glossary" and not ident:
            return pages.glossary_index(self.library, self.lang)
        if scheme == "references":
            return pages.references_index(self.library, self.lang)
        if scheme == "guide":
            return pages.pages().guide(self._shortcut_rows())
        if scheme == "whatsnew":
            return pages.whatsnew(self.library, self.lang)
        key = f"ctcae-{ident}" if scheme == "ctcae" else ident
        item = self.library.item(key, self.lang)
        if item is None:
            not_found = self.tr("Not found.")
            return f"<p>{html.escape(not_found)}</p>"
        return item.html

    def _trial_header(self, ident: str):
        """The strip above a trial card: made once, then given each trial (rebuilding it cost a frame)."""
        item = self.library.item(ident, self.lang)
        if item is None:
            return None
        if self._header is None:
            from .trial_header import TrialHeader

            self._header = TrialHeader(
                item, self.lang, self.theme, kiosk=False, library=self.library, parent=self.reader
            )
            self._order_tabs()
        else:
            self._header.set_trial(item, self.lang)
            self._header.set_theme(self.theme)
        return self._header

    def _title_of(self, location: str) -> tuple[str, str]:
        scheme, ident = split_location(location)
        fixed = {"home": self.tr("Home"), "guide": self.tr("User guide"), "whatsnew": self.tr("What's new"),
                 **self._fixed_labels()}  # fmt: skip
        if scheme in fixed:
            return fixed[scheme], scheme
        item = self.library.item(f"ctcae-{ident}" if scheme == "ctcae" else ident, self.lang)
        return (item.title if item else ident), (item.kind if item else scheme)

    def _remember(self, location: str) -> None:
        title, kind = self._title_of(location)
        try:
            self.store.add_recent(location, title, kind)
            self.store.set("last_item", location)
        except (OSError, ValueError):
            pass  # remembering is a courtesy; never block reading

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show(self.history[self.index])
            self._update_nav_actions()

    def forward(self) -> None:
        if self.index < len(self.history) - 1:
            self.index += 1
            self._show(self.history[self.index])
            self._update_nav_actions()

    def _update_nav_actions(self) -> None:
        self.a_back.setEnabled(self.index > 0)
        self.a_forward.setEnabled(self.index < len(self.history) - 1)

    def _link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme in ("http", "https"):
            self._external(url)
            return
        target = url.toString()
        if target.endswith(":") and target[:-1] in FIXED_VIEWS:
            self.open(target[:-1])
        elif not self.open(target):
            self.statusBar().showMessage(self.tr("This link leads nowhere in SarcoRef."), 5000)

    def _external(self, url: QUrl) -> None:
        """External links open only after a confirmation, and only http(s)."""
        a11y.name_icon_of_next_box()
        answer = QMessageBox.question(
            self, self.tr("Open in your web browser?"),
            self.tr("This link leaves SarcoRef and needs a network connection:\n%1\n\nOpen it in your web browser?")
            .replace("%1", url.toString()),
        )  # fmt: skip
        if answer == QMessageBox.Yes:
            QDesktopServices.openUrl(url)

    # ------------------------------------------------------------------ search

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.ShortcutFocusReason)
        self.search_field.selectAll()
        self.recent_searches.offer()

    def _query_changed(self, text: str) -> None:
        if not text.strip():
            self.left.setCurrentWidget(self.nav)
            self.runner.generation += 1  # drop whatever is still running
            return
        self.left.setCurrentWidget(self.results)
        self._submit(text)

    def _submit(self, text: str) -> None:
        if text != self._literal:
            self._literal = None  # the query changed: corrections are offered again
        self.runner.submit(text, self.lang, fuzzy=self._literal is None)

    def _show_results(self, query: str, found) -> None:
        if query != self.search_field.text():
            return
        self._last_query = query
        self._marks = words_to_mark(query) + words_to_mark(found.corrected or "")
        count = self.tr("%n result(s)", "", len(found.hits))
        no_result = self.tr("No results. Try fewer letters or another spelling.")
        self.results.show_hits(query, found.hits, no_result, count)
        self._say_how_found(found)

    def _say_how_found(self, found) -> None:
        """Hits the words as typed did not find are never passed off as theirs: say what was searched instead."""
        self.correction_notice.hide()
        self.language_notice.hide()
        if found.corrected:
            if any(not h.corrected and not h.found_in for h in found.hits):
                text = self.tr("Also showing results for “%1”.").replace("%1", found.corrected)
            else:
                text = self.tr("Nothing matches “%1”: showing results for “%2”.")
                text = text.replace("%1", found.query.strip()).replace("%2", found.corrected)
            self.correction_notice.say(text, self.tr("Search only for “%1”").replace("%1", found.query.strip()))
        if found.other_lang == "en":
            n = found.other_count
            self.language_notice.say(self.tr("%n page(s) found through the English text only.", "", n),
                                     self.tr("Read in English"))  # fmt: skip
        elif found.other_lang == "fr":
            n = found.other_count
            self.language_notice.say(self.tr("%n page(s) found through the French text only.", "", n),
                                     self.tr("Read in French"))  # fmt: skip
        self._other_lang = found.other_lang

    def _search_as_typed(self) -> None:
        self._literal = self.search_field.text()
        self._submit(self._literal)
        self.search_field.setFocus()

    def _read_other_language(self) -> None:
        if self._other_lang:
            self.set_language(self._other_lang)
            self.search_field.setFocus()

    def _open_hit(self, ident: str, kind: str) -> None:
        self.recent_searches.remember(self.search_field.text())  # a search that led somewhere
        words = self._marks or words_to_mark(self.search_field.text())
        loc = self._location_for_id(ident)
        if loc:
            self.open(loc, words=words)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:  # noqa: N802 (Qt override)
        if obj is self.search_field and e.type() == QEvent.KeyPress:
            key = e.key()
            if key == Qt.Key_Down and self.recent_searches.offer():
                return True
            if key in (Qt.Key_Down, Qt.Key_Up):
                self.results.move(1 if key == Qt.Key_Down else -1)
                return True
            if key in (Qt.Key_Return, Qt.Key_Enter):
                if self.results.open_current():
                    self.reader.page.setFocus()
                return True
            if key == Qt.Key_Escape:
                self.search_field.clear()
                return True
        if obj is self.search_field and e.type() == QEvent.MouseButtonRelease and e.button() == Qt.LeftButton:
            self.recent_searches.offer()
        if e.type() == QEvent.MouseButtonPress and e.button() in (Qt.BackButton, Qt.ForwardButton):
            self.mousePressEvent(e)  # item views swallow these buttons; history needs them
            return True
        return super().eventFilter(obj, e)

    def mousePressEvent(self, e) -> None:  # noqa: N802 (Qt override)
        # The mouse's back/forward buttons: the views ignore them, so they reach the window.
        if e.button() == Qt.BackButton:
            self.back()
        elif e.button() == Qt.ForwardButton:
            self.forward()
        else:
            super().mousePressEvent(e)

    # ------------------------------------------------------------------ bookmarks, recent

    def toggle_bookmark(self) -> None:
        title, kind = self._title_of(self.location)
        if self.store.is_bookmarked(self.location):
            self.store.remove_bookmark(self.location)
            self.statusBar().showMessage(self.tr("Bookmark removed"), 3000)
        else:
            self.store.add_bookmark(self.location, title, kind)
            self.statusBar().showMessage(self.tr("Bookmarked: %1").replace("%1", title), 3000)
        self.a_bookmark.setChecked(self.store.is_bookmarked(self.location))
        self._show_bookmark_state()

    def _fill_menu(self, menu, entries: list[dict]) -> None:
        menu.clear()
        if not entries:
            a = menu.addAction(self.tr("(none yet)"))
            a.setEnabled(False)
            return
        for e in entries:
            a = menu.addAction(e["title"])
            a.triggered.connect(lambda _=False, loc=e["id"]: self.open(loc))

    # ------------------------------------------------------------------ language, theme, zoom

    def set_language(self, lang: str) -> None:
        if lang not in i18n.LANGS:
            return
        self.lang = lang
        self.store.set("language", lang)
        i18n.install(lang)
        self.retranslate()  # now, not when the posted LanguageChange arrives
        self.a_lang[lang].setChecked(True)
        expanded = self.nav.expanded_locations()
        self.nav.populate(self.library, lang, self._fixed_labels())
        self.nav.expand_locations(expanded)  # the tree stays open where the reader had opened it
        for view in (self._trials_view, self._tolerance_view):
            if view is not None:
                view.set_language(lang)
        if self.search_field.text().strip():
            self._submit(self.search_field.text())
        self._show(self.location)

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 (Qt override)
        if e.type() == QEvent.LanguageChange:
            self.retranslate()  # the tree was rebuilt by set_language already
        super().changeEvent(e)

    def apply_theme(self, name: str, save: bool = False) -> None:
        self.theme_setting = name if name in ("system", *theme.THEMES) else "system"
        self.theme = theme.resolve(None if self.theme_setting == "system" else self.theme_setting)
        app = QApplication.instance()
        app.setPalette(theme.palette(self.theme))
        app.setStyleSheet(theme.widget_css(self.theme))
        if save:
            self.store.set("theme", self.theme_setting)
        self.a_theme.get(self.theme_setting, self.a_theme["system"]).setChecked(True)
        self.results.mark_colour, self.results.mark_text = (
            theme.COLOURS[self.theme].mark,
            theme.COLOURS[self.theme].text,
        )
        if self._trials_view is not None:
            self._trials_view.set_theme(self.theme)
        if self._tolerance_view is not None:
            self._tolerance_view.set_theme(self.theme, self.zoom)
        if self.history or self.location != "home":
            self._show(self.location)

    def set_zoom(self, percent: int) -> None:
        self.zoom = max(50, min(300, int(percent)))
        self.store.set("zoom", self.zoom)
        if self._trials_view is not None:
            self._trials_view.set_zoom(self.zoom)
            for view in self._trials_view.findChildren(QAbstractItemView):
                view.viewport().installEventFilter(self)
        if self._tolerance_view is not None:
            self._tolerance_view.set_theme(self.theme, self.zoom)
        self._show(self.location)
        self.statusBar().showMessage(self.tr("Zoom %1 %").replace("%1", str(self.zoom)), 2000)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            # Back to what the window was before (maximised stays maximised), not to a size the user never had.
            if self._state_before_full & Qt.WindowMaximized:
                self.showMaximized()
            else:
                self.showNormal()
        else:
            self._state_before_full = self.windowState()
            self.showFullScreen()
        self.a_full.setChecked(self.isFullScreen())

    # ------------------------------------------------------------------ print, export, about

    def printable_html(self) -> str:
        if self.location == "tolerance":
            return self.tolerance_view.print_html()
        if self.location == "trials":
            items = self.library.trials(self.lang)
            return "".join(i.html for i in items)
        # The page as built, with its classes, so the print style sheet draws the provenance badges (the screen's
        # toHtml() keeps inline formats only, and "Non vérifié" ran into its sentence on paper).
        return self._page_html(*split_location(self.location))

    def footer(self) -> str:
        title, _ = self._title_of(self.location)
        return self.tr("SarcoRef — %1 — source: %2 — %3").replace("%1", title).replace(
            "%2", self.library.meta.get(f"lecture_title_{self.lang}", "")).replace(
            "%3", pages.as_of_line(self.library))  # fmt: skip

    def print_current(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from . import printing

        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.Accepted:
            try:
                printing.render(self.printable_html(), self.footer(), printer)
            except OSError as e:
                a11y.name_icon_of_next_box()
                QMessageBox.warning(self, self.tr("Printing failed"), str(e))

    def export_pdf(self, path: str | None = None) -> str | None:
        if path is None:
            title, _ = self._title_of(self.location)
            suggested = "SarcoRef - " + "".join(c for c in title if c.isalnum() or c in " -_")[:60] + ".pdf"
            # in the user's Documents folder, not wherever the app happened to be started from
            from PySide6.QtCore import QStandardPaths

            documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
            if documents:
                suggested = f"{documents}/{suggested}"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), suggested, self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        from . import printing

        try:
            printing.export_pdf(self.printable_html(), self.footer(), path)
        except OSError as e:
            a11y.name_icon_of_next_box()
            QMessageBox.warning(self, self.tr("Export failed"), self.tr("Could not write %1: %2").replace("%1", path)
                                .replace("%2", str(e)))  # fmt: skip
            return None
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
        return path

    def _shortcut_rows(self) -> list[tuple[str, str]]:
        """The shortcuts as the actions have them (so the guide cannot drift from what the keys do)."""
        rows = []
        for a in self.actions():
            keys = [k.toString(QKeySequence.NativeText) for k in a.shortcuts()]
            if keys and a.text():
                rows.append((" / ".join(keys), a.text().replace("&", "")))
        extra = ((self.tr("Up / Down, Enter"), self.tr("Choose a search result, open it")),
                 (self.tr("Esc"), self.tr("Clear the search")),
                 (self.tr("Down, in the empty search field"), self.tr("Recent searches")),
                 (self.tr("Home / End"), self.tr("Top or bottom of the page")))  # fmt: skip
        return rows + list(extra)

    def show_shortcuts(self) -> None:
        self.open("guide")
        heading = self.reader.page.document().find(self.tr("Keyboard shortcuts"))
        if not heading.isNull():
            self.reader.page.verticalScrollBar().setValue(
                int(self.reader.page.document().documentLayout().blockBoundingRect(heading.block()).top())
            )

    def show_about(self) -> None:
        from .about import AboutDialog

        AboutDialog(self.library, self.lang, self).exec()

    # ------------------------------------------------------------------ start and stop

    def _fit_to_screen(self) -> None:
        """The first size: 1280×800 where it fits, else the screen's free area less a margin (a 1366×768 ward
        screen has about 730 pixels under its task bar; a 1280×800 window hid the status bar)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry() if screen else None
        if avail is None or avail.isEmpty():
            self.resize(1280, 800)
            return
        frame = 40  # title bar and borders the window manager adds
        self.resize(max(640, min(1280, avail.width() - 16)), max(480, min(800, avail.height() - frame)))
        self.move(
            avail.left() + (avail.width() - self.width()) // 2,
            avail.top() + max(0, (avail.height() - self.height() - frame) // 2),
        )

    def _nav_width_chosen(self, *_) -> None:
        self.nav_width = self.split.sizes()[0]

    def _fit_navigator(self) -> None:
        """The navigator as wide as the user left it, else about a quarter of the window (section titles are long:
        300 px cut them even on a 1920-pixel screen); never so wide that the page gets under 400 px."""
        total = max(1, (self.split.width() if self.split.isVisible() else self.width()) - self.split.handleWidth())
        width = self.nav_width or max(300, min(460, total * 24 // 100))
        width = max(self.left.minimumWidth(), min(width, total - 400))
        self.split.blockSignals(True)  # our own fitting is not a choice of the user's
        self.split.setSizes([width, max(1, total - width)])
        self.split.blockSignals(False)

    def resizeEvent(self, e) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        self._fit_navigator()

    def restore_geometry(self) -> None:
        self.nav_width = self.store.get("nav_width")
        geometry = self.store.get("window_geometry")
        if geometry:
            from PySide6.QtCore import QByteArray

            with contextlib.suppress(ValueError, TypeError):
                self.restoreGeometry(QByteArray.fromHex(geometry.encode()))
        self._fit_navigator()

    def restore(self, open_id: str | None = None) -> None:
        """The place to open: a deep link, else the last place, else home."""
        if open_id:
            self.open_deep_link(open_id)
            return
        last = self.store.get("last_item")
        if not (last and self.open(last)):
            self.open("home")

    def closeEvent(self, e) -> None:  # noqa: N802 (Qt override)
        with contextlib.suppress(OSError, ValueError):
            self.store.set("window_geometry", bytes(self.saveGeometry().toHex()).decode())
            if self.nav_width is not None:
                self.store.set("nav_width", max(150, min(2000, self.nav_width)))
        self.runner.generation += 1
        self.runner.wait(1000)
        super().closeEvent(e)

    def paintEvent(self, e) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(e)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_paint.emit)

    def raise_to_front(self) -> None:
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)
