"""Unsigned content is never passed off as the publisher's: the window carries a banner for as long as it shows
it, the About box says whose signature the content carries, and a kiosk refuses it outright."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser

from sarcoref.data.library import open_content
from sarcoref.data.paths import bundled_db
from sarcoref.data.userstore import UserStore
from sarcoref.ui import i18n
from sarcoref.ui.about import AboutDialog
from sarcoref.ui.kiosk import config
from sarcoref.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent.parent
BANNER = {"fr": "Contenu non signé — ne provient pas de l’éditeur", "en": "Unsigned content — not from the publisher"}


@pytest.fixture
def draft(tmp_path) -> Path:
    """An author's own build of the sources, given with --db: sound, but signed by no one."""
    path = tmp_path / "draft" / "content.db"
    path.parent.mkdir()
    shutil.copyfile(bundled_db(), path)
    return path


def _window(qtbot, db: Path | None, lang: str = "fr") -> MainWindow:
    """The window as `sarcoref [--db DB]` opens it (the same choice of content, then shown on screen)."""
    library, notice = open_content(db)
    i18n.install(lang)
    store = UserStore(ephemeral=True)
    w = MainWindow(library, store, lang, "light", notice=notice)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.open("home")
    return w


def _banner_on_screen(w: MainWindow) -> bool:
    b = w.unsigned_banner
    top = b.mapTo(w, b.rect().topLeft()).y()
    return b.isVisible() and b.height() >= 20 and top < w.split.mapTo(w, w.split.rect().topLeft()).y()


def test_unsigned_content_carries_a_banner_on_every_page_and_in_both_languages(qtbot, draft):
    w = _window(qtbot, draft)
    assert _banner_on_screen(w) and BANNER["fr"] in w.unsigned_banner.text()
    for location in ("trials", "tolerance", "references", "section:about-content"):
        assert w.open(location)
        assert _banner_on_screen(w), location
    w.a_lang["en"].trigger()  # Language > English, as a user changes it
    assert _banner_on_screen(w) and BANNER["en"] in w.unsigned_banner.text()
    assert w.unsigned_banner.grab().width() > 0
    w.a_back.trigger()
    assert _banner_on_screen(w)


def test_the_publishers_content_has_no_banner(qtbot, draft, test_key):
    w = _window(qtbot, test_key.sign(draft))
    assert not w.unsigned_banner.isVisible()
    w = _window(qtbot, None)  # the bundled content of this checkout: its authors' build, not unsigned content
    assert not w.unsigned_banner.isVisible()


@pytest.mark.parametrize(
    ("signed", "lang", "says"),
    [
        ("none", "en", "Unsigned content — not from the publisher (content.db is unsigned)."),
        ("none", "fr", "Contenu non signé — ne provient pas de l’éditeur (content.db is unsigned)."),
        ("publisher", "en", "Content signed by the publisher (key {key})."),
        ("publisher", "fr", "Contenu signé par l’éditeur (clé {key})."),
        ("bundled", "en", "Development build: content built from the sources, not signed by the publisher."),
    ],
)
def test_the_about_box_says_whose_signature_the_content_carries(qtbot, draft, test_key, signed, lang, says):
    db = None if signed == "bundled" else (test_key.sign(draft) if signed == "publisher" else draft)
    w = _window(qtbot, db, lang)
    seen: list[str] = []

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, AboutDialog):
            seen.append(dialog.findChild(QTextBrowser).toPlainText())
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(read_and_close)
    timer.start(50)
    try:
        w.a_about.trigger()  # Help > About SarcoRef
    finally:
        timer.stop()
    assert seen and says.format(key=test_key.key_id) in seen[-1], seen


# ---------------------------------------------------------------- kiosk


def _kiosk(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """`sarcoref --kiosk …` in a second process, with an organiser PIN set (so only the content can stop it)."""
    cfg = tmp_path / "kiosk.json"
    cfg.write_text(json.dumps(config.hash_pin("2580")), encoding="utf-8")
    env = {**os.environ, "SARCOREF_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen",
           config.ENV_FILE: str(cfg), "TMPDIR": str(tmp_path)}  # fmt: skip
    return subprocess.run([sys.executable, "-m", "sarcoref", "--kiosk", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=90)  # fmt: skip


def test_a_kiosk_refuses_unsigned_content(tmp_path, draft):
    p = _kiosk(tmp_path, "--db", str(draft), "--smoke-test")
    assert p.returncode == 1 and "kiosk shown" not in p.stdout, (p.stdout, p.stderr)
    assert p.stderr.strip().splitlines() == [
        "sarcoref: kiosk mode shows only content signed by the publisher, and content.db is unsigned"
    ], p.stderr


def test_a_kiosk_shows_the_publishers_content(tmp_path, draft, test_key):
    """The control: the same file, signed by the publisher, is shown."""
    p = _kiosk(tmp_path, "--db", str(test_key.sign(draft)), "--smoke-test")
    assert p.returncode == 0 and "kiosk shown: attract" in p.stdout, (p.stdout, p.stderr)
