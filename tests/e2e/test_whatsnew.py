"""What's new (issue 12 item 13): a person clicks "What's new in this content" on the home page, or in the About
box, and reads what changed in the content version in use, with its date, in French and in English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTextBrowser

from .userinput import answer_dialogs, click_link, links_in, settle

LINK_TEXT = {"fr": "Nouveautés de ce contenu", "en": "What's new in this content"}
TITLE = {"fr": "Nouveautés", "en": "What's new"}


def _painted_text(w) -> str:
    return w.reader.page.toPlainText()


def _assert_current_version_shown(w, library, lang: str) -> None:
    assert w.location == "whatsnew"
    text = _painted_text(w)
    newest = library.changelog(lang)[0]
    assert newest.version == library.version
    assert newest.version in text and newest.date in text
    for line in newest.changes_text:
        assert line in text, f"{lang}: the change {line!r} is not on the page"
    other = library.changelog("en" if lang == "fr" else "fr")[0].changes_text[0]
    assert other not in text, f"{lang}: the other language's line is shown"
    assert LINK_TEXT[lang] in text  # the page's heading
    assert w.windowTitle() == f"{TITLE[lang]} — SarcoRef"  # the task bar names the page


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_home_page_link_opens_whats_new(make_window, library, lang):
    w = make_window(lang)
    link = next((x for x in links_in(w.reader.page) if x.text == LINK_TEXT[lang]), None)
    assert link is not None, (
        f"no {LINK_TEXT[lang]!r} link on the home page: {[x.text for x in links_in(w.reader.page)]}"
    )
    click_link(w.reader.page, link)
    settle(50)
    _assert_current_version_shown(w, library, lang)
    # Its links lead somewhere: the first change names a page of the content.
    first = links_in(w.reader.page)[0]
    click_link(w.reader.page, first)
    settle(50)
    assert w.location != "whatsnew"
    w.a_back.trigger()
    settle(50)
    assert w.location == "whatsnew"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_about_box_link_opens_whats_new(make_window, library, lang):
    w = make_window(lang)
    busy, clicked = [], []

    def handle(dialog):
        if busy or clicked:
            return
        browser = dialog.findChild(QTextBrowser)
        if browser is None:
            return
        busy.append(1)
        try:
            link = next(x for x in links_in(browser) if x.text == LINK_TEXT[lang])
            clicked.append(link.href)
            click_link(browser, link)
        finally:
            busy.clear()

    timer = answer_dialogs(handle)
    try:
        w.a_about.trigger()
    finally:
        timer.stop()
    settle(50)
    assert clicked == ["whatsnew:"]
    _assert_current_version_shown(w, library, lang)
