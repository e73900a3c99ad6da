"""From what a user types to a safe FTS5 query, and from raw hits to a ranked list.

No user text ever reaches FTS5 unquoted: every token is a quoted string, so operators, quotes,
colons and parentheses are just characters. The last token is a prefix (search as you type).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from .text import _JOINED, _WORD, compact, fold, tokens

MAX_QUERY_CHARS = 200  # longer input is cut: nobody types more, and it bounds the work
MAX_TOKENS = 12
MAX_PHRASE = 5  # longest glossary phrase matched in a query, in words


@dataclass(frozen=True)
class Concept:
    """One thing the user asked for, and every way the index may spell it."""

    words: tuple[str, ...]  # the query's own tokens for this concept
    phrases: tuple[str, ...]  # FTS5 phrases (space-separated tokens), the first is the user's own
    prefix: bool  # the user is still typing the last word
    parts: tuple[Concept, ...] = ()  # two typed words read as one name ("PD L1"), each may stand alone


def _quote(phrase: str, prefix: bool) -> str:
    return '"' + phrase.replace('"', '""') + '"' + ("*" if prefix else "")


def concepts(query: str, synonyms) -> list[Concept]:
    """Split a query into concepts: glossary phrases (with their synonyms), hyphenated words, words.

    `synonyms(compact_form) -> list[str] | None` gives every phrase of a glossary group.
    """
    toks = tokens(query[:MAX_QUERY_CHARS])[:MAX_TOKENS]
    typing = bool(query) and not query[-1].isspace()
    out: list[Concept] = []
    i = 0
    while i < len(toks):
        last_possible = i == len(toks) - 1
        found = None
        for n in range(min(MAX_PHRASE, len(toks) - i), 0, -1):
            group = synonyms(compact(" ".join(toks[i : i + n])))
            if group:
                found = (n, group)
                break
        if found:
            n, group = found
            words = tuple(toks[i : i + n])
            own = " ".join(words)
            alts = tuple(dict.fromkeys([own, *group, compact(own)]))
            is_last = i + n == len(toks)
            out.append(Concept(words, alts, prefix=typing and is_last))
            i += n
            continue
        # Short adjacent parts ("PD L1", "SU2C SARC032") may be one hyphenated word.
        if not last_possible and _may_join(toks[i], toks[i + 1]):
            pair = (toks[i], toks[i + 1])
            group = synonyms(compact(" ".join(pair)))
            alts = [" ".join(pair), compact(" ".join(pair)), *(group or [])]
            is_last = i + 2 == len(toks)
            # ...or two words after all ("Ewing 20", "sein 3N"), each with its own synonyms.
            parts = tuple(Concept((w,), tuple(dict.fromkeys([w, *(synonyms(compact(w)) or [])])), prefix=p)
                          for w, p in ((pair[0], False), (pair[1], typing and is_last)))  # fmt: skip
            out.append(Concept(pair, tuple(dict.fromkeys(alts)), prefix=typing and is_last, parts=parts))
            i += 2
            continue
        out.append(Concept((toks[i],), (toks[i],), prefix=typing and last_possible))
        i += 1
    return out


def _may_join(a: str, b: str) -> bool:
    """Whether two typed words may be the parts of one hyphenated name (PD L1, TGF B, SU2C SARC032)."""
    short = len(a) <= 5 and len(b) <= 8
    return short and (any(ch.isdigit() for ch in a + b) or len(b) == 1)


def match_expression(cs: list[Concept], lang: str) -> str | None:
    """The FTS5 MATCH string for these concepts, restricted to one language."""
    if not cs:
        return None
    return " AND ".join(_alternatives(c) for c in cs) + f' AND language:"{lang}"'


def marked(cs: list[Concept]) -> list[Concept]:
    """The concepts worth highlighting: a last word of one letter still being typed ("radiothérapie s") would mark
    every word starting with that letter, so it narrows the hits but is not marked, unless it is all there is."""
    kept = []
    for c in cs:
        if c.prefix and len(" ".join(c.words)) == 1:
            continue
        if c.prefix and c.parts and len(" ".join(c.parts[-1].words)) == 1:
            c = replace(c, parts=c.parts[:-1])  # "Ewing s" read as two words: keep "Ewing", not every s-word
        kept.append(c)
    return kept or cs


def words_to_mark(query: str) -> list[str]:
    """The words of a query to highlight in the page opened from a hit (same rule as `marked`)."""
    words = tokens(query)
    return words[:-1] if len(words) > 1 and len(words[-1]) == 1 and not query[-1:].isspace() else words


def _alternatives(c: Concept) -> str:
    # The user's own spelling (and its joined form) may be a prefix; synonyms are whole phrases.
    own = " ".join(c.words)
    alts = [_quote(own, c.prefix), _quote(compact(own), c.prefix)]
    alts += [_quote(p, False) for p in c.phrases if p not in (own, compact(own))]
    if c.parts:
        alts.append("(" + " AND ".join(_alternatives(p) for p in c.parts) + ")")
    return "(" + " OR ".join(dict.fromkeys(alts)) + ")"


_NON_ASCII = re.compile(r"([^\x00-\x7f]+)")


def _fold_fast(text: str) -> str:
    """text.fold, exactly, at C speed on the ASCII runs: folding is per character, so only the runs
    that are not ASCII need the slow path (ranking folds up to 300 bodies per keystroke)."""
    if text.isascii():
        return text.lower()
    return "".join(fold(p) if not p.isascii() else p.lower() for p in _NON_ASCII.split(text))


def word_line(text: str) -> str:
    """The tokens of a text (as `text.tokens` gives them) joined by spaces, framed by spaces: a phrase
    of whole tokens is then a plain substring, which is what makes ranking cheap."""
    return " " + " ".join(t for t in _WORD.findall(_fold_fast(text)) if t.replace("_", "")) + " "


def _level(line: str, c: Concept) -> int:
    """2 when a concept appears as whole words, 1 as a prefix only, 0 not at all (`line` from word_line)."""
    best = 0
    for p in c.phrases:
        if f" {p} " in line:
            return 2
        if c.prefix and f" {p}" in line:
            best = 1
    if not best and c.parts and all(_level(line, p) for p in c.parts):
        best = 1  # the parts, apart: below the name written as one
    return best


def rank_key(tw: str, bw: str, cs: list[Concept], bm25: float, kind: str = "", tier: int = 2) -> tuple:
    """What the query names first (tier 0: the glossary entry of the drug or term typed; 1: the trials that use
    that drug or study that histology; 2: everything else), then title over body, whole word over prefix, then
    FTS5's own bm25 (lower is better). Among equal title matches the content comes before the bibliography:
    "abscopal" opens the abscopal section, not a paper named after it.

    `tw` and `bw` are the title's and body's word lines (`word_line`), stored by the builder."""
    title_level = sum(_level(tw, c) for c in cs)
    body_level = sum(_level(bw, c) for c in cs)
    return (tier, -title_level, kind == "reference", -body_level, bm25)


# ---------------------------------------------------------------- typos

MIN_CORRECTED = 5  # shorter words are left as typed: one edit turns "dose" into "rose", "pose", "dosé"


def correctable(word: str) -> bool:
    """A word worth correcting: five letters or more, letters only (figures and ids are typed on purpose)."""
    return len(word) >= MIN_CORRECTED and word.isalpha()


def max_edits(word: str) -> int:
    """One edit (or a swap of two neighbours) up to seven letters, two from eight: a longer word survives more."""
    return 1 if len(word) < 8 else 2


class Vocabulary:
    """The words of the index in one language (from the fts5vocab table the builder stored), with the number of
    pages holding each, and the nearest spelling of a word the index lacks (rapidfuzz, optimal string alignment:
    insertions, deletions, substitutions, and a transposition as one edit)."""

    def __init__(self, rows: list[tuple[str, int, bool]]):
        self.terms = sorted(t for t, _, _ in rows)  # every word, for "known, or a prefix of a known word"
        self._all = set(self.terms)
        self.docs = {t: d for t, d, _ in rows}
        self._by_length: dict[int, list[str]] = {}
        for t, _, spelt in rows:
            if spelt and correctable(t):
                self._by_length.setdefault(len(t), []).append(t)

    def known(self, word: str, prefix: bool = False) -> bool:
        if word in self._all:
            return True
        if not prefix:
            return False
        i = bisect_left(self.terms, word)
        return i < len(self.terms) and self.terms[i].startswith(word)

    def closest(self, word: str) -> str | None:
        """The index's word nearest to `word` within its edit budget; ties go to the word more pages hold."""
        # Imported here, at the first word that needs correcting: rapidfuzz takes 30-50 ms to import, which the
        # start of the app (that imports this module) must not pay.
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        k = max_edits(word)
        pool = [t for n in range(len(word) - k, len(word) + k + 1) for t in self._by_length.get(n, ())]
        found = process.extract(word, pool, scorer=OSA.distance, score_cutoff=k, limit=None)
        if not found:
            return None
        return min(found, key=lambda f: (f[1], -self.docs[f[0]], f[0]))[0]


def corrected_query(query: str, fixes: dict[str, str]) -> str:
    """The query with each corrected word replaced, everything else as typed."""
    return _TYPED_WORD.sub(lambda m: fixes.get(fold(m.group()), m.group()), query)


_TYPED_WORD = re.compile(r"\w+")


def alias_key(query: str) -> str:
    """The query as a deep-link alias: 'SU2C-SARC032' and 'su2c sarc032' are one key."""
    return compact(query[:MAX_QUERY_CHARS])


def mark_keys(raw: str, cs: list[Concept]) -> str:
    """A snippet for a hit found through its keys only (its id, or a hyphenated word typed without its hyphen):
    the joined words that match are marked. A hit found by its id alone shows no id: the id is ours, not the
    reader's."""
    wanted = [compact(" ".join(c.words)) for c in cs]
    wanted = [w for w in wanted if w]

    def hit(word: str) -> bool:
        return any(compact(word).startswith(w) for w in wanted)

    return _JOINED.sub(lambda m: f"\x02{m.group()}\x03" if hit(m.group()) else m.group(), raw)


LEAD_WORDS = 16  # about the length of an FTS5 snippet (14 tokens), so every hit's row reads alike


def lead(text: str, cs: list[Concept]) -> str:
    """The opening words of a text as a snippet: cut after a whole word, each run of words that spells what the
    user typed (a concept's own phrase, its last word a prefix while typed) marked."""
    words = text.split(" ")
    raw = " ".join(words[:LEAD_WORDS]) + ("…" if len(words) > LEAD_WORDS else "")
    found = list(_TYPED_WORD.finditer(raw))
    folded = [fold(m.group()) for m in found]
    spans = []
    for c in cs:
        want = c.phrases[0].split() if c.phrases else list(c.words)
        n = len(want)
        for i in range(len(folded) - n + 1):
            head, last = folded[i : i + n - 1], folded[i + n - 1]
            if head == want[:-1] and (last == want[-1] or (c.prefix and last.startswith(want[-1]))):
                spans.append((found[i].start(), found[i + n - 1].end()))
    out, at = [], 0
    for start, end in sorted(set(spans)):
        if start >= at:
            out += [raw[at:start], "\x02", raw[start:end], "\x03"]
            at = end
    return "".join(out) + raw[at:]


_MARK = re.compile("\x02(.*?)\x03", re.S)


# A statement's source tail in the indexed text ("[Cours]", "[Registre NCT…; PMID …]"), possibly cut by the snippet:
# the hit's kind and page say where it comes from; in a snippet it is noise.
# A tail that holds what was searched for (an NCT ID typed) stays: it is why the hit is there.
_SOURCE_TAIL = re.compile(r"[ \t]*\[[^\[\]\n\x02]*(?:\]|…?$)", re.M)


def _without_sources(raw: str) -> str:
    return _SOURCE_TAIL.sub("", raw)


def snippet_html(raw: str) -> str:
    """FTS5 snippet with \\x02…\\x03 around hits, as safe HTML with <mark>; source tails left out."""
    import html

    raw = _without_sources(raw)
    escaped = html.escape(raw.replace("\x02", "\x00a").replace("\x03", "\x00b"), quote=False)
    return escaped.replace("\x00a", "<mark>").replace("\x00b", "</mark>")


def snippet_text(raw: str) -> str:
    return _without_sources(raw).replace("\x02", "").replace("\x03", "")
