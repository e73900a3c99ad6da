"""Run inside a fresh Python by test_no_network.py (not a test module): import or exercise SarcoRef with
an audit hook that records every attempt to use the network, and a finder that records who imported
each network module. Prints one JSON object.

    python tests/reliability/netprobe.py imports            import every module under sarcoref/
    python tests/reliability/netprobe.py cli DB             run the headless commands on DB
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import pkgutil
import sys

NETWORK_MODULES = (
    "socket", "_socket", "ssl", "_ssl", "http.client", "http.server", "urllib.request", "urllib3", "requests",
    "httpx", "aiohttp", "ftplib", "smtplib", "poplib", "imaplib", "nntplib", "telnetlib", "xmlrpc.client",
    "xmlrpc.server", "socketserver", "asyncio", "PySide6.QtNetwork", "PySide6.QtNetworkAuth",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick", "PySide6.QtWebSockets",
    "PySide6.QtWebChannel", "PySide6.QtWebView", "PySide6.QtHttpServer", "PySide6.QtRemoteObjects",
)  # fmt: skip
NETWORK_EVENTS = ("socket.", "urllib.Request", "http.client.", "ftplib.", "smtplib.", "poplib.", "imaplib.",
                  "nntplib.", "telnetlib.", "webbrowser.open")  # fmt: skip
HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = os.path.join(os.path.dirname(os.path.dirname(HERE)), "sarcoref")

events: list[str] = []
importers: dict[str, str] = {}


def audit(event: str, args) -> None:
    if event.startswith(NETWORK_EVENTS):
        events.append(f"{event} {str(args)[:120]}")


class WhoImports:
    """Records, for each network module, the file whose code asked for it first, and the SarcoRef file
    whose import started the chain (the same file when SarcoRef asked directly)."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname in NETWORK_MODULES and fullname not in importers:
            frame = sys._getframe(1)
            while frame and (frame.f_code.co_filename.startswith("<frozen") or frame.f_code.co_filename == __file__):
                frame = frame.f_back
            asker = (frame.f_code.co_filename, frame.f_globals.get("__name__", "?")) if frame else ("?", "?")
            via = None  # the outermost module between SarcoRef's file and the asker (the dependency it imported)
            while frame and not frame.f_code.co_filename.startswith(PACKAGE):
                if not frame.f_code.co_filename.startswith("<frozen"):
                    via = frame.f_globals.get("__name__")
                frame = frame.f_back
            importers[fullname] = {"asker": asker[0], "asker_module": asker[1], "via_module": via,
                                   "from_module": frame.f_globals.get("__name__") if frame else None}  # fmt: skip
        return None


def modules() -> list[str]:
    import sarcoref

    names = ["sarcoref"]
    for info in pkgutil.walk_packages(sarcoref.__path__, "sarcoref."):
        if not info.name.endswith("__main__"):
            names.append(info.name)
    return names


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.addaudithook(audit)
    sys.meta_path.insert(0, WhoImports())
    already = sorted(m for m in NETWORK_MODULES if m in sys.modules)  # loaded by Python itself at start
    failed: dict[str, str] = {}
    if sys.argv[1] == "imports":
        names = modules()
        for name in names:
            try:
                importlib.import_module(name)
            except Exception as e:
                failed[name] = f"{type(e).__name__}: {e}"
    else:
        from sarcoref import cli

        db = sys.argv[2]
        names = []
        for argv in (["search", "essai"], ["search", "NCT0", "--json"], ["show", "accueil"], ["trials", "--json"],
                     ["cite", "--all", "--format", "ris"], ["check", "--db", db], ["--version"]):  # fmt: skip
            names.append(" ".join(argv))
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                code = cli.main(["--db", db, *argv] if argv[0] != "check" else argv)
            if code != 0:
                failed[" ".join(argv)] = f"exit {code}"
    loaded = {
        m: importers.get(m, {"asker": "?", "from": None})
        for m in NETWORK_MODULES
        if m in sys.modules and m not in already
    }
    print(json.dumps({"ran": names, "failed": failed, "loaded": loaded, "events": events, "package": PACKAGE}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
