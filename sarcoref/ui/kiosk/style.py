"""Sizes and the style sheet of the kiosk: everything large, bright and high-contrast, with a pressed state.

Sizes are in logical pixels scaled to the screen: 1.0 for a 1080-pixel short side (a 1920×1080 screen or a
1080×1920 totem), so a touch target and a letter keep their physical size from one screen to another.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import theme

MIN_TARGET = 44  # WCAG 2.5.5: 44×44 CSS px at least; we aim much higher


def scale_for(width: int, height: int) -> float:
    return max(0.75, min(2.5, min(width, height) / 1080))


@dataclass(frozen=True)
class Metrics:
    s: float = 1.0

    def px(self, n: float) -> int:
        return round(n * self.s)

    @property
    def body(self) -> int:  # ~21 pt at 96 dpi: readable from a metre
        return self.px(28)

    @property
    def small(self) -> int:  # the smallest text anywhere (~18 pt)
        return self.px(24)

    @property
    def title(self) -> int:
        return self.px(40)

    @property
    def button(self) -> int:  # height of an ordinary button
        return self.px(88)

    @property
    def bar(self) -> int:  # the top bar
        return self.px(104)

    @property
    def corner(self) -> int:  # the hidden exit corner
        return self.px(104)


def page_zoom(m: Metrics, logical_dpi: float) -> int:
    """The reader's zoom (percent of 11 pt) that gives the kiosk's body size in pixels on this screen."""
    points = m.body * 72 / max(logical_dpi, 1)
    return max(100, round(points / 11 * 100))


def css(theme_name: str, m: Metrics) -> str:
    c = theme.COLOURS[theme_name]
    pressed_bg, pressed_fg = c.accent, c.base
    tile_bg = c.base
    return f"""
    QWidget#KioskWindow, QStackedWidget#KioskStack {{ background: {c.window}; }}
    QWidget#Attract {{ background: {c.base}; }}
    QWidget {{ font-size: {m.body}px; color: {c.text}; }}
    QLabel#Brand {{ font-size: {m.px(34)}px; font-weight: 700; color: {c.accent}; }}
    QLabel#BarTitle {{ font-size: {m.px(30)}px; font-weight: 600; }}
    QLabel#ScreenTitle {{ font-size: {m.title}px; font-weight: 700; }}
    QLabel#Lead {{ font-size: {m.px(30)}px; color: {c.text}; }}
    QLabel#Note {{ font-size: {m.small}px; color: {c.muted}; }}
    QLabel#Toast {{ font-size: {m.body}px; color: {c.unverified_fg}; background: {c.unverified_bg};
                    border-radius: {m.px(10)}px; padding: {m.px(10)}px {m.px(18)}px; }}
    QLabel#GroupHeader {{ font-size: {m.px(30)}px; font-weight: 700; color: {c.muted}; padding-top: {m.px(12)}px; }}
    QWidget#TopBar {{ background: {c.base}; border-bottom: {m.px(3)}px solid {c.border}; }}

    QPushButton {{ min-height: {m.button}px; min-width: {m.button}px; padding: 0 {m.px(24)}px;
                   border: {m.px(3)}px solid {c.border}; border-radius: {m.px(14)}px;
                   background: {tile_bg}; color: {c.text}; font-size: {m.body}px; font-weight: 600; }}
    QPushButton:pressed, QPushButton:checked {{ background: {pressed_bg}; color: {pressed_fg};
                                                border-color: {pressed_bg}; }}
    QPushButton:disabled {{ color: {c.muted}; background: {c.window}; border-color: {c.border}; }}
    QPushButton:focus {{ border-color: {c.focus}; }}
    QPushButton#Tile {{ border: {m.px(4)}px solid {c.accent}; border-radius: {m.px(22)}px; padding: {m.px(18)}px; }}
    QPushButton#Tile:pressed {{ background: {pressed_bg}; }}
    QPushButton#Chip {{ min-height: {m.px(66)}px; border-radius: {m.px(33)}px; padding: 0 {m.px(28)}px;
                        border-color: {c.accent}; color: {c.accent}; }}
    QPushButton#Chip:pressed {{ color: {pressed_fg}; }}
    QPushButton#Key {{ min-width: 0; min-height: 0; padding: 0; font-size: {m.px(32)}px;
                       border-radius: {m.px(10)}px; border-width: {m.px(2)}px; }}
    QPushButton#Lang {{ min-width: {m.px(88)}px; padding: 0 {m.px(8)}px; font-weight: 700; }}
    QPushButton#TrialTile {{ text-align: left; border-radius: {m.px(18)}px; padding: {m.px(14)}px {m.px(20)}px; }}
    QPushButton#PinKey {{ font-size: {m.px(40)}px; min-width: {m.px(120)}px; min-height: {m.px(104)}px; }}

    QLineEdit {{ min-height: {m.button}px; font-size: {m.px(34)}px; padding: 0 {m.px(18)}px;
                 border: {m.px(3)}px solid {c.accent}; border-radius: {m.px(14)}px; background: {c.base};
                 placeholder-text-color: {c.placeholder}; }}
    QTextBrowser, QListView, QScrollArea {{ border: none; background: {c.base}; }}
    QScrollArea > QWidget > QWidget {{ background: {c.window}; }}
    QListView::item {{ border-bottom: {m.px(2)}px solid {c.border}; padding: {m.px(8)}px; }}
    QListView::item:selected, QListView::item:pressed {{ background: {c.update_bg}; color: {c.text}; }}
    QScrollBar:vertical {{ width: {m.px(18)}px; background: {c.window}; margin: 0; }}
    QScrollBar::handle:vertical {{ background: {c.border}; min-height: {m.px(60)}px; border-radius: {m.px(9)}px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
    QScrollBar:horizontal {{ height: {m.px(18)}px; background: {c.window}; }}
    QScrollBar::handle:horizontal {{ background: {c.border}; min-width: {m.px(60)}px; border-radius: {m.px(9)}px; }}
    QTabBar::tab {{ min-height: {m.px(80)}px; padding: 0 {m.px(14)}px; font-size: {m.small}px; font-weight: 700;
                    border: {m.px(3)}px solid {c.border}; border-bottom: none; background: {c.window};
                    border-top-left-radius: {m.px(12)}px; border-top-right-radius: {m.px(12)}px; }}
    QTabBar::tab:selected {{ background: {c.base}; color: {c.accent}; border-color: {c.accent}; }}
    QTabBar::tab:pressed {{ background: {c.accent}; color: {c.base}; }}
    QTabWidget::pane {{ border: {m.px(3)}px solid {c.border}; }}
    QWidget#Keyboard {{ background: {c.lecture_bg}; border-top: {m.px(3)}px solid {c.border}; }}
    QWidget#PinPanel {{ background: {c.base}; border: {m.px(4)}px solid {c.accent}; border-radius: {m.px(24)}px; }}
    QLabel#PinDots {{ font-size: {m.px(56)}px; letter-spacing: {m.px(12)}px; }}
    QWidget#CallToAction {{ background: {c.accent}; }}
    QLabel#CallToAction {{ color: {c.base}; font-size: {m.px(48)}px; font-weight: 700; }}
    QLabel#Dots {{ color: {c.muted}; font-size: {m.px(30)}px; }}
    """


def document_css(theme_name: str) -> str:
    """Content pages in the kiosk: the app's page style, with more air between lines and items."""
    c = theme.COLOURS[theme_name]
    return (
        theme.document_css(theme_name)
        + f"""
    p, li {{ line-height: 130%; }}
    li {{ margin-bottom: 10px; }}
    .lead {{ font-size: 130%; color: {c.text}; }}
    """
    )
