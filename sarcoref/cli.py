"""The command line: headless commands over the library, and the way into the GUI.

Headless commands never import PySide6. Every failure is one line on stderr and a non-zero exit:
2 for a usage error, 1 for anything else (unknown id, bad database, bad sources).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .data.cite import FORMATS  # plain Python (re only): cheap enough to load before any command

LANGS = ("fr", "en")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2, no usage dump
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="sarcoref", description="SarcoRef: radiotherapy combined with immunotherapy in sarcoma.")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    p.add_argument("--db", help="use this content database instead of the bundled one")
    p.add_argument("--lang", choices=LANGS, help="language of the content and the interface")
    p.add_argument("--open", dest="open_id", metavar="ID", help="open the app at a section, trial or reference")
    p.add_argument("--kiosk", action="store_true", help="start in kiosk mode (conference touchscreens)")
    p.add_argument("--smoke-test", action="store_true", help="start the GUI, print time to first paint, exit")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    q = sub.add_parser("search", help="search the content")
    q.add_argument("query")
    q.add_argument("--lang", dest="sub_lang", choices=LANGS)
    q.add_argument("--limit", type=_positive, default=20)
    q.add_argument("--json", action="store_true")

    sh = sub.add_parser("show", help="show one item by id ('whatsnew': what changed in each content version)")
    sh.add_argument("id")
    sh.add_argument("--lang", dest="sub_lang", choices=LANGS)
    sh.add_argument("--json", action="store_true")

    t = sub.add_parser("trials", help="list trials, filtered")
    t.add_argument("--lang", dest="sub_lang", choices=LANGS)
    for name in ("setting", "histology", "agent", "rt", "status", "phase", "group"):
        t.add_argument(f"--{name}", help=f"filter by {name} code")
    t.add_argument("--json", action="store_true")

    c = sub.add_parser("cite", help="cite a reference (or --all)")
    c.add_argument("id", nargs="?")
    c.add_argument("--all", action="store_true")
    c.add_argument("--format", choices=FORMATS, default=FORMATS[0])

    ck = sub.add_parser("check", help="validate the sources and the content database")
    ck.add_argument("--db", dest="sub_db", help="check this database file only")

    b = sub.add_parser("build-db", help="compile the content sources into the database")
    b.add_argument("--out", help="where to write it (default: the bundled database)")

    sc = sub.add_parser("screenshot", help="render a view offscreen to a PNG")
    sc.add_argument("out")
    sc.add_argument("--view", default="home")
    sc.add_argument("--lang", dest="sub_lang", choices=LANGS)
    sc.add_argument("--size", default="1366x768", type=_size)
    sc.add_argument("--theme", choices=("light", "dark", "contrast"), default="light")
    sc.add_argument("--kiosk", dest="sub_kiosk", action="store_true")

    sub.add_parser("kiosk-pin", help="set the organiser's PIN for kiosk mode")

    kg = sub.add_parser("keygen", help="make a publisher signing key (private key to OUT, public to OUT.pub)")
    kg.add_argument("out")
    sg = sub.add_parser("sign-db", help="sign a content database (writes DB.sig beside it)")
    sg.add_argument("sign_db", metavar="DB")
    sg.add_argument("--key", required=True, help="the private key file made by keygen")
    return p


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 1 <= n <= 1000:
        raise argparse.ArgumentTypeError("must be between 1 and 1000")
    return n


def _size(value: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1366x768, not {value!r}") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("size must be between 200 and 8000 pixels each way")
    return w, h


def _fail(message: str, code: int = 1) -> int:
    # One line, whatever the user typed: control characters (newlines too) are shown escaped.
    message = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in message)
    print(f"sarcoref: {message}", file=sys.stderr)
    return code


def _library(args):
    from .data.library import UNSIGNED, open_content

    lib, notice = open_content(args.db)
    if notice:
        print(f"sarcoref: {notice}", file=sys.stderr)
    if lib.provenance.level == UNSIGNED:
        print(f"sarcoref: warning: unsigned content, not from the publisher ({lib.provenance.detail})", file=sys.stderr)
    return lib


def _lang(args) -> str:
    return getattr(args, "sub_lang", None) or args.lang or "fr"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = _parser().parse_args(argv)
    except UsageError as e:
        return _fail(f"error: {e} (see sarcoref --help)", 2)
    except SystemExit as e:  # --help
        return int(e.code or 0)
    try:
        return _run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # the last line of defence: never a traceback
        from .data.library import ContentError

        if isinstance(e, ContentError):
            return _fail(str(e))
        return _fail(f"unexpected error: {type(e).__name__}: {e}")


def _run(args) -> int:
    if args.version:
        print(f"SarcoRef {__version__}\n{_content_origin()}")
        return 0
    headless = {"search": _search, "show": _show, "trials": _trials, "cite": _cite, "check": _check,
                "build-db": _build, "keygen": _keygen, "sign-db": _sign_db}  # fmt: skip
    if args.command in headless:
        return headless[args.command](args)
    if args.command == "kiosk-pin":
        from .kioskpin import set_pin_interactively

        return set_pin_interactively()
    # The GUI is imported only when a window (or an offscreen render) is asked for.
    from .ui.app import run_gui, screenshot

    return screenshot(args) if args.command == "screenshot" else run_gui(args)


def _content_origin() -> str:
    """Whose the content SarcoRef ships is: a development build says so."""
    from .data.library import PUBLISHER, ContentError, bundled_provenance

    try:
        origin = bundled_provenance()
    except ContentError as e:
        return f"content: refused, {e}"
    if origin.level == PUBLISHER:
        return f"content: signed by the publisher (key {origin.key_id})"
    return f"content: development build, not signed by the publisher ({origin.detail})"


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _search(args) -> int:
    lib = _library(args)
    lang = _lang(args)
    found = lib.find(args.query, lang, args.limit)
    for line in _search_hints(found, lang):
        print(line, file=sys.stderr)
    if args.json:  # each hit says whether a corrected query or the other language's text found it
        _print_json([h.as_dict() for h in found.hits])
        return 0
    if not found.hits:
        print("No results." if lang == "en" else "Aucun résultat.")
    for h in found.hits:
        print(f"[{h.kind}] {h.id} — {h.title}\n    {h.text}")
    return 0


def _search_hints(found, lang: str) -> list[str]:
    """How the hits after the literal ones were found: a corrected spelling, the other language's text."""
    en = lang == "en"
    out = []
    if found.corrected:
        fixes = ", ".join(f"{a} → {b}" for a, b in found.corrections)
        out.append(
            f"Also searched for: {found.corrected} ({fixes})"
            if en
            else f"Recherche aussi de : {found.corrected} ({fixes})"
        )
    if found.other_lang:
        n, other = found.other_count, {"fr": ("French", "français"), "en": ("English", "anglais")}[found.other_lang]
        out.append(f"{n} found through the {other[0]} text only (pages shown in English)" if en
                   else f"{n} trouvé(s) par le seul texte {other[1]} (pages affichées en français)")  # fmt: skip
    return out


def _show(args) -> int:
    lib = _library(args)
    item = lib.item(args.id, _lang(args))
    if item is None and args.id == "whatsnew":  # what changed in each content version, newest first
        versions = lib.changelog(_lang(args))
        if args.json:
            _print_json([v.as_dict() for v in versions])
        else:
            print(
                "\n\n".join(f"{v.version} ({v.date})\n" + "\n".join(f"- {c}" for c in v.changes_text) for v in versions)
            )
        return 0
    if item is None:
        return _fail(f"no item with id {args.id!r} (try: sarcoref search {args.id!r})")
    if args.json:
        _print_json(item.as_dict())
    else:
        print(item.text)
    return 0


def _trials(args) -> int:
    lib = _library(args)
    filters = {k: getattr(args, k) for k in ("setting", "histology", "agent", "rt", "status", "phase", "group")}
    trials = lib.trials(_lang(args), **filters)
    if args.json:
        _print_json([t.as_dict() for t in trials])
        return 0
    for t in trials:
        d = t.as_dict()
        print(
            f"{d['nct_id']}  {t.title:<14} {d.get('phase') or '-':<10} {d.get('setting') or '-':<22} {d.get('status') or '-'}"
        )
    return 0


def _cite(args) -> int:
    from .data.cite import cite

    lib = _library(args)
    if args.all:
        refs = lib.items("reference", "en")
    elif args.id:
        item = lib.item(args.id, "en")
        if item is None or item.kind != "reference":
            return _fail(f"no reference with id {args.id!r}")
        refs = [item]
    else:
        return _fail("error: give a reference id or --all", 2)
    sep = "\n\n" if args.format != "vancouver" else "\n"
    print(sep.join(cite(r.data | {"id": r.id}, args.format) for r in sorted(refs, key=lambda r: r.id)))
    return 0


def _check(args) -> int:
    from .data import library
    from .data.paths import bundled_db, content_root

    if args.sub_db:
        lib = library.Library(Path(args.sub_db))
        bundled = library.Library(bundled_db())
        newer = library._version_tuple(lib.version) > library._version_tuple(bundled.version)
        print(
            f"ok: {args.sub_db} is a sound content database, version {lib.version} as of {lib.as_of}"
            + ("" if newer else f" (not newer than the bundled {bundled.version}: it would not be used)")
        )
        print(_signature_line(lib))
        return 0
    ok = True
    root = content_root()
    if root.is_dir():
        from .data.sources import load

        content = load(root)
        for p in content.problems:
            print(p, file=sys.stderr)
        if content.problems:
            ok = False
            print(f"sarcoref: {len(content.problems)} problem(s) in the content sources", file=sys.stderr)
        else:
            print(
                f"ok: sources ({sum(len(v) for v in content.sections.values())} sections, "
                f"{len(content.trials)} trials, {len(content.references)} references, {len(content.glossary)} glossary terms)"
            )
    lib = library.Library(args.db or bundled_db())
    print(f"ok: database {lib.path.name}, content {lib.version} as of {lib.as_of}")
    print(_content_origin() if lib.path == bundled_db() else _signature_line(lib))
    if ok and root.is_dir():
        fresh = _fresh_hash(root)
        if fresh is None:
            print("note: sqlite-utils is not installed, so the database was not compared with a fresh build")
        elif fresh != lib.meta.get("content_hash"):
            ok = False
            print("sarcoref: the database is out of date with its sources: run sarcoref build-db", file=sys.stderr)
        else:
            print("ok: the database equals a fresh build of the sources")
    return 0 if ok else 1


def _signature_line(lib) -> str:
    from .data import signing

    try:
        record = signing.verify(lib.path, lib.version, int(lib.meta.get("schema_version", -1)))
    except signing.SignatureError as e:
        return f"signature: not trusted ({e})"
    return f"signature: signed by trusted key {record.key_id}, content {record.content_version}"


def _fresh_hash(root: Path) -> str | None:
    import tempfile

    try:
        from .data.builder import build
    except ImportError:
        return None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            return build(root, Path(tmp) / "fresh.db")
    except ImportError:
        return None


def _build(args) -> int:
    from .data.builder import BuildError, build
    from .data.paths import bundled_db, content_root

    try:
        import sqlite_utils  # noqa: F401
    except ImportError:
        return _fail("build-db needs sqlite-utils (a build-time dependency: uv sync installs it)")
    out = Path(args.out) if args.out else bundled_db()
    try:
        digest = build(content_root(), out)
    except BuildError as e:
        for p in e.problems:
            print(p, file=sys.stderr)
        return _fail(str(e))
    except OSError as e:
        return _fail(f"cannot write {out}: {e.strerror or e}")
    print(f"built {out} (content hash {digest[:12]})")
    return 0


def _keygen(args) -> int:
    from .data import signing

    out = Path(args.out)
    if out.exists():
        return _fail(f"{out} exists: a signing key is never overwritten")
    try:
        kid = signing.keygen(out)
    except OSError as e:
        return _fail(f"cannot write {out}: {e.strerror or e}")
    print(f"key {kid}: private key {out} (keep it out of the repository), public key {out}.pub")
    return 0


def _sign_db(args) -> int:
    import sqlite3

    from .data import signing

    db = Path(args.sign_db)
    try:
        key = signing.load_private_key(Path(args.key))
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta"))
        finally:
            conn.close()
        out = signing.sign(db, key, meta["content_version"], int(meta["schema_version"]))
    except signing.SignatureError as e:
        return _fail(str(e))
    except (sqlite3.Error, KeyError, ValueError):
        return _fail(f"{db} is not a SarcoRef content database")
    except OSError as e:
        return _fail(f"cannot sign {db}: {e.strerror or e}")
    print(f"signed {db} with key {signing.key_id(key.verify_key)}: {out}")
    return 0
