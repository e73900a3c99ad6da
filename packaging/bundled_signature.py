"""The signature of the database a build ships, made at build time (build.spec), never in the source tree.

With a private key given to the build (SARCOREF_SIGNING_KEY: a file made by `sarcoref keygen`, a CI secret),
the bundled database is signed with it and the app trusts it beside the keys of publisher_keys.json. Without
one, a one-off key is made for this build alone: it signs the bundled database, its public half ships as the
build's development key (the app then says "development build"), and its private half is never written
anywhere, so nothing else can ever be signed with it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

DEST = "sarcoref/data"  # where the app looks for them, beside content.db


def signature_files(root: Path, work: Path, key_file: str | None) -> list[tuple[str, str]]:
    """Writes the bundled database's .sig and the key files the app trusts into WORK; returns the (source,
    destination folder) pairs to ship."""
    from nacl.signing import SigningKey

    from sarcoref.data import signing

    db = root / "sarcoref" / "data" / "content.db"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    copy = work / db.name  # signed here: the source tree is left as it is; the bytes are the same
    shutil.copyfile(db, copy)
    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
    finally:
        conn.close()
    keys = json.loads(signing.PUBLISHER_KEYS.read_text(encoding="utf-8"))
    out = [work / "publisher_keys.json"]
    if key_file:
        key = signing.load_private_key(Path(key_file))
        kid = signing.key_id(key.verify_key)
        if kid not in keys:
            print(f"bundled_signature: key {kid} is not in publisher_keys.json; this build trusts it all the same")
        keys[kid] = bytes(key.verify_key).hex()
    else:
        key = SigningKey.generate()
        kid = signing.key_id(key.verify_key)
        dev = work / signing.DEVELOPMENT_KEYS.name
        dev.write_text(json.dumps({kid: bytes(key.verify_key).hex()}, indent=2) + "\n", encoding="utf-8")
        out.append(dev)
        print(f"bundled_signature: no SARCOREF_SIGNING_KEY: a development build, signed with one-off key {kid}")
    (work / "publisher_keys.json").write_text(json.dumps(keys, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    sig = signing.sign(copy, key, meta["content_version"], int(meta["schema_version"]))
    copy.unlink()
    return [(str(sig), DEST), *[(str(p), DEST) for p in out]]
