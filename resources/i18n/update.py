"""Refresh the interface translations: `uv run python resources/i18n/update.py`.

lupdate collects every tr() string of sarcoref/ui into the .ts sources (translators edit those, e.g. with
pyside6-linguist); lrelease compiles them into the .qm files the app loads. A test checks the .qm
files are up to date and that no French string is left untranslated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGS = ("fr", "en")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sarcoref" / "ui").rglob("*.py"))


def ts_path(lang: str) -> Path:
    return HERE / f"sarcoref_{lang}.ts"


def qm_path(lang: str) -> Path:
    return HERE / f"sarcoref_{lang}.qm"


def tool(name: str) -> str:
    """PySide6's own script beside the running interpreter, so an IDE or `.venv/bin/python` finds it without PATH."""
    here = Path(sys.executable).parent / (f"{name}.exe" if sys.platform == "win32" else name)
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found beside {sys.executable} nor on PATH: install PySide6-Essentials")
    return found


def lupdate() -> None:
    for lang in LANGS:
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-source-language", "en",
                        "-target-language", lang, "-ts", str(ts_path(lang))], cwd=ROOT, check=True)  # fmt: skip


def lrelease(out_dir: Path = HERE) -> list[Path]:
    outs = []
    for lang in LANGS:
        out = out_dir / f"sarcoref_{lang}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(lang)), "-qm", str(out)], check=True)
        outs.append(out)
    return outs


if __name__ == "__main__":
    if "--release-only" not in sys.argv:
        lupdate()
    lrelease()
