"""Find words in a QTextDocument whatever their accents or case (Ctrl+F, and search hits)."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from ..data.text import fold


def folded_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, its index in the original text."""
    out, index = [], []
    for i, ch in enumerate(text):
        f = fold(ch)
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index


def find_ranges(doc: QTextDocument, words: list[str], prefix: bool = True) -> list[tuple[int, int]]:
    """Document positions (start, end) where any of the words starts a word."""
    words = [fold(w) for w in words if w.strip()]
    if not words:
        return []
    text = doc.toPlainText()
    folded, index = folded_with_map(text)
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alt})" + (r"\w*" if prefix else r"(?!\w)"))
    ranges = []
    for m in pattern.finditer(folded):
        if m.end() > m.start():
            start, end = index[m.start()], index[m.end() - 1] + 1
            ranges.append((start, end))
        if len(ranges) >= 2000:
            break
    return ranges


def highlight(editor: QTextEdit, ranges: list[tuple[int, int]], colour: str, current: int = -1) -> None:
    """Mark the ranges with extra selections (the document itself is not changed)."""
    selections = []
    for i, (start, end) in enumerate(ranges):
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour))
        if i == current:
            fmt.setFontUnderline(True)
            fmt.setFontWeight(700)
        sel.cursor, sel.format = cursor, fmt
        selections.append(sel)
    editor.setExtraSelections(selections)
    if 0 <= current < len(ranges):
        cursor = QTextCursor(editor.document())
        cursor.setPosition(ranges[current][0])
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
