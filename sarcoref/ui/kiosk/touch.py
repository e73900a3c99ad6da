"""Touch helpers: swipe scrolling, a wrapping row of chips, buttons that never take the keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)


def kinetic(area: QAbstractScrollArea) -> None:
    """Lists and pages scroll by swiping (a finger, or a mouse dragged on a touch-less test machine)."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    props.setScrollMetric(QScrollerProperties.OvershootDragResistanceFactor, 0.3)
    props.setScrollMetric(QScrollerProperties.OvershootScrollDistanceFactor, 0.1)
    props.setScrollMetric(QScrollerProperties.DragStartDistance, 0.004)  # metres: a tap stays a tap
    scroller.setScrollerProperties(props)
    if hasattr(area, "setVerticalScrollMode"):
        area.setVerticalScrollMode(area.ScrollMode.ScrollPerPixel)
    if isinstance(area, QTextEdit):
        # Links stay tappable; nothing can be selected, so nothing can be copied.
        area.setTextInteractionFlags(Qt.LinksAccessibleByMouse)
    area.setContextMenuPolicy(Qt.NoContextMenu)
    area.setAcceptDrops(False)


def plain_label(*args) -> QLabel:
    """A label that never reads its text as markup: Qt would otherwise render what looks like HTML, and load the
    files its <img> tags name (content and translations are text here, never markup)."""
    label = QLabel(*args)
    label.setTextFormat(Qt.PlainText)
    return label


def stop_scrolling(area: QAbstractScrollArea) -> None:
    QScroller.scroller(area.viewport()).stop()


def button(text: str = "", name: str = "", parent=None, checkable: bool = False) -> QPushButton:
    b = QPushButton(text, parent)
    if name:
        b.setObjectName(name)
    b.setFocusPolicy(Qt.NoFocus)  # a tap must not steal the search field's focus or show a focus frame
    b.setCheckable(checkable)
    b.setAutoDefault(False)
    b.setContextMenuPolicy(Qt.NoContextMenu)
    return b


class FlowLayout(QLayout):
    """Children laid out left to right, wrapping to new lines (Qt's flow layout example, made small)."""

    def __init__(self, parent=None, spacing: int = 12):
        super().__init__(parent)
        self._items = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def set_gap(self, gap: int) -> None:
        self._gap = gap
        self.invalidate()

    def addItem(self, item):  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self):
        return len(self._items)

    def itemAt(self, i):  # noqa: N802 (Qt override)
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i):  # noqa: N802 (Qt override)
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self):  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width):  # noqa: N802 (Qt override)
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect):  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self):  # noqa: N802 (Qt override)
        return self.minimumSize()

    def minimumSize(self):  # noqa: N802 (Qt override)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.widget() is not None and not item.widget().isVisibleTo(item.widget().parentWidget()):
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class ElidedLabel(QLabel):
    """One line that never widens its parent: cut with an ellipsis when the room is short."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.full = ""
        self.setTextFormat(Qt.PlainText)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full = text
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        super().resizeEvent(e)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full, Qt.ElideRight, max(10, self.contentsRect().width())))


class ScrollColumn(QScrollArea):
    """A kinetic, vertical-only scroll area holding one top-aligned column (the kiosk's long screens)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setAlignment(Qt.AlignTop)
        self.setWidget(self.body)
        kinetic(self)
