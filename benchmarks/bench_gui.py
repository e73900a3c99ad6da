"""GUI figures, each measured in a fresh process (Qt offscreen) and printed as one JSON line:

    python -m benchmarks.bench_gui views   --db DB --reps 5 --opens 40
    python -m benchmarks.bench_gui session --db DB --actions 10000
    python -m benchmarks.bench_gui idle    --db DB --seconds 3

views:   opening a section, a trial card, the trials grid, the tolerance view (main window, as the GUI does it:
         MainWindow.open(location) then the events that paint it), against setting the same content's HTML on a
         bare QTextBrowser of the same size; the first (cold) open of the lazily built views; building the
         window (navigator tree included) and switching language (the tree is rebuilt).
session: resident memory over a scripted session of N actions (navigate, search typed key by key, open cards,
         grid, tolerance, back/forward, switch language, kiosk visits and idle resets).
idle:    CPU used while nothing happens: a bare window, the main window, the kiosk's attract screen.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sqlite3
import sys
import time
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEARCHES = ["radiothérapie", "immunothérapie", "PD-L1", "tolérance", "NCT03548428", "abscopal", "pneumonitis",
            "effets indésirables", "SBRT", "pembrolizumab", "TILs", "liposarcome"]  # fmt: skip


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def flush() -> None:
    """Deliver what the last action posted (layouts, update requests: the paint itself), and delete what it
    let go with deleteLater() as the application's event loop would (processEvents alone never does)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendPostedEvents()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def timed(fn) -> float:
    t = time.perf_counter_ns()
    fn()
    flush()
    return (time.perf_counter_ns() - t) / 1e6


def rss_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _window(library, lang: str):
    from sarcoref.data.userstore import UserStore
    from sarcoref.ui import i18n
    from sarcoref.ui.main_window import MainWindow

    store = UserStore(ephemeral=True)
    i18n.install(lang)
    w = MainWindow(library, store, lang, "light")
    w.resize(1366, 768)
    w.show()
    flush()
    return w, store


def _p99(xs: list[float]) -> float:
    from benchmarks.stats import percentile

    return percentile(xs, 99)


def _grid_html(library, lang: str) -> str:
    """The trials grid's text as one HTML table: what a naive view would set on a text browser."""
    import html

    rows = []
    for t in library.trials(lang):
        d = t.as_dict()
        cells = [t.title, d["nct_id"], d.get("phase") or "", d.get("status") or "", d.get("setting") or "",
                 ", ".join(d.get("histologies") or []), t.subtitle]  # fmt: skip
        rows.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


def _typing(w, browser, library, lang: str, raw) -> tuple[list[float], list[float]]:
    """Each keystroke in the search field until its results are on screen (the worker thread's search, the
    results list, the paint), against the raw FTS5 MATCH of the typed words plus their hit titles set as one
    HTML list on the bare browser."""
    import html

    from benchmarks.bench_search import QUERIES, raw_expression

    app_ms, floor_ms = [], []
    for q_lang, q in QUERIES:
        if q_lang != lang:
            continue
        for i in range(1, len(q) + 1):
            typed, expr = q[:i], raw_expression(q[:i])
            if expr is None:
                continue
            titles = "".join(f"<li>{html.escape(h.title)}</li>" for h in library.search(typed, lang))

            def floor(expr=expr, titles=titles):
                raw.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ?", (expr,)).fetchall()
                browser.setHtml(f"<ul>{titles}</ul>")

            def app(typed=typed):
                w.search_field.setText(typed)
                w.runner.wait(10_000)
                flush()  # the worker's answer is delivered (queued signal), listed and painted

            for which in ("app", "floor") if i % 2 else ("floor", "app"):
                if which == "app":
                    app_ms.append(timed(app))
                else:
                    floor_ms.append(timed(floor))
        w.search_field.clear()
        flush()
    return app_ms, floor_ms


def views(db: str, reps: int, opens: int) -> dict:
    from PySide6.QtWidgets import QTextBrowser

    from sarcoref.data.library import Library

    _app()
    library = Library(db)
    out: dict[str, list] = {}

    def add(key, value):
        out.setdefault(key, []).append(value)

    browser = QTextBrowser()
    browser.resize(980, 700)
    browser.show()
    flush()
    raw = sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    for rep in range(reps):
        lang = ("fr", "en")[rep % 2]
        sections = [i.id for i in library.items("section", lang)]
        trials = [i.id for i in library.items("trial", lang)]
        html_of = {}
        t0 = time.perf_counter_ns()
        w, store = _window(library, lang)
        add("window_build_ms", (time.perf_counter_ns() - t0) / 1e6)
        add("trials_first_open_ms", timed(lambda w=w: w.open("trials")))
        add("tolerance_first_open_ms", timed(lambda w=w: w.open("tolerance")))
        grid_html, tol = _grid_html(library, lang), library.item("tolerance", lang)
        tol_html = tol.html if tol else ""
        kinds = {"section": ([], []), "trial": ([], []), "trials": ([], []), "tolerance": ([], [])}
        for k in range(opens):
            sec, tri = sections[(k * 7 + rep) % len(sections)], trials[(k * 3 + rep) % len(trials)]
            for key in (sec, tri):
                if key not in html_of:
                    html_of[key] = library.item(key, lang).html
            jobs = {
                "section": (f"section:{sec}", html_of[sec], None),
                "trial": (f"trial:{tri}", html_of[tri], None),
                "trials": ("trials", grid_html, "home"),
                "tolerance": ("tolerance", tol_html, "home"),
            }
            for kind, (loc, html, before) in jobs.items():
                if before:
                    w.open(before)
                    flush()
                app_ms, floor_ms = kinds[kind]
                # Alternate who goes first, so that neither always finds the caches warm.
                for which in ("app", "floor") if (k + rep) % 2 == 0 else ("floor", "app"):
                    if which == "app":
                        app_ms.append(timed(partial(w.open, loc)))
                    else:
                        floor_ms.append(timed(partial(browser.setHtml, html)))
        for kind, (app_ms, floor_ms) in kinds.items():
            add(f"{kind}_p99_ms", _p99(app_ms))
            add(f"{kind}_floor_p99_ms", _p99(floor_ms))
            add(f"{kind}_median_ms", sorted(app_ms)[len(app_ms) // 2])
        app_ms, floor_ms = _typing(w, browser, library, lang, raw)
        add("typing_p99_ms", _p99(app_ms))
        add("typing_floor_p99_ms", _p99(floor_ms))
        other = "en" if lang == "fr" else "fr"
        add("language_switch_ms", timed(lambda w=w, other=other: w.set_language(other)))
        w.close()
        store.close()
        w.deleteLater()
        flush()
    out["sections"] = len(library.items("section", "fr"))
    out["trials"] = len(library.items("trial", "fr"))
    return out


def session(db: str, actions: int, seed: int = 8) -> dict:
    """Resident memory over a scripted session; the baseline is taken after a tenth of the actions."""
    from sarcoref.data.library import Library
    from sarcoref.ui.kiosk.config import KioskConfig, hash_pin
    from sarcoref.ui.kiosk.window import KioskWindow, Timings

    _app()
    rng = random.Random(seed)
    library = Library(db)
    w, store = _window(library, "fr")
    kiosk = KioskWindow(library, KioskConfig(**hash_pin("2580")), Timings(3_600_000, 3_600_000), enforce=False)
    kiosk.resize(1280, 800)
    kiosk.start()
    flush()
    ids = {lang: ([i.id for i in library.items("section", lang)], [i.id for i in library.items("trial", lang)])
           for lang in ("fr", "en")}  # fmt: skip

    def search():
        q = rng.choice(SEARCHES)
        for i in range(1, len(q) + 1):  # typed fast: the runner drops the keystrokes a newer one replaced
            w.search_field.setText(q[:i])
        w.runner.wait(5000)
        flush()
        if rng.random() < 0.5:
            w.results.open_current()
        w.search_field.clear()

    def kiosk_visit():
        secs, tris = ids[kiosk.lang]
        kiosk.open(rng.choice(["trials", "tolerance", f"section:{rng.choice(secs)}", f"trial:{rng.choice(tris)}"]))
        flush()
        if rng.random() < 0.3:
            kiosk.reset()  # what the idle timer does after a visitor leaves
            flush()

    plan = [
        (30, "section", lambda: w.open(f"section:{rng.choice(ids[w.lang][0])}")),
        (15, "trial", lambda: w.open(f"trial:{rng.choice(ids[w.lang][1])}")),
        (15, "search", search),
        (6, "trials", lambda: w.open("trials")),
        (6, "tolerance", lambda: w.open("tolerance")),
        (10, "back/forward", lambda: w.back() if rng.random() < 0.6 else w.forward()),
        (3, "language", lambda: w.set_language("en" if w.lang == "fr" else "fr")),
        (15, "kiosk", kiosk_visit),
    ]
    weights = [p[0] for p in plan]
    counts: dict[str, int] = {}
    trace = []
    baseline = None
    t0 = time.perf_counter()
    for n in range(1, actions + 1):
        _, name, fn = rng.choices(plan, weights)[0]
        fn()
        flush()
        counts[name] = counts.get(name, 0) + 1
        if n % max(1, actions // 10) == 0:
            gc.collect()
            trace.append((n, round(rss_mib(), 2)))
            if baseline is None:
                baseline = trace[-1][1]
    gc.collect()
    end = rss_mib()
    kiosk.shutdown()
    kiosk.close()
    w.close()
    store.close()
    return {"actions": actions, "baseline_mib": baseline, "end_mib": end, "growth_mib": end - (baseline or end),
            "trace": trace, "counts": counts, "seconds": time.perf_counter() - t0, "kiosk_resets": kiosk.resets,
            "peak_mib": _peak_mib()}  # fmt: skip


def _peak_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def idle(db: str, seconds: float) -> dict:
    """CPU time used per second of wall time while nothing happens (a share of one core)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QMainWindow

    from sarcoref.data.library import Library
    from sarcoref.ui.kiosk.config import KioskConfig, hash_pin
    from sarcoref.ui.kiosk.window import KioskWindow

    _app()

    def measure() -> float:
        flush()
        time.sleep(0.2)
        flush()  # what showing the window left to do is not idling
        cpu0, t0 = time.process_time(), time.perf_counter()
        loop = QEventLoop()  # a local loop: the kiosk's guard refuses to let the application quit
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        return (time.process_time() - cpu0) / (time.perf_counter() - t0) * 100

    bare = QMainWindow()
    bare.resize(1366, 768)
    bare.show()
    out = {"bare_pct": measure()}
    bare.close()
    library = Library(db)
    w, store = _window(library, "fr")
    out["main_window_pct"] = measure()
    w.close()
    store.close()
    kiosk = KioskWindow(library, KioskConfig(**hash_pin("2580")), enforce=False)
    kiosk.resize(1280, 800)
    kiosk.start()
    out["kiosk_attract_pct"] = measure()
    kiosk.shutdown()
    kiosk.close()
    out["seconds"] = seconds
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=("views", "session", "idle"))
    p.add_argument("--db", required=True)
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--opens", type=int, default=40)
    p.add_argument("--actions", type=int, default=10_000)
    p.add_argument("--seconds", type=float, default=3.0)
    a = p.parse_args(argv)
    if not Path(a.db).exists():
        print(f"bench_gui: no database at {a.db}", file=sys.stderr)
        return 1
    if a.mode == "views":
        result = views(a.db, a.reps, a.opens)
    elif a.mode == "session":
        result = session(a.db, a.actions)
    else:
        result = idle(a.db, a.seconds)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
