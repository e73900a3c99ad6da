"""One running copy per user: a second `sarcoref --open ID` hands the id to the first and exits.

No socket (the app never touches the network stack): a lock file says who runs, and a small request
file in the user folder, watched by the running copy, carries the id.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

REQUEST = "open-request.json"


class SingleInstance(QObject):
    open_requested = Signal(str)  # an id, or "" to just raise the window

    def __init__(self, folder: Path, parent=None):
        super().__init__(parent)
        self.folder = folder
        self.lock = QLockFile(str(folder / "instance.lock"))
        self.lock.setStaleLockTime(0)
        self.watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        """True when we are the only copy; False when another copy runs."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # no user folder: run on our own rather than refuse
        if self.lock.tryLock(0):
            self.watcher = QFileSystemWatcher([str(self.folder)], self)
            self.watcher.directoryChanged.connect(self._check)
            return True
        return False

    def send(self, ident: str | None) -> bool:
        """Ask the running copy to open `ident` (or to come to the front)."""
        tmp = self.folder / (REQUEST + ".tmp")
        try:
            tmp.write_text(json.dumps({"open": ident or ""}), encoding="utf-8")
            os.replace(tmp, self.folder / REQUEST)
        except OSError:
            return False
        return True

    def _check(self, _path: str = "") -> None:
        path = self.folder / REQUEST
        if not path.exists():
            return
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = None  # garbled: drop it, so it cannot trouble the next start either
        path.unlink(missing_ok=True)
        if data is None:
            return
        ident = data.get("open") if isinstance(data, dict) else None
        self.open_requested.emit(ident if isinstance(ident, str) else "")

    def release(self) -> None:
        self.lock.unlock()
