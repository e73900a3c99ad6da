"""Fixtures for the data-layer tests: a synthetic content tree, its database, and the bundled one."""

from __future__ import annotations

from pathlib import Path

import pytest

from sarcoref.data.builder import build
from sarcoref.data.library import Library

from .minicontent import write_tree


@pytest.fixture
def mini_root(tmp_path) -> Path:
    """A fresh, valid synthetic content tree that a test may break."""
    return write_tree(tmp_path / "content")


@pytest.fixture(scope="session")
def mini_db(tmp_path_factory, test_key) -> Path:
    """The synthetic tree, built once and signed with the test key (read-only for tests: copy it before
    damaging it; a copy without its .sig is unsigned)."""
    base = tmp_path_factory.mktemp("mini")
    root = write_tree(base / "content")
    out = base / "mini.db"
    build(root, out)
    return test_key.sign(out)


@pytest.fixture(scope="session")
def mini_lib(mini_db) -> Library:
    return Library(mini_db)


@pytest.fixture(scope="session")
def bundled_lib() -> Library:
    """The committed content database (fails, rather than skips, when it is missing or unsound)."""
    return Library()
