"""Layout shared by the .docx and .pdf writers: page geometry, type sizes, fixed text parts."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from .model import Appendix, Heading, PartyDocument, Table
from .text import (
    document_code,
    format_cell,
    format_vn_number,
    nfc,
    to_roman,
    upper_vn,
    vn_date_line,
)

T = TypeVar("T")

# Page geometry (A4, Hướng dẫn 36-HD/VPTW margins).
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
PAGE_WIDTH_TWIPS = 11906  # Word's exact A4 width
PAGE_HEIGHT_TWIPS = 16838  # Word's exact A4 height
MARGIN_TOP_MM = 25.0
MARGIN_BOTTOM_MM = 25.0
MARGIN_LEFT_MM = 35.0
MARGIN_RIGHT_MM = 15.0
HEADER_DISTANCE_MM = 12.0
TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM  # 160 mm

# Fonts.
FONT_NAME = "Times New Roman"
CSS_FONT_STACK = '"Times New Roman", "Liberation Serif", serif'
BODY_PT = 14.0
PARTY_TITLE_PT = 15.0
TYPE_PT = 16.0
SUBJECT_PT = 14.0
SMALL_PT = 12.0  # "V/v" line, recipient list
TABLE_PT = 12.0
CAPTION_PT = 13.0
PAGE_NUMBER_PT = 14.0
LINE_HEIGHT = 1.3  # line pitch as a multiple of the font size, identical in .docx and .pdf
PARAGRAPH_AFTER_PT = 6.0
FIRST_LINE_INDENT_CM = 1.27
CLOSING_GAP_PT = 6.0  # extra gap between the body and the closing table
SIGNATURE_SPACE_PT = 72.0  # room for the handwritten signature and seal

# Column split of the two borderless tables (header and closing). The header table reaches
# 10 mm into the wide left margin so that long body names and the date line fit on one line.
HEADER_OFFSET_MM = -10.0
HEADER_LEFT_MM = 85.0
HEADER_RIGHT_MM = TEXT_WIDTH_MM - HEADER_OFFSET_MM - HEADER_LEFT_MM  # 85 mm
CLOSING_LEFT_MM = 78.0
CLOSING_RIGHT_MM = TEXT_WIDTH_MM - CLOSING_LEFT_MM

PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM"
DRAFT_LABEL = "DỰ THẢO"
RECIPIENTS_LABEL = "Nơi nhận:"


@dataclass(frozen=True)
class Line:
    """One centred or aligned line of a fixed part (header, title, closing) with its styling."""

    text: str
    size_pt: float = BODY_PT
    bold: bool = False
    italic: bool = False
    underline: bool = False
    space_before_pt: float = 0.0
    align: str = "center"


def header_left(doc: PartyDocument) -> tuple[list[Line], list[Line]]:
    """Return the left header column as (lines beside the Party title, lines beside the date)."""
    top = []
    if doc.parent_body.strip():
        top.append(Line(upper_vn(doc.parent_body)))
    top.append(Line(upper_vn(doc.issuing_body), bold=True))
    top.append(Line("*"))
    bottom = [Line("Số " + document_code(number=doc.number, symbol=nfc(doc.symbol)))]
    if doc.is_official_letter and doc.subject.strip():
        subject = nfc(doc.subject.strip())
        if not subject.lower().startswith("v/v"):
            subject = "V/v " + subject
        bottom.append(Line(subject, size_pt=SMALL_PT, italic=True))
    return top, bottom


def header_right(doc: PartyDocument) -> tuple[list[Line], list[Line]]:
    """Return the right header column as (the Party title, the place-date line)."""
    top = [Line(PARTY_TITLE, size_pt=PARTY_TITLE_PT, bold=True, underline=True)]
    bottom = [Line(vn_date_line(place=nfc(doc.place), date=doc.date), italic=True)]
    return top, bottom


def title_lines(doc: PartyDocument) -> list[Line]:
    """Return the centred document type and subject (none for a Công văn)."""
    if doc.is_official_letter:
        return []
    lines = [Line(upper_vn(doc.doc_type), size_pt=TYPE_PT, bold=True, space_before_pt=18.0)]
    if doc.subject.strip():
        lines.append(Line(nfc(doc.subject.strip()), size_pt=SUBJECT_PT, bold=True))
    return lines


def recipient_lines(doc: PartyDocument) -> list[Line]:
    """Return the "Nơi nhận:" label and the dash-prefixed list, each ending ";", the last "."."""
    items = [nfc(item.strip()).rstrip(" ,;.") for item in doc.recipients]
    items = [item for item in items if item]
    if not items:
        return []
    lines = [Line(RECIPIENTS_LABEL, underline=True, align="left", space_before_pt=CLOSING_GAP_PT)]
    for index, text in enumerate(items, start=1):
        if not text.startswith("-"):
            text = "- " + text
        # The punctuation is the format's, whatever the caller typed (",", ";" or nothing).
        text += "." if index == len(items) else ";"
        lines.append(Line(text, size_pt=SMALL_PT, align="left"))
    return lines


def appendix_label(index: int) -> str:
    """Return how the body refers to an appendix: "Phụ lục 1"."""
    return f"Phụ lục {index}"


def appendix_title_lines(doc: PartyDocument, index: int, appendix: Appendix) -> list[Line]:
    """Return an appendix's centred heading: label, title, and which document it goes with."""
    code = document_code(number=doc.number, symbol=nfc(doc.symbol))
    kind = nfc(doc.doc_type).strip().lower().capitalize() or "Công văn"
    with_doc = f"(Kèm theo {kind} số {code}"
    with_doc += f", ngày {doc.date:%d/%m/%Y})" if doc.date else ")"
    return [
        Line(appendix_label(index), bold=True),
        Line(upper_vn(nfc(appendix.title.strip())), bold=True),
        Line(with_doc, italic=True, size_pt=SMALL_PT),
        Line("", align="left"),
    ]


def signature_lines(doc: PartyDocument) -> list[Line]:
    """Return the centred signature block: mode line, title, signature space, name."""
    sig = doc.signature
    if sig is None:
        return []
    lines = []
    if sig.mode:
        lines.append(Line(upper_vn(f"{sig.mode} {sig.authority}".strip()), bold=True))
    elif sig.authority.strip() and not sig.title.strip():
        lines.append(Line(upper_vn(sig.authority), bold=True))
    if sig.title.strip():
        lines.append(Line(upper_vn(sig.title), bold=True))
    if lines:
        lines[0] = replace(lines[0], space_before_pt=CLOSING_GAP_PT)
    lines.append(Line(nfc(sig.name), bold=True, space_before_pt=SIGNATURE_SPACE_PT))
    return lines


class HeadingNumberer:
    """Numbers headings per level: "I- ", "1. ", "a) ", resetting deeper levels."""

    def __init__(self) -> None:
        """Start all counters at zero."""
        self.counters = [0, 0, 0]

    def label(self, heading: Heading) -> str:
        """Return the full heading text with its number prefix and level-1 uppercase."""
        level = min(max(heading.level, 1), 3)
        text = nfc(heading.text.strip())
        if level == 1:
            text = upper_vn(text)
        if not heading.numbered:
            return text
        self.counters[level - 1] += 1
        for deeper in range(level, 3):
            self.counters[deeper] = 0
        count = self.counters[level - 1]
        prefix = {1: f"{to_roman(count)}- ", 2: f"{count}. ", 3: f"{chr(96 + min(count, 26))}) "}
        return prefix[level] + text


def heading_style(level: int) -> tuple[bool, bool]:
    """Return (bold, italic) for a heading level."""
    return (True, False) if level <= 2 else (False, True)


def table_widths_mm(table: Table) -> list[float]:
    """Return column widths in mm summing to the text width, estimated from content if not given."""
    count = len(table.columns)
    if count == 0:
        return []
    if table.widths_mm and len(table.widths_mm) == count:
        total = sum(table.widths_mm)
        if total <= TEXT_WIDTH_MM:
            return [float(w) for w in table.widths_mm]
        return [w * TEXT_WIDTH_MM / total for w in table.widths_mm]
    weights = []
    for index, title in enumerate(table.columns):
        longest_word = max((len(word) for word in title.split()), default=1)
        lengths = [len(format_cell(row[index])) for row in table.rows if index < len(row)]
        typical = max(lengths, default=1)
        weights.append(min(max(typical, longest_word, 4), 40))
    total = sum(weights)
    return [w * TEXT_WIDTH_MM / total for w in weights]


def column_decimals(table: Table) -> list[int | None]:
    """Return decimals per column: Table.decimals if given, else the most any float there uses."""
    count = len(table.columns)
    if table.decimals is not None:
        return padded_row(table.decimals, count)
    result: list[int | None] = []
    for index in range(count):
        values = [row[index] for row in table.rows if index < len(row)]
        floats = [v for v in values if isinstance(v, float) and math.isfinite(v)]
        if not floats:
            result.append(None)
            continue
        places = [len(format_vn_number(v).partition(",")[2]) for v in floats]
        result.append(min(max(places), 6))
    return result


def padded_row(row: Sequence[T], count: int) -> list[T | None]:
    """Return the row cut or padded with None to exactly count cells."""
    return (list(row) + [None] * count)[:count]
