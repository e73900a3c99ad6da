"""Interface languages: our .qm translations plus Qt's own, switchable at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..data.paths import resources_dir

LANGS = ("fr", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.French else "en"


def install(lang: str) -> None:
    """Replace the installed translators with those of `lang` (widgets then get a LanguageChange)."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    ours = QTranslator()  # no parent: dropped from _installed, it is freed (the app would keep it forever)
    if ours.load(str(resources_dir() / "i18n" / f"sarcoref_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
