"""Pages the app composes from library data: home, glossary index, references index.

Medical text comes only from the library; the strings here are interface words.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


def disclaimer() -> str:
    return tr("SarcoRef is a reference for health professionals. It is not medical advice and does not "
              "replace clinical judgement or a multidisciplinary tumour board.")  # fmt: skip


def as_of_line(library) -> str:
    return tr("Content version %1, as of %2 · registry data as of %3").replace("%1", library.version).replace(
        "%2", library.as_of).replace("%3", library.meta.get("registry_as_of") or tr("not reported"))  # fmt: skip


def home(library, lang: str, notice: str | None = None) -> str:
    title = library.meta.get(f"lecture_title_{lang}", "")
    parts = []
    if notice:
        parts.append(f'<p class="notice">{html.escape(notice)}</p>')
    parts.append(f"<h1>SarcoRef</h1><p><b>{html.escape(title)}</b></p>")
    parts.append(f'<p class="notice">{html.escape(disclaimer())}</p>')
    parts.append(f'<p class="asof">{html.escape(as_of_line(library))}</p>')
    parts.append(f"<h2>{html.escape(tr('The lecture'))}</h2><ol>")
    for node in library.section_tree(lang):
        if node["kind"] == "about":
            continue
        kids = "".join(f'<li><a href="section:{c["id"]}">{html.escape(c["title"])}</a></li>' for c in node["children"])
        parts.append(f'<li><a href="section:{node["id"]}">{html.escape(node["title"])}</a>'
                     + (f"<ul>{kids}</ul>" if kids else "") + "</li>")  # fmt: skip
    parts.append("</ol>")
    parts.append(f"<h2>{html.escape(tr('Go to'))}</h2><ul>")
    for href, label in (("trials:", tr("Clinical trials (cards and filters)")),
                        ("tolerance:", tr("Tolerance: radiotherapy and immunotherapy side by side")),
                        ("glossary:", tr("Glossary of abbreviations")), ("references:", tr("References")),
                        ("section:about-content", tr("About this content: how statements are marked"))):  # fmt: skip
        parts.append(f'<li><a href="{href}">{html.escape(label)}</a></li>')
    parts.append("</ul>")
    parts.append(f"<h2>{html.escape(tr('How to read a statement'))}</h2><ul>")
    labels = (("lecture", tr("what the lecture states, reworded faithfully")),
              ("update", tr("a correction or extension from a named source, with the date it was checked")),
              ("unverified", tr("a lecture statement no source could confirm: kept, and marked")))  # fmt: skip
    kind_names = {"lecture": tr("Lecture"), "update": tr("Update"), "unverified": tr("Not independently verified")}
    for kind, text in labels:
        parts.append(
            f'<li><span class="badge b-{kind}">{html.escape(kind_names[kind])}</span> {html.escape(text)}</li>'
        )
    parts.append("</ul>")
    return "".join(parts)


def glossary_index(library, lang: str) -> str:
    rows = [f'<h1>{html.escape(tr("Glossary"))}</h1><table class="record">']
    for item in sorted(library.items("glossary", lang), key=lambda i: i.id.casefold()):
        rows.append(f'<tr><th><a href="glossary:{html.escape(item.id)}">{html.escape(item.id)}</a></th>'
                    f"<td>{html.escape(item.subtitle)}</td></tr>")  # fmt: skip
    rows.append("</table>")
    return "".join(rows)


def references_index(library, lang: str) -> str:
    rows = [f"<h1>{html.escape(tr('References'))}</h1><ol>"]
    items = library.items("reference", lang)
    items.sort(key=lambda i: (not i.data.get("cited_in_lecture"), i.title.casefold()))
    for item in items:
        cite = item.data.get("citation", "")
        rows.append(
            f'<li><a href="ref:{html.escape(item.id)}">{html.escape(item.title)}</a> — {html.escape(cite)}</li>'
        )
    rows.append("</ol>")
    return "".join(rows)
