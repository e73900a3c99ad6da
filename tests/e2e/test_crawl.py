"""Crawlers, not examples: every action of every menu and toolbar, and every link of every page, in both languages.

An action is triggered as Qt triggers it from a menu (`trigger()`, so its slot receives `triggered(bool)`), any
dialog it opens is dismissed as a user would dismiss it, and nothing may raise (pytest-qt fails a test on an
exception in a slot) or write a crash log (the suite's autouse check). A link is clicked where it is painted.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from .userinput import answer_dialogs, click_link, links_in, menu_actions, save_as, settle

PLACES = ("home", "section:tils", "trial:NCT03548428", "trials", "tolerance", "glossary", "references", "guide")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_action_of_every_menu_and_toolbar_works_from_every_kind_of_page(qtbot, make_window, lang, tmp_path):
    w = make_window(lang)
    actions = menu_actions(w)
    assert len(actions) >= 25, [name for name, _ in actions]
    dialogs = []
    triggered = set()
    count = 0
    for place in PLACES:
        for name, action in menu_actions(w):  # menus refill themselves (bookmarks, recent): read them again
            if not action.isEnabled():
                continue
            w.open(place)
            count += 1  # a new file each time: "replace it?" is another question
            timer = answer_dialogs(save_as(str(tmp_path / f"{count}.pdf")), dialogs)
            action.trigger()
            settle(20)
            timer.stop()
            triggered.add(name.split(" > ")[-1])
            if w.isFullScreen():  # leave full screen the way the user went in
                w.a_full.trigger()
            if w.lang != lang:
                w.a_lang[lang].trigger()
            assert w.isVisible() or name.endswith("Quit") or "Quitter" in name, f"{name} on {place} hid the window"
            if not w.isVisible():
                w.show()
                qtbot.waitExposed(w)
    assert any("pdf" in p.name for p in tmp_path.iterdir()), "Export PDF wrote the file answered in its dialog"
    assert dialogs, "the print, export and about dialogs were met and answered"


def _pages_to_crawl(library, lang: str) -> list[str]:
    places = ["home", "glossary", "references", "guide", "whatsnew"]
    places += [f"section:{n['id']}" for n in _walk(library.section_tree(lang))]
    places += [f"trial:{ident}" for ident, _ in library.trial_titles(lang)]
    return places


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n["children"])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_link_on_every_page_leads_somewhere(qtbot, make_window, lang, monkeypatch):
    w = make_window(lang)
    external: list[str] = []
    monkeypatch.setattr(type(w), "_external", lambda self, url: external.append(url.toString()))
    nowhere, clicked = [], 0
    places = _pages_to_crawl(w.library, lang)
    # glossary and reference pages are reached from the pages above; crawl them too
    places += [f"glossary:{g.id}" for g in w.library.items("glossary", lang)]
    places += [f"ref:{r.id}" for r in w.library.items("reference", lang)]
    for place in places:
        assert w.open(place), place
        settle(5)
        for link in links_in(w.reader.page):
            w.open(place)
            before_external = len(external)
            click_link(w.reader.page, link)
            clicked += 1
            if link.href.startswith(("http:", "https:")):
                if len(external) != before_external + 1:
                    nowhere.append((place, link.text, link.href, "external link not offered"))
                continue
            if w.location == place and not link.href.startswith(place):
                nowhere.append((place, link.text, link.href, w.statusBar().currentMessage()))
    assert clicked > 200, clicked
    assert nowhere == [], nowhere[:10]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_link_in_the_tolerance_view_opens_something(qtbot, make_window, lang, monkeypatch):
    w = make_window(lang)
    external: list[str] = []
    monkeypatch.setattr(type(w), "_external", lambda self, url: external.append(url.toString()))
    w.open("tolerance")
    view = w.tolerance_view
    for page in (view.side_page, view.balance_page):
        view.tabs.setCurrentWidget(page)
        for n in range(len(links_in(page))):
            w.open("tolerance")
            view.tabs.setCurrentWidget(page)
            link = links_in(page)[n]  # read again: an opened CTCAE table moves everything after it
            before = page.toPlainText()
            click_link(page, link)
            settle(10)
            opened_in_place = page.toPlainText() != before
            assert w.location != "tolerance" or opened_in_place or external, (
                f"tolerance link {link.text!r} ({link.href}) did nothing"
            )
            external.clear()
            if opened_in_place:  # a CTCAE table opened under its row: the same link closes it
                click_link(page, next(x for x in links_in(page) if x.href == link.href))
                assert page.toPlainText() == before, f"{link.href} toggles its table closed again"


def test_links_of_other_schemes_open_nothing(qtbot, make_window, monkeypatch):
    w = make_window("en")
    external: list[str] = []
    monkeypatch.setattr(type(w), "_external", lambda self, url: external.append(url.toString()))
    for href in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "trial:NOPE", "section:"):
        w.open("home")
        w._link(QUrl(href))
        assert w.location == "home" and external == []
