"""The per-user store: bookmarks, recent items and settings in `user.db` in the user folder. No Qt.

Built to lose nothing and never stop the app:
- every write is one transaction (BEGIN IMMEDIATE ... COMMIT) in WAL mode with synchronous=FULL, so a
  process killed at any instant keeps every committed write and nothing half-written;
- busy_timeout lets two SarcoRef processes share the file: a writer waits for the other instead of failing;
- a corrupt or foreign file is moved aside as `user.db.corrupt-YYYYmmdd-HHMMSS` (what can be read from it
  is copied into the fresh one) and `notice` tells the user;
- a folder that cannot be created or written makes the store ephemeral (in memory) with a notice;
- settings are validated on the way in (ValueError) and on the way out (garbage reads as the default).

Storage failures after opening (disk full, file removed, locked for too long) never raise: the write
returns False and `notice` says what happened.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from .paths import user_dir

FILE_NAME = "user.db"
APPLICATION_ID = 0x53524546  # "SREF": tells our file from any other SQLite file
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 10_000
MAX_RECENT = 50
MAX_ID = 200
MAX_TITLE = 500
MAX_KIND = 40
MAX_RECENT_SEARCHES = 20
MAX_SEARCH_CHARS = 200

_SCHEMA = {
    "settings": "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT)",
    "bookmarks": "CREATE TABLE IF NOT EXISTS bookmarks (n INTEGER PRIMARY KEY AUTOINCREMENT, "
    "id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, kind TEXT NOT NULL, added TEXT NOT NULL)",
    "recent": "CREATE TABLE IF NOT EXISTS recent (n INTEGER PRIMARY KEY AUTOINCREMENT, "
    "id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, kind TEXT NOT NULL, added TEXT NOT NULL)",
}
_COLUMNS = {
    "settings": ["key", "value"],
    "bookmarks": ["n", "id", "title", "kind", "added"],
    "recent": ["n", "id", "title", "kind", "added"],
}
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
# sqlite3 raises UnicodeDecodeError instead of DatabaseError when SQLite's error message quotes damaged bytes.
_DB_ERRORS = (sqlite3.Error, UnicodeDecodeError)


# ---------------------------------------------------------------- settings


def _choice(*allowed):
    return lambda v: v in allowed and (v is None or isinstance(v, str))


def _int_range(lo: int, hi: int):
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi


def _item_id(v) -> bool:
    return v is None or (isinstance(v, str) and _valid_id(v))


def _hex(v) -> bool:
    return v is None or (isinstance(v, str) and len(v) <= 4096 and re.fullmatch(r"[0-9a-fA-F]*", v) is not None)


def _searches(v) -> bool:
    return (
        isinstance(v, list)
        and len(v) <= MAX_RECENT_SEARCHES
        and all(isinstance(q, str) and q == _one_line(q) and q for q in v)
    )


SETTINGS: dict[str, tuple[object, Callable[[object], bool]]] = {
    "language": (None, _choice(None, "fr", "en")),  # None: follow the system
    "zoom": (100, _int_range(50, 300)),  # percent
    "theme": ("system", _choice("system", "light", "dark", "contrast")),
    "last_item": (None, _item_id),
    "window_geometry": (None, _hex),  # QByteArray.toHex()
    "nav_width": (None, lambda v: v is None or (isinstance(v, int) and not isinstance(v, bool) and 150 <= v <= 2000)),
    "first_run_done": (False, lambda v: isinstance(v, bool)),
    "recent_searches": ([], _searches),  # newest first; what was searched before opening a hit
}


def _valid_id(v: str) -> bool:
    return 0 < len(v) <= MAX_ID and not any(ord(c) < 32 for c in v)


def _text(value, limit: int) -> str:
    text = value if isinstance(value, str) else str(value)
    return text.replace("\x00", "")[:limit]


def _one_line(query: str) -> str:
    """A query as it is kept: one line, spaces collapsed, no control characters, at most MAX_SEARCH_CHARS."""
    return " ".join("".join(c if ord(c) >= 32 else " " for c in query).split())[:MAX_SEARCH_CHARS].strip()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class _Unusable(Exception):
    """The file is corrupt or not ours: move it aside (and salvage what it holds, if it is ours)."""

    def __init__(self, message: str, ours: bool = True):
        super().__init__(message)
        self.ours = ours


class _Newer(Exception):
    """The file was written by a newer SarcoRef: leave it alone."""


class UserStore:
    def __init__(self, folder: Path | None = None, *, ephemeral: bool = False):
        self.notice: str | None = None  # one line for the user, in English
        self.notice_kind: str | None = None  # repaired | ephemeral | newer | unsaved | unreadable (for translation)
        self.path: Path | None = None
        self.ephemeral = ephemeral
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        if ephemeral:
            self._conn = self._memory()
            return
        try:
            self._open_on_disk(Path(folder) if folder else user_dir())
        except Exception as e:  # the last line of defence: opening never stops the app
            self._fall_back(f"Your bookmarks and settings cannot be saved this session ({_reason(e)}).")

    # ------------------------------------------------------------ opening

    def _memory(self) -> sqlite3.Connection:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        _create_schema(conn)
        return conn

    def _tell(self, kind: str, message: str) -> None:
        self.notice_kind, self.notice = kind, message

    def _fall_back(self, message: str, kind: str = "ephemeral") -> None:
        if self._conn is not None:
            _close_quietly(self._conn)
        self.ephemeral = True
        self.path = None
        self._conn = self._memory()
        self._tell(kind, message)

    def _open_on_disk(self, folder: Path) -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            why = "a file is in its place" if folder.is_file() else _reason(e)
            self._fall_back(f"Your bookmarks and settings cannot be saved: the folder {folder} "
                            f"cannot be created ({why}).")  # fmt: skip
            return
        self.path = folder / FILE_NAME
        try:
            self._conn = _open_file(self.path)
        except _Newer:
            self._fall_back(f"{self.path} was written by a newer version of SarcoRef; it was left as it is "
                            "and changes made this session will not be saved.", "newer")  # fmt: skip
        except _Unusable as e:
            self._repair(str(e), salvage=e.ours)
        except UnicodeDecodeError as e:
            self._repair(f"damaged text: {e.reason}", salvage=False)
        except sqlite3.DatabaseError as e:
            if _is_corrupt(e):
                self._repair(_reason(e), salvage=True)
            else:  # cannot open, read-only, locked for too long: keep the file, work in memory
                why = "it is a folder" if self.path.is_dir() else _reason(e)
                self._fall_back(f"Your bookmarks and settings cannot be saved this session: "
                                f"{self.path} cannot be used ({why}).")  # fmt: skip

    def _repair(self, why: str, salvage: bool) -> None:
        """Move the bad file (and its journal) aside, make a fresh one, copy in what can still be read."""
        path = self.path
        assert path is not None
        aside = _aside_name(path)
        try:
            os.replace(path, aside)
            for suffix in ("-wal", "-journal"):  # a stale journal would be replayed into the fresh file
                side = path.with_name(path.name + suffix)
                if side.exists():
                    os.replace(side, aside.with_name(aside.name + suffix))
            path.with_name(path.name + "-shm").unlink(missing_ok=True)
        except OSError as e:
            self._fall_back(f"Your user data file {path} is damaged and could not be moved aside "
                            f"({_reason(e)}); changes made this session will not be saved.")  # fmt: skip
            return
        try:
            self._conn = _open_file(path)
        except Exception as e:
            self._fall_back(f"Your user data file was damaged ({why}) and a new one could not be made "
                            f"({_reason(e)}); changes made this session will not be saved.")  # fmt: skip
            return
        try:
            saved = _salvage(aside, self._conn) if salvage else 0
        except _DB_ERRORS:
            saved = 0
        kept = f" {saved} bookmark(s) could be recovered." if saved else ""
        self._tell("repaired", f"Your bookmarks and settings file was damaged ({why}); it was set aside as "
                               f"{aside.name} and a new one was started.{kept}")  # fmt: skip

    # ------------------------------------------------------------ plumbing

    def _read(self, sql: str, args=()) -> list[tuple] | None:
        with self._lock:
            if self._conn is None:
                return None
            try:
                return self._conn.execute(sql, args).fetchall()
            except _DB_ERRORS as e:
                self._tell("unreadable", f"Your bookmarks and settings could not be read ({_reason(e)}).")
                return None

    def _write(self, statements: list[tuple[str, tuple]]) -> bool:
        """Run the statements as one transaction; True when committed."""
        with self._lock:
            if self._conn is None:
                return False
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    for sql, args in statements:
                        conn.execute(sql, args)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                return True
            except _DB_ERRORS as e:
                self._tell("unsaved", f"A change to your bookmarks or settings could not be saved ({_reason(e)}).")
                return False

    # ------------------------------------------------------------ settings

    def get(self, key: str):
        """The setting's value, or its default when missing, unreadable or out of range."""
        default, valid = SETTINGS[key]
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        if not rows or not isinstance(rows[0][0], str) or len(rows[0][0]) > 10_000:
            return default
        try:
            value = json.loads(rows[0][0])
        except Exception:  # ValueError, RecursionError on "[[[[...", anything a hand-edited file holds
            return default
        try:
            return value if valid(value) else default
        except Exception:
            return default

    def set(self, key: str, value) -> bool:
        """Store a setting; ValueError when the value is not allowed. True when saved to disk (or memory)."""
        if key not in SETTINGS:
            raise KeyError(key)
        if not SETTINGS[key][1](value):
            raise ValueError(f"invalid value for setting {key!r}: {value!r}")
        return self._write([("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, json.dumps(value)))])

    # ------------------------------------------------------------ bookmarks and recent items

    def bookmarks(self) -> list[dict]:
        """Newest first."""
        return _entries(self._read("SELECT id, title, kind, added FROM bookmarks ORDER BY n DESC"))

    def add_bookmark(self, id: str, title: str, kind: str) -> bool:
        id = _checked_id(id)
        return self._write([(
            "INSERT INTO bookmarks (id, title, kind, added) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET title = excluded.title, kind = excluded.kind",
            (id, _text(title, MAX_TITLE), _text(kind, MAX_KIND), _now()),
        )])  # fmt: skip

    def remove_bookmark(self, id: str) -> bool:
        return self._write([("DELETE FROM bookmarks WHERE id = ?", (_text(id, MAX_ID + 1),))])

    def is_bookmarked(self, id: str) -> bool:
        rows = self._read("SELECT 1 FROM bookmarks WHERE id = ?", (_text(id, MAX_ID + 1),))
        return bool(rows)

    def add_recent(self, id: str, title: str, kind: str) -> bool:
        """Put the item at the top of the recent list (once), keeping the last MAX_RECENT."""
        id = _checked_id(id)
        return self._write([
            ("DELETE FROM recent WHERE id = ?", (id,)),
            ("INSERT INTO recent (id, title, kind, added) VALUES (?, ?, ?, ?)",
             (id, _text(title, MAX_TITLE), _text(kind, MAX_KIND), _now())),
            ("DELETE FROM recent WHERE n NOT IN (SELECT n FROM recent ORDER BY n DESC LIMIT ?)", (MAX_RECENT,)),
        ])  # fmt: skip

    def recent_searches(self) -> list[str]:
        """The last searches that led to a page, newest first (at most MAX_RECENT_SEARCHES)."""
        return list(self.get("recent_searches"))

    def add_recent_search(self, query: str) -> bool:
        """Put a search at the top of the list, once whatever its case; the oldest falls off the end."""
        q = _one_line(_text(query, MAX_SEARCH_CHARS * 4))
        if not q:
            return False
        rest = [x for x in self.recent_searches() if x.casefold() != q.casefold()]
        return self.set("recent_searches", [q, *rest][:MAX_RECENT_SEARCHES])

    def clear_recent_searches(self) -> bool:
        return self.set("recent_searches", [])

    def recent(self, limit: int = 20) -> list[dict]:
        """Most recent first."""
        limit = max(0, min(int(limit), MAX_RECENT))
        return _entries(self._read("SELECT id, title, kind, added FROM recent ORDER BY n DESC LIMIT ?", (limit,)))

    # ------------------------------------------------------------ the end

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                _close_quietly(self._conn)
                self._conn = None

    def __enter__(self) -> UserStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# ---------------------------------------------------------------- helpers


def _checked_id(id) -> str:
    if not isinstance(id, str) or not _valid_id(id):
        raise ValueError(f"invalid item id: {id!r}")
    return id


def _entries(rows: list[tuple] | None) -> list[dict]:
    """Rows as dicts; rows a hand-edited file made unusable are skipped."""
    out = []
    for id, title, kind, added in rows or []:
        if isinstance(id, str) and _valid_id(id):
            out.append({"id": id, "title": _text(title or "", MAX_TITLE), "kind": _text(kind or "", MAX_KIND),
                        "added": _text(added or "", 40)})  # fmt: skip
    return out


def _reason(e: BaseException) -> str:
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    return str(e) or type(e).__name__


def _is_corrupt(e: sqlite3.DatabaseError) -> bool:
    code = getattr(e, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _CORRUPT_CODES
    return "malformed" in str(e) or "not a database" in str(e)


def _close_quietly(conn: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):
        conn.close()


def _aside_name(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 2
    while aside.exists():
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    return aside


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a commit is exactly where we say it is.
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.text_factory = _lenient_text
    return conn


def _lenient_text(raw: bytes) -> str:
    """A flipped bit in one title must not make the whole list unreadable: show it with a replacement mark."""
    return raw.decode("utf-8", "replace")


def _open_file(path: Path) -> sqlite3.Connection:
    """Open (or create) the store; raise _Unusable for a corrupt or foreign file, _Newer for a newer one."""
    conn = _connect(path)
    try:
        conn.execute("BEGIN")  # one snapshot: another process may be creating the file right now
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        conn.execute("COMMIT")
        tables.discard("sqlite_sequence")
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
            raise _Unusable("it is not a SarcoRef user file", ours=False)
        if version > SCHEMA_VERSION:
            raise _Newer()
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:  # small file: the full check is cheap
            raise _Unusable("the file is damaged")
        for name, wanted in _COLUMNS.items():
            if name in tables and [r[1] for r in conn.execute(f"PRAGMA table_info({name})")] != wanted:
                raise _Unusable(f"its {name} table has an unexpected shape")
        # WAL: readers never block the writer and a killed writer leaves the file whole. FULL: a commit
        # is on disk when COMMIT returns (writes are rare; the cost is not felt).
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        if not (app_id == APPLICATION_ID and version == SCHEMA_VERSION and tables >= set(_COLUMNS)):
            _create_schema(conn)
        return conn
    except BaseException:
        _close_quietly(conn)
        raise


def _create_schema(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for sql in _SCHEMA.values():
            conn.execute(sql)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _salvage(old: Path, new: sqlite3.Connection) -> int:
    """Copy what can still be read from a damaged file; returns how many bookmarks were recovered."""
    try:
        src = sqlite3.connect(f"{old.resolve().as_uri()}?mode=ro", uri=True)
    except _DB_ERRORS:
        return 0
    src.text_factory = _lenient_text  # a damaged title is still worth keeping
    recovered = 0
    new.execute("BEGIN IMMEDIATE")
    try:
        for table in ("bookmarks", "recent"):
            try:
                rows = src.execute(f"SELECT id, title, kind, added FROM {table} ORDER BY n").fetchall()
            except _DB_ERRORS:
                continue
            for row in _entries(rows):
                try:
                    new.execute(f"INSERT OR IGNORE INTO {table} (id, title, kind, added) VALUES (?, ?, ?, ?)",
                                (row["id"], row["title"], row["kind"], row["added"]))  # fmt: skip
                    recovered += table == "bookmarks"
                except _DB_ERRORS:
                    pass
        try:
            for key, value in src.execute("SELECT key, value FROM settings").fetchall():
                if key in SETTINGS and isinstance(value, str):
                    new.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", (key, value))
        except _DB_ERRORS:
            pass
    finally:
        new.execute("COMMIT")
        _close_quietly(src)
    return recovered
