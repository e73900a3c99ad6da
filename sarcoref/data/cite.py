"""Citations of the references in Vancouver, RIS and BibTeX. No Qt."""

from __future__ import annotations

import re

FORMATS = ("vancouver", "ris", "bibtex")


def vancouver(r: dict) -> str:
    return r["citation"]


def ris(r: dict) -> str:
    ty = {"article": "JOUR", "web": "ELEC", "standard": "STAND"}.get(r.get("type", "article"), "GEN")
    lines = [f"TY  - {ty}"]
    lines += [f"AU  - {a}" for a in r.get("authors", [])]
    for tag, key in (("TI", "title"), ("JO", "journal"), ("PY", "year"), ("VL", "volume"), ("IS", "issue")):
        if r.get(key):
            lines.append(f"{tag}  - {r[key]}")
    pages = str(r.get("pages") or "")
    if pages:
        start, _, end = pages.partition("-")
        lines.append(f"SP  - {start}")
        if end:
            lines.append(f"EP  - {end}")
    if r.get("doi"):
        lines.append(f"DO  - {r['doi']}")
    if r.get("pmid"):
        lines.append(f"AN  - PMID:{r['pmid']}")
    if r.get("url"):
        lines.append(f"UR  - {r['url']}")
    lines.append(f"ID  - {r['id']}")
    lines.append("ER  - ")
    return "\n".join(lines)


def _bib_escape(value: str) -> str:
    return re.sub(r"([{}%&$#_])", r"\\\1", str(value))


def bibtex(r: dict) -> str:
    entry = {"article": "article", "web": "misc", "standard": "misc"}.get(r.get("type", "article"), "misc")
    fields = []
    if r.get("authors"):
        fields.append(("author", " and ".join(r["authors"]) + (" and others" if r.get("et_al") else "")))
    for key in ("title", "journal", "year", "volume"):
        if r.get(key):
            fields.append((key, r[key]))
    if r.get("issue"):
        fields.append(("number", r["issue"]))
    if r.get("pages"):
        fields.append(("pages", str(r["pages"]).replace("-", "--")))
    for key in ("doi", "pmid", "url"):
        if r.get(key):
            fields.append((key, r[key]))
    if r.get("publisher"):
        fields.append(("publisher", r["publisher"]))
    body = ",\n".join(f"  {k} = {{{_bib_escape(v)}}}" for k, v in fields)
    return f"@{entry}{{{r['id']},\n{body}\n}}"


def cite(r: dict, fmt: str) -> str:
    return {"vancouver": vancouver, "ris": ris, "bibtex": bibtex}[fmt](r)
