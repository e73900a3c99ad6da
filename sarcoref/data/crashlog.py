"""The crash log: an unexpected exception's traceback goes to a small rotating file in the user folder,
and the user is given a short reference to quote. No Qt; nothing is ever sent anywhere.

Privacy: the GUI registers what must never reach the log (in kiosk mode, every search text a visitor
typed) with `add_redaction`/`set_redactions`, or a function of its own with `set_redactor`; every
entry passes through `redact` before it is written. Rotation is done here, by hand, with a size bound
(3 files of 256 KB), because logging.handlers pulls in the socket module, which runtime code avoids.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import re
import secrets
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from .paths import user_dir

LOG_NAME = "crash.log"
MAX_BYTES = 256 * 1024  # per file
BACKUPS = 2  # crash.log.1, crash.log.2: three files in all
MAX_ENTRY = 64 * 1024  # one entry never fills a file on its own
MAX_REDACTIONS = 2000
REDACTED = "[redacted]"

_lock = threading.Lock()
_texts: list[str] = []
_redactor: Callable[[str], str] | None = None


def set_redactions(texts: Iterable[str]) -> None:
    """Replace the list of texts that must never appear in the log."""
    global _texts
    with _lock:
        _texts = _unique([t for t in texts if isinstance(t, str)])[-MAX_REDACTIONS:]


def add_redaction(text: str) -> None:
    """Add one text (e.g. a search typed in kiosk mode); the list keeps the latest MAX_REDACTIONS."""
    if isinstance(text, str) and text.strip():
        with _lock:
            _texts[:] = _unique([*_texts, text])[-MAX_REDACTIONS:]


def set_redactor(fn: Callable[[str], str] | None) -> None:
    """A function applied to every entry after the registered texts are removed (None to remove it)."""
    global _redactor
    _redactor = fn


def _unique(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(texts))


_WORD = re.compile(r"\w+")


def redact(text: str) -> str:
    """The text without anything registered as private: each registered text wherever it appears (any
    case), and each of its words of 3 characters or more on its own (an error message may quote part of
    what was typed, or change its case). Guaranteed: no registered text is left in what comes back."""
    with _lock:
        texts = sorted({t.strip() for t in _texts if t.strip()}, key=lambda t: (-len(t), t))
    words = {w.lower() for t in texts for w in _WORD.findall(t) if len(w) >= 3}
    if words:
        text = _WORD.sub(lambda m: REDACTED if m.group(0).lower() in words else m.group(0), text)
    for _ in range(5):  # removing one text can join two pieces of another: repeat until none is left
        low = text.lower()
        present = [t for t in texts if t.lower() in low]
        if not present:
            break
        for t in present:
            mark = "" if t.lower() in REDACTED else REDACTED
            text = re.sub(re.escape(t), mark, text, flags=re.IGNORECASE)
    else:
        low = text.lower()
        if any(t.lower() in low for t in texts):
            text = "[entry withheld: it held private text]\n"
    if _redactor is not None:
        try:
            text = _redactor(text)
        except Exception:  # a failing hook must not leak: drop the details, keep the shape
            text = "[the redaction hook failed; details withheld]\n"
    return text


def log_path(folder: Path | None = None) -> Path:
    return (Path(folder) if folder else user_dir()) / "logs" / LOG_NAME


def format_crash(exc_type, exc, tb, reference: str) -> str:
    """The text of one log entry (already redacted)."""
    try:
        from sarcoref import __version__ as version
    except Exception:
        version = "?"
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    head = (f"=== SarcoRef crash {reference} at {stamp} | SarcoRef {version} | Python {platform.python_version()} "
            f"| {platform.system()} {platform.release()}")  # fmt: skip
    body = "".join(traceback.format_exception(exc_type, exc, tb))
    if len(body) > MAX_ENTRY:
        half = MAX_ENTRY // 2
        body = f"{body[:half]}\n[... {len(body) - MAX_ENTRY} characters left out ...]\n{body[-half:]}"
    return redact(f"{head}\n{body.rstrip()}\n")


def write_crash(exc_type, exc, tb, folder: Path | None = None) -> str:
    """Log the exception and return the short reference the crash dialog shows. Never raises: a crash
    report that cannot be written still gets a reference (the dialog can say where the log should be)."""
    reference = secrets.token_hex(4)
    try:
        entry = format_crash(exc_type, exc, tb, reference)
    except Exception:
        entry = f"=== SarcoRef crash {reference}\n(the traceback could not be formatted)\n"
    with contextlib.suppress(Exception):
        _append(log_path(folder), entry)
    return reference


def _append(path: Path, entry: str) -> None:
    data = entry.encode("utf-8", "backslashreplace")
    with _lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            size = 0
        if size and size + len(data) > MAX_BYTES:
            _rotate(path)
        with path.open("ab") as f:
            f.write(data)


def _rotate(path: Path) -> None:
    """crash.log -> crash.log.1 -> crash.log.2; the oldest is dropped."""
    for n in range(BACKUPS, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        newer = path if n == 1 else path.with_name(f"{path.name}.{n - 1}")
        if newer.exists():
            os.replace(newer, older)


def install(show: Callable[[str], None] | None = None) -> None:
    """Make `write_crash` the handler of uncaught exceptions (main thread and threads); `show` receives
    the reference (the GUI passes a function that opens its dialog)."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        reference = write_crash(exc_type, exc, tb)
        if show is not None:
            with contextlib.suppress(Exception):
                show(reference)

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value, args.exc_traceback)
