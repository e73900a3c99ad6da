"""Size: the frozen folder dist/SarcoRef and its .tar.gz, against the naive build of a bare window.

The naive build is benchmarks/bare_window.py frozen with plain `pyinstaller --onedir --windowed` (no spec, no
trimming), the same recipe packaging/measure-size.sh applies to packaging/hello_world.py. Sizes are apparent
bytes (as `du -sb`); archives are tar + gzip at gzip's default level 6 (as `tar -czf`), made here for both.
"""

from __future__ import annotations

import os
import tarfile
import tempfile
from pathlib import Path

from .bench_start import frozen_app, frozen_bare
from .stats import Figure, Goal


def folder_bytes(root: Path) -> int:
    total = root.lstat().st_size
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            total += (Path(dirpath) / name).lstat().st_size
    return total


def archive_bytes(root: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "a.tar.gz"
        with tarfile.open(out, "w:gz", compresslevel=6) as tar:
            tar.add(root, arcname=root.name)
        return out.stat().st_size


def run(log=print) -> tuple[list[Figure], dict, list[tuple[str, str]]]:
    app = frozen_app()
    if app is None:
        return [], {}, [("size", "no frozen build in dist/SarcoRef")]
    bare = frozen_bare(log)
    if bare is None:
        return (
            [],
            {},
            [("size", "PyInstaller is not installed: no naive build to compare with (uv sync --group package)")],
        )
    app_dir, bare_dir = app.parent, bare.parent
    mb = 1_000_000
    sizes = {"app_folder": folder_bytes(app_dir), "bare_folder": folder_bytes(bare_dir),
             "app_archive": archive_bytes(app_dir), "bare_archive": archive_bytes(bare_dir)}  # fmt: skip
    floor = "naive frozen bare window"
    figs = [
        Figure("size", "dist/SarcoRef folder", "MB", [sizes["app_folder"] / mb], floor, [sizes["bare_folder"] / mb],
               Goal(max_ratio=0.75), "packaging budget"),
        Figure("size", "dist/SarcoRef .tar.gz", "MB", [sizes["app_archive"] / mb], floor,
               [sizes["bare_archive"] / mb], Goal(max_ratio=0.75), "gzip -6"),
    ]  # fmt: skip
    return figs, {"bytes": sizes, "app": str(app_dir), "naive": str(bare_dir)}, []
