"""Read and validate the human-editable content sources (Markdown + YAML). No Qt, no SQLite.

`load(root)` returns the content as plain Python data plus a list of problems, each naming the
file and line, so an editor can fix a source without reading code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .text import numbers

LANGS = ("fr", "en")
KINDS = ("lecture", "update", "unverified")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NCT = re.compile(r"^NCT\d{8}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")  # a tag anywhere in the line, not "p < 0.05"
MARKER = re.compile(r"\s*\{([^{}]*)\}\s*$")
USE = re.compile(r"^use:(\S+)$")  # a section line showing a shared statement: "- {use:ID}"
LINK = re.compile(r"\]\(([a-z]+):([^)]*)\)")  # any target, so that a malformed one is refused, not skipped
NCT_IN_TEXT = re.compile(r"NCT\d{8}")
TRIAL_FIELDS = (  # in the order a clinician reads a card: what it showed, what, for whom, then the rest
    "key_result", "brief_title", "official_title", "design", "arms", "eligibility", "primary_outcome", "results",
    "secondary_outcomes", "enrolment", "dates", "status_detail", "sponsor", "publications", "lecture_notes",
)  # fmt: skip
FACETS = {  # trial key -> (vocabulary group, single code?)
    "setting": ("settings", True),
    "status": ("statuses", True),
    "histologies": ("histologies", False),
    "agents": ("agents", False),
    "rt_modality": ("rt_modalities", False),
    "phases": ("phases", False),
}


class Problem(Exception):
    """A fault in a content source, located by file and line."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path, self.line, self.message = str(path), line, message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class _Map(dict):
    """A YAML mapping that remembers the line it started on."""

    line = 0


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_map(loader, node):
    m = _Map(loader.construct_pairs(node, deep=True))
    m.line = node.start_mark.line + 1
    keys = [loader.construct_object(k, deep=True) for k, _ in node.value]
    dup = [k for k, n in Counter(keys).items() if n > 1]
    if dup:
        raise Problem(loader.name, node.start_mark.line + 1, f"duplicate key {dup[0]!r}")
    return m


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)


def _line(obj, default: int = 0) -> int:
    return getattr(obj, "line", default)


def read_yaml(path: Path):
    try:
        with path.open(encoding="utf-8") as f:
            loader = _LineLoader(f)
            loader.name = str(path)
            try:
                return loader.get_single_data()
            finally:
                loader.dispose()
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else None
        if line is None and isinstance(getattr(e, "position", None), int):  # a forbidden character
            line = path.read_text(encoding="utf-8", errors="replace")[: e.position].count("\n") + 1
        raise Problem(path, line, f"not valid YAML: {e}") from None
    except UnicodeDecodeError as e:
        line = path.read_bytes()[: e.start].count(b"\n") + 1
        raise Problem(path, line, "not UTF-8 text: save the file as UTF-8") from None


@dataclass
class Content:
    root: Path
    meta: dict = field(default_factory=dict)
    labels: dict = field(default_factory=dict)
    vocabulary: dict = field(default_factory=dict)
    sections: dict = field(default_factory=dict)  # lang -> slug -> section dict
    trials: list = field(default_factory=list)
    references: list = field(default_factory=list)
    glossary: list = field(default_factory=list)
    tolerance: dict = field(default_factory=dict)
    statements: dict = field(default_factory=dict)  # id -> shared statement (statements.yaml)
    changelog: list = field(default_factory=list)  # newest first: {version, date, changes: [{fr, en}]}
    problems: list[Problem] = field(default_factory=list)


def _date(value) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and DATE.match(value):
        try:  # the pattern alone lets 2026-02-30 through
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    return None


class _Checker:
    """Collects problems and the cross-references that can only be checked at the end."""

    def __init__(self, content: Content):
        self.c = content
        self.pending: list[tuple[str, str, Path, int]] = []  # (type, id, file, line)
        self.uses: list[tuple[dict, str | None, Path, int]] = []  # (placeholder, section language, file, line)
        self.said: list[tuple[str, str, frozenset, str]] = []  # (text, kind, sources, "file:line")

    def problem(self, path, line, message):
        self.c.problems.append(Problem(self._rel(path), line, message))

    def _rel(self, path) -> str:
        try:
            return str(Path(path).relative_to(self.c.root.parent.parent.parent))
        except ValueError:
            return str(path)

    def want(self, type_: str, id_: str, path, line):
        self.pending.append((type_, id_, path, line))

    def sources(self, tokens, kind, path, line, checked=None) -> list[dict]:
        """Validate a statement's source tokens; return them as dicts."""
        out = []
        for tok in tokens:
            prefix, _, value = str(tok).partition(":")
            if prefix == "checked":
                checked = value
                continue
            if prefix not in ("lecture", "ref", "registry") or not value:
                self.problem(path, line, f"unknown source {tok!r} (use lecture:, ref:, registry:)")
                continue
            if prefix == "registry" and not NCT.match(value):
                self.problem(path, line, f"malformed NCT ID {value!r} (NCT + 8 digits)")
                continue
            self.want(prefix, value, path, line)
            out.append({"type": prefix, "id": value})
        if not out:
            self.problem(path, line, "statement without source")
        if kind == "update" and not (checked and _date(checked)):
            self.problem(path, line, "update without checked:YYYY-MM-DD")
        return out

    def links(self, text: str, path, line):
        for m in LINK.finditer(text):
            kind, target = m.group(1), m.group(2)
            if kind not in ("section", "trial", "ref", "glossary"):
                self.problem(path, line, f"link to unknown kind {kind!r}: {m.group(0)}")
            elif not target or target != target.strip() or any(c.isspace() for c in target):
                self.problem(path, line, f"link target {target!r} is empty or has a space: {m.group(0)}")
            else:
                self.want(kind, target, path, line)

    def statement_list(self, value, path, line, where: str) -> list[dict]:
        """A YAML list of bilingual statements."""
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(path, _line(value, line), f"{where}: expected a list of statements")
            return []
        return [self.statement(s, path, line, where) for s in value]

    def say(self, text: str, kind, sources: list[dict], path, line):
        """Remember a statement's text and label: the same words may not carry two labels."""
        key = frozenset((s["type"], s["id"]) for s in sources)
        self.said.append((" ".join(str(text).split()), str(kind), key, f"{self._rel(path)}:{line}"))

    def use(self, ident, lang: str | None, path, line) -> dict:
        """A placeholder for a shared statement, filled in once every definition is known."""
        placeholder = {"use": str(ident), "kind": None, "sources": [], "checked": None, "fr": "", "en": ""}
        self.uses.append((placeholder, lang, path, line))
        return placeholder

    def statement(self, s, path, line, where: str) -> dict:
        line = _line(s, line)
        if not isinstance(s, dict):
            self.problem(path, line, f"{where}: a statement must be a mapping with kind, sources")
            return {}
        if "use" in s:
            if set(s) != {"use"}:
                self.problem(path, line, f"{where}: a 'use:' statement takes its text and label from "
                             "statements.yaml and has no other field")  # fmt: skip
            return self.use(s["use"], None, path, line)
        kind = s.get("kind")
        if kind not in KINDS:
            self.problem(path, line, f"{where}: missing required field 'kind' (one of {KINDS})")
        srcs = s.get("sources")
        if not srcs:
            self.problem(path, line, f"{where}: statement without source")
            srcs = []
        checked = _date(s.get("checked"))
        sources = self.sources(srcs, kind, path, line, checked) if srcs else []
        for lang in LANGS:
            if not isinstance(s.get(lang), str) or not s[lang].strip():
                self.problem(path, line, f"{where}: missing required field {lang!r}")
            else:
                self.links(s[lang], path, line)
        self.twin_facts(s.get("fr", ""), s.get("en", ""), path, line, where)
        for lang in LANGS:
            self.say(s.get(lang, ""), kind, sources, path, line)
        return {"kind": kind, "sources": sources, "checked": checked,
                "fr": str(s.get("fr", "")), "en": str(s.get("en", ""))}  # fmt: skip

    def twin_facts(self, fr, en, path, line, where):
        """The two editions of one statement: same figures, same NCT IDs, same cited links."""
        fr, en = str(fr), str(en)
        nf, ne = Counter(numbers(fr)), Counter(numbers(en))
        if nf != ne:
            only_fr = sorted((nf - ne).elements())
            only_en = sorted((ne - nf).elements())
            self.problem(path, line, f"{where}: French and English differ in figures "
                         f"(only in fr: {only_fr}, only in en: {only_en})")  # fmt: skip
        if sorted(NCT_IN_TEXT.findall(fr)) != sorted(NCT_IN_TEXT.findall(en)):
            self.problem(path, line, f"{where}: French and English differ in NCT IDs "
                         f"(fr {NCT_IN_TEXT.findall(fr)}, en {NCT_IN_TEXT.findall(en)})")  # fmt: skip
        if sorted(LINK.findall(fr)) != sorted(LINK.findall(en)):
            self.problem(path, line, f"{where}: French and English links differ (citations or targets)")

    def bilingual(self, value, path, line, where, required=True) -> dict | None:
        if value is None and not required:
            return None
        if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in LANGS):
            self.problem(path, _line(value, line), f"{where}: missing required field (fr and en)")
            return {"fr": "", "en": ""}
        self.twin_facts(value["fr"], value["en"], path, _line(value, line), where)
        return {k: value[k] for k in LANGS}


# ---------------------------------------------------------------- sections (Markdown)


def _split_front_matter(path: Path) -> tuple[dict, list[tuple[int, str]]]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        line = path.read_bytes()[: e.start].count(b"\n") + 1
        raise Problem(path, line, "not UTF-8 text: save the file as UTF-8") from None
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise Problem(path, 1, "missing front matter (a '---' line, YAML, then '---')")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise Problem(path, 1, "front matter is not closed by a '---' line") from None
    loader = _LineLoader("\n".join(lines[1:end]))
    loader.name = str(path)
    try:
        front = loader.get_single_data() or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise Problem(path, mark.line + 2 if mark else 1, f"front matter is not valid YAML: {e}") from None
    finally:
        loader.dispose()
    if not isinstance(front, dict):
        raise Problem(path, 2, "front matter must be a mapping")
    body = [(i + 1, lines[i]) for i in range(end + 1, len(lines))]
    return front, body


def _section(ck: _Checker, path: Path, lang: str) -> dict | None:
    try:
        front, body = _split_front_matter(path)
    except Problem as p:
        ck.problem(p.path, p.line, p.message)
        return None
    for key in ("id", "title", "order"):
        if key not in front:
            ck.problem(path, 2, f"missing required field {key!r}")
    slug = str(front.get("id", path.stem))
    if not SLUG.match(slug) or slug != path.stem:
        ck.problem(path, 2, f"id {slug!r} must be a lowercase slug equal to the file name")
    page = bool(front.get("page", False))
    statements, md_lines = [], []
    for lineno, raw in body:
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            md_lines.append(raw)
            continue
        if HTML_TAG.search(stripped) or stripped.startswith(("<", "|")) or "![" in stripped:
            ck.problem(path, lineno, "no HTML, tables or images in sections")
        ck.links(raw, path, lineno)
        m = MARKER.search(raw)
        if page and not m:
            md_lines.append(raw)
            continue
        if not m:
            ck.problem(path, lineno, "statement without source (end the line with {kind source…})")
            md_lines.append(raw)
            continue
        words = m.group(1).split()
        text = raw[: m.start()].rstrip()
        indent = len(text) - len(text.lstrip())
        bullet = text.lstrip().startswith(("- ", "* ")) or text.strip() in ("-", "*")
        if len(words) == 1 and USE.match(words[0]):
            if text.strip() not in ("", "-", "*"):
                ck.problem(path, lineno, "a {use:ID} line shows a shared statement: no text of its own")
            st = ck.use(USE.match(words[0]).group(1), lang, path, lineno)
            st.update(line=lineno, text="", figures=[])
            statements.append(st)
            md_lines.append(f"{' ' * indent}{'- ' if bullet else ''}\x00{len(statements) - 1}\x00")
            continue
        kind = words[0] if words else ""
        if kind not in KINDS:
            ck.problem(path, lineno, f"unknown statement kind {kind!r} (one of {KINDS})")
        sources = ck.sources(words[1:], kind, path, lineno)
        checked = next((w.split(":", 1)[1] for w in words if w.startswith("checked:")), None)
        body_text = text.lstrip()[2:] if bullet else text.lstrip()
        ck.say(body_text, kind, sources, path, lineno)
        statements.append({"kind": kind, "sources": sources, "checked": checked,
                           "line": lineno, "text": body_text, "figures": numbers(body_text)})  # fmt: skip
        md_lines.append(f"{' ' * indent}{'- ' if bullet else ''}\x00{len(statements) - 1}\x00")
    parent = front.get("parent")
    return {
        "id": slug, "lang": lang, "title": str(front.get("title", "")),
        "parent": str(parent) if parent else None, "order": front.get("order", 0),
        "lecture_heading": front.get("lecture_heading"), "page": page,
        "statements": statements, "skeleton": "\n".join(md_lines), "path": path,
    }  # fmt: skip


def _compare_twins(ck: _Checker, fr: dict, en: dict):
    """The French and English editions of a section must carry the same facts."""
    path = en["path"]
    for key in ("parent", "order", "page"):
        if fr[key] != en[key]:
            ck.problem(path, 2, f"{key!r} differs from the French edition")
    a, b = fr["statements"], en["statements"]
    if len(a) != len(b):
        ck.problem(path, 1, f"{len(b)} statements, the French edition has {len(a)}")
    for sf, se in zip(a, b, strict=False):
        if sf.get("use") != se.get("use"):
            ck.problem(path, se["line"], f"shows shared statement {se.get('use')!r} where the French line "
                       f"{sf['line']} shows {sf.get('use')!r}")  # fmt: skip
        elif (sf["kind"], sf["sources"]) != (se["kind"], se["sources"]):
            ck.problem(path, se["line"], f"kind or sources differ from the French line {sf['line']}")
        if Counter(sf["figures"]) != Counter(se["figures"]):
            ck.problem(path, se["line"], f"figures differ from the French line {sf['line']}: "
                       f"fr {sf['figures']} / en {se['figures']}")  # fmt: skip
        for a_link, b_link in [(LINK.findall(sf["text"]), LINK.findall(se["text"]))]:
            if sorted(a_link) != sorted(b_link):
                ck.problem(path, se["line"], f"links differ from the French line {sf['line']}")
        a_nct, b_nct = sorted(NCT_IN_TEXT.findall(sf["text"])), sorted(NCT_IN_TEXT.findall(se["text"]))
        if a_nct != b_nct:
            ck.problem(path, se["line"], f"NCT IDs differ from the French line {sf['line']}: fr {a_nct} / en {b_nct}")


# ---------------------------------------------------------------- structured files


def _trial(ck: _Checker, path: Path, t, vocab: dict) -> dict | None:
    if not isinstance(t, dict):
        ck.problem(path, 1, "a trial file must be a mapping")
        return None
    for key in ("id", "group", "registry_url", "setting", "phases"):
        if key not in t:
            ck.problem(path, _line(t, 1), f"missing required field {key!r}")
    nct = str(t.get("id", ""))
    if not NCT.match(nct):
        ck.problem(path, _line(t, 1), f"malformed NCT ID {nct!r} (NCT + 8 digits)")
    if t.get("group") not in ("lecture", "beyond"):
        ck.problem(path, _line(t, 1), "group must be 'lecture' or 'beyond'")
    url = str(t.get("registry_url", ""))
    if url and not url.startswith("https://"):
        ck.problem(path, _line(t, 1), "registry_url must be an https:// address")
    facets = {}
    for key, (group, single) in FACETS.items():
        f = t.get(key)
        if f is None:
            continue
        line = _line(f, _line(t, 1))
        codes = [f.get("code")] if single and isinstance(f, dict) else (f or {}).get("codes", [])
        if not isinstance(f, dict) or not codes or not all(codes):
            ck.problem(path, line, f"{key}: needs {'code' if single else 'codes'} and sources")
            continue
        for code in codes:
            if code not in vocab.get(group, {}):
                ck.problem(path, line, f"{key}: code {code!r} is not in vocabulary.yaml {group}")
        kind = f.get("kind", "update" if f.get("checked") else "lecture")
        srcs = f.get("sources") or []
        if not srcs:
            ck.problem(path, line, f"{key}: statement without source")
        facets[key] = {"codes": codes, "kind": kind, "checked": _date(f.get("checked")),
                       "sources": ck.sources(srcs, kind, path, line, _date(f.get("checked")))}  # fmt: skip
    fields = t.get("fields") or {}
    out_fields = {}
    for name, value in fields.items():
        if name not in TRIAL_FIELDS:
            ck.problem(path, _line(fields, 1), f"unknown trial field {name!r}")
            continue
        out_fields[name] = ck.statement_list(value, path, _line(fields, 1), name)
    for st in out_fields.get("key_result", []):
        # The line shown first on the card: a published result, so it cites the publication it comes from.
        if st.get("kind") != "update" or not any(s["type"] == "ref" for s in st.get("sources", [])):
            ck.problem(path, _line(fields, 1), "key_result: each statement is an update citing a reference (ref:)")
    status = facets.get("status", {}).get("codes", [None])[0]
    if status == "NOT_VERIFIED" and t.get("registry_as_of"):
        ck.problem(path, _line(t, 1), "status NOT_VERIFIED (no registry record found) cannot have a registry_as_of")
    acronym = t.get("acronym")
    return {"id": nct, "acronym": str(acronym) if acronym else None, "group": t.get("group"),
            "section": t.get("section"), "registry_url": url,
            "registry_as_of": _date(t.get("registry_as_of")), "facets": facets,
            "fields": out_fields, "path": path, "line": _line(t, 1)}  # fmt: skip


def _reference(ck: _Checker, path: Path, r) -> dict | None:
    line = _line(r, 1)
    if not isinstance(r, dict) or not r.get("id"):
        ck.problem(path, line, "missing required field 'id'")
        return None
    rtype = r.get("type", "article")
    if rtype == "article" and not (r.get("pmid") or r.get("doi")):
        ck.problem(path, line, f"reference {r['id']!r} without PMID or DOI")
    if rtype in ("web", "standard") and not r.get("url"):
        ck.problem(path, line, f"reference {r['id']!r} of type {rtype} without url")
    if rtype not in ("article", "web", "standard"):
        ck.problem(path, line, f"unknown reference type {rtype!r}")
    if r.get("pmid") and not re.fullmatch(r"\d{1,9}", str(r["pmid"])):
        ck.problem(path, line, f"malformed PMID {r['pmid']!r}")
    if r.get("doi") and not str(r["doi"]).startswith("10."):
        ck.problem(path, line, f"malformed DOI {r['doi']!r}")
    out = {k: r[k] for k in r if k != "notes"}
    out["type"] = rtype
    for k in ("pmid", "doi", "volume", "issue", "pages", "year"):
        if k in out and out[k] is not None:
            out[k] = str(out[k])
    out["authors"] = [str(a) for a in r.get("authors") or []]
    out["notes"] = ck.statement_list(r.get("notes"), path, line, f"reference {r['id']} notes")
    return out


def _glossary_entry(ck: _Checker, path: Path, g) -> dict | None:
    line = _line(g, 1)
    if not isinstance(g, dict) or not g.get("term"):
        ck.problem(path, line, "missing required field 'term'")
        return None
    kind = g.get("kind")
    if kind not in KINDS:
        ck.problem(path, line, f"glossary {g['term']!r}: missing required field 'kind'")
    srcs = g.get("sources") or []
    if not srcs:
        ck.problem(path, line, f"glossary {g['term']!r}: statement without source")
    sources = ck.sources(srcs, kind, path, line, _date(g.get("checked"))) if srcs else []
    for lang in LANGS:
        ck.say((g.get("definition") or {}).get(lang, ""), kind, sources, path, line)
    return {
        "term": str(g["term"]), "synonyms": [str(s) for s in g.get("synonyms") or []],
        "expansion": ck.bilingual(g.get("expansion"), path, line, f"glossary {g['term']} expansion"),
        "definition": ck.bilingual(g.get("definition"), path, line, f"glossary {g['term']} definition"),
        "kind": kind, "checked": _date(g.get("checked")),
        "sources": sources,
    }  # fmt: skip


TOLERANCE_SIDES = ("rt", "io")


def _column_terms(ck, value, path, line: int, row_id: str) -> dict[str, list[str]]:
    """A comparison row's CTCAE terms under the column they belong to ({rt: [...], io: [...]}): grades shown
    across both columns would read as applying to radiotherapy and immunotherapy alike."""
    if value is None:
        return {side: [] for side in TOLERANCE_SIDES}

    def ids(v) -> bool:
        return v is None or (isinstance(v, list) and all(isinstance(c, str) for c in v))

    if not isinstance(value, dict) or set(value) - set(TOLERANCE_SIDES) or not all(map(ids, value.values())):
        ck.problem(path, line, f"row {row_id}: ctcae must map rt and/or io to a list of CTCAE ids")
        return {side: [] for side in TOLERANCE_SIDES}
    return {side: list(value.get(side) or []) for side in TOLERANCE_SIDES}


def _tolerance(ck: _Checker, path: Path, t) -> dict:
    if not isinstance(t, dict):
        ck.problem(path, 1, "tolerance.yaml must be a mapping")
        return {}
    rows = []
    for r in t.get("comparison") or []:
        line = _line(r, 1)
        if not isinstance(r, dict) or not r.get("id"):
            ck.problem(path, line, "comparison row: missing required field 'id'")
            continue
        rows.append({
            "id": str(r["id"]), "dimension": ck.bilingual(r.get("dimension"), path, line, r["id"]),
            "rt": ck.statement_list(r.get("rt"), path, line, f"{r['id']} rt"),
            "io": ck.statement_list(r.get("io"), path, line, f"{r['id']} io"),
            "ctcae": _column_terms(ck, r.get("ctcae"), path, line, r["id"]), "line": line,
        })  # fmt: skip
    combination = []
    for r in t.get("combination") or []:
        line = _line(r, 1)
        if not isinstance(r, dict) or not r.get("id"):
            ck.problem(path, line, "combination row: missing required field 'id'")
            continue
        combination.append({
            "id": str(r["id"]), "label": ck.bilingual(r.get("label"), path, line, r["id"]),
            "statements": ck.statement_list(r.get("statements"), path, line, r["id"]),
            "ctcae": [str(c) for c in r.get("ctcae") or []],
        })  # fmt: skip
    bal = t.get("balance") or {}
    balance = {k: ck.statement_list(bal.get(k), path, _line(bal, 1), f"balance {k}")
               for k in ("stimulating", "suppressive", "dose_fraction")}  # fmt: skip
    ctcae = []
    for c in t.get("ctcae") or []:
        line = _line(c, 1)
        if not isinstance(c, dict) or not c.get("id"):
            ck.problem(path, line, "ctcae entry: missing required field 'id'")
            continue
        kind = c.get("kind", "update")
        grades = {}
        for g, v in (c.get("grades") or {}).items():
            grades[str(g)] = ck.bilingual(v, path, line, f"ctcae {c['id']} grade {g}")
        ctcae.append({
            "id": str(c["id"]), "line": line, "term": ck.bilingual(c.get("term"), path, line, c["id"]),
            "version": str(c.get("version", "")), "grades": grades, "kind": kind,
            "note": ck.bilingual(c.get("note"), path, line, f"ctcae {c['id']} note", required=False),
            "checked": _date(c.get("checked")),
            "sources": ck.sources(c.get("sources") or [], kind, path, line, _date(c.get("checked"))),
        })  # fmt: skip
    known = {c["id"] for c in ctcae}
    links = [(r["id"], cid) for r in rows for side in TOLERANCE_SIDES for cid in r["ctcae"][side]]
    links += [(r["id"], cid) for r in combination for cid in r["ctcae"]]
    for row_id, cid in links:
        if cid not in known:
            ck.problem(path, 1, f"row {row_id}: link to an id that does not exist: ctcae {cid}")
    return {"comparison": rows, "combination": combination, "balance": balance, "ctcae": ctcae}


# ---------------------------------------------------------------- shared statements (statements.yaml)


def _shared_statements(ck: _Checker, path: Path, data) -> dict[str, dict]:
    """Statements shown in more than one place, each written once under an id."""
    if not isinstance(data, list):
        ck.problem(path, _line(data, 1), "expected a list of statements, each with an id")
        return {}
    out: dict[str, dict] = {}
    for s in data:
        line = _line(s, 1)
        ident = str(s.get("id", "")) if isinstance(s, dict) else ""
        if not SLUG.match(ident):
            ck.problem(path, line, f"shared statement: id {ident!r} must be a lowercase slug")
            continue
        if ident in out:
            ck.problem(path, line, f"duplicate id {ident!r} (also {path.name}:{out[ident]['line']})")
            continue
        if "use" in s:
            ck.problem(path, line, f"shared statement {ident}: is defined here, it cannot 'use:' another")
            continue
        out[ident] = dict(ck.statement(s, path, line, f"shared statement {ident}"), line=line)
    return out


def _resolve_uses(ck: _Checker, shared: dict[str, dict]):
    """Fill every placeholder with its shared statement: one text, one label, wherever it is shown."""
    for placeholder, lang, path, line in ck.uses:
        found = shared.get(placeholder["use"])
        if not found:
            ck.problem(path, line, f"link to an id that does not exist: statement {placeholder['use']}")
            continue
        placeholder.update({k: found[k] for k in ("kind", "sources", "checked", *LANGS)})
        if lang:  # a section line: one language's text
            placeholder.update(text=found[lang], figures=numbers(found[lang]))


def _one_label_per_text(ck: _Checker):
    """The same words must not be shown with two labels (kind or sources): write it once, use it by id."""
    first: dict[str, tuple[str, frozenset, str]] = {}
    for text, kind, sources, where in ck.said:
        if not text:
            continue
        if text not in first:
            first[text] = (kind, sources, where)
            continue
        kind0, sources0, where0 = first[text]
        if (kind, sources) != (kind0, sources0):
            path, _, line = where.rpartition(":")
            ck.problem(path, int(line), f"the same text as {where0} with another label ({kind0} "
                       f"{_tokens(sources0)} there, {kind} {_tokens(sources)} here): write it once in "
                       "statements.yaml and show it by id in both places")  # fmt: skip


def _tokens(sources: frozenset) -> list[str]:
    return sorted(f"{t}:{i}" for t, i in sources)


# ---------------------------------------------------------------- what's new (changelog.yaml)

VERSION = re.compile(r"^\d+\.\d+\.\d+$")


def _version_key(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.split("."))


def _changelog(ck: _Checker, path: Path, data, current: str) -> list[dict]:
    """One entry per content version, newest first; each change a bilingual line describing what changed."""
    if not isinstance(data, list):
        ck.problem(path, _line(data, 1), "expected a list of versions (- version: ..., date: ..., changes: [...])")
        return []
    out: list[dict] = []
    for e in data:
        line = _line(e, 1)
        if not isinstance(e, dict):
            ck.problem(path, line, "a version must be a mapping with version, date, changes")
            continue
        version, date = str(e.get("version") or ""), _date(e.get("date"))
        if not VERSION.match(version):
            ck.problem(path, line, f"version {version!r}: expected three numbers, e.g. 2026.11.1")
            continue
        if not date:
            ck.problem(path, line, f"version {version}: missing or malformed 'date' (YYYY-MM-DD)")
        changes = e.get("changes")
        if not isinstance(changes, list) or not changes:
            ck.problem(path, line, f"version {version}: 'changes' must be a non-empty list of {{fr, en}} lines")
            changes = []
        lines = []
        for c in changes:
            cl = _line(c, line)
            if not isinstance(c, dict) or set(c) != set(LANGS):
                ck.problem(path, cl, f"version {version}: a change needs exactly 'fr' and 'en'")
                continue
            bad = [k for k in LANGS if not isinstance(c[k], str) or not c[k].strip() or "\n" in c[k].strip()]
            if bad:
                ck.problem(path, cl, f"version {version}: {bad[0]!r} must be one non-empty line of text")
                continue
            if any("<" in c[k] for k in LANGS):
                ck.problem(path, cl, f"version {version}: no raw HTML in a change line")
                continue
            for k in LANGS:
                ck.links(c[k], path, cl)
            ck.twin_facts(c["fr"], c["en"], path, cl, f"version {version}")
            lines.append({"fr": c["fr"].strip(), "en": c["en"].strip()})
        if out and _version_key(version) >= _version_key(out[-1]["version"]):
            ck.problem(path, line, f"version {version}: versions go newest first, each once")
        elif out and date and out[-1]["date"] and date > out[-1]["date"]:
            ck.problem(path, line, f"version {version}: dated after the newer version {out[-1]['version']}")
        out.append({"version": version, "date": date, "changes": lines, "line": line})
    if out and current and out[0]["version"] != current:
        ck.problem(path, out[0]["line"], f"the newest version {out[0]['version']} is not meta.yaml's {current}")
    return out


# ---------------------------------------------------------------- the whole tree


def load(root: Path) -> Content:
    """Read every source under `root`; problems are collected, not raised."""
    c = Content(root=root)
    ck = _Checker(c)

    def yaml_file(name, default):
        path = root / name
        if not path.exists():
            ck.problem(path, None, "file is missing")
            return default
        try:
            data = read_yaml(path)
        except Problem as p:
            ck.problem(p.path, p.line, p.message)
            return default
        return default if data is None else data

    c.meta = yaml_file("meta.yaml", {})
    for key in ("version", "as_of"):
        if key not in c.meta:
            ck.problem(root / "meta.yaml", 1, f"missing required field {key!r}")
    c.meta = {k: (_date(v) or v) if not isinstance(v, dict) else v for k, v in c.meta.items()}
    c.labels = yaml_file("labels.yaml", {})
    c.vocabulary = yaml_file("vocabulary.yaml", {})

    # Sections, both languages, compared as twins.
    for lang in LANGS:
        c.sections[lang] = {}
        for path in sorted((root / "sections" / lang).glob("*.md")):
            s = _section(ck, path, lang)
            if s:
                c.sections[lang][s["id"]] = s
    fr, en = c.sections["fr"], c.sections["en"]
    for slug in sorted(set(fr) ^ set(en)):
        lang = "en" if slug in fr else "fr"
        ck.problem(root / "sections" / lang / f"{slug}.md", None,
                   "missing: every section needs its twin in the other language")  # fmt: skip
    for lang in LANGS:
        for s in c.sections[lang].values():
            if s["parent"] and s["parent"] not in c.sections[lang]:
                ck.problem(s["path"], 2, f"link to an id that does not exist: parent {s['parent']}")

    seen: dict[str, Path] = {}
    for path in sorted((root / "trials").glob("*.yaml")):
        try:
            t = _trial(ck, path, read_yaml(path), c.vocabulary)
        except Problem as p:
            ck.problem(p.path, p.line, p.message)
            continue
        if not t:
            continue
        for key in filter(None, (t["id"], t["acronym"])):
            if key.casefold() in seen:
                ck.problem(path, t["line"], f"duplicate id {key!r} (also in {seen[key.casefold()].name})")
            seen[key.casefold()] = path
        c.trials.append(t)

    # The content's registry date is the newest trial's: meta.yaml may state it, but must agree.
    dates = [t["registry_as_of"] for t in c.trials if t["registry_as_of"]]
    newest = max(dates) if dates else None
    stated = c.meta.get("registry_as_of")
    if stated and newest and str(stated) != newest:
        ck.problem(root / "meta.yaml", 1, f"registry_as_of {stated} is not the newest trial registry date ({newest})")
    c.meta["registry_as_of"] = newest or ""

    # Every page shares one namespace of deep-link ids (the database's key): a second use is refused
    # where it is written.
    pages: dict[str, str] = {}

    def page_id(ident: str, path: Path, line: int):
        if ident in pages:
            ck.problem(path, line, f"duplicate id {ident!r} (also {pages[ident]})")
        else:
            pages[ident] = f"{Path(path).name}:{line}"

    for s in fr.values():
        page_id(s["id"], s["path"], 2)
    for t in c.trials:
        page_id(t["id"], t["path"], t["line"])

    refs_path = root / "references.yaml"
    for r in yaml_file("references.yaml", []):
        ref = _reference(ck, refs_path, r)
        if ref:
            page_id(str(ref["id"]), refs_path, _line(r, 1))
            c.references.append(ref)
    gl_path = root / "glossary.yaml"
    for g in yaml_file("glossary.yaml", []):
        entry = _glossary_entry(ck, gl_path, g)
        if entry:
            page_id(entry["term"], gl_path, _line(g, 1))
            c.glossary.append(entry)
    tol_path = root / "tolerance.yaml"
    c.tolerance = _tolerance(ck, tol_path, yaml_file("tolerance.yaml", {}))
    if c.tolerance:
        page_id("tolerance", tol_path, 1)
    for row in c.tolerance.get("comparison", []):
        page_id(f"tolerance-{row['id']}", tol_path, row["line"])
    for entry in c.tolerance.get("ctcae", []):
        page_id(f"ctcae-{entry['id']}", tol_path, entry["line"])
    cl_path = root / "changelog.yaml"  # optional: a content without it has no "What's new"
    if cl_path.exists():
        c.changelog = _changelog(ck, cl_path, yaml_file("changelog.yaml", []), str(c.meta.get("version", "")))

    st_path = root / "statements.yaml"  # optional: a content may share no statement
    if st_path.exists():
        c.statements = _shared_statements(ck, st_path, yaml_file("statements.yaml", []))
    _resolve_uses(ck, c.statements)
    for slug in sorted(set(fr) & set(en)):
        _compare_twins(ck, fr[slug], en[slug])
    _one_label_per_text(ck)

    # Cross-references, now that every id is known.
    known = {
        "lecture": set(fr), "section": set(fr),
        "ref": {str(r["id"]) for r in c.references},
        "registry": {t["id"] for t in c.trials},
        "trial": {t["id"] for t in c.trials} | {t["acronym"] for t in c.trials if t["acronym"]},
        "glossary": {g["term"] for g in c.glossary},
    }  # fmt: skip
    for type_, ident, path, line in ck.pending:
        if ident not in known.get(type_, ()):
            ck.problem(path, line, f"link to an id that does not exist: {type_}:{ident}")
    return c
