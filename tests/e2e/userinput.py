"""What a person does, as Qt receives it: menus and shortcuts, typed keys, clicks on painted links, dialogs answered.

Nothing here calls a window's slot: an action is `trigger()`ed (so its slot gets `triggered(bool)` as it does from
a menu), a key is a key event, a link is a mouse click at the place where the link is painted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMenu, QMessageBox, QWidget


def settle(ms: int = 30) -> None:
    QTest.qWait(ms)


def answer_dialogs(handler: Callable[[QWidget], None] | None = None, seen: list | None = None) -> QTimer:
    """Answer every modal dialog that opens while the timer runs: `handler(dialog)`, else the dialog is dismissed
    the way a user dismisses it (Escape / Cancel). Each dialog met is appended to `seen`."""
    timer = QTimer()
    timer.setInterval(50)

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if seen is not None and dialog not in seen:
            seen.append(dialog)
        if handler is not None:
            handler(dialog)
        else:
            dismiss(dialog)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def dismiss(dialog: QWidget) -> None:
    if isinstance(dialog, QMessageBox):
        button = dialog.escapeButton() or dialog.defaultButton()
        if button is not None:
            button.click()
            return
    if isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()


def save_as(path: str) -> Callable[[QWidget], None]:
    """A handler that answers a file dialog with `path`, and dismisses anything else."""

    def handle(dialog: QWidget) -> None:
        if isinstance(dialog, QFileDialog):
            # typed into the file name box, as a user types it (selectFile keeps the suggested name)
            name_box = dialog.findChild(QLineEdit, "fileNameEdit")
            name_box.setText(path)
            dialog.accept()
        else:
            dismiss(dialog)

    return handle


def menu_actions(window) -> list[tuple[str, QAction]]:
    """Every action a user can reach from the menu bar (submenus filled as they fill when opened) and toolbars."""
    out: list[tuple[str, QAction]] = []

    def walk(menu: QMenu, path: str) -> None:
        menu.aboutToShow.emit()  # menus that fill themselves when opened (bookmarks, recent)
        for a in menu.actions():
            if a.isSeparator():
                continue
            name = f"{path} > {a.text().replace('&', '')}"
            if a.menu() is not None:
                walk(a.menu(), name)
            else:
                out.append((name, a))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), top.text().replace("&", ""))
    from PySide6.QtWidgets import QToolBar

    for bar in window.findChildren(QToolBar):
        for a in bar.actions():
            if not a.isSeparator() and a.text():
                out.append((f"toolbar > {a.text()}", a))
    return out


def type_keys(widget: QWidget, text: str, delay_ms: int = 5) -> None:
    """Typed one key at a time, as a person types (each key its own event, the event loop running between)."""
    for ch in text:
        QTest.keyClick(widget, ch, Qt.NoModifier, delay_ms)


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    position: int  # where the link starts in the page's document


def links_in(page) -> list[Link]:
    """Every link painted in a QTextBrowser page, with its text."""
    out = []
    block = page.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                if out and out[-1].href == fmt.anchorHref() and out[-1].position + len(out[-1].text) == frag.position():
                    prev = out.pop()
                    out.append(Link(prev.href, prev.text + frag.text(), prev.position))
                else:
                    out.append(Link(fmt.anchorHref(), frag.text(), frag.position()))
            it += 1
        block = block.next()
    return out


def click_link(page, link: Link) -> None:
    """Scroll the link into view and click it with the left mouse button on a character where it is painted (not a
    space that ends a wrapped line, where nothing is)."""
    settle(5)  # the page laid out first (a trial header just hidden moves it), as it is by the time a person clicks
    point = None
    for offset in [*range(1, len(link.text)), 0]:
        if link.text[offset].isspace():
            continue
        cursor = QTextCursor(page.document())
        cursor.setPosition(link.position + offset)
        page.setTextCursor(cursor)
        page.ensureCursorVisible()
        rect = page.cursorRect(cursor)
        candidate = QPoint(rect.left() + 3, rect.center().y())
        if page.anchorAt(candidate) == link.href:
            point = candidate
            break
    assert point is not None, f"the link {link.text!r} ({link.href}) is painted nowhere"
    settle(5)
    # Two clicks on one spot within the double-click interval are a double-click (which selects a word): a person
    # clicking two links that scroll to the same place is slower than that, so wait as they would.
    global _last_click
    if _last_click and _last_click[0] is page and (_last_click[1] - point).manhattanLength() < 40:
        settle(QApplication.styleHints().mouseDoubleClickInterval() + 50)
    QTest.mouseClick(page.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    _last_click = (page, point)


_last_click: tuple | None = None
