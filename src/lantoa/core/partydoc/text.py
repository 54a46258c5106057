"""Vietnamese text helpers: NFC normalisation, number formatting, date line and document code."""

from __future__ import annotations

import datetime
import unicodedata
from decimal import Decimal

from lantoa.core.numbers import format_vn_number

DASH = "—"
ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]  # fmt: skip


def nfc(text: str) -> str:
    """Return the text in Unicode NFC form (composed Vietnamese diacritics)."""
    return unicodedata.normalize("NFC", text)


def upper_vn(text: str) -> str:
    """Return the NFC uppercase form of a Vietnamese string."""
    return nfc(nfc(text).upper())


def to_roman(value: int) -> str:
    """Return the Roman numeral for a positive integer (1 → "I")."""
    out = []
    for amount, letters in ROMAN:
        count, value = divmod(value, amount)
        out.append(letters * count)
    return "".join(out)


def format_cell(value: object, decimals: int | None = None) -> str:
    """Format a table cell: numbers Vietnamese style, None as an em dash, other values as text."""
    if value is None:
        return DASH
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, float | Decimal):
        return format_vn_number(value, decimals)
    if isinstance(value, int):
        return format_vn_number(value)
    return nfc(str(value))


def is_numeric_cell(value: object) -> bool:
    """Return True when a cell holds a number (and should be right-aligned)."""
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def vn_date_line(*, place: str, date: datetime.date | None) -> str:
    """Return the place-date line ("Điện Biên, ngày 05 tháng 02 năm 2026"), blanks when no date.

    Days 1-9 and months 1-2 get a leading zero (Hướng dẫn 36-HD/VPTW, as in Nghị định 30/2020).
    """
    if date is None:
        return nfc(f"{place}, ngày    tháng    năm 20..")
    day = f"{date.day:02d}" if date.day < 10 else str(date.day)
    month = f"{date.month:02d}" if date.month < 3 else str(date.month)
    return nfc(f"{place}, ngày {day} tháng {month} năm {date.year}")


def document_code(*, number: int | None, symbol: str) -> str:
    """Return the number-and-symbol code ("12-BC/BTGDVTU"; blanks for a draft without number)."""
    left = "   " if number is None else str(number)
    return nfc(f"{left}-{symbol}")
