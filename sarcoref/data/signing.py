"""Detached Ed25519 signatures over a content database: a checksum proves a file is whole, only a signature
proves who made it. The signature covers the file's SHA-256 and size, its content and schema versions and the
key id, so a signature cannot be moved to another file, another version or another key."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from .library import file_digest

SIG_SUFFIX = ".sig"
PUBLISHER_KEYS = Path(__file__).with_name("publisher_keys.json")
# Shipped only by a build made without the publisher's key: the public half of a one-off key that signed that
# build's own database (its private half is thrown away), so the install is still checked at start.
DEVELOPMENT_KEYS = Path(__file__).with_name("development_keys.json")
# Tests trust their own key through this file; a frozen (installed) app never reads it.
EXTRA_KEYS_ENV = "SARCOREF_EXTRA_KEYS"
_SIGNED_FIELDS = ("sha256", "size", "content_version", "schema_version", "key_id")


class SignatureError(ValueError):
    """Why a database's signature is not trusted, in one line a user can read."""


@dataclass(frozen=True)
class Signed:
    key_id: str
    content_version: str
    schema_version: int
    sha256: str


def key_id(public) -> str:
    """The id of a public key (raw bytes or a PyNaCl VerifyKey)."""
    return hashlib.sha256(bytes(public)).hexdigest()[:16]


def keygen(out: Path) -> str:
    """Writes a new private key to OUT (hex seed, owner-only) and its public half to OUT.pub; returns the key id."""
    from nacl.signing import SigningKey

    key = SigningKey.generate()
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(bytes(key).hex() + "\n")
    public = key.verify_key
    out.with_name(out.name + ".pub").write_text(
        json.dumps({key_id(public): bytes(public).hex()}, indent=2) + "\n", encoding="utf-8"
    )
    return key_id(public)


def load_private_key(path: Path):
    """The nacl.signing.SigningKey in PATH (made by keygen)."""
    from nacl.exceptions import CryptoError
    from nacl.signing import SigningKey

    try:
        return SigningKey(bytes.fromhex(path.read_text(encoding="ascii").strip()))
    except (OSError, ValueError, CryptoError) as e:
        raise SignatureError(f"the signing key {path} is unreadable") from e


def _canonical(fields: dict) -> bytes:
    return json.dumps({k: fields[k] for k in _SIGNED_FIELDS}, sort_keys=True, separators=(",", ":")).encode()


def sig_path(db: Path) -> Path:
    return db.with_name(db.name + SIG_SUFFIX)


def sign(db: Path, key, content_version: str, schema_version: int) -> Path:
    """Writes DB.sig beside the database. Ed25519 is deterministic: the same file and key give the same bytes."""
    fields = {"sha256": hashlib.sha256(db.read_bytes()).hexdigest(), "size": db.stat().st_size,
              "content_version": content_version, "schema_version": schema_version,
              "key_id": key_id(key.verify_key)}  # fmt: skip
    fields["signature"] = key.sign(_canonical(fields)).signature.hex()
    out = sig_path(db)
    out.write_text(json.dumps(fields, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return out


def _read_keys(path: Path) -> dict[str, bytes]:
    """{key id: raw 32-byte Ed25519 public key} from a key file ({key id: hex})."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    keys = {kid: bytes.fromhex(hexkey) for kid, hexkey in raw.items()}
    if any(len(k) != 32 for k in keys.values()):
        raise ValueError(f"{path} holds a key that is not an Ed25519 public key")
    return keys


def trusted_keys() -> dict[str, bytes]:
    """The publisher keys built into the app (several, so a key can be rotated), plus a test key file when not
    frozen."""
    keys = _read_keys(PUBLISHER_KEYS) if PUBLISHER_KEYS.exists() else {}
    extra = os.environ.get(EXTRA_KEYS_ENV)
    if extra and not getattr(sys, "frozen", False):
        keys |= _read_keys(Path(extra))
    return keys


def development_keys() -> dict[str, bytes]:
    return _read_keys(DEVELOPMENT_KEYS) if DEVELOPMENT_KEYS.exists() else {}


def verify(db: Path, content_version: str, schema_version: int, keys: dict[str, bytes] | None = None) -> Signed:
    """The signature record of DB for this content and schema version, or SignatureError naming why not."""
    record = read_signed(db, keys)
    if record.content_version != content_version or record.schema_version != schema_version:
        raise SignatureError(f"the signature of {db.name} is for another version")
    return record


def verified(public: bytes, message: bytes, signature: bytes) -> bool:
    """Whether SIGNATURE is PUBLIC's Ed25519 signature of MESSAGE, checked by libsodium.

    Every start checks a signature, and importing nacl.signing loads all of PyNaCl's bindings first (about 80 ms
    on a loaded 2-core machine); its compiled libsodium module alone loads in about 4 ms, so the check calls it
    the way nacl.signing.VerifyKey.verify does. A PyNaCl without that module is checked through its public API.
    """
    if len(public) != 32 or len(signature) != 64:
        return False
    try:
        from nacl._sodium import ffi, lib
    except ImportError:
        from nacl.exceptions import BadSignatureError
        from nacl.signing import VerifyKey

        try:
            VerifyKey(public).verify(message, signature)
        except BadSignatureError:
            return False
        return True
    if lib.sodium_init() < 0:
        raise RuntimeError("libsodium could not be initialised")
    signed = signature + message
    out, out_len = ffi.new("unsigned char[]", len(signed)), ffi.new("unsigned long long *")
    return lib.crypto_sign_open(out, out_len, signed, len(signed), public) == 0


def read_signed(db: Path, keys: dict[str, bytes] | None = None) -> Signed:
    """What the signature of DB vouches for (its bytes, content and schema version, key), checked before the
    file is opened at all; SignatureError naming why it is not trusted."""
    path = sig_path(db)
    if not path.exists():
        raise SignatureError(f"{db.name} is unsigned")
    try:
        fields = json.loads(path.read_text(encoding="utf-8"))
        signature = bytes.fromhex(fields["signature"])
        claimed = {k: fields[k] for k in _SIGNED_FIELDS}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        raise SignatureError(f"the signature beside {db.name} is unreadable") from None
    keys = trusted_keys() if keys is None else keys
    public = keys.get(claimed["key_id"]) if isinstance(claimed["key_id"], str) else None
    if public is None:
        raise SignatureError(f"{db.name} is signed by an unknown key")
    if not verified(public, _canonical(claimed), signature):
        raise SignatureError(f"the signature of {db.name} is bad")
    if claimed["size"] != db.stat().st_size or claimed["sha256"] != file_digest(db):
        raise SignatureError(f"the signature of {db.name} is for another file")
    version, schema = claimed["content_version"], claimed["schema_version"]
    if not isinstance(version, str) or not isinstance(schema, int):
        raise SignatureError(f"the signature beside {db.name} is unreadable")
    return Signed(claimed["key_id"], version, schema, claimed["sha256"])
