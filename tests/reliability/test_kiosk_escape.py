"""Kiosk escape: no way out for a visitor, and the PIN cannot be read back from what is stored.

The exit paths (keys, close events, the window manager, full screen, a second launch) are tested in
tests/gui/test_kiosk.py and referenced in the report (referenced.py); here, what the stored PIN gives away.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random

PINS = ["4821", "90210", "135790"]  # set by the organiser; all three are in the attacker's dictionary
FAST = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s")


def _dictionary() -> list[str]:
    """10,000 PINs of 4 to 6 digits an attacker would try first: every 4-digit PIN is 10,000 alone, so the 5- and
    6-digit ones are a drawn sample added to it (and the organiser's PINs are in it)."""
    rng = random.Random(7)
    pins = {f"{n:04d}" for n in range(10_000)}
    pins |= {f"{rng.randrange(100_000):05d}" for _ in range(2_500)} | {
        f"{rng.randrange(1_000_000):06d}" for _ in range(2_500)
    }
    return sorted(pins | set(PINS))


def _unsalted(pin: str) -> set[str]:
    data = pin.encode()
    out = {hashlib.new(name, data).hexdigest() for name in FAST}
    out |= {data.hex(), pin, base64.b64encode(data).decode(), hashlib.sha256(data).hexdigest()[:64]}
    return out


def test_the_stored_pin_cannot_be_read_back(_user_home, report):
    from sarcoref.ui.kiosk import config

    words = _dictionary()
    report("Reading the kiosk PIN back from the stored file",
           tried=f"three PINs (4, 5 and 6 digits) set with save_pin; a dictionary of {len(words):,} PINs of 4 to 6 "
                 f"digits (every 4-digit one) hashed without a salt by {len(FAST)} common hashes (MD5, SHA-1, SHA-2, "
                 "SHA-3, BLAKE2) and written plain, hex and base64; the app's own key derivation run without the "
                 "salt and with the wrong PIN's salt",
           holds="the stored file never holds the PIN in any of these forms; no dictionary value equals the stored "
                 "hash; without its own salt even the right PIN does not give the stored hash; with it, the right "
                 "PIN verifies")  # fmt: skip
    stored = []
    for pin in PINS:
        path = config.save_pin(pin)
        raw = path.read_text(encoding="utf-8")
        stored.append((pin, json.loads(raw)))
        assert not any(form in raw for form in _unsalted(pin) if len(form) >= 4), f"the file shows {pin}"
    table = set().union(*(_unsalted(w) for w in words))
    report.count("dictionary values", len(table))
    for pin, values in stored:
        assert values["pin_hash"] not in table and values["pin_hash"][:32] not in {v[:32] for v in table}
        salt = bytes.fromhex(values["pin_salt"])
        assert len(salt) >= 16
        # The derivation the app uses, fed no salt, or another PIN's salt: the stored value is out of reach.
        for other_salt in (b"", bytes(16), *(bytes.fromhex(v["pin_salt"]) for p, v in stored if p != pin)):
            assert config._derive(pin, values["pin_kdf"], other_salt).hex() != values["pin_hash"]
        assert config.verify_pin(pin, values["pin_kdf"], values["pin_salt"], values["pin_hash"])
