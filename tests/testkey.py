"""A signing key made for this test run, never a real one and never committed: the tests stand in for the
publisher with it (the app trusts it through SARCOREF_EXTRA_KEYS, which a frozen app ignores)."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sarcoref.data import signing


@dataclass(frozen=True)
class TestKey:
    private: Path
    public: Path  # {key id: public key}, the file SARCOREF_EXTRA_KEYS names
    key_id: str

    def sign(self, db: Path) -> Path:
        """Sign DB for the content and schema versions it holds, as `sarcoref sign-db` does; returns DB."""
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            meta = dict(conn.execute("SELECT key, value FROM meta"))
        signing.sign(db, signing.load_private_key(self.private), meta["content_version"], int(meta["schema_version"]))
        return db


def make(folder: Path) -> TestKey:
    folder.mkdir(parents=True, exist_ok=True)
    kid = signing.keygen(folder / "test.key")
    return TestKey(folder / "test.key", folder / "test.key.pub", kid)
