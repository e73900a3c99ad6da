"""Citations of the references in Vancouver, RIS and BibTeX. No Qt."""

from __future__ import annotations

import re

FORMATS = ("vancouver", "ris", "bibtex")


def vancouver(r: dict) -> str:
    return r["citation"]


def _person(name: str) -> tuple[str, str] | None:
    """'Le Péchoux C' -> ('Le Péchoux', 'C'); None for a group name ('NCCN', 'Sarcoma Group')."""
    surname, _, initials = str(name).rpartition(" ")
    if surname and initials.isalpha() and initials.isupper() and len(initials) <= 4:
        return surname, initials
    return None


def _inverted(name: str) -> str:
    """Names as reference managers read them: 'Surname, Initials' (RIS AU, BibTeX author)."""
    parts = _person(name)
    return f"{parts[0]}, {parts[1]}" if parts else str(name)


def page_range(pages) -> tuple[str, str]:
    """'347-57' -> ('347', '357'): Vancouver abbreviates the last page, RIS and BibTeX must not."""
    start, _, end = re.sub(r"\s*[-–—]+\s*", "-", str(pages or "")).partition("-")
    if start.isdigit() and end.isdigit() and len(end) < len(start):
        end = start[: len(start) - len(end)] + end
    return start, end


def ris(r: dict) -> str:
    ty = {"article": "JOUR", "web": "ELEC", "standard": "STAND"}.get(r.get("type", "article"), "GEN")
    lines = [f"TY  - {ty}"]
    lines += [f"AU  - {_inverted(a)}" for a in r.get("authors", [])]
    for tag, key in (("TI", "title"), ("JO", "journal"), ("PY", "year"), ("VL", "volume"), ("IS", "issue")):
        if r.get(key):
            lines.append(f"{tag}  - {r[key]}")
    start, end = page_range(r.get("pages"))
    if start:
        lines.append(f"SP  - {start}")
        if end:
            lines.append(f"EP  - {end}")
    if r.get("doi"):
        lines.append(f"DO  - {r['doi']}")
    if r.get("pmid"):
        lines.append(f"AN  - PMID:{r['pmid']}")
    if r.get("publisher"):
        lines.append(f"PB  - {r['publisher']}")
    if r.get("url"):
        lines.append(f"UR  - {r['url']}")
    lines.append(f"ID  - {r['id']}")
    lines.append("ER  - ")
    return "\n".join(lines)


def _bib_escape(value: str) -> str:
    value = str(value).replace("\\", "\x00")
    value = re.sub(r"([{}%&$#_])", r"\\\1", value)
    return (
        value.replace("\x00", r"\textbackslash{}")
        .replace("~", r"\textasciitilde{}")
        .replace("^", r"\textasciicircum{}")
    )


def _bib_author(name: str) -> str:
    parts = _person(name)
    if parts:
        return f"{_bib_escape(parts[0])}, {_bib_escape(parts[1])}"
    return "{" + _bib_escape(name) + "}"  # braces: a group name is one name, not first and last


def bibtex(r: dict) -> str:
    entry = {"article": "article", "web": "misc", "standard": "misc"}.get(r.get("type", "article"), "misc")
    fields = []  # (name, value already in BibTeX syntax)
    if r.get("authors"):
        authors = [_bib_author(a) for a in r["authors"]]
        fields.append(("author", " and ".join(authors) + (" and others" if r.get("et_al") else "")))
    for key in ("title", "journal", "year", "volume"):
        if r.get(key):
            fields.append((key, _bib_escape(r[key])))
    if r.get("issue"):
        fields.append(("number", _bib_escape(r["issue"])))
    start, end = page_range(r.get("pages"))
    if start:
        fields.append(("pages", _bib_escape(f"{start}--{end}" if end else start)))
    for key in ("doi", "pmid", "url"):  # verbatim fields: escaping would corrupt them
        if r.get(key):
            fields.append((key, str(r[key])))
    if r.get("publisher"):
        fields.append(("publisher", _bib_escape(r["publisher"])))
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    return f"@{entry}{{{r['id']},\n{body}\n}}"


def cite(r: dict, fmt: str) -> str:
    return {"vancouver": vancouver, "ris": ris, "bibtex": bibtex}[fmt](r)
