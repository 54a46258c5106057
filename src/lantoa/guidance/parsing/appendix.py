"""Where an appendix, or a text the document issues, starts after the document's tail."""

from __future__ import annotations

import re

from lantoa.core.partydoc.signing import MODE_PATTERN

from .locate import read_caption
from .numbers import TYPE_ALT, canonical_type

_APPENDIX_RE = re.compile(
    rf"^(?:PHỤ LỤC|Phụ lục|Mẫu biểu|Biểu mẫu|Biểu số)\b|"
    rf"^[(\[]?\s?(?:Kèm theo|Kem theo|Ban hành kèm theo|Ban hành kem theo)\s(?:{TYPE_ALT})\b",
    re.IGNORECASE,
)
_RECEIVED_RE = re.compile(r"^(?i:Nơi\s?nhận)\b")
_TAIL_MARK_RE = re.compile(rf"^(?:(?i:Nơi\s?nhận)\b|(?:{MODE_PATTERN})(?=\s|[A-ZĐ]|$))")


def appendix_start(lines: list[str]) -> int | None:
    """Return the index where an appendix after the signature starts, or None."""
    seen_tail = False
    # An appendix of tables, one cell a line, can be far longer than the document before it.
    received = next((i for i, ln in enumerate(lines) if _RECEIVED_RE.match(ln)), None)
    first = len(lines) // 3 if received is None else min(len(lines) // 3, received)
    for i in range(first, len(lines)):
        line = lines[i]
        if _TAIL_MARK_RE.match(line):
            seen_tail = True
        elif seen_tail and _APPENDIX_RE.match(line):
            # "DANH SÁCH XÃ, PHƯỜNG …" above "(Ban hành kèm theo …)" is the appendix's title.
            while i > first and _is_title_line(lines[i - 1]):
                i -= 1
            return i
    return None


def attached_start(lines: list[str]) -> int | None:
    """Return where a text the document issues starts after its tail, or None.

    "QUY ĐỊNH" over "VỀ VIỆC TẶNG QUÀ … (Ban hành kèm theo Quyết định số …)" below "Nơi nhận" or
    a signing mode: a type's name alone in capitals over an upper-case title, its caption under
    it or in it (a text with no caption is not read as the document's, attached.py).
    """
    tail = next((i for i, ln in enumerate(lines) if _TAIL_MARK_RE.match(ln)), None)
    if tail is None:
        return None
    for i in range(tail + 1, len(lines) - 1):
        line, below = lines[i].strip(), lines[i + 1].split()[:3]
        titled = len(below) == 3 and all(w.isupper() for w in below)
        if line.isupper() and canonical_type(line) and titled and read_caption(lines[i : i + 8]):
            return i
    return None


def _is_title_line(line: str) -> bool:
    """Return True for an upper-case title line of five words or more (no signer, no mode)."""
    letters = [ch for ch in line if ch.isalpha()]
    upper = bool(letters) and all(ch.isupper() for ch in letters)
    return upper and len(line.split()) >= 5 and not _TAIL_MARK_RE.match(line)
