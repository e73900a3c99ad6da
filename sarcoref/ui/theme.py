"""Light, dark and high-contrast looks: one palette for the widgets, one style sheet for documents.

Statement kinds are told apart by colour AND by their printed label (the content carries the label).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEMES = ("light", "dark", "contrast")


@dataclass(frozen=True)
class Colours:
    window: str
    base: str
    text: str
    muted: str
    link: str
    accent: str
    lecture_bg: str
    update_bg: str
    update_fg: str
    unverified_bg: str
    unverified_fg: str
    mark: str
    border: str
    focus: str
    hint: str = ""  # placeholder text: the muted colour, unless muted is the text colour itself

    @property
    def placeholder(self) -> str:
        return self.hint or self.muted


COLOURS = {
    "light": Colours(
        "#f4f5f7",
        "#ffffff",
        "#1b1f24",
        "#57606a",
        "#0b5cad",
        "#0b5cad",
        "#eef1f4",
        "#dff3e4",
        "#0f5323",
        "#fff1c7",
        "#6b4500",
        "#ffe066",
        "#7d8590",
        "#0b5cad",
    ),  # fmt: skip
    "dark": Colours(
        "#1e2227",
        "#16191d",
        "#e6e8eb",
        "#a4adb6",
        "#7ab8ff",
        "#7ab8ff",
        "#262b31",
        "#1d3b26",
        "#9be3ad",
        "#443612",
        "#ffd98a",
        "#7a6400",
        "#737d88",
        "#7ab8ff",
    ),  # fmt: skip
    "contrast": Colours(
        "#000000",
        "#000000",
        "#ffffff",
        "#ffffff",
        "#ffff00",
        "#ffff00",
        "#000000",
        "#003300",
        "#7dff7d",
        "#332b00",
        "#ffd700",
        "#0000aa",
        "#ffffff",
        "#ffff00",
        "#c8c8c8",  # an empty field must not look filled in: grey, still 12.6:1 on black
    ),  # fmt: skip
}


def system_theme() -> str:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", lambda: Qt.ColorScheme.Unknown)()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def resolve(name: str | None) -> str:
    return name if name in THEMES else system_theme()


def palette(name: str) -> QPalette:
    c = COLOURS[name]
    p = QPalette()
    roles = {
        QPalette.Window: c.window, QPalette.WindowText: c.text, QPalette.Base: c.base,
        QPalette.AlternateBase: c.lecture_bg, QPalette.Text: c.text, QPalette.Button: c.window,
        QPalette.ButtonText: c.text, QPalette.Highlight: c.accent, QPalette.HighlightedText: c.base,
        QPalette.ToolTipBase: c.base, QPalette.ToolTipText: c.text, QPalette.Link: c.link,
        QPalette.PlaceholderText: c.placeholder, QPalette.BrightText: c.text,
    }  # fmt: skip
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.Disabled, QPalette.Text, QColor(c.muted))
    p.setColor(QPalette.Disabled, QPalette.ButtonText, QColor(c.muted))
    return p


def widget_css(name: str) -> str:
    """A visible focus everywhere (keyboard users must see where they are)."""
    c = COLOURS[name]
    return f"""
    *:focus {{ outline: none; }}
    QLineEdit:focus, QTreeView:focus, QListView:focus, QTextBrowser:focus, QComboBox:focus,
    QPushButton:focus, QToolButton:focus, QTabBar::tab:focus {{ border: 2px solid {c.focus}; }}
    QLineEdit, QComboBox {{ padding: 4px 6px; border: 1px solid {c.border}; border-radius: 4px;
                           background: {c.base}; color: {c.text}; placeholder-text-color: {c.placeholder}; }}
    QTextBrowser, QTreeView, QListView {{ border: 1px solid {c.border}; background: {c.base}; }}
    QTreeView::item {{ padding: 3px 2px; }}
    QToolTip {{ color: {c.text}; background: {c.base}; border: 1px solid {c.border}; padding: 4px; }}
    """


def document_css(name: str) -> str:
    """The style sheet of every content page (QTextBrowser's CSS subset)."""
    c = COLOURS[name]
    return f"""
    body {{ color: {c.text}; }}
    h1 {{ font-size: 160%; font-weight: 600; margin-bottom: 6px; }}
    h2 {{ font-size: 125%; font-weight: 600; margin-top: 14px; }}
    h3 {{ font-size: 110%; font-weight: 600; }}
    a {{ color: {c.link}; text-decoration: none; }}
    a.lecture-src {{ text-decoration: underline; }}
    li {{ margin-bottom: 4px; }}
    .badge {{ font-size: 80%; font-weight: 600; }}
    .b-lecture {{ color: {c.muted}; background-color: {c.lecture_bg}; }}
    .b-update {{ color: {c.update_fg}; background-color: {c.update_bg}; }}
    .b-unverified {{ color: {c.unverified_fg}; background-color: {c.unverified_bg}; }}
    .st-update {{ color: {c.text}; }}
    .st-unverified {{ color: {c.text}; font-style: italic; }}
    .src {{ color: {c.muted}; font-size: 85%; }}
    .abbr {{ text-decoration: underline dotted; }}
    .nr {{ color: {c.muted}; font-style: italic; }}
    .nct {{ color: {c.muted}; font-size: 70%; font-weight: 400; }}
    .group {{ color: {c.muted}; }}
    .asof {{ color: {c.muted}; font-size: 85%; }}
    .notice {{ background-color: {c.unverified_bg}; color: {c.unverified_fg}; }}
    table.record th, table.tol th, table.ctcae th {{ text-align: left; vertical-align: top; padding: 6px;
        background-color: {c.lecture_bg}; }}
    table.record td, table.tol td, table.ctcae td {{ vertical-align: top; padding: 6px; }}
    mark, .hit {{ background-color: {c.mark}; color: {c.text}; }}
    """
