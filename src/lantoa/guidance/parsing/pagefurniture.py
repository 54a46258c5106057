"""A gazette copy's print furniture: the running head and page number between its pages."""

from __future__ import annotations

import re

# "CÔNG BÁO/Số 1053 + 1054/Ngày 10-8-2025": the Official Gazette's head, printed on every page.
_RUNNING_HEAD_RE = re.compile(
    r"^CÔNG BÁO/Số\s?\d{1,5}(?:\s?\+\s?\d{1,5})*/Ngày\s?\d{1,2}-\d{1,2}-\d{4}$"
)
_PAGE_NUMBER_RE = re.compile(r"^\d{1,4}$")
_SENTENCE_END = (".", ";", ":", "!", "?")


def _skip_blank(lines: list[str], i: int) -> int:
    """Return the index of the first non-blank line at or after i."""
    while i < len(lines) and not lines[i]:
        i += 1
    return i


def without_page_furniture(lines: list[str]) -> list[str]:
    """Return stripped lines without the gazette's running heads and their page numbers.

    The blank lines around a page break go too, so a sentence the break cut goes on in the line
    after it; after a finished sentence one blank line stays between the two pages' text.
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _RUNNING_HEAD_RE.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        while out and not out[-1]:
            out.pop()
        i = _skip_blank(lines, i + 1)
        # The page's number stands below the head on one page, above it on the next.
        if i < len(lines) and _PAGE_NUMBER_RE.match(lines[i]):
            i = _skip_blank(lines, i + 1)
        elif out and _PAGE_NUMBER_RE.match(out[-1]):
            out.pop()
            while out and not out[-1]:
                out.pop()
        if out and out[-1].endswith(_SENTENCE_END):
            out.append("")
    return out
