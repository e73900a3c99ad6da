"""The size baseline: a bare PySide6 window, frozen the naive way (`pyinstaller --windowed hello_world.py`).

packaging/measure-size.sh freezes this beside SarcoRef in the same run and compares the two.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Hello, world")
label.show()
if "--quit" in sys.argv:  # lets the measuring script prove the baseline starts, too
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
