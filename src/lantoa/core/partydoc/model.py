"""Plain dataclasses describing a Party document (Hướng dẫn 36-HD/VPTW), format-independent."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal

# The canonical spellings of core.partydoc.signing.SIGNING_MODES.
SignatureMode = Literal["K/T", "T/M", "TL.", "TUQ."]
CellValue = str | int | float | None


@dataclass(frozen=True)
class Heading:
    """A section heading; level 1 "I- …" bold uppercase, level 2 "1. …" bold, level 3 italic."""

    text: str
    level: int = 1
    numbered: bool = True


@dataclass(frozen=True)
class Paragraph:
    """A justified body paragraph with a 1.27 cm first-line indent."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Bullet:
    """A dash item ("- …") indented like a paragraph."""

    text: str


@dataclass(frozen=True)
class Table:
    """A bordered data table whose header row is bold and whose numbers are right-aligned."""

    columns: list[str]
    rows: list[list[CellValue]]
    widths_mm: list[float] | None = None
    caption: str = ""
    decimals: list[int | None] | None = None  # per column; default: as many as the data uses


@dataclass(frozen=True)
class Figure:
    """An embedded PNG image (e.g. a chart made elsewhere) with an optional caption."""

    png: bytes
    caption: str = ""
    width_mm: float = 150.0


@dataclass(frozen=True)
class PageBreak:
    """A forced page break."""


Block = Heading | Paragraph | Bullet | Table | Figure | PageBreak


@dataclass(frozen=True)
class Appendix:
    """A Phụ lục after the signature and Nơi nhận, each from a new page, numbered in order."""

    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass(frozen=True)
class Signature:
    """The signature block: mode line ("K/T TRƯỞNG BAN"), title, and the signer's name."""

    mode: SignatureMode | None
    authority: str
    title: str
    name: str


@dataclass
class PartyDocument:
    """A complete Party document: header, type and subject, body, recipients and signature."""

    parent_body: str
    issuing_body: str
    number: int | None
    symbol: str
    place: str
    date: datetime.date | None
    doc_type: str
    subject: str
    body: list[Block] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signature: Signature | None = None
    draft: bool = False
    appendices: list[Appendix] = field(default_factory=list)

    @property
    def is_official_letter(self) -> bool:
        """Return True for a Công văn (no type name; the subject goes under the number as "V/v")."""
        return not self.doc_type.strip()
