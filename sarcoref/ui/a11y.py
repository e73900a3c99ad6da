"""What a screen reader needs that Qt does not give by itself: spoken changes and named message-box icons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget


def announce(widget: QWidget, text: str) -> None:
    """Have the screen reader say `text` (a new count, "Copied", a status message) without moving the focus."""
    if text:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def icon_name(icon) -> str:
    names = {
        QMessageBox.Warning: QCoreApplication.translate("A11y", "Warning"),
        QMessageBox.Critical: QCoreApplication.translate("A11y", "Error"),
        QMessageBox.Information: QCoreApplication.translate("A11y", "Information"),
        QMessageBox.Question: QCoreApplication.translate("A11y", "Question"),
    }
    return names.get(icon, "")


def name_icon(box: QMessageBox) -> None:
    """Qt leaves a message box's icon unnamed: a screen reader would meet an anonymous image."""
    label = box.findChild(QLabel, "qt_msgboxex_icon_label")
    if label is not None:
        label.setAccessibleName(icon_name(box.icon()))


def name_icon_of_next_box() -> None:
    """For the static QMessageBox.warning() and friends: name the icon once the box is open (modal)."""

    def name() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            name_icon(box)

    QTimer.singleShot(0, name)
