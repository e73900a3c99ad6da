"""Where things live: the bundled database and resources (same code from source and frozen) and the
per-user folder (platformdirs; SARCOREF_HOME overrides it; a `portable` file beside the executable
keeps it beside the app)."""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

APP = "SarcoRef"


def bundled_db() -> Path:
    return Path(str(files("sarcoref.data") / "content.db"))


def content_root() -> Path:
    """The editable sources (present in a source checkout, not in a frozen app)."""
    return Path(str(files("sarcoref.data") / "content"))


def resources_dir() -> Path:
    """Translations and icons: sarcoref/resources inside an installed wheel or the frozen app (both put them
    there), else resources/ at the top of the checkout, which is their source."""
    packaged = Path(str(files("sarcoref") / "resources"))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent.parent / "resources"


def portable_dir() -> Path | None:
    """A file named `portable` beside the executable makes the app keep its data beside itself."""
    if getattr(sys, "frozen", False):
        base = Path(sys.executable).resolve().parent
        if (base / "portable").exists():
            return base / "userdata"
    return None


def user_dir() -> Path:
    """The per-user data folder (not created here)."""
    override = os.environ.get("SARCOREF_HOME")
    if override:
        return Path(override)
    portable = portable_dir()
    if portable:
        return portable
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP, appauthor=False))
