"""Compile the content sources into the bundled SQLite database (build time only).

sqlite-utils creates and fills the tables; the FTS5 index is declared by hand because it needs
prefix indexes, which sqlite-utils' enable_fts does not expose. The build is deterministic: rows go
in sorted, no clock is read, and the content hash covers every row.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from . import sources as src
from .library import MANIFEST_SUFFIX, SCHEMA_VERSION, content_hash  # one definition for writer and reader
from .render import Renderer, inline, plain
from .search import word_line
from .text import compact, joined_words, tokens


class BuildError(Exception):
    """The sources are not sound; `problems` says where."""

    def __init__(self, problems: list[src.Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the content sources")


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _items(content: src.Content) -> list[dict]:
    """Every page of the content, in both languages, with its HTML, text and structured data."""
    rows = []
    order = src.TRIAL_FIELDS
    for lang in src.LANGS:
        r = Renderer(lang, content.labels, content.references, content.glossary, content.trials)
        for s in content.sections[lang].values():
            html, text = r.section(s)
            rows.append({"id": s["id"], "lang": lang, "kind": "about" if s["page"] else "section",
                         "title": s["title"], "parent": s["parent"], "position": s["order"], "html": html,
                         "text": text, "data": {"lecture_heading": s["lecture_heading"],
                                                "statements": [{"kind": st["kind"], "text": st["text"],
                                                                "sources": st["sources"]} for st in s["statements"]]}})  # fmt: skip
        for t in content.trials:
            html, text, data = r.trial(t, content.vocabulary, order)
            brief = (t["fields"].get("brief_title") or [{}])[0].get(lang, "")
            rows.append({"id": t["id"], "lang": lang, "kind": "trial", "title": t["acronym"] or t["id"],
                         "subtitle": brief, "parent": t["section"], "position": 0, "html": html,
                         "text": text, "data": data})  # fmt: skip
        for ref in content.references:
            html, text, data = r.reference(ref)
            rows.append({"id": ref["id"], "lang": lang, "kind": "reference", "title": data["short"],
                         "subtitle": ref.get("title") or "", "position": 0, "html": html, "text": text,
                         "data": data})  # fmt: skip
        for g in content.glossary:
            html, text, data = r.glossary(g)
            rows.append({"id": g["term"], "lang": lang, "kind": "glossary", "title": g["term"],
                         "subtitle": g["expansion"][lang], "position": 0, "html": html, "text": text,
                         "data": data})  # fmt: skip
        tol = content.tolerance
        if tol:
            html, text, data = r.tolerance(tol)
            rows.append({"id": "tolerance", "lang": lang, "kind": "tolerance", "title": r.label("tolerance", "title"),
                         "position": 0, "html": html, "text": text, "data": data})  # fmt: skip
            for i, row in enumerate(tol["comparison"]):
                html, text, data = r.tolerance_row(row)
                rows.append({"id": f"tolerance-{row['id']}", "lang": lang, "kind": "tolerance",
                             "title": row["dimension"][lang], "parent": "tolerance", "position": i + 1,
                             "html": html, "text": text, "data": data})  # fmt: skip
            combined = r.label("tolerance", "combination")
            for i, row in enumerate(tol["combination"]):
                html, text, data = r.tolerance_part(f"{combined} — {row['label'][lang]}", [("", row["statements"])])
                rows.append({"id": f"tolerance-{row['id']}", "lang": lang, "kind": "tolerance", "title": row["label"][lang],
                             "parent": "tolerance", "position": 100 + i, "html": html, "text": text, "data": data})  # fmt: skip
            bal = tol["balance"]
            html, text, data = r.tolerance_part(
                r.label("tolerance", "balance"),
                [(r.label("tolerance", k), bal.get(k, [])) for k in ("stimulating", "suppressive", "dose_fraction")],
            )
            rows.append({"id": "tolerance-balance", "lang": lang, "kind": "tolerance", "title": r.label("tolerance", "balance"),
                         "parent": "tolerance", "position": 200, "html": html, "text": text, "data": data})  # fmt: skip
            for c in tol["ctcae"]:
                html, text, data = r.ctcae(c)
                rows.append({"id": f"ctcae-{c['id']}", "lang": lang, "kind": "ctcae", "title": data["term"],
                             "parent": "tolerance", "position": 0, "html": html, "text": text, "data": data})  # fmt: skip
    for row in rows:
        row.setdefault("subtitle", "")
        row.setdefault("parent", None)
        row["data"] = _json(row["data"])
    return sorted(rows, key=lambda x: (x["lang"], x["kind"], str(x["id"])))


def _changelog(content: src.Content) -> str:
    """What changed in each content version, newest first, rendered now so the app reads no Markdown or YAML."""
    entries = [{"version": e["version"], "date": e["date"] or "",
                **{lang: [{"html": inline(c[lang]), "text": plain(c[lang])} for c in e["changes"]] for lang in src.LANGS}}
               for e in content.changelog]  # fmt: skip
    return _json(entries)


def _aliases(content: src.Content) -> list[dict]:
    """Deep-link and search shortcuts: NCT IDs, acronyms (and their parts), PMIDs, DOIs, terms."""
    out: dict[str, str] = {}
    glossary_forms = {compact(f) for g in content.glossary for f in (g["term"], *g["synonyms"])}
    for t in content.trials:
        out[compact(t["id"])] = t["id"]
        if t["acronym"]:
            out[compact(t["acronym"])] = t["id"]
            for part in t["acronym"].split("-"):
                # "SARC032" finds SU2C-SARC032, but "PDL1" stays the biomarker, not SABR-PDL1.
                if len(compact(part)) >= 4 and compact(part) not in glossary_forms:
                    out.setdefault(compact(part), t["id"])
    for r in content.references:
        for key in ("pmid", "doi"):
            if r.get(key):
                out.setdefault(compact(str(r[key])), r["id"])
    for g in content.glossary:
        out.setdefault(compact(g["term"]), g["term"])
    for slug in content.sections["fr"]:
        out.setdefault(compact(slug), slug)
    return [{"alias": a, "id": i} for a, i in sorted(out.items()) if a]


def _synonyms(content: src.Content) -> list[dict]:
    """Glossary groups: every form of a concept, so a search for one finds the others."""
    rows = []
    for gid, g in enumerate(sorted(content.glossary, key=lambda g: g["term"])):
        forms = {g["term"], *g["synonyms"], g["expansion"]["fr"], g["expansion"]["en"]}
        by_form = {compact(f): " ".join(tokens(f)) for f in sorted(forms, reverse=True) if compact(f)}
        rows += [{"form": f, "phrase": p, "grp": gid} for f, p in sorted(by_form.items())]
    return rows


def _entities(content: src.Content) -> list[dict]:
    """What a query may name, and the items it names: a glossary entry by any of its forms (tier 0); the trials
    that use a drug or study a histology, by its facet label or by the forms of its glossary entry (tier 1)."""
    from .sources import FACETS

    terms_of: dict[str, set[str]] = {}  # compact form -> glossary terms spelt so
    forms_of: dict[str, set[str]] = {}  # glossary term -> its compact forms
    for g in content.glossary:
        forms = {compact(f) for f in (g["term"], *g["synonyms"], *g["expansion"].values())} - {""}
        forms_of[g["term"]] = forms
        for f in forms:
            terms_of.setdefault(f, set()).add(g["term"])
    out = {(f, term): 0 for term, forms in forms_of.items() for f in forms}
    for t in content.trials:
        for key in ("agents", "histologies"):
            group = FACETS[key][0]
            for code in t["facets"].get(key, {}).get("codes", []):
                entry = content.vocabulary.get(group, {}).get(code, {})
                forms = {compact(code), *(compact(entry.get(lang, "")) for lang in src.LANGS)} - {""}
                for f in list(forms):
                    for term in terms_of.get(f, ()):
                        forms |= forms_of[term]
                for f in forms:
                    out.setdefault((f, t["id"]), 1)
    return [{"form": f, "id": i, "tier": tier} for (f, i), tier in sorted(out.items())]


def _vocabulary(db) -> None:
    """Every word of the index per language, read from FTS5 itself (fts5vocab) so that it is exactly what a query
    can match; `spelt` marks the words of titles and bodies, the ones a typo may be corrected to (the keys column
    holds our joined forms and ids, which exist but are nobody's spelling)."""
    db.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, search_fts, instance)")
    db.execute("CREATE TABLE vocab (term TEXT NOT NULL, lang TEXT NOT NULL, docs INTEGER NOT NULL, "
               "spelt INTEGER NOT NULL, PRIMARY KEY (lang, term)) WITHOUT ROWID")  # fmt: skip
    db.execute(
        "INSERT INTO vocab SELECT w.term, s.language, count(DISTINCT w.doc), max(w.col IN ('title', 'body')) "
        "FROM temp.words w JOIN search s ON s.rowid = w.doc WHERE w.col != 'language' "
        "GROUP BY s.language, w.term ORDER BY s.language, w.term"
    )
    db.execute("DROP TABLE temp.words")


def _source_labels(content: src.Content) -> dict[str, set[str]]:
    """Every source label a statement's tail may show ("Cours", "Registre NCT…", "Kim 2013"), per language."""
    out = {}
    for lang in src.LANGS:
        r = Renderer(lang, content.labels, content.references, content.glossary, content.trials)
        sources = [{"type": "lecture", "id": ""}] + [{"type": "ref", "id": x["id"]} for x in content.references]
        sources += [{"type": "registry", "id": t["id"]} for t in content.trials]
        out[lang] = {r.source_label(s) for s in sources}
    return out


_TAIL = re.compile(r"[ \t]*\[([^\[\]\n]*)\][ \t]*$", re.M)


def _search_body(text: str, labels: dict, source_labels: set[str], lang: str) -> str:
    """The page text without statement labels, source tails, a trial card's group and registry lines, and list
    bullets: "update", "2026", "cours" or "registre" must not match every page through what is only a label."""
    boilerplate = {v.get(lang) for v in labels.get("trial_groups", {}).values()}
    prefixes = tuple(
        f"{labels[k][lang]}{sep}" for k, sep in (("registry", ": "), ("registry_as_of", " ")) if k in labels
    )
    kinds = [v for k in ("update", "unverified") for v in labels.get("kinds", {}).get(k, {}).values()]
    if kinds:
        text = re.sub(r"\[(?:" + "|".join(map(re.escape, kinds)) + r")[^\]]*\] ", "", text)
    # A tail is removed only when each of its parts is a source label: other brackets are the text's own.
    text = _TAIL.sub(lambda m: "" if set(m.group(1).split("; ")) <= source_labels else m.group(), text)
    text = re.sub(r"(?m)^\s*- ", "", text)
    return "\n".join(line for line in text.split("\n") if line not in boilerplate and not line.startswith(prefixes))


def _search_rows(items: list[dict], labels: dict, source_labels: dict[str, set[str]]) -> list[dict]:
    rows = []
    for i, it in enumerate(items):
        if it["id"] == "tolerance":
            continue  # the whole page would match everything; its rows are indexed one by one
        keys = [compact(str(it["id"]))] + joined_words(it["title"] + " " + it["text"])
        if it["kind"] == "trial":
            data = json.loads(it["data"])
            keys.append(compact(data.get("acronym") or ""))
        title, body = (
            f"{it['title']} {it['subtitle']}".strip(),
            _search_body(it["text"], labels, source_labels[it["lang"]], it["lang"]),
        )
        rows.append({"rowid": i + 1, "id": it["id"], "lang": it["lang"], "kind": it["kind"],
                     "label": it["title"], "title": title, "body": body, "title_words": word_line(title), "body_words": word_line(body),
                     "keys": " ".join(sorted(set(filter(None, keys)))), "language": it["lang"]})  # fmt: skip
    return rows


def build(root: Path, out: Path) -> str:
    """Validate `root` and write the database to `out`; returns the content hash."""
    import sqlite_utils

    content = src.load(root)
    if content.problems:
        raise BuildError(content.problems)
    items = _items(content)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".content-", suffix=".db", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        db = sqlite_utils.Database(tmp)
        db.table("items").insert_all(items, pk=("id", "lang"), columns={"position": int})
        db.table("aliases").insert_all(_aliases(content), pk="alias")
        db.table("synonyms").insert_all(_synonyms(content), pk=("form", "grp"))
        db.table("synonyms").create_index(["grp"])
        search_rows = _search_rows(items, content.labels, _source_labels(content))
        db.table("search").insert_all(search_rows, pk="rowid")
        # Accent folding (remove_diacritics 2) and prefix indexes for search-as-you-type; the one-letter index
        # matters most: without it a last word of one letter ("radiothérapie s") merges thousands of doclists.
        db.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, keys, language, content='search', "
            "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4')"
        )
        db.execute("INSERT INTO search_fts(search_fts) VALUES('rebuild')")
        db.execute("INSERT INTO search_fts(search_fts) VALUES('optimize')")
        _vocabulary(db)
        db.table("entities").insert_all(_entities(content), pk=("form", "id"))
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "content_version": str(content.meta["version"]),
            "as_of": str(content.meta["as_of"]),
            "registry_as_of": str(content.meta.get("registry_as_of", "")),
            "evidence_checked": str(content.meta.get("evidence_checked", "")),
            "lecture_title_fr": content.meta.get("lecture", {}).get("title", {}).get("fr", ""),
            "lecture_title_en": content.meta.get("lecture", {}).get("title", {}).get("en", ""),
            "changelog": _changelog(content),
        }
        db.table("meta").insert_all([{"key": k, "value": v} for k, v in sorted(meta.items())], pk="key")
        db.conn.commit()
        digest = content_hash(db.conn)
        db.table("meta").insert({"key": "content_hash", "value": digest})
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.conn.commit()
        db.execute("VACUUM")
        db.close()
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    write_manifest(out, meta["content_version"])
    return digest


def write_manifest(db_path: Path, content_version: str) -> Path:
    """A checksum of the database file, checked by the app before it trusts the file."""
    data = db_path.read_bytes()
    manifest = {"file": db_path.name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                "schema_version": SCHEMA_VERSION, "content_version": content_version}  # fmt: skip
    path = db_path.with_name(db_path.name + MANIFEST_SUFFIX)
    path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path
