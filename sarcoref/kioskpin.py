"""`sarcoref kiosk-pin`: set the organiser's PIN that ends kiosk mode. Headless: never imports PySide6.

At a terminal the PIN is asked twice without echo; from a script (stdin not a terminal) it is read from the
first line of stdin, and a second line, if given, must repeat it. Only a salted hash is stored.
"""

from __future__ import annotations

import getpass
import sys

from .ui.kiosk.config import PIN_MAX, PIN_MIN, pin_problem, pin_target_path, save_pin


def _fail(message: str, code: int = 1) -> int:
    print(f"sarcoref: {message}", file=sys.stderr)
    return code


def _read_pin() -> tuple[str | None, str | None]:
    """(pin, None) or (None, why not)."""
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        try:
            first = getpass.getpass(f"New kiosk PIN ({PIN_MIN}-{PIN_MAX} digits): ")
            second = getpass.getpass("Repeat the PIN: ")
        except (EOFError, KeyboardInterrupt):
            return None, "no PIN given; nothing was changed"
        if first != second:
            return None, "the two PINs differ; nothing was changed"
        return first.strip(), None
    if stdin is None:
        return None, "no PIN given (stdin is closed); nothing was changed"
    try:
        lines = stdin.read(4096).splitlines()
    except (OSError, UnicodeDecodeError):
        return None, "the PIN could not be read from stdin; nothing was changed"
    lines = [line.strip() for line in lines if line.strip()]
    if not lines:
        return None, "no PIN on stdin; nothing was changed"
    if len(lines) > 1 and lines[1] != lines[0]:
        return None, "the two PINs on stdin differ; nothing was changed"
    return lines[0], None


def set_pin_interactively() -> int:
    pin, why = _read_pin()
    if pin is None:
        return _fail(why)
    problem = pin_problem(pin)
    if problem:
        return _fail(f"{problem}; nothing was changed")
    target = pin_target_path()
    try:
        path = save_pin(pin, target)
    except OSError as e:
        return _fail(f"cannot write {target}: {e.strerror or e}")
    print(f"Kiosk PIN saved (as a salted hash) in {path}")
    return 0
