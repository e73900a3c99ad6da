"""The kiosk window: full screen, frameless, always on top, one stack of screens, no way out for visitors.

Screens: attract → home → lecture / trials / tolerance / search → a content page. Every widget is made once
and reused: an idle reset empties them, it never recreates them, so days of resets leave memory flat.
Locations are the main window's strings ("section:tils", "trial:NCT03092323", "trials", ...) plus "attract",
"lecture", "search" and "pin".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ...data import crashlog
from .. import i18n, theme
from ..search_panel import KIND_ORDER  # noqa: F401  (the kinds search can return)
from .attract import AttractScreen
from .config import KioskConfig
from .exit_gesture import CornerZone, PinPad
from .guard import KioskGuard
from .home import HomeScreen, LectureScreen
from .idle import IdleWatcher
from .presence import WindowPresence
from .reader_screen import ReaderScreen
from .search import SearchScreen
from .style import Metrics, css, page_zoom, scale_for
from .touch import ElidedLabel, button, kinetic, plain_label
from .trials import TrialsScreen

ITEM_SCHEMES = ("section", "trial", "ref", "glossary", "ctcae")
SCREENS = ("home", "lecture", "trials", "tolerance", "search")


@dataclass
class Timings:
    """Injected by tests to make the kiosk's clocks short."""

    idle_ms: int
    slide_ms: int
    lockout_ms: int = 5000


class KioskWindow(QWidget):
    exit_requested = Signal()  # the organiser gave the right PIN
    window_lost = Signal(str)  # the window cannot be kept on the screen: the kiosk must exit with a failure
    location_changed = Signal(str)

    def __init__(self, library, config: KioskConfig, timings: Timings | None = None, enforce: bool = True,
                 parent=None):  # fmt: skip
        super().__init__(parent, Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WA_StyledBackground)
        self.library, self.config = library, config
        self.enforce = enforce  # False for screenshots: a plain window of the asked size
        self.timings = timings or Timings(config.idle_seconds * 1000, config.slide_seconds * 1000)
        self.default_lang = config.default_language
        self.lang = self.default_lang
        self.theme_name = config.theme if config.theme in theme.THEMES else "light"
        self.metrics = Metrics()
        self.history: list[str] = []
        self.location = "attract"
        self.allow_exit = False
        self.resets = 0
        self._words: list[str] = []
        self._tolerance_used = False

        i18n.install(self.lang)
        self._build()
        self.guard = KioskGuard(self)
        self.idle = IdleWatcher(self.timings.idle_ms, self)
        self.idle.timed_out.connect(self.reset)
        app = QApplication.instance()
        app.installEventFilter(self.guard)
        app.installEventFilter(self.idle)
        self.presence = WindowPresence(self)
        self.presence.gave_up.connect(self.window_lost)
        self.apply_metrics(Metrics(scale_for(self.width(), self.height())))
        self.retranslate()
        self._go("attract")

    # ------------------------------------------------------------------ construction

    def _build(self) -> None:
        lib, lang, th = self.library, self.lang, self.theme_name
        self.bar = QWidget(self)
        self.bar.setObjectName("TopBar")
        self.bar.setAttribute(Qt.WA_StyledBackground)
        self.brand = plain_label("SarcoRef", self.bar)
        self.brand.setObjectName("Brand")
        self.back_button = button("", "", self.bar)
        self.home_button = button("", "", self.bar)
        self.title = ElidedLabel(self.bar)
        self.title.setObjectName("BarTitle")
        self.toast = plain_label(self.bar)
        self.toast.setObjectName("Toast")
        self.toast.setWordWrap(True)
        self.toast.hide()
        self.lang_buttons = {code: button(code.upper(), "Lang", self.bar, checkable=True) for code in i18n.LANGS}
        rows = QVBoxLayout(self.bar)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(0)
        bar = QHBoxLayout()
        rows.addLayout(bar)
        self.bar_rows = rows
        bar.addWidget(self.brand)
        bar.addWidget(self.back_button)
        bar.addWidget(self.home_button)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.toast, 2)
        for b in self.lang_buttons.values():
            bar.addWidget(b)
        self.bar_layout = bar
        self.back_button.clicked.connect(self.back)
        self.home_button.clicked.connect(lambda: self.open("home"))
        for code, b in self.lang_buttons.items():
            b.clicked.connect(lambda _=False, c=code: self.set_language(c))

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("KioskStack")
        self.attract = AttractScreen(lib, lang, th, self.timings.slide_ms, self)
        self.attract.touched.connect(lambda: self.open("home"))
        self.home = HomeScreen(lib, lang, th, self)
        self.lecture = LectureScreen(lib, lang, th, self)
        self.trials = TrialsScreen(lib, lang, th, self)
        self.search = SearchScreen(lib, lang, self)
        self.reader = ReaderScreen(th, self)
        self.pin = PinPad(self.config.verify_pin, self, lockout_ms=self.timings.lockout_ms)
        for screen in (self.home, self.lecture, self.trials):
            screen.open_requested.connect(self.open)
        self.search.open_requested.connect(self._open_hit)
        self.reader.link_activated.connect(self._link)
        self.pin.accepted.connect(self._exit)
        self.pin.cancelled.connect(lambda: self.open("home"))
        self.tolerance = self._make_tolerance()
        for w in (self.attract, self.home, self.lecture, self.trials, self.search, self.reader, self.pin):
            self.stack.addWidget(w)
        if self.tolerance is not None:
            self.stack.addWidget(self.tolerance)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.bar)
        lay.addWidget(self.stack, 1)
        self.corner = CornerZone(self)
        self.corner.triggered.connect(lambda: self.open("pin"))
        self.corner.raise_()
        self.setContextMenuPolicy(Qt.NoContextMenu)
        self.setAcceptDrops(False)

    def _make_tolerance(self):
        try:
            from .tolerance import KioskToleranceView
        except ImportError:
            return None
        if self.library.item("tolerance", self.lang) is None:
            return None
        view = KioskToleranceView(self.library, self.lang, self.theme_name, 100, self)
        for page in (view.side_page, view.balance_page):
            kinetic(page)
        bar = view.tabs.tabBar()
        bar.setFocusPolicy(Qt.NoFocus)
        bar.setExpanding(True)
        bar.setUsesScrollButtons(False)
        bar.setElideMode(Qt.ElideRight)
        view.link_activated.connect(self._link)
        return view

    # ------------------------------------------------------------------ sizes, language

    def apply_metrics(self, m: Metrics) -> None:
        self.metrics = m
        app = QApplication.instance()
        app.setPalette(theme.palette(self.theme_name))
        self.setStyleSheet(css(self.theme_name, m))
        self.bar_layout.setContentsMargins(m.px(20), m.px(8), m.px(20), m.px(8))
        self.bar_layout.setSpacing(m.px(16))
        self._place_title(m)
        self.brand.setMinimumWidth(m.corner)
        self.corner.setGeometry(0, 0, m.corner, m.corner)
        self.corner.raise_()
        for screen in (self.attract, self.home, self.lecture, self.trials, self.search, self.reader):
            screen.set_metrics(m)
        self.pin.set_metrics(m.px(16))
        if self.tolerance is not None:
            for page in (self.tolerance.side_page, self.tolerance.balance_page):
                page.document().setDocumentMargin(m.px(40))  # as the reader's pages: text never at the screen's edge
            self.tolerance.set_theme(self.theme_name, page_zoom(m, self.logicalDpiY()))

    def _place_title(self, m: Metrics) -> None:
        """On a portrait screen the bar's buttons leave the title ~150 px ("Essais …", "Recher…"): there it takes
        a row of its own under the buttons; on a landscape screen it sits between them."""
        portrait = self.height() > self.width()
        self.bar_layout.removeWidget(self.title)
        self.bar_rows.removeWidget(self.title)
        if portrait:
            self.title.setContentsMargins(m.px(20), 0, m.px(20), m.px(8))
            self.bar_rows.addWidget(self.title)
            font = QFont(self.title.font())
            font.setPixelSize(m.px(30))  # as the style sheet has it (QLabel#BarTitle), polished or not yet
            self.bar.setFixedHeight(m.bar + QFontMetrics(font).height() + m.px(16))
        else:
            self.title.setContentsMargins(0, 0, 0, 0)
            self.bar_layout.insertWidget(self.bar_layout.indexOf(self.home_button) + 1, self.title, 1)
            self.bar.setFixedHeight(m.bar)

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        scale = scale_for(self.width(), self.height())
        if abs(scale - self.metrics.s) > 0.01:
            self.apply_metrics(Metrics(scale))
        else:
            self._place_title(self.metrics)  # turned between portrait and landscape at the same scale
        self.corner.setGeometry(0, 0, self.metrics.corner, self.metrics.corner)
        self.corner.raise_()

    def retranslate(self) -> None:
        self.back_button.setText("◀  " + self.tr("Back"))
        self.home_button.setText("⌂  " + self.tr("Home"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.home_button.setAccessibleName(self.tr("Home"))
        self.lang_buttons["fr"].setAccessibleName("Français")
        self.lang_buttons["en"].setAccessibleName("English")
        for code, b in self.lang_buttons.items():
            b.setChecked(code == self.lang)
        self.pin.retranslate()
        self.search.retranslate()
        self._set_titles(self.location)

    def _set_titles(self, location: str) -> None:
        """The top bar's title, and the window's (not shown on a frameless window; read by accessibility tools and by
        the real-window tests, which cannot look inside the process)."""
        title = self._title_of(location)
        self.title.set_full_text(title)
        self.setWindowTitle(f"SarcoRef – {title}" if title else "SarcoRef")

    def set_language(self, lang: str) -> None:
        if lang not in i18n.LANGS:
            return
        if lang == self.lang:
            self.lang_buttons[lang].setChecked(True)
            return
        self.lang = lang
        i18n.install(lang)
        self.home.set_language(lang)
        self.lecture.set_language(lang)
        self.trials.set_language(lang)
        self.search.set_language(lang)
        self.retranslate()
        if self.location not in ("attract", "pin"):
            self._show(self.location)

    # ------------------------------------------------------------------ navigation

    def open(self, location: str, words: list[str] | None = None) -> bool:
        """Go to a location and remember it for Back; an unknown one changes nothing."""
        location = self._canonical(location)
        if location is None:
            self._tell(self.tr("This link leads nowhere in SarcoRef."))
            return False
        self._words = words or []
        if location not in ("attract", "pin") and (not self.history or self.history[-1] != location):
            self.history.append(location)
        self._go(location)
        return True

    def back(self) -> None:
        if len(self.history) > 1:
            self.history.pop()
            self._words = []
            self._go(self.history[-1])
        else:
            self.open("home")

    def _canonical(self, location: str) -> str | None:
        if not isinstance(location, str):
            return None
        if location in ("attract", "pin", "home", "lecture", "trials", "search"):
            return location
        if location == "tolerance":
            return location if self.tolerance is not None or self.library.item("tolerance", self.lang) else None
        scheme, _, ident = location.partition(":")
        if scheme in ITEM_SCHEMES and ident:
            key = f"ctcae-{ident}" if scheme == "ctcae" else ident
            canonical = self.library.resolve(key)
            if canonical:
                return f"{scheme}:{canonical.removeprefix('ctcae-') if scheme == 'ctcae' else canonical}"
        return None

    def _go(self, location: str) -> None:
        self.location = location
        self.toast.hide()
        self._show(location)
        visitor = location != "attract"
        self.bar.setVisible(visitor)
        if visitor:
            self.attract.stop()
            self.idle.arm()
        else:
            self.idle.disarm()
            self.attract.start()
        self.back_button.setEnabled(len(self.history) > 1)
        self._set_titles(location)
        self.corner.raise_()
        self.location_changed.emit(location)

    def _show(self, location: str) -> None:
        screens = {"attract": self.attract, "home": self.home, "lecture": self.lecture, "trials": self.trials,
                   "search": self.search, "pin": self.pin}  # fmt: skip
        if location in screens:
            self.stack.setCurrentWidget(screens[location])
            if location == "search":
                self.search.show_keyboard()
            elif location == "pin":
                self.pin.clear()
            return
        if location == "tolerance" and self.tolerance is not None:
            if self.tolerance.lang != self.lang:  # brought up to date when shown, not at every language change
                self.tolerance.set_language(self.lang)
                self.tolerance.retranslate()
            self._tolerance_used = True
            self.stack.setCurrentWidget(self.tolerance)
            return
        scheme, _, ident = location.partition(":")
        key = "tolerance" if location == "tolerance" else (f"ctcae-{ident}" if scheme == "ctcae" else ident)
        item = self.library.item(key, self.lang)
        body = item.html if item is not None else ReaderScreen.not_found(self.tr("Not found."))
        self.reader.show_item(location, body, item, self._words)
        self.stack.setCurrentWidget(self.reader)

    def _title_of(self, location: str) -> str:
        fixed = {"home": self.tr("Home"), "lecture": self.tr("The lecture"), "trials": self.tr("Clinical trials"),
                 "search": self.tr("Search"), "pin": self.tr("Organiser"), "attract": ""}  # fmt: skip
        if location in fixed:
            return fixed[location]
        scheme, _, ident = location.partition(":")
        key = "tolerance" if location == "tolerance" else (f"ctcae-{ident}" if scheme == "ctcae" else ident)
        item = self.library.item(key, self.lang)
        return item.title if item else ""

    def location_for_hit(self, ident: str, kind: str) -> str | None:
        scheme = {"section": "section", "about": "section", "trial": "trial", "reference": "ref",
                  "glossary": "glossary", "ctcae": "ctcae", "tolerance": "tolerance"}.get(kind)  # fmt: skip
        if scheme is None:
            return None
        if scheme == "tolerance":
            return "tolerance"
        return f"ctcae:{ident.removeprefix('ctcae-')}" if scheme == "ctcae" else f"{scheme}:{ident}"

    def _open_hit(self, ident: str, kind: str) -> None:
        from ...data.search import words_to_mark

        loc = self.location_for_hit(ident, kind)
        if loc:
            self.open(loc, words=words_to_mark(self.search.field.text()))

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if url.scheme() in ("http", "https", "mailto", "file", "ftp") or "//" in target:
            self._tell(
                self.tr("Web links do not open at the kiosk. On a trial page, scan its QR code with your phone.")
            )
            return
        if target.endswith(":") and target[:-1] in SCREENS:
            self.open(target[:-1])
            return
        self.open(target)

    def _tell(self, message: str) -> None:
        """A message in the top bar until the next move (no timer needed)."""
        self.toast.setText(message)
        self.toast.show()

    # ------------------------------------------------------------------ idle reset

    def reset(self) -> None:
        """Back to the attract screen with nothing of the last visitor left: history, search text, open card,
        scroll positions, language."""
        self.resets += 1
        self.idle.disarm()
        self.location = "attract"  # first, so that the language change below re-renders nothing
        self.history.clear()
        self._words = []
        self.pin.clear()
        self.corner.reset()
        self.search.reset()
        self.reader.clear()
        self.lecture.reset()
        self.trials.reset()
        if self.tolerance is not None and self._tolerance_used:
            self._reset_tolerance()
        self.set_language(self.default_lang)
        if self.enforce and not self.allow_exit:
            self.presence.check_now()  # a window taken off the screen comes back at the latest now
        crashlog.set_redactions([])  # the texts are gone from the screen: nothing left to hide from the log
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()
        self._go("attract")

    def _reset_tolerance(self) -> None:
        """Closed grade tables, first tab, top of both pages; the view re-renders only if a table was opened."""
        view = self.tolerance
        if view.open_ctcae:
            view.reset()
        else:
            view.tabs.setCurrentIndex(0)
            for page in (view.side_page, view.balance_page):
                page.verticalScrollBar().setValue(0)
                page.horizontalScrollBar().setValue(0)
        self._tolerance_used = False

    # ------------------------------------------------------------------ no way out but the organiser's

    def start(self) -> None:
        """Show the kiosk: full screen on top, or (for screenshots) as a plain window of its current size."""
        if self.config.hide_cursor:
            QApplication.setOverrideCursor(Qt.BlankCursor)
        if self.enforce:
            self.showFullScreen()
            self.raise_()
            self.activateWindow()
            self.presence.watch()
        else:
            self.presence.stop()
            self.show()

    def _exit(self) -> None:
        self.exit_requested.emit()
        self.shutdown()
        self.close()

    def shutdown(self) -> None:
        """Let the window go: filters off the application, timers stopped, cursor back (organiser exit, tests)."""
        if self.allow_exit:
            return
        self.allow_exit = True
        self.presence.stop()
        self.idle.disarm()
        self.attract.stop()
        self.pin.unlock_timer.stop()
        self.pin.countdown.stop()
        app = QApplication.instance()
        app.removeEventFilter(self.guard)
        app.removeEventFilter(self.idle)
        self.search.runner.generation += 1
        self.search.runner.wait(1000)
        if self.config.hide_cursor and QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()

    def closeEvent(self, e) -> None:  # noqa: N802 (Qt override)
        if not self.allow_exit:
            e.ignore()  # Alt+F4, the window manager's close, close() from anywhere: refused
            return
        super().closeEvent(e)

    def changeEvent(self, e) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(e)
        shrunk = not self.isFullScreen() or self.isMinimized()
        if e.type() == QEvent.WindowStateChange and self.enforce and not self.allow_exit and shrunk:
            QTimer.singleShot(0, self._refill)  # one shot, only when something tried to shrink us

    def _refill(self) -> None:
        if not self.allow_exit:
            self.setWindowState(Qt.WindowFullScreen)
            self.showFullScreen()
            self.raise_()

    def event(self, e) -> bool:
        if e.type() == QEvent.WindowDeactivate and self.enforce and not self.allow_exit:
            self.raise_()
        return super().event(e)
