"""Trial cards and the trial header, driven through real widgets on the bundled content."""

from __future__ import annotations

import dataclasses

import pytest
import segno
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from sarcoref.data.library import Library
from sarcoref.ui import i18n
from sarcoref.ui.trial_header import TrialHeader, publication_ids, registry_title
from sarcoref.ui.trials_view import STATUS_COLOURS, TrialsView, status_family

STEREOSARC = "NCT03548428"


@pytest.fixture(scope="session")
def library():
    return Library()


@pytest.fixture
def make_view(qtbot, library):
    def make(lang="fr", theme_name="light", lib=None):
        i18n.install("en")  # the interface's words in English (their plural forms come from the translations)
        view = TrialsView(lib or library, lang, theme_name)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def shown_ids(view: TrialsView) -> list[str]:
    return [c.nct_id for c in view.model.shown]


def combo_texts(view: TrialsView, name: str) -> list[str]:
    combo = view.combos[name]
    return [combo.itemText(i) for i in range(combo.count())]


# ---------------------------------------------------------------- cards and filters


def test_every_trial_of_the_content_has_a_card(make_view, library):
    view = make_view()
    expected = [t.id for t in library.trials("fr")]
    assert len(expected) >= 10
    assert shown_ids(view) == expected
    assert view.grid.model().rowCount() == len(expected)
    assert view.count.text() == f"{len(expected)} trials"


def test_filters_offer_what_the_library_offers(make_view, library):
    view = make_view("en")
    for name, key in TrialsView._FACET_KEY.items():
        offered = [view.combos[name].itemData(i) for i in range(1, view.combos[name].count())]
        assert offered == [v["code"] for v in library.facet_values("en")[key]]


def test_oligometastatic_setting_leaves_only_stereosarc(make_view):
    view = make_view()
    assert view.set_filter("setting", "oligometastatic")
    assert shown_ids(view) == [STEREOSARC]
    assert view.model.shown[0].title == "STEREOSARC"
    assert view.count.text().startswith("1 of ")


@pytest.mark.parametrize("name", ["setting", "histology", "agent", "rt", "status", "group"])
def test_each_filter_shows_what_the_library_selects(make_view, library, name):
    """Every value offered narrows the cards to exactly the library's answer for that filter."""
    view = make_view()
    combo = view.combos[name]
    assert combo.itemData(0) is None and combo.count() > 2  # "All" first, then real choices
    total = len(view.model.all)
    for i in range(1, combo.count()):
        combo.setCurrentIndex(i)
        expected = [t.id for t in library.trials("fr", **{name: combo.itemData(i)})]
        assert shown_ids(view) == expected, combo.itemText(i)
        assert 0 < len(expected) < total or name == "group"


def test_filters_combine(make_view, library):
    view = make_view()
    view.set_filter("group", "beyond")
    beyond = set(shown_ids(view))
    view.set_filter("status", "RECRUITING")
    both = set(shown_ids(view))
    assert both == {t.id for t in library.trials("fr", group="beyond", status="RECRUITING")}
    assert both and both < beyond
    view.set_filter("setting", "oligometastatic")  # STEREOSARC recruits but is a lecture trial
    assert shown_ids(view) == []
    assert view.empty.isVisible() and not view.grid.isVisible()
    assert "0 of" in view.count.text()


def test_clear_filters_restores_every_card(make_view, qtbot):
    view = make_view()
    assert not view.clear_btn.isEnabled()
    view.set_filter("agent", "pembrolizumab")
    view.set_filter("rt", "ebrt")
    assert view.clear_btn.isEnabled()
    assert len(view.model.shown) < len(view.model.all)
    qtbot.mouseClick(view.clear_btn, Qt.LeftButton)
    assert len(view.model.shown) == len(view.model.all)
    assert all(v is None for v in view.filters().values())
    assert view.grid.isVisible() and not view.empty.isVisible()


def test_reset_clears_filters_and_selection(make_view):
    view = make_view()
    view.set_filter("status", "COMPLETED")
    view.grid.setCurrentIndex(view.model.index(0, 0))
    view.reset()
    assert len(view.model.shown) == len(view.model.all)
    assert not view.grid.currentIndex().isValid()
    assert view.grid.verticalScrollBar().value() == 0


def test_card_shows_status_agents_with_target_and_group(make_view, library):
    view = make_view("en")
    card = next(c for c in view.model.all if c.nct_id == STEREOSARC)
    item = library.item(STEREOSARC, "en").as_dict()
    assert card.status == item["status"] and card.status_code == item["status_code"]
    for agent in item["agents"]:
        assert f"{agent['label']} ({agent['target']})" in card.agents
    assert card.endpoint == item["primary_endpoint"][0]["text"]
    assert card.group == "lecture"
    beyond = next(c for c in view.model.all if c.group == "beyond")
    text = view.model.data(view.model.index(view.model.shown.index(beyond), 0), Qt.AccessibleTextRole)
    assert "Beyond the lecture" in text and beyond.status in text


def test_status_badges_have_a_colour_family_and_keep_their_text(make_view, library):
    assert status_family("RECRUITING") == "recruiting"
    assert status_family("ACTIVE_NOT_RECRUITING") == "active"
    assert status_family("COMPLETED") == "completed"
    assert {status_family(s) for s in ("TERMINATED", "WITHDRAWN", "SUSPENDED")} == {"stopped"}
    assert status_family("UNKNOWN") == status_family(None) == "unknown"
    for themes in STATUS_COLOURS.values():  # five distinct badge colours in every theme
        assert len({QColor(bg).name() + QColor(fg).name() for bg, fg, _ in themes.values()}) == 5
    view = make_view()
    assert all(c.status for c in view.model.all)  # the label always travels with the colour


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_primary_endpoint_is_cut_even_on_the_narrowest_card(make_view, lang):
    """PROMIS's endpoint ends with its caveat ("not found in the available sources"): eliding it hid the caveat."""
    from sarcoref.ui.trials_view import MIN_CARD_WIDTH, PAD

    view = make_view(lang)
    delegate = view.grid.itemDelegate()
    with_endpoint = [c for c in view.model.all if c.endpoint]
    assert any(len(c.endpoint) > 80 for c in with_endpoint)
    for card in with_endpoint:
        _, rows = delegate.row_lines(card, MIN_CARD_WIDTH - 2 * PAD - 2)
        endpoint_lines = next(lines for key, _, lines, _ in rows if key == "endpoint")
        assert " ".join(endpoint_lines) == " ".join(card.endpoint.split()), card.nct_id


def test_missing_values_read_not_reported(make_view):
    view = make_view("en")
    without = [c for c in view.model.all if not c.endpoint]
    assert without, "the bundled content has trials without a primary endpoint"
    i = view.model.shown.index(without[0])
    assert "Primary endpoint: not reported" in view.model.data(view.model.index(i, 0), Qt.AccessibleTextRole)


# ---------------------------------------------------------------- opening a card


def test_enter_opens_the_current_card(make_view, qtbot):
    view = make_view()
    view.grid.setFocus()
    qtbot.waitUntil(view.grid.hasFocus, timeout=2000)
    assert view.grid.currentIndex().row() == 0  # arriving puts the focus on the first card
    qtbot.keyClick(view.grid, Qt.Key_Right)
    assert view.grid.currentIndex().row() == 1
    second = view.model.shown[1].nct_id
    with qtbot.waitSignal(view.open_requested, timeout=1000) as sig:
        qtbot.keyClick(view.grid, Qt.Key_Return)
    assert sig.args == [second]


def test_down_arrow_moves_to_the_next_row(make_view, qtbot):
    view = make_view()
    view.grid.setFocus()
    qtbot.waitUntil(view.grid.hasFocus, timeout=2000)
    first = view.grid.visualRect(view.model.index(0, 0))
    qtbot.keyClick(view.grid, Qt.Key_Down)
    below = view.grid.visualRect(view.grid.currentIndex())
    assert below.left() == first.left() and below.top() > first.top()


def test_clicking_a_card_opens_it(make_view, qtbot):
    view = make_view()
    index = view.model.index(2, 0)
    centre = view.grid.visualRect(index).center()
    with qtbot.waitSignal(view.open_requested, timeout=1000) as sig:
        qtbot.mouseClick(view.grid.viewport(), Qt.LeftButton, pos=centre)
    assert sig.args == [view.model.shown[2].nct_id]


def test_the_grid_is_in_the_tab_order_after_the_filters(make_view):
    view = make_view()
    w, seen = view.combos["setting"], []
    while w is not view.grid and w not in seen:
        seen.append(w)
        w = w.nextInFocusChain()
    assert w is view.grid
    assert view.grid.focusPolicy() & Qt.TabFocus


def test_every_control_has_an_accessible_name(make_view):
    view = make_view()
    for w in [*view.combos.values(), view.clear_btn, view.grid]:
        assert w.accessibleName().strip(), w


# ---------------------------------------------------------------- language, theme, scale


def test_switching_language_changes_content_labels_and_keeps_filters(make_view):
    view = make_view("fr")
    assert "Localisé" in combo_texts(view, "setting")
    view.set_filter("setting", "localised")
    fr_card = view.model.shown[0]
    assert fr_card.setting == "Localisé"
    view.set_language("en")
    assert "Localised" in combo_texts(view, "setting")
    assert "Localisé" not in combo_texts(view, "setting")
    fr_ids = [c.nct_id for c in view.model.all if c.setting == "Localised"]
    assert view.filters()["setting"] == "localised"  # the choice survives the switch
    assert shown_ids(view) == fr_ids and fr_card.nct_id in fr_ids
    assert view.model.shown[0].setting == "Localised"
    assert view.count.text().endswith("trials") and view.clear_btn.text() == "Clear filters"


def test_theme_switch_reaches_the_painted_cards(make_view):
    view = make_view(theme_name="light")
    view.set_theme("dark")
    assert view.grid.delegate.theme_name == "dark"
    view.set_theme("no-such-theme")
    assert view.grid.delegate.theme_name == "light"
    view.grab()  # painting in every state must not fail


def test_zoom_enlarges_the_cards(make_view):
    view = make_view()
    before = view.grid.visualRect(view.model.index(0, 0))
    view.set_zoom(150)
    after = view.grid.visualRect(view.model.index(0, 0))
    assert after.height() > before.height() * 1.3 and after.width() >= before.width()
    view.set_zoom(100)
    assert view.grid.visualRect(view.model.index(0, 0)).height() == before.height()


def test_a_thousand_trials_build_no_widget_per_trial(make_view, library):
    """The benchmark corpus has ~1,000 trials: the grid holds rows of data, not widgets."""

    class ManyTrials:
        def __init__(self, lib):
            self.lib = lib
            base = lib.trials("fr")
            self.items = []
            for i in range(1000):
                t = base[i % len(base)]
                data = dict(t.data, nct_id=f"NCT9{i:07d}", acronym=None)
                self.items.append(dataclasses.replace(t, id=data["nct_id"], data=data))

        def trials(self, lang):
            return self.items

    few = make_view()
    view = make_view(lib=ManyTrials(library))
    assert view.grid.model().rowCount() == 1000
    assert len(view.findChildren(QWidget)) == len(few.findChildren(QWidget))  # as many widgets as for 12
    view.set_filter("setting", "oligometastatic")
    oligo = [t.id for t in view.library.items if "oligometastatic" in {
        v["code"] for v in t.data["facets"]["setting"]["values"]}]  # fmt: skip
    assert shown_ids(view) == oligo and 50 < len(oligo) < 1000
    view.grab()


# ---------------------------------------------------------------- the trial header


@pytest.fixture
def make_header(qtbot, library):
    def make(ident=STEREOSARC, lang="en", kiosk=False, theme_name="light"):
        header = TrialHeader(library.item(ident, lang), lang, theme_name, kiosk=kiosk, library=library)
        qtbot.addWidget(header)
        header.show()
        return header

    return make


def qr_modules_shown(header: TrialHeader, scale: int, border: int = 4) -> list[list[bool]]:
    """Read the QR code back from the pixmap on screen, one sample per module."""
    image = header.qr_label.pixmap().toImage()
    n = image.width() // scale - 2 * border
    return [[QColor(image.pixel((border + x) * scale + scale // 2, (border + y) * scale + scale // 2)).lightness() < 128
             for x in range(n)] for y in range(n)]  # fmt: skip


def test_header_shows_nct_id_and_registry_date(make_header, library):
    header = make_header(STEREOSARC, "en")
    assert header.nct_label.text() == STEREOSARC
    as_of = library.item(STEREOSARC, "en").data["registry_as_of"]
    assert as_of  # the bundled STEREOSARC record carries a registry date
    year, month, day = (int(x) for x in as_of.split("-"))
    assert str(year) in header.as_of_label.text() and str(day) in header.as_of_label.text()
    assert header.as_of_label.text().startswith("Registry data as of")


def test_header_says_when_the_registry_date_is_unknown(make_header, library):
    unknown = next(t for t in library.trials("en") if not t.data.get("registry_as_of"))
    header = make_header(unknown.id)
    assert "not reported" in header.as_of_label.text()


def test_qr_code_on_screen_is_the_registry_url(make_header, library):
    url = library.item(STEREOSARC, "en").data["registry_url"]
    header = make_header()
    assert not header.qr_label.pixmap().isNull()
    assert header.qr_label.accessibleDescription() == url
    expected = [[bool(m) for m in row] for row in segno.make(url, error="m").matrix]
    assert qr_modules_shown(header, scale=3) == expected


def test_copy_nct_id_puts_it_on_the_clipboard(make_header, qtbot):
    header = make_header()
    header.copied_timer.setInterval(100)  # the "Copied" note is short-lived
    QApplication.clipboard().setText("")
    qtbot.mouseClick(header.copy_id_btn, Qt.LeftButton)
    assert QApplication.clipboard().text() == STEREOSARC
    assert header.copied_label.text() == "Copied"
    qtbot.waitUntil(lambda: header.copied_label.text() == "", timeout=5000)


def test_copy_citation_of_a_published_trial_is_its_reference(make_header, library, qtbot):
    published = next(t for t in library.trials("en") if publication_ids(t))
    header = make_header(published.id)
    qtbot.mouseClick(header.copy_cite_btn, Qt.LeftButton)
    first_ref = library.item(publication_ids(published)[0], "en")
    assert first_ref.data["citation"] in QApplication.clipboard().text()


def test_copy_citation_without_publication_cites_the_registry_record(make_header, library, qtbot):
    unpublished = [t for t in library.trials("en") if not publication_ids(t)]
    titled = next(t for t in unpublished if registry_title(t))
    header = make_header(titled.id)
    qtbot.mouseClick(header.copy_cite_btn, Qt.LeftButton)
    text = QApplication.clipboard().text()
    assert text.startswith(f"{titled.data['acronym']}. {registry_title(titled)}")
    assert f"ClinicalTrials.gov identifier: {titled.id}." in text
    assert "Registry data as of" in text and titled.data["registry_url"] in text
    bare = next(t for t in unpublished if not t.data.get("acronym") and not registry_title(t))
    assert make_header(bare.id).citation().startswith(f"ClinicalTrials.gov identifier: {bare.id}.")


def test_registry_title_is_only_a_whole_quoted_registry_title(library):
    for t in library.trials("en"):
        title = registry_title(t)
        if title:
            registry_texts = [st["text"] for f in ("brief_title", "official_title") for st in t.data["fields"].get(f, [])
                              if any(s["type"] == "registry" for s in st["sources"])]  # fmt: skip
            assert any(title in x for x in registry_texts)
            assert not title.startswith("…")


def test_kiosk_header_has_no_copy_button_and_a_larger_qr(make_header):
    desk, kiosk = make_header(kiosk=False), make_header(kiosk=True)
    assert desk.findChildren(QPushButton)
    assert kiosk.findChildren(QPushButton) == []
    assert kiosk.qr_label.pixmap().width() > desk.qr_label.pixmap().width()
    assert not kiosk.url_label.openExternalLinks() and "<a" not in kiosk.url_label.text()
    kiosk.copy_nct_id()  # even if asked, a kiosk never writes the clipboard
    assert kiosk.copied_label.text() == ""


def test_header_follows_the_language(make_header, library):
    fr = make_header(STEREOSARC, "fr")
    en = make_header(STEREOSARC, "en")
    month = int(library.item(STEREOSARC, "fr").data["registry_as_of"].split("-")[1])
    assert QLocale(QLocale.French).monthName(month) in fr.date_text()
    assert QLocale(QLocale.English).monthName(month) in en.date_text()


def test_header_names_its_controls(make_header):
    header = make_header()
    for w in (header.copy_id_btn, header.copy_cite_btn, header.qr_label):
        assert w.accessibleName().strip()


# ---------------------------------------------------------------- status date and key result on the cards


SU2C = "NCT03092323"


def painted_texts(view, monkeypatch) -> list[str]:
    """Every string the cards paint, caught as the grid is grabbed (the real delegate on the real grid)."""
    from PySide6.QtGui import QPainter

    seen, draw = [], QPainter.drawText

    def spy(self, *args):
        seen.extend(a for a in args if isinstance(a, str))
        return draw(self, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    view.grid.grab()
    monkeypatch.undo()
    return seen


def test_every_card_dates_its_status_or_says_why_it_cannot(make_view, library, monkeypatch):
    """A status without its date reads as current; the card paints the date, or why there is none."""
    view = make_view("en")
    cards = {c.nct_id: c for c in view.model.all}
    assert cards[STEREOSARC].status_as_of == "as of 2025-09-04"
    assert cards[SU2C].status == "Closed to enrolment" and cards[SU2C].status_as_of == "as of 2024-04-09"
    assert cards["NCT03915678"].status_as_of == "no record found"  # AGADIR: no registry copy at all
    assert cards["NCT06114225"].status_as_of == "undated copies"  # PROMIS
    assert all(c.status_as_of for c in cards.values())
    painted = painted_texts(view, monkeypatch)
    for c in view.model.shown[:4]:  # the cards on screen
        assert c.status_as_of in painted, c.nct_id


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_card_leads_with_its_key_result_and_its_provenance_never_cut(make_view, library, lang, monkeypatch):
    from sarcoref.ui.trials_view import MIN_CARD_WIDTH, PAD

    view = make_view(lang)
    delegate = view.grid.itemDelegate()
    with_key = {c.nct_id: c for c in view.model.all if c.key_result}
    assert set(with_key) >= {SU2C, "NCT02992912", "NCT03307616", "NCT03116529"}
    item = library.item(SU2C, lang).as_dict()
    su2c = with_key[SU2C]
    assert su2c.key_result == item["key_result"][0]["text"] and "67" in su2c.key_result
    assert "Mowery 2024" in su2c.key_source and "2026-12-03" in su2c.key_source
    for card in with_key.values():
        lines, source = delegate.key_lines(card, MIN_CARD_WIDTH - 2 * PAD - 2)
        assert " ".join(lines) == f"{delegate.words['key']}: {' '.join(card.key_result.split())}", card.nct_id
        assert " ".join(source) == " ".join(card.key_source.split()), card.nct_id
    painted = painted_texts(view, monkeypatch)
    row = view.model.shown.index(su2c)
    view.grid.scrollTo(view.model.index(row, 0))
    painted += painted_texts(view, monkeypatch)
    lines, source = delegate.key_lines(su2c, delegate.card_width - 2 * PAD - 2)  # as the card paints them
    assert lines and source and all(line in painted for line in lines + source)
    text = view.model.data(view.model.index(row, 0), Qt.AccessibleTextRole)
    assert su2c.key_result in text and su2c.key_source in text
