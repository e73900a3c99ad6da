"""The read-only content library: the one way the CLI and the views read content. No Qt.

The database is opened `mode=ro&immutable=1`; nothing here can write to it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from . import search as s
from .paths import bundled_db, user_dir

# Defined here, not in the builder, so that starting the app never imports the builder and with it the
# YAML and Markdown parsers (about 90 ms of start-up); the builder imports them from here.
SCHEMA_VERSION = 3  # 2: the search table stores each row's word lines; 3: the vocabulary and the entities
MANIFEST_SUFFIX = ".manifest.json"


def content_hash(conn: sqlite3.Connection) -> str:
    """A hash of every row of every table but the hash itself: equal hashes, equal content."""
    h = hashlib.sha256()
    for line in conn.iterdump():
        if "content_hash" in line and line.startswith('INSERT INTO "meta"'):
            continue
        h.update(line.encode())
        h.update(b"\n")
    return h.hexdigest()


REQUIRED_TABLES = {"items", "aliases", "synonyms", "search", "search_fts", "vocab", "entities", "meta"}
# The columns this module reads: a database laid out otherwise is refused when opened, not mid-search.
REQUIRED_COLUMNS = {
    "items": {"id", "lang", "kind", "title", "subtitle", "parent", "position", "html", "text", "data"},
    "search": {"rowid", "id", "kind", "label", "title", "body", "title_words", "body_words"},
    "aliases": {"alias", "id"},
    "synonyms": {"form", "phrase", "grp"},
    "vocab": {"term", "lang", "docs", "spelt"},
    "entities": {"form", "id", "tier"},
}
FEW = 5  # fewer hits than this for the query as typed: look for a corrected spelling and for the other language


# sqlite3 raises UnicodeDecodeError instead of DatabaseError when SQLite's own error message quotes
# damaged bytes (e.g. "malformed database schema (\xf3qlite_autoindex…)"): both mean a damaged file.
DB_ERRORS = (sqlite3.DatabaseError, UnicodeDecodeError)


_RANK_SQL = (
    "SELECT search.rowid AS rowid, search.id, search.kind, search.label, search.title, search.title_words, "
    "search.body_words, ranked.score "
    "FROM (SELECT rowid, bm25(search_fts, 10.0, 1.0, 5.0, 0) AS score FROM search_fts "
    "      WHERE search_fts MATCH ? ORDER BY score LIMIT 300) AS ranked "
    "JOIN search ON search.rowid = ranked.rowid"
)
_SNIPPET_SQL = (
    "SELECT rowid, snippet(search_fts, 1, char(2), char(3), '…', 14), highlight(search_fts, 0, char(2), char(3)) "
    "FROM search_fts WHERE search_fts MATCH ? AND +rowid IN ({marks})"
)


PUBLISHER, DEVELOPMENT, UNSIGNED = "publisher", "development", "unsigned"


@dataclass(frozen=True)
class Provenance:
    """Whose content is on screen: the publisher's (signed by a trusted key), a development build's (signed by
    its one-off key, or a source checkout's own build), or unsigned (an author's --db), with the reason."""

    level: str  # PUBLISHER, DEVELOPMENT or UNSIGNED
    key_id: str | None = None
    detail: str = ""


class ContentError(Exception):
    """The content database cannot be used; the message says what is wrong and what to do."""


@dataclass
class Hit:
    id: str
    kind: str
    title: str
    snippet: str  # HTML, hits wrapped in <mark>
    text: str  # the same snippet as plain text
    score: float = 0.0
    corrected: str | None = None  # the corrected query that found it, when the words as typed did not
    found_in: str | None = None  # the other language, when only its text matched (the snippet is in it)
    detail: str = ""  # for a trial, its phase and status ("Phase 2 · Closed to enrolment")

    def as_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "title": self.title, "snippet": self.text,
                "snippet_html": self.snippet, "score": round(self.score, 4), "corrected": self.corrected,
                "found_in": self.found_in, "detail": self.detail}  # fmt: skip


@dataclass
class Results:
    """What a search found, and what it adds when that is little: the hits of the query with its typos corrected,
    then the pages whose other-language text matches (titled in this language), each after those of the query
    as typed, and flagged so that the list can say how they were found."""

    query: str
    lang: str
    hits: list[Hit]
    corrected: str | None = None  # the query as searched after correction ("pembrolizumab")
    corrections: tuple[tuple[str, str], ...] = ()  # (word as typed, word searched)
    other_lang: str | None = None  # the other language, when its text matches pages this one's does not
    other_count: int = 0  # how many

    def as_dict(self) -> dict:
        other = {"lang": self.other_lang, "count": self.other_count} if self.other_lang else None
        return {"query": self.query, "lang": self.lang, "hits": [h.as_dict() for h in self.hits],
                "corrected": self.corrected, "corrections": [list(c) for c in self.corrections],
                "other_language": other}  # fmt: skip


@dataclass(frozen=True)
class ContentVersion:
    """One entry of "What's new": a content version, its date, and what changed (HTML and plain text lines)."""

    version: str
    date: str
    changes_html: tuple[str, ...]
    changes_text: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"version": self.version, "date": self.date, "changes": list(self.changes_text)}


@dataclass
class Item:
    id: str
    lang: str
    kind: str
    title: str
    subtitle: str
    parent: str | None
    html: str
    text: str
    data: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        out = {"id": self.id, "lang": self.lang, "kind": self.kind, "title": self.title, "text": self.text}
        if self.subtitle:
            out["subtitle"] = self.subtitle
        if self.kind == "trial":
            out.update(_trial_fields(self.data))
        else:
            # The item's own id, kind and title win: a glossary entry's statement kind and a reference's
            # article title are kept under their own names.
            renamed = {"kind": "statement_kind", "title": "full_title"}
            for k, v in self.data.items():
                if not k.endswith("html"):
                    out[renamed.get(k, k) if k in out else k] = v
        return out


def _trial_fields(d: dict) -> dict:
    """A trial as a flat record: identifiers, facets and every field as sourced statements."""
    f, facets = d.get("fields", {}), d.get("facets", {})

    def labels(key):
        return [v["label"] for v in facets.get(key, {}).get("values", [])]

    out = {"nct_id": d["nct_id"], "acronym": d.get("acronym"), "group": d.get("group"),
           "registry_url": d.get("registry_url"), "registry_as_of": d.get("registry_as_of"),
           "phase": " / ".join(labels("phases")) or None, "setting": (labels("setting") or [None])[0],
           "status": (labels("status") or [None])[0],
           "status_code": (facets.get("status", {}).get("values") or [{}])[0].get("code"),
           "histologies": labels("histologies"), "agents": facets.get("agents", {}).get("values", []),
           "rt_modality": labels("rt_modality"), "facets": facets}  # fmt: skip
    for name, statements in f.items():
        out[name] = statements
    out["primary_endpoint"] = f.get("primary_outcome", [])
    seen, srcs = set(), []
    for statements in [*f.values(), *[[v] for v in facets.values()]]:
        for st in statements:
            for src in st.get("sources", []):
                key = (src["type"], src["id"])
                if key not in seen:
                    seen.add(key)
                    srcs.append(src)
    out["sources"] = srcs
    return out


def verify_file(path: Path) -> None:
    """Raise ContentError unless `path` looks like a sound content database (quick checks only)."""
    if not path.exists():
        raise ContentError(f"content database not found: {path}")
    if path.is_dir():
        raise ContentError(f"{path} is a folder, not a content database")
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as e:
        raise ContentError(f"content database cannot be read ({e.strerror or e}): {path}") from None
    if size == 0:
        raise ContentError(f"content database is empty: {path}")
    if head != b"SQLite format 3\x00":
        raise ContentError(f"{path} is not a SQLite database (damaged or a foreign file)")
    manifest = path.with_name(path.name + MANIFEST_SUFFIX)
    if manifest.exists():
        try:
            expected = json.loads(manifest.read_text(encoding="utf-8"))
            ok_size = expected["size"] == size
            digest = file_digest(path) if ok_size else ""
        except (OSError, ValueError, KeyError, TypeError):
            raise ContentError(f"the checksum manifest beside {path.name} is unreadable") from None
        if not ok_size or digest != expected.get("sha256"):
            raise ContentError(f"content database is damaged (checksum mismatch): {path}")


def _stamp(path: Path) -> list:
    """What changes whenever the file's bytes do: size, inode, modification and status-change times (the last
    cannot be set back by a program, unlike the modification time)."""
    st = path.stat()
    return [str(path.resolve()), st.st_size, st.st_ino, st.st_mtime_ns, st.st_ctime_ns]


def _digests_cache() -> Path:
    return user_dir() / "cache" / "content-digests.json"


def file_digest(path: Path) -> str:
    """The SHA-256 of a content database, remembered per user with the file's stamp: hashing the bundled
    database took about 7 ms of every start; a file changed in any way has a new stamp and is hashed again."""
    stamp = _stamp(path)
    cache = _digests_cache()
    try:
        known = json.loads(cache.read_text(encoding="utf-8"))
        remembered = dict(known) if isinstance(known, list) else {}
    except (OSError, ValueError, TypeError):
        remembered = {}
    key = json.dumps(stamp)
    if isinstance(remembered.get(key), str):
        return remembered[key]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    remembered = {k: v for k, v in remembered.items() if json.loads(k)[0] != stamp[0]} | {key: digest}
    if not user_dir().is_dir():  # never the one to create the user folder (a headless command, a kiosk)
        return digest
    try:  # a read-only user folder only costs the hash next time
        cache.parent.mkdir(exist_ok=True)
        tmp = cache.with_name(cache.name + ".tmp")
        tmp.write_text(json.dumps(sorted(remembered.items())[-8:]), encoding="utf-8")
        os.replace(tmp, cache)
    except OSError:
        pass
    return digest


class Library:
    """Everything the app reads, in one language at a time."""

    def __init__(self, path: Path | str | None = None, *, verify: bool = True, provenance: Provenance | None = None):
        self.path = Path(path) if path else bundled_db()
        self._provenance = provenance
        if verify:
            verify_file(self.path)
        self._local = threading.local()
        conn = self._conn()
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
            if not tables >= REQUIRED_TABLES:
                raise ContentError(f"{self.path} is not a SarcoRef content database")
            self.meta = dict(conn.execute("SELECT key, value FROM meta"))
            if not verify_file_has_manifest(self.path):
                row = conn.execute("PRAGMA quick_check").fetchone()
                if not row or row[0] != "ok":
                    raise ContentError(f"content database is damaged: {self.path}")
        except DB_ERRORS as e:
            raise ContentError(f"content database is damaged or unreadable ({e}): {self.path}") from None
        schema = self.meta.get("schema_version")
        if schema != str(SCHEMA_VERSION):
            raise ContentError(
                f"{self.path} was made for another version of SarcoRef "
                f"(content schema {schema}, this version reads {SCHEMA_VERSION})"
            )
        for table, wanted in REQUIRED_COLUMNS.items():
            have = {r[1] for r in self._query(f"PRAGMA table_info({table})")}
            if not have >= wanted:
                raise ContentError(
                    f"{self.path} does not match this version of SarcoRef "
                    f"(table {table} lacks {', '.join(sorted(wanted - have))})"
                )
        if not verify_file_has_manifest(self.path):
            self._check_content_hash()
        self._synonym_cache: dict[str, list[str] | None] = {}
        self._details: dict[str, dict[str, str]] = {}
        self._entity_cache: dict[tuple[str, bool], dict[str, int]] = {}
        self._vocab: dict[str, s.Vocabulary] = {}
        self._vocab_lock = threading.Lock()

    def _check_content_hash(self) -> None:
        """Without a manifest, the content hash the builder stored is the checksum: a flipped bit in any row
        is refused here (about 20 ms for the bundled database) rather than met later as a baffling error."""
        expected = self.meta.get("content_hash")
        if not expected:
            return

        try:
            actual = content_hash(self._conn())
        except DB_ERRORS as e:
            raise ContentError(f"content database is damaged or unreadable ({e}): {self.path}") from None
        if actual != expected:
            raise ContentError(f"content database is damaged (its rows do not match its content hash): {self.path}")

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            try:
                conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            except sqlite3.Error as e:
                raise ContentError(f"content database cannot be opened ({e}): {self.path}") from None
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        return conn

    def _query(self, sql: str, args=()) -> list[sqlite3.Row]:
        try:
            return self._conn().execute(sql, args).fetchall()
        except DB_ERRORS as e:
            raise ContentError(f"content database is damaged ({e}): {self.path}") from None

    @property
    def provenance(self) -> Provenance:
        """Whose content this is (as chosen at start; for a database opened directly, judged as --db would)."""
        if self._provenance is None:
            self._provenance = (
                bundled_provenance(self.path) if self.path == bundled_db() else explicit_provenance(self.path)
            )
        return self._provenance

    # ---------------------------------------------------------------- items

    @property
    def version(self) -> str:
        return self.meta.get("content_version", "?")

    @property
    def as_of(self) -> str:
        return self.meta.get("as_of", "?")

    def changelog(self, lang: str = "fr") -> list[ContentVersion]:
        """What changed in each content version, newest first ([] for a database built without a changelog)."""
        try:
            entries = json.loads(self.meta.get("changelog") or "[]")
            return [ContentVersion(str(e["version"]), str(e["date"]), tuple(str(c["html"]) for c in e[lang]),
                                   tuple(str(c["text"]) for c in e[lang])) for e in entries]  # fmt: skip
        except (ValueError, KeyError, TypeError):
            return []

    def resolve(self, ident: str) -> str | None:
        """A canonical id for a slug, NCT ID, acronym, PMID, DOI, reference key or glossary term."""
        if not isinstance(ident, str) or not ident.strip() or len(ident) > 300:
            return None
        ident = ident.strip()
        rows = self._query("SELECT id FROM items WHERE id = ? LIMIT 1", (ident,))
        if rows:
            return rows[0]["id"]
        key = s.alias_key(ident)
        rows = self._query("SELECT id FROM aliases WHERE alias = ?", (key,)) if key else []
        if rows:
            return rows[0]["id"]
        rows = self._query("SELECT id FROM items WHERE lower(id) = lower(?) LIMIT 1", (ident,))
        return rows[0]["id"] if rows else None

    def item(self, ident: str, lang: str = "fr") -> Item | None:
        canonical = self.resolve(ident)
        if canonical is None:
            return None
        rows = self._query("SELECT * FROM items WHERE id = ? AND lang = ?", (canonical, lang))
        return self._item(rows[0]) if rows else None

    @staticmethod
    def _item(row: sqlite3.Row) -> Item:
        try:
            data = json.loads(row["data"] or "{}")
        except ValueError:
            data = {}
        return Item(row["id"], row["lang"], row["kind"], row["title"] or "", row["subtitle"] or "",
                    row["parent"], row["html"] or "", row["text"] or "", data)  # fmt: skip

    def items(self, kind: str, lang: str = "fr") -> list[Item]:
        rows = self._query("SELECT * FROM items WHERE kind = ? AND lang = ? ORDER BY position, title",
                           (kind, lang))  # fmt: skip
        return [self._item(r) for r in rows]

    def section_tree(self, lang: str = "fr") -> list[dict]:
        """The lecture's sections in order, as nested {id, title, children}."""
        rows = self._query("SELECT id, title, parent, position, kind FROM items "
                           "WHERE kind IN ('section','about') AND lang = ? ORDER BY position, id", (lang,))  # fmt: skip
        nodes = {r["id"]: {"id": r["id"], "title": r["title"], "kind": r["kind"], "children": []} for r in rows}
        roots = []
        for r in rows:
            parent = nodes.get(r["parent"]) if r["parent"] else None
            (parent["children"] if parent else roots).append(nodes[r["id"]])
        return roots

    def trials(self, lang: str = "fr", **filters: str | None) -> list[Item]:
        """Trials whose facets match every given filter (setting, histology, agent, rt, status, group)."""
        keys = {"setting": "setting", "histology": "histologies", "agent": "agents", "rt": "rt_modality",
                "status": "status", "phase": "phases"}  # fmt: skip
        out = []
        for t in self.items("trial", lang):
            ok = True
            for name, wanted in filters.items():
                if not wanted:
                    continue
                if name == "group":
                    ok = t.data.get("group") == wanted
                elif name in keys:
                    codes = {v["code"] for v in t.data.get("facets", {}).get(keys[name], {}).get("values", [])}
                    ok = wanted in codes
                else:
                    raise ValueError(f"unknown filter {name!r}")
                if not ok:
                    break
            if ok:
                out.append(t)
        out.sort(key=lambda t: (t.data.get("group") != "lecture", t.title))
        return out

    def trial_titles(self, lang: str = "fr") -> list[tuple[str, str]]:
        """(id, title) of every trial, lecture trials first: what a list needs, without the records."""
        rows = self._query(
            "SELECT id, title, json_extract(data, '$.group') AS grp FROM items WHERE kind = 'trial' AND lang = ?",
            (lang,),
        )
        rows = sorted(rows, key=lambda r: (r["grp"] != "lecture", r["title"] or ""))
        return [(r["id"], r["title"] or r["id"]) for r in rows]

    def facet_values(self, lang: str = "fr") -> dict[str, list[dict]]:
        """Every facet value used by some trial, with its label: what a filter can offer."""
        keys = ("setting", "histologies", "agents", "rt_modality", "status", "phases")
        out: dict[str, dict[str, dict]] = {k: {} for k in keys}
        for t in self.items("trial", lang):
            for k in keys:
                for v in t.data.get("facets", {}).get(k, {}).get("values", []):
                    out[k].setdefault(v["code"], v)
        return {k: sorted(v.values(), key=lambda x: x["label"].casefold()) for k, v in out.items()}

    # ---------------------------------------------------------------- search

    def _synonyms(self, form: str) -> list[str] | None:
        if form not in self._synonym_cache:
            rows = self._query("SELECT DISTINCT b.phrase FROM synonyms a JOIN synonyms b ON a.grp = b.grp "
                               "WHERE a.form = ? ORDER BY b.phrase", (form,))  # fmt: skip
            self._synonym_cache[form] = [r[0] for r in rows] or None
        return self._synonym_cache[form]

    def search(self, query: str, lang: str = "fr", limit: int = 50, *, fuzzy: bool = True) -> list[Hit]:
        """Ranked hits for what the user typed (typos corrected when it finds little); never raises on any text."""
        return self.find(query, lang, limit, fuzzy=fuzzy).hits

    def find(self, query: str, lang: str = "fr", limit: int = 50, *, fuzzy: bool = True) -> Results:
        """`search`, with what the results list says about them: the corrected query, the other language's hits.

        The query as typed is searched first; only when it finds fewer than FEW hits are its unknown words looked
        up in the vocabulary (`fuzzy=False`: never) and the other language's text searched, so the common
        keystroke pays for neither. Every hit of the query as typed comes first, then those of the corrected
        query, then the pages only the other language's text matches."""
        if not isinstance(query, str):
            return Results("", lang, [])
        query = query.replace("\x00", " ")[: s.MAX_QUERY_CHARS]
        limit = max(1, min(int(limit), 500))
        fts_lang = lang if lang in ("fr", "en") else "fr"
        concepts = s.concepts(query, self._synonyms)
        hits = self._ranked(query, concepts, lang, fts_lang, limit)
        out = Results(query, lang, hits)
        if len(hits) >= FEW or not concepts:
            out.hits = self._with_details(out.hits, fts_lang)
            return out
        fixes = self._corrections(concepts, fts_lang) if fuzzy else {}
        if fixes:
            corrected = s.corrected_query(query, fixes)
            seen = {h.id for h in out.hits}
            more = self._ranked(corrected, s.concepts(corrected, self._synonyms), lang, fts_lang, limit)
            extra = [replace(h, corrected=corrected) for h in more if h.id not in seen]
            if extra:
                out.hits = (out.hits + extra)[:limit]
                out.corrected, out.corrections = corrected, tuple(fixes.items())
        other = "en" if fts_lang == "fr" else "fr"
        if len(out.hits) < limit:
            seen = {h.id for h in out.hits}
            theirs = [h for h in self._ranked(query, concepts, other, other, limit) if h.id not in seen]
            if theirs:
                titles = self._titles([h.id for h in theirs], fts_lang)
                out.other_lang, out.other_count = other, len(theirs)
                found = [replace(h, title=titles.get(h.id, h.title), found_in=other) for h in theirs]
                out.hits = (out.hits + found)[:limit]
        out.hits = self._with_details(out.hits, fts_lang)
        return out

    def _with_details(self, hits: list[Hit], lang: str) -> list[Hit]:
        if not any(h.kind == "trial" for h in hits):
            return hits
        details = self.trial_details(lang)
        return [replace(h, detail=details.get(h.id, "")) if h.kind == "trial" else h for h in hits]

    def trial_details(self, lang: str) -> dict[str, str]:
        """Trial id -> its phase and status in this language, as a results list shows them beside the title."""
        if lang not in self._details:
            details = {}
            for r in self._query("SELECT id, data FROM items WHERE kind = 'trial' AND lang = ?", (lang,)):
                try:
                    facets = json.loads(r["data"]).get("facets", {})
                    labels = {
                        k: [v.get("label", "") for v in facets.get(k, {}).get("values", [])]
                        for k in ("phases", "status")
                    }
                    values = [" / ".join(labels["phases"]), *labels["status"][:1]]
                except (ValueError, AttributeError, TypeError):
                    values = []  # a trial whose data says nothing usable is shown without them
                details[r["id"]] = " · ".join(filter(None, values))
            self._details[lang] = details
        return self._details[lang]

    def _titles(self, ids: list[str], lang: str) -> dict[str, str]:
        marks = ",".join("?" * len(ids))
        rows = self._query(
            f"SELECT id, kind, label, title FROM search WHERE lang = ? AND id IN ({marks})", (lang, *ids)
        )
        return {r["id"]: self._display_title(r) for r in rows}

    def vocabulary(self, lang: str) -> s.Vocabulary:
        """The index's words in one language, read once and kept (the fuzzy matcher's candidates)."""
        with self._vocab_lock:
            if lang not in self._vocab:
                rows = self._query("SELECT term, docs, spelt FROM vocab WHERE lang = ?", (lang,))
                self._vocab[lang] = s.Vocabulary([(r[0], r[1], bool(r[2])) for r in rows])
            return self._vocab[lang]

    def _corrections(self, concepts: list[s.Concept], lang: str) -> dict[str, str]:
        """Typed word -> the word of the index it was probably meant to be, for words the index does not hold."""
        vocab, other = self.vocabulary(lang), self.vocabulary("en" if lang == "fr" else "fr")
        fixes = {}
        for c in concepts:
            if c.parts or len(c.words) != 1 or c.phrases != c.words:
                continue  # a glossary form or a joined name: spelt as the content spells it
            word = c.words[0]
            # A word of the other language ("wound" in French) is not a typo: the other language is offered instead.
            if s.correctable(word) and not vocab.known(word, c.prefix) and not other.known(word, c.prefix):
                best = vocab.closest(word)
                if best:
                    fixes[word] = best
        return fixes

    def _entities(self, concepts: list[s.Concept]) -> dict[str, int]:
        """Items the query names (id -> tier, 0 the thing itself, 1 a trial that uses or studies it)."""
        out: dict[str, int] = {}
        for c in concepts:
            key = (s.compact(" ".join(c.words)), c.prefix and len(s.compact(" ".join(c.words))) >= 4)
            if not key[0]:
                continue
            if key not in self._entity_cache:
                form, prefix = key
                if prefix:
                    rows = self._query("SELECT id, min(tier) FROM entities WHERE form >= ? AND form < ? GROUP BY id",
                                       (form, form + "\uffff"))  # fmt: skip
                else:
                    rows = self._query("SELECT id, min(tier) FROM entities WHERE form = ? GROUP BY id", (form,))
                self._entity_cache[key] = {r[0]: r[1] for r in rows}
            for ident, tier in self._entity_cache[key].items():
                out[ident] = min(tier, out.get(ident, tier))
        return out

    def _ranked(self, query: str, concepts: list[s.Concept], lang: str, fts_lang: str, limit: int) -> list[Hit]:
        expr = s.match_expression(concepts, fts_lang)
        hits: list[Hit] = []
        seen: set[str] = set()
        for trial_id in self._trial_aliases(query):
            item = self.item(trial_id, lang)
            if item:
                snip = _alias_snippet(item, s.alias_key(query))
                hits.append(Hit(item.id, item.kind, item.title, s.snippet_html(snip), s.snippet_text(snip),
                                score=-1e9))  # fmt: skip
                seen.add(item.id)
        if expr is None:
            return hits[:limit]
        conn = self._conn()
        try:
            # bm25 over every match, but titles and bodies read for the best 300 only.
            rows = conn.execute(_RANK_SQL, (expr,)).fetchall()
        except sqlite3.OperationalError as e:
            if "fts5" in str(e):
                return hits[:limit]  # a query FTS5 still refuses is simply "no results"
            # Anything else (a missing column...) is a database made by another builder: say so.
            raise ContentError(f"content database does not match this version of SarcoRef ({e}): {self.path}") from None
        except DB_ERRORS as e:
            raise ContentError(f"content database is damaged ({e}): {self.path}") from None
        rows.sort(key=lambda r: (r["score"], r["rowid"]))  # ties in a stable order
        named = self._entities(concepts) if rows else {}
        ranked = sorted(rows, key=lambda r: s.rank_key(r["title_words"], r["body_words"], concepts, r["score"],
                                                       r["kind"], named.get(r["id"], 2)))  # fmt: skip
        shown = []
        for r in ranked:
            if r["id"] in seen:
                continue
            seen.add(r["id"])
            shown.append(r)
            if len(hits) + len(shown) >= limit:
                break
        # Every shown row matches the marked concepts too (they are a subset of what it matched).
        snippets = self._snippets(conn, s.match_expression(s.marked(concepts), fts_lang), [r["rowid"] for r in shown])
        # A glossary entry named by its title opens on its term and definition: its best fragment is often the
        # list of its other names, which says why it matched but not what it is.
        named_rows = [
            r["rowid"] for r in shown if r["kind"] == "glossary" and "\x02" in snippets.get(r["rowid"], "  ")[1]
        ]
        definitions = self._openings(named_rows)
        for r in shown:
            snip, title_hl = snippets.get(r["rowid"], ("", ""))
            opening = s.lead(definitions[r["rowid"]], s.marked(concepts)) if r["rowid"] in definitions else ""
            if "\x02" not in opening:
                opening = s.mark_keys(opening, s.marked(concepts))  # "PDL1" typed: the joined name is marked
            if "\x02" in opening:
                snip = opening
            elif "\x02" not in snip and "\x02" in (title_hl or ""):
                snip = f"{title_hl} — {snip}"  # matched in the title only: show that match
            elif "\x02" not in snip:
                snip = s.mark_keys(snip, concepts)
            hits.append(Hit(r["id"], r["kind"], self._display_title(r), s.snippet_html(snip),
                            s.snippet_text(snip), score=r["score"]))  # fmt: skip
        return hits[:limit]  # trials found by their id come first and may already fill the limit

    def _openings(self, rowids: list[int]) -> dict[int, str]:
        """The first two lines of these rows' indexed text: for a glossary entry, "term: expansion" and its definition."""
        if not rowids:
            return {}
        rows = self._query(f"SELECT rowid, body FROM search WHERE rowid IN ({','.join('?' * len(rowids))})", rowids)
        return {r[0]: "\n".join(r[1].split("\n")[:2]) for r in rows}  # not the list of other names after them

    def _snippets(self, conn, expr: str, rowids: list[int]) -> dict[int, tuple[str, str]]:
        """Snippets for the hits shown only (FTS5 makes them by re-reading each text). `+rowid` keeps this one
        pass over the matches: a plain `rowid IN` would run the whole MATCH again for every hit."""
        if not rowids:
            return {}
        marks = ",".join("?" * len(rowids))
        try:
            rows = conn.execute(_SNIPPET_SQL.format(marks=marks), (expr, *rowids)).fetchall()
        except DB_ERRORS as e:
            raise ContentError(f"content database is damaged ({e}): {self.path}") from None
        return {r[0]: (r[1], r[2]) for r in rows}

    @staticmethod
    def _display_title(row) -> str:
        # A bare abbreviation or "Kim 2013" says little: show what it stands for.
        if row["kind"] in ("glossary", "reference") and row["title"] != row["label"]:
            full = row["title"]
            rest = full[len(row["label"]) :].strip()
            if s.fold(rest).startswith(s.fold(row["label"])):  # "atezolizumab Atézolizumab" too
                full = row["label"] + rest[len(row["label"]) :]  # "pembrolizumab (anti-PD-1)": the term once
            return full if len(full) <= 90 else full[:89] + "…"
        return row["label"]

    def _trial_aliases(self, query: str) -> list[str]:
        """Trials whose NCT ID or acronym starts with what was typed (at least 3 characters)."""
        key = s.alias_key(query)
        if len(key) < 3:
            return []
        rows = self._query(
            "SELECT DISTINCT aliases.id FROM aliases JOIN items ON items.id = aliases.id AND items.kind = 'trial' "
            "WHERE alias >= ? AND alias < ? ORDER BY alias LIMIT 5",
            (key, key + "\uffff"),
        )
        return list(dict.fromkeys(r[0] for r in rows))


def _alias_snippet(item: Item, key: str) -> str:
    """A trial found by its NCT ID or acronym: that identifier highlighted, then its brief title."""
    acronym, nct = item.data.get("acronym"), item.id
    parts = [acronym] if acronym else []
    by_acronym = acronym and any(s.alias_key(p).startswith(key) for p in [acronym, *acronym.split("-")])
    if by_acronym:
        parts = [f"\x02{acronym}\x03"]
    parts.append(nct if by_acronym else f"\x02{nct}\x03")
    head = " · ".join(parts)
    return f"{head} — {item.subtitle}" if item.subtitle else head


def verify_file_has_manifest(path: Path) -> bool:
    return path.with_name(path.name + MANIFEST_SUFFIX).exists()


class Choice(NamedTuple):
    path: Path
    notice: str | None  # why a content update in the user folder was refused (one line), else None
    provenance: Provenance


def choose_db(explicit: str | os.PathLike | None = None) -> Choice:
    """Which content database to use, whose it is, and a notice for the user when an update was refused.

    The bundled database's own signature is checked first: an altered install is refused (ContentError). An
    explicit path (--db or SARCOREF_DB) wins, signed or not: authors use it, and an unsigned one is marked so.
    A content update in the user folder is used only when a publisher key signed it, for this schema and for a
    version newer than the bundled one (never a rollback); otherwise the bundled database is used, and we say why.
    """
    from . import signing

    bundled = bundled_db()
    bundled_by = bundled_provenance(bundled)
    explicit = explicit or os.environ.get("SARCOREF_DB")
    if explicit:
        return Choice(Path(explicit), None, explicit_provenance(Path(explicit)))
    candidate = user_dir() / "content.db"
    if not candidate.exists() and not candidate.is_symlink():
        return Choice(bundled, None, bundled_by)
    try:
        record = _acceptable_update(candidate, bundled)
    except (ContentError, signing.SignatureError) as e:
        return Choice(bundled, f"The content update in the user folder was not used: {e}", bundled_by)
    if record is None:  # the very file SarcoRef ships, left behind by an earlier update: nothing to say
        return Choice(bundled, None, bundled_by)
    return Choice(candidate, None, Provenance(PUBLISHER, record.key_id))


def open_content(explicit: str | os.PathLike | None = None) -> tuple[Library, str | None]:
    """The library chosen by choose_db, knowing whose it is, and the notice to give (ContentError if none)."""
    choice = choose_db(explicit)
    return Library(choice.path, provenance=choice.provenance), choice.notice


def _acceptable_update(candidate: Path, bundled: Path):
    """The signature record of a content update that may be used, None when it is the bundled file itself;
    SignatureError or ContentError naming why it may not."""
    from . import signing

    if candidate.is_dir():
        raise ContentError(f"{candidate} is a folder, not a content database")
    record = signing.read_signed(candidate, signing.trusted_keys())  # the bytes are proven before being opened
    if record.schema_version != SCHEMA_VERSION:
        raise ContentError(f"{candidate.name} was made for another version of SarcoRef "
                           f"(content schema {record.schema_version}, this version reads {SCHEMA_VERSION})")  # fmt: skip
    current = Library(bundled)
    if _version_tuple(record.content_version) <= _version_tuple(current.version):
        if record.sha256 == file_digest(bundled):
            return None
        raise ContentError(f"{candidate.name} holds content {record.content_version}, older than or the same as "
                           f"the {current.version} SarcoRef ships (an older version is never used)")  # fmt: skip
    update = Library(candidate)
    if update.version != record.content_version or update.meta.get("schema_version") != str(record.schema_version):
        raise ContentError(f"the signature of {candidate.name} is for another version")
    return record


def bundled_provenance(bundled: Path | None = None) -> Provenance:
    """Whose the content SarcoRef ships is: its signature must verify (a publisher key, or the one-off key of a
    development build). Only a source checkout may carry none: it is the authors' own build."""
    import sys

    from . import signing

    bundled = bundled or bundled_db()
    if not signing.sig_path(bundled).exists() and not getattr(sys, "frozen", False):
        return Provenance(DEVELOPMENT, None, "a source checkout's own build, not signed")
    publisher, development = signing.trusted_keys(), signing.development_keys()
    try:
        record = signing.read_signed(bundled, publisher | development)
    except signing.SignatureError as e:
        raise ContentError(
            f"this SarcoRef installation has been altered or damaged ({e}): reinstall SarcoRef"
        ) from None
    if record.key_id in publisher:
        return Provenance(PUBLISHER, record.key_id)
    return Provenance(DEVELOPMENT, record.key_id, "signed with this build's own one-off key")


def explicit_provenance(path: Path) -> Provenance:
    """An explicitly given database is used signed or not; this says which (never raises)."""
    from . import signing

    try:
        if path.is_file():
            record = signing.read_signed(path, signing.trusted_keys())
            return Provenance(PUBLISHER, record.key_id)
        return Provenance(UNSIGNED, None, f"{path.name} is unsigned")
    except (signing.SignatureError, OSError) as e:
        return Provenance(UNSIGNED, None, str(e))


def _version_tuple(v: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in str(v).split("."))
