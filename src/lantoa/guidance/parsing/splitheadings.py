"""A chapter's or article's word a portal prints on a line of its own, above its number."""

from __future__ import annotations

import re

# A portal prints "Chương" / "III" / "TỔ CHỨC THỰC HIỆN" and "Điều" / "9. Trách nhiệm …" on
# lines of their own: the word alone and the numeral below it are one heading.
_HEADING_WORD = re.compile(r"(?:Chương|CHƯƠNG|Điều)")
_CHAPTER_NUMERAL = re.compile(r"[IVXL]{1,6}(?:\s?[.:-]?\s[A-ZĐÀ-Ỹ].*)?")
_ARTICLE_NUMERAL = re.compile(r"\d{1,3}\s?[.:](?:\s.*)?")


def numbered_heading(prev: str, line: str) -> bool:
    """Return True when prev is a chapter's or article's word alone and line its number."""
    if not _HEADING_WORD.fullmatch(prev):
        return False
    numeral = _ARTICLE_NUMERAL if prev == "Điều" else _CHAPTER_NUMERAL
    return bool(numeral.fullmatch(line))
