"""A content database swapped by an attacker (not a test module): the bundled database copied, every text the
app shows rewritten to carry active content, with its content hash fixed and its manifest dropped, as someone who
can write the database file could do; it claims a newer version, so that, signed with the test key, it gets in
as a content update would (unsigned, it is refused). Used by test_hostile_content.py and the session driver.

Also `OpenWatch`: Linux inotify on a folder, to see whether anything (Qt's C++ included) opened a probe file
that hostile content points to. On Windows the same markup with a UNC path (\\\\host\\share\\x.png) would be
an SMB connection, so "no local file is read because the content says so" is the offline rule too.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import sqlite3
import struct
import sys
from pathlib import Path

HUGE_TABLE_ROWS = 5_000
HUGE_PAGE_BYTES = 5_000_000
HUGE_TABLE_ID = "tils"  # sections whose page is replaced by an enormous one
HUGE_PAGE_ID = "tams"
DEEP_ID = "immunotherapy-forms"  # a small page nested deep: tables in tables, divs in divs, lists in lists
DEEP_TABLES, DEEP_DIVS, DEEP_LISTS = 20, 5_000, 2_000
HOSTILE_TITLE_ID = "abscopal-effect"  # a section whose title (tree, window, results) carries markup too
REMOTE_HOSTS = ("iframe.example", "img.example", "css.example", "link.example", "meta.example", "object.example",
                "svg.example", "bg.example", "font.example")  # fmt: skip
EXTERNAL = "https://external.example/page"


def marker(ident: str, lang: str) -> str:
    """Plain words injected with the payload: they must show."""
    return f"HOSTILE-{ident}-{lang}".replace("_", "-")


def image_markup(probe: Path) -> str:
    """Markup that makes Qt read a local image when rendered as rich text anywhere."""
    return f'<img src="{probe}" width="400" height="400"><img src="file://{probe}">'


def payload(mark: str, probe: Path) -> str:
    """Every kind of active or fetching markup issue 7 names, around words that must show."""
    img = image_markup(probe)
    return (
        f"<p>{mark} before</p>"
        '<script>document.title = "pwned"; fetch("https://script.example/")</script>'
        '<iframe src="https://iframe.example/frame"></iframe>'
        f'<p onclick="alert(1)" onmouseover="alert(2)" style="background-image: url(https://bg.example/a.png)">'
        f"{mark} styled</p>"
        '<a href="javascript:alert(1)">js link</a> '
        '<a href="file:///etc/passwd">file link</a> '
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a> '
        f'<a href="{EXTERNAL}" onclick="alert(3)">external link</a> '
        '<a href="vbscript:msgbox(1)">vb link</a> '
        f'<img src="https://img.example/x.png" onerror="alert(4)">{img}'
        '<link rel="stylesheet" href="https://link.example/s.css">'
        '<meta http-equiv="refresh" content="0;url=https://meta.example/">'
        "<style>@import url(https://css.example/i.css); body { background: url(https://css.example/b.png) }"
        "@font-face { src: url(https://font.example/f.woff) }</style>"
        '<object data="https://object.example/o.swf"></object><embed src="https://object.example/e.swf">'
        '<svg><image href="https://svg.example/s.png"/></svg>'
        f'<table background="https://bg.example/t.png"><tr><td background="{probe}">{mark} cell</td></tr></table>'
        f"<span title='{img}'>{mark} tooltip</span>"
        f"<p>{mark} after</p>"
    )


def huge_table(mark: str) -> str:
    rows = "".join(f"<tr><td>{mark} row {n}</td><td>{n * 7}</td><td>cell</td></tr>" for n in range(HUGE_TABLE_ROWS))
    return f"<h1>{mark} table</h1><table>{rows}</table><p>{mark} end of table</p>"


def huge_page(mark: str) -> str:
    para = f"<p>{mark} " + "lorem ipsum dolor sit amet " * 40 + "</p>"
    return f"<h1>{mark} page</h1>" + para * (HUGE_PAGE_BYTES // len(para) + 1)


def deep_page(mark: str) -> str:
    tables = "<table><tr><td>" * DEEP_TABLES + f"{mark} innermost cell" + "</td></tr></table>" * DEEP_TABLES
    divs = "<div>" * DEEP_DIVS + f"{mark} innermost div" + "</div>" * DEEP_DIVS
    lists = "<ul><li>" * DEEP_LISTS + f"{mark} innermost item" + "</li></ul>" * DEEP_LISTS
    return f"<h1>{mark} deep</h1>{tables}{divs}{lists}<p>{mark} end of nesting</p>"


def _hostile_trial(data: dict, mark: str, probe: Path) -> dict:
    img = image_markup(probe)
    data = dict(data)
    data["registry_url"] = f"https://clinicaltrials.gov/study/{data.get('nct_id', '')}{img}"
    data["registry_as_of"] = f"{mark}{img}"  # not a date: shown as it is
    data["nct_id"] = f"{data.get('nct_id', '')}{img}"
    if data.get("acronym"):
        data["acronym"] = f"{data['acronym']}{img}"
    return data


def _hostile_tolerance(data: dict, mark: str, probe: Path) -> dict:
    data = json.loads(json.dumps(data))
    evil = payload(mark, probe)
    img = image_markup(probe)
    for row in data.get("comparison", []):
        row["rt_html"] = evil + row.get("rt_html", "")
        row["io_html"] = row.get("io_html", "") + evil
        row["dimension"] = f"{row.get('dimension', '')}{img}"
    for row in data.get("combination", []):
        row["html"] = evil + row.get("html", "")
        row["label"] = f"{row.get('label', '')}{img}"
    for key in list(data.get("balance_html", {})):
        data["balance_html"][key] = evil + data["balance_html"][key]
    if isinstance(data.get("labels"), dict):
        data["labels"] = {k: f"{v}{img}" for k, v in data["labels"].items()}
    return data


def make_hostile_db(bundled: Path, out: Path, probe: Path) -> Path:
    """Copy `bundled` to `out` and rewrite it as an attacker would; returns `out` (no manifest beside it)."""
    from sarcoref.data.builder import content_hash

    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(bundled, out)
    conn = sqlite3.connect(out)
    try:
        rows = conn.execute("SELECT id, lang, kind, title, html, data FROM items").fetchall()
        for ident, lang, kind, title, html, data in rows:
            mark = marker(ident, lang)
            evil = payload(mark, probe)
            new_html = f"{evil}<ul><li>{evil}</li></ul>{html or ''}{evil}"  # a list too: the kiosk's slides quote lists
            new_title = title
            if ident == HUGE_TABLE_ID:
                new_html = huge_table(mark)
            elif ident == HUGE_PAGE_ID:
                new_html = huge_page(mark)
            elif ident == DEEP_ID:
                new_html = deep_page(mark)
            if ident == HOSTILE_TITLE_ID:
                new_title = f"{title} {image_markup(probe)}"
            d = json.loads(data or "{}")
            if kind == "trial":
                d = _hostile_trial(d, mark, probe)
            elif ident == "tolerance":
                d = _hostile_tolerance(d, mark, probe)
            elif kind == "ctcae" and isinstance(d.get("term"), str):
                d["term"] = f"{d['term']}{image_markup(probe)}"
            conn.execute("UPDATE items SET html = ?, title = ?, data = ? WHERE id = ? AND lang = ?",
                         (new_html, new_title, json.dumps(d), ident, lang))  # fmt: skip
        for rowid, ident, lang, title, body in conn.execute(
            "SELECT rowid, id, lang, title, body FROM search"
        ).fetchall():
            mark = marker(ident, lang)
            conn.execute("UPDATE search SET body = ?, title = ? WHERE rowid = ?",
                         (f"{body} {mark} {payload(mark, probe)}", f"{title} {image_markup(probe)}", rowid))  # fmt: skip
        conn.execute("INSERT INTO search_fts(search_fts) VALUES('rebuild')")
        conn.execute("UPDATE meta SET value = '9999.' || value WHERE key = 'content_version'")
        conn.execute(
            "UPDATE meta SET value = value || ? WHERE key IN ('content_version', 'lecture_title_fr', 'lecture_title_en',"
            " 'registry_as_of', 'as_of')",
            (image_markup(probe),),
        )
        conn.commit()
        conn.execute("UPDATE meta SET value = ? WHERE key = 'content_hash'", (content_hash(conn),))
        conn.commit()
    finally:
        conn.close()
    for extra in out.parent.glob(out.name + "*"):
        if extra != out:
            extra.unlink()  # no manifest, no signature: the content hash alone is checked, and it matches
    return out


# ---------------------------------------------------------------- who opened the probe file


class OpenWatch:
    """Counts opens of files in one folder (Linux inotify): sees Qt's C++ file access, which no Python hook can."""

    IN_OPEN = 0x20

    def __init__(self, folder: Path):
        if not sys.platform.startswith("linux"):
            raise OSError("inotify is Linux only")
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0 or self.libc.inotify_add_watch(self.fd, os.fsencode(folder), self.IN_OPEN) < 0:
            raise OSError(ctypes.get_errno(), "inotify unavailable")
        self.opened: list[str] = []

    def poll(self) -> list[str]:
        """Every file opened since the last poll (names relative to the folder)."""
        while True:
            try:
                buf = os.read(self.fd, 65536)
            except BlockingIOError:
                break
            i = 0
            while i < len(buf):
                _wd, _mask, _cookie, length = struct.unpack_from("iIII", buf, i)
                self.opened.append(buf[i + 16 : i + 16 + length].rstrip(b"\0").decode())
                i += 16 + length
        return self.opened

    def close(self) -> None:
        os.close(self.fd)


def write_probe(folder: Path) -> Path:
    """A real image, so that a renderer that follows the markup would open it (and draw it 400 px tall)."""
    from PySide6.QtGui import QImage

    folder.mkdir(parents=True, exist_ok=True)
    probe = folder / "probe.png"
    image = QImage(40, 40, QImage.Format_RGB32)
    image.fill(0xFF0000)
    image.save(str(probe))
    return probe
