"""The kiosk configuration file, and the organiser's PIN kept as a salted hash. No Qt: `sarcoref kiosk-pin`
uses this module without a display.

Where it is read (see docs/kiosk.md):
1. the file named by SARCOREF_KIOSK_CONFIG, alone, when that variable is set;
2. otherwise the system-wide file (IT deploys it), then the file in the user folder; keys in the user file win.

Garbage never stops the kiosk: an unreadable file, or a key with a wrong value, falls back to the default and
leaves a notice the caller prints. Only a missing PIN stops it, on purpose.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from ...data.paths import APP, user_dir

FILE_NAME = "kiosk.json"
ENV_FILE = "SARCOREF_KIOSK_CONFIG"
MAX_FILE_BYTES = 64 * 1024
PIN_MIN, PIN_MAX = 4, 12
# scrypt: about 50 ms and 16 MB per try, so guessing offline is slow; pbkdf2 where scrypt is missing.
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
PBKDF2_ROUNDS = 600_000


@dataclass
class KioskConfig:
    enabled: bool = False  # plain `sarcoref` starts the kiosk (an OS auto-start needs no arguments)
    idle_seconds: int = 90  # no touch for this long: back to the attract screen, session wiped
    default_language: str = "fr"
    hide_cursor: bool = False  # touch-only screens
    slide_seconds: int = 8  # attract loop: one slide change every so many seconds
    theme: str = "light"  # light (bright, hides glare and fingerprints) or contrast
    pin_kdf: str = ""
    pin_salt: str = ""
    pin_hash: str = ""
    sources: list[Path] = field(default_factory=list)  # the files that were read
    notices: list[str] = field(default_factory=list)  # what was wrong in them (printed, never fatal)

    @property
    def has_pin(self) -> bool:
        return bool(self.pin_hash and self.pin_salt and self.pin_kdf)

    def verify_pin(self, pin: str) -> bool:
        return self.has_pin and verify_pin(pin, self.pin_kdf, self.pin_salt, self.pin_hash)


# key -> (check, description for the notice)
_KEYS = {
    "enabled": (lambda v: isinstance(v, bool), "true or false"),
    "idle_seconds": (lambda v: _int(v) and 10 <= v <= 86_400, "a whole number of seconds from 10 to 86400"),
    "default_language": (lambda v: v in ("fr", "en"), '"fr" or "en"'),
    "hide_cursor": (lambda v: isinstance(v, bool), "true or false"),
    "slide_seconds": (lambda v: _int(v) and 3 <= v <= 600, "a whole number of seconds from 3 to 600"),
    "theme": (lambda v: v in ("light", "contrast"), '"light" or "contrast"'),
    "pin_kdf": (lambda v: v in ("scrypt", "pbkdf2"), '"scrypt" or "pbkdf2" (written by sarcoref kiosk-pin)'),
    "pin_salt": (lambda v: _hex(v, 16, 128), "hexadecimal (written by sarcoref kiosk-pin)"),
    "pin_hash": (lambda v: _hex(v, 32, 256), "hexadecimal (written by sarcoref kiosk-pin)"),
}
_PIN_KEYS = ("pin_kdf", "pin_salt", "pin_hash")


def _int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _hex(v, lo: int, hi: int) -> bool:
    if not isinstance(v, str) or not lo <= len(v) <= hi or len(v) % 2:
        return False
    try:
        bytes.fromhex(v)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- where


def user_config_path() -> Path:
    return user_dir() / FILE_NAME


def system_config_path() -> Path | None:
    """The machine-wide file: /etc/xdg/SarcoRef, C:\\ProgramData\\SarcoRef, /Library/Application Support/SarcoRef."""
    try:
        from platformdirs import site_config_dir

        first = site_config_dir(APP, appauthor=False, multipath=False).split(os.pathsep)[0]
    except Exception:
        return None
    return Path(first) / FILE_NAME


def config_paths() -> list[Path]:
    """The files read, in order (later keys win)."""
    explicit = os.environ.get(ENV_FILE)
    if explicit:
        return [Path(explicit)]
    system = system_config_path()
    return [p for p in (system, user_config_path()) if p is not None]


def pin_target_path() -> Path:
    """Where `sarcoref kiosk-pin` writes: the explicit file, else the user folder."""
    explicit = os.environ.get(ENV_FILE)
    return Path(explicit) if explicit else user_config_path()


# ---------------------------------------------------------------- reading


def read_file(path: Path) -> tuple[dict | None, str | None]:
    """The file's JSON object, or (None, a notice) when it exists but cannot be used; (None, None) if absent."""
    try:
        if not path.exists():
            return None, None
        if path.is_dir():
            return None, f"{path} is a folder, not a kiosk configuration file; defaults used"
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, f"{path} is too large to be a kiosk configuration file; defaults used"
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        return None, f"{path} cannot be read ({getattr(e, 'strerror', None) or e}); defaults used"
    try:
        data = json.loads(raw)
    except ValueError as e:
        return None, f"{path} is not valid JSON (line {getattr(e, 'lineno', '?')}); defaults used"
    if not isinstance(data, dict):
        return None, f"{path} must hold a JSON object {{...}}; defaults used"
    return data, None


def load() -> KioskConfig:
    """The kiosk settings from every file that exists, each bad value replaced by its default (with a notice)."""
    cfg = KioskConfig()
    for path in config_paths():
        data, notice = read_file(path)
        if notice:
            cfg.notices.append(notice)
        if data is None:
            continue
        cfg.sources.append(path)
        _apply(cfg, data, path)
    return cfg


def _apply(cfg: KioskConfig, data: dict, path: Path) -> None:
    pin = {}
    for key, value in data.items():
        if key.startswith("_"):  # "_comment" and the like
            continue
        if key not in _KEYS:
            cfg.notices.append(f"{path}: unknown key {key!r} ignored")
            continue
        check, expected = _KEYS[key]
        if not check(value):
            cfg.notices.append(f"{path}: {key} must be {expected}; the default is used")
            continue
        if key in _PIN_KEYS:
            pin[key] = value
        else:
            setattr(cfg, key, value)
    if pin:
        # The three PIN keys travel together: a file with only some of them does not half-replace another's.
        if all(k in pin for k in _PIN_KEYS):
            cfg.pin_kdf, cfg.pin_salt, cfg.pin_hash = pin["pin_kdf"], pin["pin_salt"], pin["pin_hash"]
        else:
            cfg.notices.append(f"{path}: the PIN is incomplete (set it again with: sarcoref kiosk-pin)")


def enabled_in_config() -> bool:
    """True when a configuration file asks plain `sarcoref` to start in kiosk mode."""
    with contextlib.suppress(Exception):
        return load().enabled
    return False


# ---------------------------------------------------------------- the PIN


def pin_problem(pin: str) -> str | None:
    """Why a PIN cannot be used, or None. Digits only: the kiosk's PIN pad has nothing else."""
    if not isinstance(pin, str) or not pin.isascii() or not pin.isdigit():
        return "the PIN must be made of digits only (the kiosk's PIN pad has only digits)"
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        return f"the PIN must have {PIN_MIN} to {PIN_MAX} digits"
    return None


def _derive(pin: str, kdf: str, salt: bytes) -> bytes:
    data = pin.encode("utf-8")
    if kdf == "scrypt":
        return hashlib.scrypt(data, salt=salt, dklen=32, maxmem=64 * 1024 * 1024, **SCRYPT)
    return hashlib.pbkdf2_hmac("sha256", data, salt, PBKDF2_ROUNDS, dklen=32)


def hash_pin(pin: str) -> dict[str, str]:
    """A fresh random salt and the PIN's hash; the PIN itself is never stored."""
    kdf = "scrypt" if hasattr(hashlib, "scrypt") else "pbkdf2"
    salt = secrets.token_bytes(16)
    return {"pin_kdf": kdf, "pin_salt": salt.hex(), "pin_hash": _derive(pin, kdf, salt).hex()}


def verify_pin(pin: str, kdf: str, salt_hex: str, hash_hex: str) -> bool:
    """Constant-time comparison; any malformed input is simply a wrong PIN."""
    if not isinstance(pin, str) or len(pin) > 64 or pin_problem(pin):
        return False
    try:
        salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(hash_hex)
        if kdf == "scrypt" and not hasattr(hashlib, "scrypt"):
            return False
        actual = _derive(pin, kdf, salt)
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def save_pin(pin: str, path: Path | None = None) -> Path:
    """Store the PIN's salted hash in `path` (default: pin_target_path()), keeping the file's other keys.

    Raises ValueError for an unusable PIN and OSError when the file cannot be written.
    """
    problem = pin_problem(pin)
    if problem:
        raise ValueError(problem)
    path = Path(path) if path else pin_target_path()
    data, _notice = read_file(path)
    data = dict(data or {})  # a garbage file is replaced: the PIN matters more than its unreadable keys
    data.update(hash_pin(pin))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")
        f.flush()
        with contextlib.suppress(OSError):
            os.fsync(f.fileno())
    with contextlib.suppress(OSError):
        os.chmod(tmp, 0o600)  # readable by the kiosk account only (POSIX; ignored elsewhere)
    os.replace(tmp, path)
    return path
