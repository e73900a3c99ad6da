"""The machine a run was measured on: CPU, cores, RAM, OS, Python, Qt, SQLite."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _os() -> str:
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            info = dict(line.rstrip().split("=", 1) for line in f if "=" in line)
        name = info.get("PRETTY_NAME", "").strip('"')
    except OSError:
        name = ""
    return f"{name or platform.system()} (kernel {platform.release()})"


def _qt() -> dict:
    """Qt and PySide6 versions, read without creating an application."""
    try:
        import PySide6
        from PySide6 import QtCore

        return {"pyside6": PySide6.__version__, "qt": QtCore.qVersion()}
    except ImportError:
        return {"pyside6": None, "qt": None}


def describe() -> dict:
    cores = os.cpu_count()
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = cores
    return {
        "cpu": _cpu_model(), "cores": cores, "usable_cores": usable, "ram_gib": _ram_gib(), "os": _os(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "sqlite": sqlite3.sqlite_version, "qpa": os.environ.get("QT_QPA_PLATFORM", "(default)"),
        "executable": sys.executable, **_qt(),
    }  # fmt: skip


def one_line(m: dict) -> str:
    return (f"{m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB RAM; {m['os']}; {m['python']}; "
            f"PySide6 {m['pyside6']} (Qt {m['qt']}); SQLite {m['sqlite']}; QPA {m['qpa']}")  # fmt: skip
