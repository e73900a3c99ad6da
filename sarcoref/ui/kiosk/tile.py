"""A large painted tile: a title and a few lines under it; pressed, it turns into the accent colour at once."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy

from .. import theme
from .style import Metrics

TITLE_LINES = 4  # a long title on a narrow portrait tile ("Tolérance : radiothérapie et immunothérapie")


class Tile(QAbstractButton):
    def __init__(self, parent=None, glyph: str = ""):
        super().__init__(parent)
        self.glyph = glyph
        self.centred = False
        self.title_px = 38  # at scale 1
        self.grows = False
        self.title = ""
        self.lines: list[str] = []
        self.badge = ""
        self.badge_colours: tuple[str, str, str] | None = None  # background, text, border
        self.theme_name = "light"
        self.metrics = Metrics()
        self.setFocusPolicy(Qt.NoFocus)
        self.setContextMenuPolicy(Qt.NoContextMenu)
        policy = QSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.PointingHandCursor)

    def set_content(self, title: str, lines: list[str] | None = None, badge: str = "", badge_colours=None) -> None:
        self.title, self.lines = title, [x for x in (lines or []) if x]
        self.badge, self.badge_colours = badge, badge_colours
        self.setText(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(". ".join([*self.lines, badge]))
        self.updateGeometry()
        self.update()

    def set_style(self, theme_name: str, metrics: Metrics) -> None:
        self.theme_name, self.metrics = theme_name, metrics
        self.updateGeometry()
        self.update()

    def _fonts(self) -> tuple[QFont, QFont]:
        big = QFont(self.font())
        big.setPixelSize(self.metrics.px(self.title_px))
        big.setBold(True)
        small = QFont(self.font())
        small.setPixelSize(self.metrics.small + self.metrics.px(2))
        return big, small

    def _title_font(self, big: QFont, width: float) -> QFont:
        """The title's font, a little smaller when its longest word would not fit the tile's width (a long word
        cut in the middle, "immunothéra…", is worse than a slightly smaller title)."""
        font, floor = QFont(big), self.metrics.small + self.metrics.px(2)
        words = self.title.split() or [""]
        while font.pixelSize() > floor and max(QFontMetrics(font).horizontalAdvance(w) for w in words) > width:
            font.setPixelSize(font.pixelSize() - 1)
        return font

    def hasHeightForWidth(self):  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width):  # noqa: N802 (Qt override)
        m = self.metrics
        inner = width - self._border() - 2 * self._pad() - self._glyph_width()  # as paintEvent lays it out
        return max(m.px(96), self._block_height(inner) + 2 * self._pad() + self._border())

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        # Layouts inside scroll areas ignore height-for-width: a tile in a list asks for the height its wrapped
        # text needs (a tile on a fixed screen, like the home, keeps the room it is given instead).
        if self.grows:
            needed = self.heightForWidth(self.width())
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)

    def _border(self) -> int:
        return self.metrics.px(4)

    def sizeHint(self):  # noqa: N802 (Qt override)
        width = self.metrics.px(420)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self):  # noqa: N802 (Qt override)
        return QSize(self.metrics.px(160), self.metrics.px(96))

    def _pad(self) -> int:
        return self.metrics.px(24)

    def _glyph_font(self) -> QFont:
        g = QFont(self.font())
        g.setPixelSize(self.metrics.px(64))
        return g

    def _glyph_width(self) -> int:
        if not self.glyph:
            return 0
        return QFontMetrics(self._glyph_font()).horizontalAdvance(self.glyph) + self.metrics.px(24)

    def _block_height(self, width: float) -> int:
        """Height of the title and lines when wrapped to `width` (as painted)."""
        big, small = self._fonts()
        fb, fs = QFontMetrics(self._title_font(big, width)), QFontMetrics(small)
        h = len(_wrap(self.title, fb, width, TITLE_LINES)) * fb.height()
        for line in self.lines:
            h += self.metrics.px(10) + len(_wrap(line, fs, width, 3)) * fs.height()
        if self.badge:
            h += self.metrics.px(14) + fs.height() + self.metrics.px(12)
        return h

    def paintEvent(self, e):  # noqa: N802 (Qt override)
        c = theme.COLOURS[self.theme_name]
        m = self.metrics
        down = self.isDown()
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        border = self._border()
        rect = QRectF(self.rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2)
        path = QPainterPath()
        path.addRoundedRect(rect, m.px(22), m.px(22))
        p.fillPath(path, QColor(c.accent if down else c.base))
        p.setPen(QPen(QColor(c.accent), border))
        p.drawPath(path)
        fg = QColor(c.base if down else c.text)
        muted = QColor(c.base if down else c.muted)
        big, small = self._fonts()
        pad = self._pad()
        x = rect.left() + pad
        width = rect.width() - 2 * pad
        gw = self._glyph_width()
        block = self._block_height(width - gw)
        # Centred in a tall tile (the home), from the top in a list of tiles (trials).
        y = rect.top() + max(pad, (rect.height() - block) / 2) if self.centred else rect.top() + pad
        bottom = rect.bottom() - pad
        if self.glyph:
            p.setFont(self._glyph_font())
            p.setPen(QColor(c.base if down else c.accent))
            p.drawText(QRectF(x, y, gw, max(block, QFontMetrics(self._glyph_font()).height())),
                       Qt.AlignLeft | Qt.AlignVCenter, self.glyph)  # fmt: skip
            x += gw
            width -= gw
        big = self._title_font(big, width)
        p.setFont(big)
        p.setPen(fg)
        y += self._draw_wrapped(p, self.title, QFontMetrics(big), x, y, width, bottom - y, TITLE_LINES)
        p.setFont(small)
        p.setPen(muted)
        fm = QFontMetrics(small)
        badge_h = fm.height() + m.px(12) if self.badge else 0
        for line in self.lines:
            y += m.px(10)
            if y >= bottom - badge_h:
                break
            y += self._draw_wrapped(p, line, fm, x, y, width, bottom - badge_h - y, 3)
        if self.badge:
            bg, text, edge = self.badge_colours or (c.window, c.text, c.border)
            bw = min(width, fm.horizontalAdvance(self.badge) + m.px(28))
            box = QRectF(x, min(y + m.px(14), bottom - badge_h), bw, badge_h)
            p.setPen(QPen(QColor(edge), m.px(2)))
            p.setBrush(QColor(bg))
            p.drawRoundedRect(box, badge_h / 2, badge_h / 2)
            p.setPen(QColor(text))
            p.drawText(box, Qt.AlignCenter, fm.elidedText(self.badge, Qt.ElideRight, int(bw - m.px(20))))
        p.end()

    @staticmethod
    def _draw_wrapped(p: QPainter, text: str, fm: QFontMetrics, x, y, width, height, max_lines: int) -> int:
        """Draw `text` wrapped to at most `max_lines` lines (the last one elided); return the height used."""
        if not text or height <= 0:
            return 0
        fit = max(1, min(max_lines, int(height // fm.height()) or 1))
        lines = _wrap(text, fm, width, fit)
        for n, line in enumerate(lines):
            p.drawText(QRectF(x, y + n * fm.height(), width, fm.height()), Qt.AlignLeft | Qt.AlignVCenter,
                       fm.elidedText(line, Qt.ElideRight, int(width)))  # fmt: skip
        return len(lines) * fm.height()


def _wrap(text: str, fm: QFontMetrics, width: float, max_lines: int) -> list[str]:
    """Words of `text` in lines no wider than `width`; at most `max_lines`, the last one ending in an ellipsis."""
    if not text:
        return []
    lines, line = [], ""
    for w in text.split():
        trial = f"{line} {w}".strip()
        if fm.horizontalAdvance(trial) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = w
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fm.elidedText(lines[-1] + " …", Qt.ElideRight, int(width))
    return lines
