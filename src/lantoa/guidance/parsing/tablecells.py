"""A header copied from a web page as a table: its cells put back one header part a line."""

from __future__ import annotations

import re

from .letterspaced import unspace_letters
from .locate import SUMMARY_RE
from .sections import is_upper_line

_CELLS_LINES = 60
# A cell's text wrapped in a narrow column: a few words a line ("ỦY BAN NHÂN" / "DÂN |").
_CELL_WRAP_WORDS = 4
_HEADER_CELL_RE = re.compile(r"^(?:Số\s?[:.]|[^\n,|]{2,40},\sngày\s)")


# "ỦY BAN MTTQ … BAN THƯỜNG TRỰC Số: 16/KH-MTTQ-BTT", "CỘNG HÒA … VIỆT NAM Độc lập - Tự do -
# Hạnh phúc Lương Minh, ngày 18 …": one cell holding two header parts, split where the second
# starts (a number after the name, a standing board after the body it belongs to, the motto's
# second line, a dateline after the motto).
_CELL_PARTS_RE = re.compile(
    r"(?<=[A-ZĐÀ-Ỹ])\s(?=Số\s?[:.])|(?<=[A-ZĐÀ-Ỹ]{2})\s(?=BAN THƯỜNG (?:TRỰC|VỤ)(?:\sSố\s?[:.]|$))|"
    r"(?<=VIỆT NAM)\s(?=(?i:độc lập)\s?-)|"
    r"(?<=(?i:hạnh phúc))\s(?=[A-ZĐÀ-Ỹ][^,|]{1,40},\sngày\s)"
)
_MOTTO_SECOND_RE = re.compile(r"^(?i:độc lập\s?[-–]\s?tự do\s?[-–]\s?hạnh phúc)$")


def _header_cell(text: str) -> bool:
    """Tell whether a table cell holds a header part: upper-case words, number, place and date."""
    return (
        is_upper_line(text)
        or bool(_MOTTO_SECOND_RE.match(text))
        or (any(c.isalpha() for c in text) and bool(_HEADER_CELL_RE.match(text)))
    )


def _cell_parts(cell: str) -> list[str]:
    """Return a cell's header parts, or the cell alone when one of them is no header part."""
    parts = _CELL_PARTS_RE.split(cell)
    return parts if len(parts) > 1 and all(_header_cell(p) for p in parts) else [cell]


def join_table_cells(lines: list[str]) -> list[str]:
    """Return the lines with a header copied as a table put back one part a line.

    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |" is two parts; "ỦY BAN NHÂN" over
    "DÂN |" is one part wrapped in its cell. A portal's summary rows are left as they are; an
    OCR'd copy's letter-spaced words ("ỦY B AN NHÂN D Â N") are joined first.
    """
    lines = unspace_letters(lines)
    out: list[str] = []
    wrapped: list[str] = []  # upper-case lines that may be a cell's first lines
    for i, line in enumerate(lines):
        table_row = i < _CELLS_LINES and "|" in line and not SUMMARY_RE.match(line)
        cells = [c.strip() for c in line.split("|")] if table_row else []
        cells = [p for c in cells for p in _cell_parts(c)]
        if table_row and all(_header_cell(c) for c in cells if c):
            if wrapped and cells[0]:
                cells[0] = " ".join([*wrapped, cells[0]])
                wrapped = []
            out.extend([*wrapped, *(c for c in cells if c)])
            wrapped = []
        elif (
            i < _CELLS_LINES
            and "|" not in line
            and _header_cell(line)
            and len(line.split()) <= _CELL_WRAP_WORDS
            and len(wrapped) < 3
        ):
            wrapped.append(line)
        else:
            out.extend([*wrapped, line])
            wrapped = []
    return [*out, *wrapped]
