"""Search as you type: every keystroke through Library.search (what the search field calls), against the
raw FTS5 MATCH of the same terms on the same database, timed alternately keystroke by keystroke."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sarcoref.data.library import Library
from sarcoref.data.text import tokens

from .stats import Figure, Goal, percentile

# (language, query): French and English, with and without accents, abbreviations, NCT IDs, acronyms.
QUERIES = [
    ("fr", "radiothérapie stéréotaxique"),
    ("fr", "radiotherapie stereotaxique"),
    ("fr", "immunothérapie"),
    ("fr", "immunotherapie"),
    ("fr", "effets indésirables"),
    ("fr", "effets indesirables"),
    ("fr", "tolérance"),
    ("fr", "PD-L1"),
    ("fr", "NCT03548428"),
    ("fr", "lymphocytes infiltrant la tumeur"),
    ("fr", "liposarcome dédifférencié"),
    ("fr", "SBRT"),
    ("en", "pneumonitis"),
    ("en", "tolerance"),
    ("en", "abscopal"),
    ("en", "PD-L1"),
    ("en", "NCT03548428"),
    ("en", "immunotherapy"),
    ("en", "stereotactic body radiotherapy"),
    ("en", "adverse events"),
    ("en", "SU2C-SARC032"),
    ("en", "pembrolizumab"),
    ("en", "TILs"),
    ("en", "checkpoint inhibitors"),
]

# Misspelt words typed to the end: their last keystrokes find nothing as typed, so the vocabulary is searched for
# the nearest word and the other language's text is searched too (the slow path of Library.find).
TYPOS = [("fr", "pembrolizumb"), ("en", "atezolizumb"), ("fr", "stereosark"), ("en", "leiomyosarcme"),
         ("fr", "osteosarcom"), ("en", "osteosarcome"), ("fr", "wound"), ("en", "abscopale")]  # fmt: skip

GUI_LIMIT = 50  # the search field calls library.search(query, lang), whose default limit is 50


def raw_expression(typed: str) -> str | None:
    """The floor's MATCH: the typed words quoted, the last one a prefix while the user is typing it."""
    toks = tokens(typed)
    if not toks:
        return None
    prefix = not typed[-1].isspace()
    quoted = ['"' + t + '"' for t in toks]
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


def keystrokes(queries=QUERIES) -> list[tuple[str, str, str | None]]:
    """(lang, typed so far, raw expression) for every keystroke of every query."""
    out = []
    for lang, q in queries:
        for i in range(1, len(q) + 1):
            out.append((lang, q[:i], raw_expression(q[:i])))
    return out


def _raw_conn(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def run(db: Path, label: str, runs: int, large: bool, log=print) -> tuple[list[Figure], dict]:
    """p50 and p99 per-keystroke latency of Library.search vs raw FTS5, one value per run each."""
    t0 = time.perf_counter()
    lib = Library(db)
    open_ms = (time.perf_counter() - t0) * 1000
    raw = _raw_conn(db)
    figs, details = _measure(lib, raw, [k for k in keystrokes() if k[2] is not None], label, runs, large, log)
    typo_figs, typo_details = _measure(lib, raw, [k for k in keystrokes(TYPOS) if k[2] is not None],
                                       f"{label} misspelt", runs, large, log)  # fmt: skip
    details.update({"db": str(db), "db_bytes": db.stat().st_size, "library_open_ms": round(open_ms, 2),
                    "misspelt": typo_details})  # fmt: skip
    return figs + typo_figs, details


def _measure(lib, raw, strokes, label: str, runs: int, large: bool, log) -> tuple[list[Figure], dict]:
    app_p50, app_p99, raw_p50, raw_p99 = [], [], [], []
    worst: dict[tuple[str, str], list[float]] = {}
    for r in range(runs):
        app_ms, raw_ms = [], []
        for i, (lang, typed, expr) in enumerate(strokes):
            order = (0, 1) if (i + r) % 2 == 0 else (1, 0)  # alternate who goes first: neither warms the other
            for which in order:
                if which == 0:
                    t = time.perf_counter_ns()
                    lib.search(typed, lang, GUI_LIMIT)
                    app_ms.append((time.perf_counter_ns() - t) / 1e6)
                else:
                    t = time.perf_counter_ns()
                    raw.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ?", (expr,)).fetchall()
                    raw_ms.append((time.perf_counter_ns() - t) / 1e6)
            worst.setdefault((lang, typed), []).append(app_ms[-1])
            worst[(lang, typed)].append(raw_ms[-1])
        app_p50.append(percentile(app_ms, 50))
        app_p99.append(percentile(app_ms, 99))
        raw_p50.append(percentile(raw_ms, 50))
        raw_p99.append(percentile(raw_ms, 99))
    # The slowest keystrokes (median over runs), with the floor's time for the same keystroke.
    slowest = []
    for key, pairs in worst.items():
        a = percentile(pairs[0::2], 50)
        f = percentile(pairs[1::2], 50)
        slowest.append({"lang": key[0], "typed": key[1], "app_ms": round(a, 3), "raw_ms": round(f, 3)})
    slowest.sort(key=lambda x: -x["app_ms"])
    goal = Goal(max_ratio=1.5, max_value=16.0) if large else Goal(max_ratio=1.5)
    floor = "raw FTS5 MATCH"
    note = f"{len(strokes)} keystrokes × {runs} runs"
    figs = [
        Figure("search", f"{label} keystroke p50", "ms", app_p50, floor, raw_p50, Goal(max_ratio=1.5), note),
        Figure("search", f"{label} keystroke p99", "ms", app_p99, floor, raw_p99, goal, note),
    ]
    details = {"keystrokes": len(strokes), "runs": runs, "slowest": slowest[:12]}
    log(f"search {label}: {len(strokes)} keystrokes × {runs} runs; slowest: "
        + ", ".join(f"{s['lang']}:{s['typed']!r} {s['app_ms']:.1f} ms (raw {s['raw_ms']:.1f})" for s in slowest[:3]))  # fmt: skip
    return figs, details
