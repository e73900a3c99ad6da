"""Text folding shared by the builder and the search: one definition of "the same word"."""

import re
import unicodedata

_WORD = re.compile(r"\w+")
# A word whose parts are joined by hyphens, dots or slashes: PD-L1, TGF-B, SU2C-SARC032, TLR7/8.
_JOINED = re.compile(r"\w+(?:[-./]\w+)+")
# Numbers as a checker compares them: "2,5" and "2.5" are one figure; "65 %" and "65%" too.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_SPECIAL = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "’": "'"})


def fold(text: str) -> str:
    """Lower-case, strip accents, keep everything else: 'Tolérance' -> 'tolerance'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokens(text: str) -> list[str]:
    """The words of a text as the FTS5 unicode61 tokenizer sees them, folded."""
    return [t for t in _WORD.findall(fold(text)) if t.replace("_", "")]


def compact(text: str) -> str:
    """A word without its separators: 'PD-L1', 'PD L1' and 'pdl1' all become 'pdl1'."""
    return "".join(tokens(text)).replace("_", "")


def joined_words(text: str) -> list[str]:
    """Compact forms of the hyphenated or dotted words of a text, for the search index."""
    return sorted({compact(m.group()) for m in _JOINED.finditer(text)})


def numbers(text: str) -> list[str]:
    """The figures of a text, in order, decimal commas read as points."""
    return [n.replace(",", ".") for n in _NUMBER.findall(text)]
