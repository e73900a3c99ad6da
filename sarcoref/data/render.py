"""Turn validated content into HTML and plain text, at build time (the app only sanitises it).

Every statement is printed with its kind as a label (colour alone never tells it) and its sources.
"""

from __future__ import annotations

import html
import re

import markdown

_MD = markdown.Markdown(extensions=[], output_format="html")
_TAG = re.compile(r"(<[^>]+>)")
_LINK_TEXT = re.compile(r"\[([^\]]+)\]\([a-z]+:[^)\s]+\)")


def inline(md_text: str) -> str:
    """Inline Markdown (emphasis, links) to HTML without the surrounding paragraph."""
    out = _MD.reset().convert(md_text).strip()
    if out.startswith("<p>") and out.endswith("</p>"):
        out = out[3:-4]
    return out


def plain(md_text: str) -> str:
    """Markdown inline text as plain text: link text kept, emphasis markers dropped."""
    text = _LINK_TEXT.sub(r"\1", md_text)
    return re.sub(r"(\*\*|__|\*|_|`)(.+?)\1", r"\2", text)


class Renderer:
    """Renders one language's pages; knows the labels, references and glossary."""

    def __init__(self, lang: str, labels: dict, references: list, glossary: list, trials: list):
        self.lang = lang
        self.labels = labels
        self.refs = {r["id"]: r for r in references}
        self.trials = {t["id"]: t for t in trials}
        terms = sorted({g["term"] for g in glossary}, key=len, reverse=True)
        self.expansions = {g["term"]: g["expansion"][lang] for g in glossary}
        alt = "|".join(re.escape(t) for t in terms)
        self._abbr = re.compile(rf"(?<![\w-])({alt})(?![\w-])") if terms else None

    def label(self, *path: str) -> str:
        node = self.labels
        for key in path:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return node.get(self.lang, path[-1]) if isinstance(node, dict) else str(node)

    # -------------------------------------------------------------- sources

    def ref_short(self, ref_id: str) -> str:
        r = self.refs.get(ref_id, {})
        if r.get("short"):
            return str(r["short"])
        if r.get("authors"):
            return f"{r['authors'][0].split()[0]} {r.get('year', '')}".strip()
        return f"{r.get('journal') or r.get('publisher') or ref_id} {r.get('year', '')}".strip()

    def source_label(self, src: dict) -> str:
        if src["type"] == "ref":
            return self.ref_short(src["id"])
        if src["type"] == "registry":
            return f"{self.label('registry')} {src['id']}"
        return self.label("kinds", "lecture")

    def source_href(self, src: dict) -> str:
        kind = {"ref": "ref", "registry": "trial", "lecture": "section"}[src["type"]]
        return f"{kind}:{src['id']}"

    @staticmethod
    def _tail(sources: list[dict]) -> list[dict]:
        """The sources a statement's tail names: the lecture once (at its first part cited), since two
        parts of one lecture are one source to the reader ("[Lecture; Lecture]" reads as a stutter)."""
        first = next((s for s in sources if s["type"] == "lecture"), None)
        return [s for s in sources if s["type"] != "lecture" or s is first]

    def lecture_label(self, section: str) -> str:
        """The one way the "Lecture" label is drawn: a tag that opens the lecture part the statement comes from."""
        tip = html.escape(self.label("lecture_link_tip"), quote=True)
        tag = f'<span class="badge b-lecture">{html.escape(self.label("kinds", "lecture"))}</span>'
        return f'<a class="lecture-src" href="section:{html.escape(section, quote=True)}" title="{tip}">{tag}</a>'

    def sources_html(self, sources: list[dict], kind_word: str = "") -> str:
        links = [f'<a href="{self.source_href(s)}">{html.escape(self.source_label(s))}</a>'
                 for s in self._tail(sources)]  # fmt: skip
        lead = f"{html.escape(kind_word)} · " if kind_word else ""
        return f'<span class="src">[{lead}{"; ".join(links)}]</span>'

    def sources_text(self, sources: list[dict]) -> str:
        return "[" + "; ".join(self.source_label(s) for s in self._tail(sources)) + "]"

    def labelled_sources_html(self, kind: str, sources: list[dict]) -> str:
        """What follows a lecture fact: its label (leading to the lecture part), then its other sources."""
        lecture = next((s for s in sources if s["type"] == "lecture"), None) if kind == "lecture" else None
        if not lecture:
            return self.sources_html(sources)
        others = [s for s in sources if s["type"] != "lecture"]
        return self.lecture_label(lecture["id"]) + (f" {self.sources_html(others)}" if others else "")

    # -------------------------------------------------------------- statements

    def badge(self, kind: str, checked: str | None) -> str:
        text = self.label("kinds", kind)
        if kind == "update" and checked:
            text += f" · {self.label('checked')} {checked}"
        return f'<span class="badge b-{kind}">{html.escape(text)}</span>'

    @staticmethod
    def provenance_key(kind: str, sources: list[dict], checked=None) -> tuple:
        """Statements with equal keys say the same thing about where they come from."""
        return kind, checked, tuple((s["type"], s["id"]) for s in sources)

    def statement_html(self, kind: str, text_md: str, sources: list, checked=None, labelled: bool = True) -> str:
        """One statement with its provenance, which is also its tooltip. `labelled=False` for a statement that
        follows one of the same kind, sources and date: the group's first statement carries the label with its date;
        this one reads fact first, its kind in one word opening its sources (so paper keeps it too)."""
        body = self.abbreviations(inline(text_md))
        tip = html.escape(self.provenance(kind, sources, checked), quote=True)
        if kind == "lecture":  # the common case stays quiet: its label sits with the sources at the end
            head, tail = "", self.labelled_sources_html(kind, sources)
        elif labelled:
            head, tail = self.badge(kind, checked) + " ", self.sources_html(sources)
        else:
            head, tail = "", self.sources_html(sources, self.label("kind_short", kind))
        return f'<span class="st st-{kind}" title="{tip}">{head}{body} {tail}</span>'

    def statement_text(self, kind: str, text_md: str, sources: list, checked=None) -> str:
        prefix = "" if kind == "lecture" else f"[{self.label('kinds', kind)}"
        if prefix and kind == "update" and checked:
            prefix += f", {self.label('checked')} {checked}"
        prefix = f"{prefix}] " if prefix else ""
        return f"{prefix}{plain(text_md)} {self.sources_text(sources)}"

    def statements(self, items: list[dict], after: tuple | None = None) -> tuple[str, str]:
        """A list of bilingual statements as an HTML list and as plain lines; one label per run of statements of
        the same provenance (`after`: the provenance of what comes just before, for a run across table rows)."""
        if not items:
            nr = self.label("not_reported")
            return f'<p class="nr">{html.escape(nr)}</p>', nr
        parts, lines = [], []
        for s in items:
            key = self.provenance_key(s["kind"], s["sources"], s["checked"])
            st = self.statement_html(s["kind"], s[self.lang], s["sources"], s["checked"], labelled=key != after)
            parts.append(f"<li>{st}</li>")
            lines.append("- " + self.statement_text(s["kind"], s[self.lang], s["sources"], s["checked"]))
            after = key
        return f"<ul>{''.join(parts)}</ul>", "\n".join(lines)

    def provenance(self, kind: str, sources: list[dict], checked=None) -> str:
        """A statement's provenance in words: "Update, checked 2026-12-03: Mowery 2024; Registry NCT…", the lecture
        named once, and not again after a lecture statement's own label ("Lecture", "Lecture: Kim 2013")."""
        head = self.label("kinds", kind)
        if kind == "update" and checked:
            head += f", {self.label('checked')} {checked}"
        named = [s for s in self._tail(sources) if kind != "lecture" or s["type"] != "lecture"]
        if not named:
            return head
        colon = "\u00a0:" if self.lang == "fr" else ":"  # French puts a (no-break) space before it
        return f"{head}{colon} {'; '.join(self.source_label(s) for s in named)}"

    def statement_data(self, s: dict) -> dict:
        return {
            "kind": s["kind"], "checked": s["checked"], "text": plain(s[self.lang]),
            "sources": [dict(src, label=self.source_label(src)) for src in s["sources"]],
            "provenance": self.provenance(s["kind"], s["sources"], s["checked"]),
        }  # fmt: skip

    def abbreviations(self, fragment: str) -> str:
        """Wrap glossary terms in a span whose title is the expansion (a tooltip in the reader)."""
        if not self._abbr:
            return fragment
        out, in_link = [], False
        for chunk in _TAG.split(fragment):
            if chunk.startswith("<"):
                in_link = (in_link or chunk.startswith("<a ")) and not chunk.startswith("</a")
                out.append(chunk)
            elif in_link or not chunk:
                out.append(chunk)
            else:
                out.append(self._abbr.sub(self._abbr_span, chunk))
        return "".join(out)

    def _abbr_span(self, m: re.Match) -> str:
        title = html.escape(self.expansions[m.group(1)], quote=True)
        return f'<span class="abbr" title="{title}">{m.group(1)}</span>'

    # -------------------------------------------------------------- pages

    def section(self, s: dict) -> tuple[str, str]:
        """A section's HTML (Markdown skeleton with rendered statements) and plain text."""
        skeleton_lines = []
        for line in s["skeleton"].splitlines():
            stripped = line.lstrip()
            level = (len(line) - len(stripped)) // 2
            skeleton_lines.append(" " * 4 * level + stripped)
        md = "\n".join(skeleton_lines)
        # Statement placeholders survive Markdown untouched; fill them in afterwards.
        md = re.sub(r"\x00(\d+)\x00", r"@@ST\1@@", md)
        body = _MD.reset().convert(md)
        if s["page"]:
            body = self.abbreviations(body)
        labelled, after = {}, None  # a run of statements of one provenance has one label; a heading ends it
        for ln in s["skeleton"].splitlines():
            m = re.search(r"\x00(\d+)\x00", ln)
            if m:
                st = s["statements"][int(m.group(1))]
                key = self.provenance_key(st["kind"], st["sources"], st["checked"])
                labelled[int(m.group(1))], after = key != after, key
            elif ln.lstrip().startswith("#"):
                after = None
        for i, st in enumerate(s["statements"]):
            html_st = self.statement_html(st["kind"], st["text"], st["sources"], st["checked"], labelled.get(i, True))
            body = body.replace(f"@@ST{i}@@", html_st)
        lines = []
        for ln in s["skeleton"].splitlines():
            m = re.search(r"\x00(\d+)\x00", ln)
            if m:
                st = s["statements"][int(m.group(1))]
                indent = "  " * ((len(ln) - len(ln.lstrip())) // 2)
                lines.append(indent + "- " + self.statement_text(st["kind"], st["text"], st["sources"], st["checked"]))
            elif ln.strip():
                lines.append(plain(ln.strip().lstrip("#").strip()))
        text = "\n".join(lines)
        return f"<h1>{html.escape(s['title'])}</h1>\n{body}", text

    def facet_labels(self, vocab: dict, group: str, codes: list[str]) -> list[dict]:
        out = []
        for code in codes:
            entry = vocab.get(group, {}).get(code, {})
            item = {"code": code, "label": entry.get(self.lang, code)}
            if entry.get("target"):
                item["target"] = entry["target"]
            out.append(item)
        return out

    def trial(self, t: dict, vocab: dict, field_order: tuple) -> tuple[str, str, dict]:
        from .sources import FACETS

        lab = self.label
        title = t["acronym"] or t["id"]
        facets = {}
        for key, (group, _single) in FACETS.items():
            f = t["facets"].get(key)
            if f:
                facets[key] = {"values": self.facet_labels(vocab, group, f["codes"]),
                               "kind": f["kind"], "checked": f["checked"],
                               "sources": [dict(s, label=self.source_label(s)) for s in f["sources"]]}  # fmt: skip
        nct = f' <span class="nct">{t["id"]}</span>' if t["acronym"] else ""
        head = [f"<h1>{html.escape(title)}{nct}</h1>",
                f'<p class="group g-{t["group"]}">{html.escape(lab("trial_groups", t["group"]))}</p>']  # fmt: skip
        lines = [f"{title} ({t['id']})", lab("trial_groups", t["group"])]
        status_line = self.trial_status_line(t, vocab)
        head.append(f'<p class="status-line">{html.escape(status_line)}</p>')
        lines.append(status_line)
        key = t["fields"].get("key_result", [])
        if key:  # what the trial showed comes first, above the record
            key_html, key_text = self.statements(key)
            head.append(
                f'<div class="key"><p class="key-h">{html.escape(lab("fields", "key_result"))}</p>{key_html}</div>'
            )
            lines.append(f"{lab('fields', 'key_result')}:\n{key_text}")
        rows, after = [], None
        for key in FACETS:
            f = facets.get(key)
            name = lab("facets", key)
            if not f:
                after = None
                rows.append(
                    f'<tr><th>{html.escape(name)}</th><td class="nr">{html.escape(lab("not_reported"))}</td></tr>'
                )
                lines.append(f"{name}: {lab('not_reported')}")
                continue
            vals = ", ".join(
                v["label"] + (f" ({lab('target')} {v['target']})" if v.get("target") else "")
                for v in f["values"])  # fmt: skip
            cls = f"status s-{f['values'][0]['code'].lower()}" if key == "status" else "facet"
            raw_sources = t["facets"][key]["sources"]
            # One label per run of rows of the same provenance (the record reads as facts first).
            prov = self.provenance_key(f["kind"], raw_sources, f["checked"])
            badge = "" if f["kind"] == "lecture" or prov == after else self.badge(f["kind"], f["checked"]) + " "
            word = self.label("kind_short", f["kind"]) if f["kind"] != "lecture" and not badge else ""
            if key == "status" and [v["code"] for v in f["values"]] in (["UNKNOWN"], ["NOT_VERIFIED"]):
                # An unknown status is shown as unknown, like any field not reported: a "checked" badge beside
                # "status unknown" read as a contradiction.
                cls, badge, prov, word = "status s-unknown nr", "", None, ""
            tip = html.escape(self.provenance(f["kind"], raw_sources, f["checked"]), quote=True)
            tail = self.sources_html(raw_sources, word) if word else self.labelled_sources_html(f["kind"], raw_sources)
            rows.append(f'<tr><th>{html.escape(name)}</th><td><span title="{tip}">{badge}<span class="{cls}">'
                        f"{html.escape(vals)}</span> {tail}</span></td></tr>")  # fmt: skip
            lines.append(f"{name}: {vals} {self.sources_text(raw_sources)}")
            after = prov
        fields = {}
        for name in field_order:
            items = t["fields"].get(name, [])
            fields[name] = [self.statement_data(s) for s in items]
            if name == "key_result":
                continue  # shown above the record
            body_html, body_text = self.statements(items, after)
            if items:
                last = items[-1]
                after = self.provenance_key(last["kind"], last["sources"], last["checked"])
            else:
                after = None  # "not reported" between two rows ends the run
            rows.append(f"<tr><th>{html.escape(lab('fields', name))}</th><td>{body_html}</td></tr>")
            lines.append(f"{lab('fields', name)}:\n{body_text}")
        reg = [f'{lab("registry")}: <a href="{html.escape(t["registry_url"])}">'
               f'{html.escape(t["registry_url"])}</a>']  # fmt: skip
        reg_text = [f"{lab('registry')}: {t['registry_url']}"]
        nr = lab("not_reported")
        reg.append(f"{lab('registry_as_of')} {t['registry_as_of'] or nr}")
        reg_text.append(f"{lab('registry_as_of')} {t['registry_as_of'] or nr}")
        page = "\n".join(head) + f'<table class="record">{"".join(rows)}</table>'
        page += f'<p class="registry">{" · ".join(reg)}</p>'
        data = {
            "nct_id": t["id"], "acronym": t["acronym"], "group": t["group"],
            "registry_url": t["registry_url"], "registry_as_of": t["registry_as_of"],
            "status_line": status_line, "status_as_of": self.status_as_of(t),
            "facets": facets, "fields": fields,
        }  # fmt: skip
        return page, "\n".join(lines + reg_text), data

    def status_as_of(self, t: dict) -> str:
        """What dates the status: the registry copy's date, or why there is none."""
        if t["registry_as_of"]:
            return f"{self.label('status_as_of')} {t['registry_as_of']}"
        codes = t["facets"].get("status", {}).get("codes", [])
        return self.label("status_no_date", "no_record" if codes == ["NOT_VERIFIED"] else "undated")

    def trial_status_line(self, t: dict, vocab: dict) -> str:
        """ "Status: Recruiting · as of 2025-09-04", the status always with its date or the reason it has none."""
        codes = t["facets"].get("status", {}).get("codes", [])
        status = ", ".join(v["label"] for v in self.facet_labels(vocab, "statuses", codes)) or self.label(
            "not_reported"
        )
        field = self.label("facets", "status")
        if re.match(rf"{re.escape(field)}\b", status, re.IGNORECASE):  # "Status not verified · no record found",
            return f"{status} · {self.status_as_of(t)}"  # never "Status: Status not verified"
        colon = "\u00a0:" if self.lang == "fr" else ":"
        return f"{field}{colon} {status} · {self.status_as_of(t)}"

    def reference_citation(self, r: dict) -> str:
        """Vancouver style, the way the lecture's own references are printed."""
        authors = ", ".join(r.get("authors", []))
        if authors and r.get("et_al"):
            authors += ", et al"
        parts = [f"{authors}." if authors else ""]
        if r.get("title"):
            parts.append(f"{r['title'].rstrip('.')}.")
        src = r.get("journal") or r.get("publisher") or ""
        if src:
            parts.append(f"{src}.")
        where = str(r.get("year", ""))
        if r.get("volume"):
            where += f";{r['volume']}"
            if r.get("issue"):
                where += f"({r['issue']})"
        if r.get("pages"):
            where += f":{r['pages']}"
        if where:
            parts.append(f"{where}.")
        if r.get("pmid"):
            parts.append(f"PMID: {r['pmid']}.")
        if r.get("doi"):
            parts.append(f"doi:{r['doi']}")
        if r.get("url") and not (r.get("pmid") or r.get("doi")):
            parts.append(str(r["url"]))
        return " ".join(p for p in parts if p)

    def reference(self, r: dict) -> tuple[str, str, dict]:
        cite = self.reference_citation(r)
        notes_html, notes_text = self.statements(r["notes"]) if r["notes"] else ("", "")
        page = f'<h1>{html.escape(self.ref_short(r["id"]))}</h1><p class="cite">{html.escape(cite)}</p>'
        if r.get("cited_in_lecture"):
            page += f"<p>{html.escape(self.label('reference', 'cited_in_lecture'))}</p>"
        if notes_html:
            page += f"<h2>{html.escape(self.label('reference', 'notes'))}</h2>{notes_html}"
        text = cite + (f"\n{notes_text}" if notes_text else "")
        data = {k: r[k] for k in ("id", "type", "authors", "title", "journal", "year", "volume",
                                  "issue", "pages", "pmid", "doi", "url", "et_al", "publisher",
                                  "cited_in_lecture") if r.get(k) is not None}  # fmt: skip
        data["citation"] = cite
        data["short"] = self.ref_short(r["id"])
        data["notes"] = [self.statement_data(s) for s in r["notes"]]
        return page, text, data

    def glossary(self, g: dict) -> tuple[str, str, dict]:
        lang = self.lang
        exp, definition = g["expansion"][lang], g["definition"][lang]
        page = (f"<h1>{html.escape(g['term'])}</h1><p><b>{html.escape(exp)}</b></p>"
                f"<p>{self.statement_html(g['kind'], definition, g['sources'], g['checked'])}</p>")  # fmt: skip
        if g["synonyms"]:
            colon = "\u00a0:" if lang == "fr" else ":"  # French typography puts a (no-break) space before it
            page += (f"<p class=\"syn\">{html.escape(self.label('glossary', 'synonyms'))}{colon} "
                     f"{html.escape(', '.join(g['synonyms']))}</p>")  # fmt: skip
        text = f"{g['term']}: {exp}\n{self.statement_text(g['kind'], definition, g['sources'], g['checked'])}"
        if g["synonyms"]:
            text += f"\n{self.label('glossary', 'synonyms')}: {', '.join(g['synonyms'])}"
        data = {"term": g["term"], "expansion": exp, "definition": plain(definition),
                "synonyms": g["synonyms"], "kind": g["kind"],
                "sources": [dict(s, label=self.source_label(s)) for s in g["sources"]]}  # fmt: skip
        return page, text, data

    def ctcae(self, c: dict) -> tuple[str, str, dict]:
        lab = self.label
        rows = "".join(f"<tr><th>{html.escape(lab('tolerance', 'grade'))} {g}</th>"
                       f"<td>{html.escape(v[self.lang])}</td></tr>" for g, v in c["grades"].items())  # fmt: skip
        term = c["term"][self.lang]
        badge = self.badge(c["kind"], c["checked"])
        # The note says how the wording was seen, or why no grade is shown (none seen in a public copy).
        note = (c.get("note") or {}).get(self.lang, "")
        page = (f"<h1>{html.escape(term)}</h1><p>{badge} CTCAE v{html.escape(c['version'])} "
                f"{self.sources_html(c['sources'])}</p>"
                + (f'<p class="note">{inline(note)}</p>' if note else "")
                + (f'<table class="ctcae">{rows}</table>' if rows else ""))  # fmt: skip
        lines = ([plain(note)] if note else []) + [
            f"{lab('tolerance', 'grade')} {g}: {v[self.lang]}" for g, v in c["grades"].items()
        ]
        text = f"{term} (CTCAE v{c['version']}) {self.sources_text(c['sources'])}\n" + "\n".join(lines)
        data = {"term": term, "version": c["version"], "kind": c["kind"], "note": plain(note),
                "grades": {g: v[self.lang] for g, v in c["grades"].items()},
                "sources": [dict(s, label=self.source_label(s)) for s in c["sources"]]}  # fmt: skip
        return page, text, data

    def tolerance_row(self, r: dict) -> tuple[str, str, dict]:
        lab = self.label
        rt_html, rt_text = self.statements(r["rt"])
        io_html, io_text = self.statements(r["io"])
        page = (f"<h1>{html.escape(r['dimension'][self.lang])}</h1>"
                f"<h2>{html.escape(lab('tolerance', 'rt'))}</h2>{rt_html}"
                f"<h2>{html.escape(lab('tolerance', 'io'))}</h2>{io_html}")  # fmt: skip
        text = (f"{r['dimension'][self.lang]}\n{lab('tolerance', 'rt')}:\n{rt_text}\n"
                f"{lab('tolerance', 'io')}:\n{io_text}")  # fmt: skip
        data = {"dimension": r["dimension"][self.lang], "ctcae": r["ctcae"],
                "rt": [self.statement_data(s) for s in r["rt"]],
                "io": [self.statement_data(s) for s in r["io"]],
                "rt_html": rt_html, "io_html": io_html}  # fmt: skip
        return page, text, data

    def tolerance_part(self, title: str, parts: list[tuple[str, list]]) -> tuple[str, str, dict]:
        """A combination row or the balance as a page of its own, so that search can point at it."""
        page, lines = f"<h1>{html.escape(title)}</h1>", [title]
        for heading, items in parts:
            h, t = self.statements(items)
            page += (f"<h2>{html.escape(heading)}</h2>" if heading else "") + h
            lines.append(f"{heading}:\n{t}" if heading else t)
        data = {
            "parts": [{"heading": hd, "statements": [self.statement_data(x) for x in items]} for hd, items in parts]
        }
        return page, "\n".join(lines), data

    def tolerance(self, tol: dict) -> tuple[str, str, dict]:
        """The whole side-by-side page: the comparison, the combination, the balance."""
        lab = self.label
        head = "<tr>" + "".join(f"<th>{html.escape(lab('tolerance', k))}</th>" for k in ("dimension", "rt", "io"))
        head += "</tr>"
        rows, lines = [], [lab("tolerance", "title")]
        for r in tol.get("comparison", []):
            rt_html, rt_text = self.statements(r["rt"])
            io_html, io_text = self.statements(r["io"])
            links = {side: " ".join(f'<a href="ctcae:{c}">CTCAE</a>' for c in r["ctcae"][side][:1])
                     for side in ("rt", "io")}  # fmt: skip
            rows.append(f"<tr><th>{html.escape(r['dimension'][self.lang])}</th>"
                        f"<td>{rt_html} {links['rt']}</td><td>{io_html} {links['io']}</td></tr>")  # fmt: skip
            lines.append(f"{r['dimension'][self.lang]}\n  {lab('tolerance', 'rt')}:\n{rt_text}\n"
                         f"  {lab('tolerance', 'io')}:\n{io_text}")  # fmt: skip
        page = f'<h1>{html.escape(lab("tolerance", "title"))}</h1><table class="tol">{head}{"".join(rows)}</table>'
        page += f"<h2>{html.escape(lab('tolerance', 'combination'))}</h2>"
        lines.append(lab("tolerance", "combination"))
        for r in tol.get("combination", []):
            h, t = self.statements(r["statements"])
            page += f"<h3>{html.escape(r['label'][self.lang])}</h3>{h}"
            lines.append(f"{r['label'][self.lang]}:\n{t}")
        bal = tol.get("balance", {})
        page += f"<h2>{html.escape(lab('tolerance', 'balance'))}</h2>"
        lines.append(lab("tolerance", "balance"))
        st_h, st_t = self.statements(bal.get("stimulating", []))
        su_h, su_t = self.statements(bal.get("suppressive", []))
        page += (f"<table class=\"tol\"><tr><th>{html.escape(lab('tolerance', 'stimulating'))}</th>"
                 f"<th>{html.escape(lab('tolerance', 'suppressive'))}</th></tr>"
                 f"<tr><td>{st_h}</td><td>{su_h}</td></tr></table>")  # fmt: skip
        df_h, df_t = self.statements(bal.get("dose_fraction", []))
        page += f"<h3>{html.escape(lab('tolerance', 'dose_fraction'))}</h3>{df_h}"
        lines += [f"{lab('tolerance', 'stimulating')}:\n{st_t}", f"{lab('tolerance', 'suppressive')}:\n{su_t}",
                  f"{lab('tolerance', 'dose_fraction')}:\n{df_t}"]  # fmt: skip
        data = {
            "comparison": [dict(self.tolerance_row(r)[2], id=r["id"]) for r in tol.get("comparison", [])],
            "combination": [{"id": r["id"], "label": r["label"][self.lang], "ctcae": r.get("ctcae", []),
                             "statements": [self.statement_data(s) for s in r["statements"]],
                             "html": self.statements(r["statements"])[0]}
                            for r in tol.get("combination", [])],
            "balance": {k: [self.statement_data(s) for s in v] for k, v in bal.items()},
            "balance_html": {"stimulating": st_h, "suppressive": su_h, "dose_fraction": df_h},
            "ctcae": [c["id"] for c in tol.get("ctcae", [])],
            "labels": {k: lab("tolerance", k) for k in ("title", "dimension", "rt", "io", "combination", "balance",
                                                       "stimulating", "suppressive", "dose_fraction", "ctcae")},
        }  # fmt: skip
        return page, "\n".join(lines), data
