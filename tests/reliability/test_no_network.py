"""Offline, provably: no runtime code imports a network module or touches a socket."""

from __future__ import annotations

import ast
import json
import subprocess

from .helpers import PYTHON, ROOT, env, run_cli, shimmed
from .netprobe import NETWORK_MODULES

PACKAGE = ROOT / "sarcoref"
PROBE = str(ROOT / "tests" / "reliability" / "netprobe.py")
NETWORK_NAMES = ("QNetworkAccessManager", "QTcpSocket", "QUdpSocket", "QSslSocket", "QLocalSocket",
                 "QLocalServer", "QWebEngineView", "QWebEnginePage", "QWebSocket")  # fmt: skip


def _network(name: str) -> bool:
    return any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES)


def network_imports(source: str, filename: str = "<source>") -> list[str]:
    """Every network module a piece of Python source imports, statically or by a constant dynamic import."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                names = [node.args[0].value]
        elif isinstance(node, ast.Name | ast.Attribute):
            ident = node.id if isinstance(node, ast.Name) else node.attr
            names = [f"PySide6.QtNetwork.{ident}"] if ident in NETWORK_NAMES else []
        found += [f"{filename}:{node.lineno}: {n}" for n in names if _network(n)]
    return found


def test_the_source_scan_sees_every_way_of_importing():
    """The scanner itself: each line below must be caught (so an empty result below means something)."""
    caught = network_imports(
        "import socket\nfrom urllib import request\nfrom http.client import HTTPConnection\n"
        "from PySide6 import QtNetwork\nfrom PySide6.QtNetwork import QNetworkAccessManager\n"
        "import importlib\nimportlib.import_module('ssl')\n__import__('ftplib')\nm = QNetworkAccessManager()\n"
        "import asyncio\n"
    )
    assert {int(c.split(":")[1]) for c in caught} == {1, 2, 3, 4, 5, 7, 8, 9, 10}, caught
    assert not network_imports("import urllib.parse\nfrom html import escape\nimport http\nimport sqlite3\n")


def test_no_runtime_module_imports_a_network_module(report):
    files = sorted(PACKAGE.rglob("*.py"))
    report("Runtime code importing a network module",
           tried="the syntax tree of every module under sarcoref/ (static imports, importlib/__import__ with a "
                 "constant, Qt network class names)",
           holds="none imports socket, ssl, http.client, urllib.request, asyncio, ftplib, smtplib…, QtNetwork, "
                 "QtWebEngine or QtWebSockets")  # fmt: skip
    report.count("modules scanned", len(files))
    found = [hit for f in files for hit in network_imports(f.read_text(encoding="utf-8"), str(f.relative_to(ROOT)))]
    assert not found, "runtime code imports a network module:\n" + "\n".join(found)


def _probe(*args: str) -> dict:
    p = subprocess.run([PYTHON, PROBE, *args], capture_output=True, text=True, cwd=ROOT, env=env(), timeout=120)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout.splitlines()[-1])


def test_headless_commands_load_no_network_module_and_open_no_socket(content_db, report):
    report("Headless CLI commands and the network",
           tried="search, show, trials, cite, check and --version run in a fresh Python with an audit hook on "
                 "every socket, urllib, http.client, ftplib, smtplib and webbrowser event",
           holds="no network module is even loaded; no network event is raised")  # fmt: skip
    result = _probe("cli", str(content_db))
    assert not result["failed"], result["failed"]
    assert result["loaded"] == {}, result["loaded"]
    assert result["events"] == []
    report.count("commands", len(result["ran"]))


def test_importing_every_module_opens_nothing_and_sarcoref_asks_for_no_network_module(report):
    result = _probe("imports")
    loaded = {m: v for m, v in sorted(result["loaded"].items()) if not m.startswith("_")}
    chains = "; ".join(f"{m} (asked by {v['asker_module']})" for m, v in loaded.items())
    starts = sorted(
        {f"{v['from_module']} → {v['via_module'].split('.')[0]}" for v in loaded.values() if v["from_module"]}
    )
    report("Network modules loaded by importing every SarcoRef module (GUI included)",
           tried="each module under sarcoref/ imported in a fresh Python, recording who asked for each network "
                 "module, with the audit hook on",
           holds="no SarcoRef file asks for one; no Qt network module loads; no socket is created"
                 + (f". Loaded indirectly by the standard library, never called: {chains}; the chain starts at "
                    f"{', '.join(starts)}" if loaded else ""))  # fmt: skip
    report.count("modules imported", len(result["ran"]))
    assert not result["failed"], f"modules that cannot be imported: {result['failed']}"
    assert result["events"] == [], result["events"]
    qt = [m for m in result["loaded"] if m.startswith("PySide6.")]
    assert not qt, f"a Qt network module was loaded: {qt}"
    direct = {m: v["asker"] for m, v in result["loaded"].items() if v["asker"].startswith(result["package"])}
    assert not direct, f"SarcoRef code imports a network module: {direct}"


# ---------------------------------------------------------------- under Python and Qt: the C library


def test_the_shim_sees_python_and_qt_networking(nonet, tmp_path):
    """The shim itself: Python's socket module and Qt's own C++ sockets are both caught, so an empty log
    below means nothing tried."""
    log = tmp_path / "net.log"
    code = ("import socket\n"
            "try: socket.create_connection(('example.org', 80), timeout=1)\nexcept OSError: pass\n"
            "from PySide6.QtCore import QCoreApplication\nfrom PySide6.QtNetwork import QTcpSocket\n"
            "app = QCoreApplication([])\ns = QTcpSocket()\ns.connectToHost('192.0.2.1', 80)\ns.waitForConnected(200)\n")  # fmt: skip
    p = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       env=env(**shimmed(nonet, log)), timeout=60)  # fmt: skip
    assert p.returncode == 0, p.stderr
    lines = log.read_text().splitlines()
    assert any(line.startswith("getaddrinfo example.org") for line in lines), lines
    assert sum(line.startswith("socket family=") for line in lines) >= 2, lines  # Python's, then Qt's


def _first_trial() -> str:
    from sarcoref.data.library import Library

    return Library().items("trial", "fr")[0].id


def test_the_gui_reaches_no_network(nonet, tmp_path, report):
    runs = [["--smoke-test"]] + [["screenshot", str(tmp_path / f"{i}.png"), *args] for i, args in enumerate([
        ["--view", f"trial:{_first_trial()}"], ["--view", "tolerance"], ["--view", "search:PD-L1", "--lang", "en"],
        ["--kiosk"]])]  # fmt: skip
    report("The GUI and the network, seen from the C library",
           tried="the app's smoke test (main window) and views rendered by real processes (a trial card with its "
                 "QR code, tolerance, search in English, kiosk) with socket(), connect() and name lookups "
                 "intercepted under Python and Qt (LD_PRELOAD)",
           holds="no internet socket, connection or name lookup is even tried")  # fmt: skip
    log = tmp_path / "net.log"
    for args in runs:
        p = run_cli(*args, **shimmed(nonet, log))
        assert p.returncode == 0, (args, p.stderr[-500:])
        report.count("app runs")
    assert not log.exists(), log.read_text()
