"""Pages the app composes from library data: home, glossary index, references index.

Medical text comes only from the library; the strings here are interface words.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject


class Pages(QObject):
    """A QObject only so that its strings have a translation context of their own."""

    def disclaimer(self) -> str:
        return self.tr(
            "SarcoRef is a reference for health professionals. It is not medical advice and does not replace "
            "clinical judgement or a multidisciplinary tumour board."
        )

    def as_of_line(self, library) -> str:
        registry = library.meta.get("registry_as_of") or self.tr("not reported")
        text = self.tr("Content version %1, as of %2 · newest registry record: %3")
        return text.replace("%1", library.version).replace("%2", library.as_of).replace("%3", registry)

    def home(self, library, lang: str, notice: str | None = None) -> str:
        esc = html.escape
        parts = [f'<p class="notice">{esc(notice)}</p>'] if notice else []
        parts.append(f"<h1>SarcoRef</h1><p><b>{esc(library.meta.get(f'lecture_title_{lang}', ''))}</b></p>")
        parts.append(f'<p class="notice">{esc(self.disclaimer())}</p>')
        parts.append(f'<p class="asof">{esc(self.as_of_line(library))}</p>')
        the_lecture, go_to, how_to_read = self.tr("The lecture"), self.tr("Go to"), self.tr("How to read a statement")
        parts.append(f"<h2>{esc(the_lecture)}</h2><ol>")
        for node in library.section_tree(lang):
            if node["kind"] == "about":
                continue
            kids = "".join(f'<li><a href="section:{c["id"]}">{esc(c["title"])}</a></li>' for c in node["children"])
            sub = f"<ul>{kids}</ul>" if kids else ""
            parts.append(f'<li><a href="section:{node["id"]}">{esc(node["title"])}</a>{sub}</li>')
        parts.append(f"</ol><h2>{esc(go_to)}</h2><ul>")
        links = (
            ("trials:", self.tr("Clinical trials (cards and filters)")),
            ("tolerance:", self.tr("Tolerance: radiotherapy and immunotherapy side by side")),
            ("glossary:", self.tr("Glossary of abbreviations")),
            ("references:", self.tr("References")),
            ("section:about-content", self.tr("About this content: how statements are marked")),
            ("whatsnew:", self.tr("What's new in this content")),
        )
        parts += [f'<li><a href="{href}">{esc(label)}</a></li>' for href, label in links]
        parts.append(f"</ul><h2>{esc(how_to_read)}</h2><ul>")
        kinds = (
            ("lecture", self.tr("Lecture"), self.tr("what the lecture states, reworded faithfully")),
            ("update", self.tr("Update"),
             self.tr("a correction or extension from a named source, with the date it was checked")),
            ("unverified", self.tr("Not independently verified"),
             self.tr("a lecture statement no source could confirm: kept, and marked")),
        )  # fmt: skip
        parts += [f'<li><span class="badge b-{k}">{esc(name)}</span> {esc(text)}</li>' for k, name, text in kinds]
        parts.append("</ul>")
        return "".join(parts)

    def whatsnew(self, library, lang: str) -> str:
        """What changed in each content version, newest first (the content's version log)."""
        esc = html.escape
        title = self.tr("What's new in this content")
        intro = self.tr("What changed in each version of the content, newest first. The pages linked here carry "
                        "the statements themselves, each with its label and sources.")  # fmt: skip
        parts = [f"<h1>{esc(title)}</h1><p>{esc(intro)}</p>"]
        versions = library.changelog(lang)
        if not versions:
            none = self.tr("This content database records no changes.")
            parts.append(f"<p>{esc(none)}</p>")
        for i, v in enumerate(versions):
            head = self.tr("Version %1, %2").replace("%1", v.version).replace("%2", v.date)
            if i == 0 and v.version == library.version:
                head += " · " + self.tr("the version in use")
            parts.append(f"<h2>{esc(head)}</h2><ul>")
            parts += [f"<li>{line}</li>" for line in v.changes_html]  # built HTML; the reader sanitises it
            parts.append("</ul>")
        return "".join(parts)

    def glossary_index(self, library, lang: str) -> str:
        title = self.tr("Glossary")
        rows = [f'<h1>{html.escape(title)}</h1><table class="record">']
        for item in sorted(library.items("glossary", lang), key=lambda i: i.id.casefold()):
            rows.append(f'<tr><th><a href="glossary:{html.escape(item.id)}">{html.escape(item.id)}</a></th>'
                        f"<td>{html.escape(item.subtitle)}</td></tr>")  # fmt: skip
        rows.append("</table>")
        return "".join(rows)

    def references_index(self, library, lang: str) -> str:
        title = self.tr("References")
        rows = [f"<h1>{html.escape(title)}</h1><ol>"]
        items = library.items("reference", lang)
        items.sort(key=lambda i: (not i.data.get("cited_in_lecture"), i.title.casefold()))
        for item in items:
            cite = html.escape(item.data.get("citation", ""))
            rows.append(f'<li><a href="ref:{html.escape(item.id)}">{html.escape(item.title)}</a> — {cite}</li>')
        rows.append("</ol>")
        return "".join(rows)

    def guide(self, shortcuts: list[tuple[str, str]]) -> str:
        """The short user guide (Help menu, F1): works offline, like everything else."""
        esc = html.escape
        steps = (
            (self.tr("Find anything"), self.tr(
                "Type in the search field at the top (Ctrl+K): results appear as you type, whatever the accents, "
                "hyphens or abbreviations (PDL1, PD L1 and PD-L1 are the same). Up and Down choose a result, Enter "
                "opens it, Esc clears the search and brings back the contents.")),
            (self.tr("Browse the lecture"), self.tr(
                "The contents on the left follow the lecture section by section; the clinical trials, the tolerance "
                "comparison, the glossary and the references come after it. Back and Forward (Alt+Left, Alt+Right) "
                "retrace your steps.")),
            (self.tr("Trust what you read"), self.tr(
                "Every statement carries its label: Lecture (what the lecture states), Update (a correction or "
                "extension from a named source, with the date it was checked) or Not independently verified. Its "
                "source follows it. SarcoRef is a reference for health professionals, not medical advice.")),
            (self.tr("Trials"), self.tr(
                "The trials page shows one card per trial; the filters above it combine. A card opens the full "
                "record, with every field's source and a QR code of the registry record.")),
            (self.tr("Keep and share"), self.tr(
                "Ctrl+D bookmarks a page (Go > Bookmarks lists them); Ctrl+P prints it and Ctrl+Shift+E saves it "
                "as a PDF, with the source and the content date at the foot of every page.")),
        )  # fmt: skip
        guide, keys_title = self.tr("User guide"), self.tr("Keyboard shortcuts")
        parts = [f"<h1>{esc(guide)}</h1>"]
        for title, text in steps:
            parts.append(f"<h2>{esc(title)}</h2><p>{esc(text)}</p>")
        parts.append(f'<h2>{esc(keys_title)}</h2><table class="record">')
        parts += [f"<tr><th>{esc(keys)}</th><td>{esc(what)}</td></tr>" for keys, what in shortcuts]
        parts.append("</table>")
        return "".join(parts)


_pages: Pages | None = None


def pages() -> Pages:
    global _pages
    if _pages is None:
        _pages = Pages()
    return _pages


def disclaimer() -> str:
    return pages().disclaimer()


def as_of_line(library) -> str:
    return pages().as_of_line(library)


def home(library, lang: str, notice: str | None = None) -> str:
    return pages().home(library, lang, notice)


def whatsnew(library, lang: str) -> str:
    return pages().whatsnew(library, lang)


def glossary_index(library, lang: str) -> str:
    return pages().glossary_index(library, lang)


def references_index(library, lang: str) -> str:
    return pages().references_index(library, lang)
