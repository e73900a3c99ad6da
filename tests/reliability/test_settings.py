"""Settings: garbage or out-of-range values fall back to defaults."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sarcoref.data.userstore import SETTINGS, UserStore

EXAMPLES = 300
KEYS = sorted(SETTINGS)
CHECKS = settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=8,
)
raw_cells = (  # anything a hand-edited or damaged file can hold in the value column
    st.none() | st.integers(-(2**63), 2**63 - 1) | st.floats() | st.binary(max_size=64) | st.text(max_size=200)
    | json_values.map(json.dumps) | st.sampled_from(["[" * 5000, "1e999", "NaN", '"' + "f" * 5000 + '"', "300", "49"])
)  # fmt: skip


@pytest.fixture
def store(tmp_path):
    s = UserStore(tmp_path / "home")
    yield s
    s.close()


def _poke(store: UserStore, key: str, cell) -> None:
    """Write straight into the table, around the validation, as a text editor or a bit flip would."""
    conn = sqlite3.connect(store.path)
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, cell))
    conn.commit()
    conn.close()


@CHECKS
@given(key=st.sampled_from(KEYS), cell=raw_cells)
def test_garbage_in_the_settings_table_reads_as_a_valid_value(store, report, key, cell):
    report("Garbage in the settings table (written around the validation)",
           tried="arbitrary SQLite cells (null, integers, floats, blobs, text, JSON of any shape, "
                 "5000-deep brackets, 1e999, NaN) in the value of every setting",
           holds="get() never raises and returns a valid value: the stored one when it is valid, else the default")  # fmt: skip
    report.count("hypothesis examples")
    _poke(store, key, cell)
    conn = sqlite3.connect(store.path)
    cell = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()[0]  # TEXT affinity: 150 -> '150'
    conn.close()
    default, valid = SETTINGS[key]
    value = store.get(key)
    assert valid(value)
    try:
        decoded = json.loads(cell) if isinstance(cell, str) else object()
    except (ValueError, RecursionError):
        decoded = object()
    expected = decoded if _safe_valid(valid, decoded) else default
    assert value == expected and type(value) is type(expected)


def _safe_valid(valid, value) -> bool:
    try:
        return bool(valid(value))
    except Exception:
        return False


@CHECKS
@given(key=st.sampled_from(KEYS), value=json_values | st.binary(max_size=8) | st.tuples(st.integers()))
def test_set_refuses_invalid_values_and_keeps_the_previous_one(store, report, key, value):
    report("Invalid values given to set() by the program",
           tried="arbitrary values (any JSON shape, bytes, tuples) for every setting",
           holds="an invalid value raises ValueError and leaves the stored value as it was; a valid one round-trips")  # fmt: skip
    report.count("hypothesis examples")
    default, valid = SETTINGS[key]
    before = store.get(key)
    if _safe_valid(valid, value):
        assert store.set(key, value)
        assert store.get(key) == value
    else:
        with pytest.raises(ValueError):
            store.set(key, value)
        assert store.get(key) == before


OUT_OF_RANGE = [
    ("zoom", 49), ("zoom", 301), ("zoom", True), ("zoom", 150.0), ("zoom", "150"), ("theme", "neon"),
    ("theme", None), ("language", "de"), ("language", ""), ("last_item", "x" * 201), ("last_item", "a\nb"),
    ("last_item", ""), ("window_geometry", "zz"), ("window_geometry", "0" * 4097), ("first_run_done", 1),
    ("first_run_done", "yes"), ("nav_width", 149), ("nav_width", 10**9), ("nav_width", True), ("nav_width", "300"),
    ("nav_width", 300.5),
]  # fmt: skip


def test_out_of_range_values_on_disk_read_as_the_default(store, report):
    report("Out-of-range settings on disk (zoom 49 or 301, theme 'neon', language 'de', a 201-character id, …)",
           tried="each value written straight into the settings table",
           holds="read back as the default; the other settings are unaffected")  # fmt: skip
    for key, bad in OUT_OF_RANGE:
        other, kept = ("theme", "dark") if key == "zoom" else ("zoom", 80)
        store.set(other, kept)
        _poke(store, key, json.dumps(bad))
        assert store.get(key) == SETTINGS[key][0], (key, bad)
        assert store.get(other) == kept
        report.count("values")


def test_every_setting_has_a_valid_default_and_missing_ones_read_as_it(store):
    for key, (default, valid) in SETTINGS.items():
        assert valid(default), key
        assert store.get(key) == default
