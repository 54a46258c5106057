"""Numbers as Vietnamese write them (1.234,5) and whole numbers read from what a person typed."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# A whole number typed by a person (an id in an address, a count on a form, a cell's text):
# ASCII digits only ("²".isdigit() is true, and int() refuses it), and at most 18 of them, which
# fit any database's 64-bit integer (more raised an overflow: a server error, not "not found").
_WHOLE = re.compile(r"[0-9]{1,18}")


def whole_number(text: str | None, *, signed: bool = False) -> int | None:
    """Return text as a whole number when it is one (see _WHOLE), else None."""
    text = (text or "").strip()
    negative = signed and text.startswith("-")
    digits = text[1:] if negative else text
    if not _WHOLE.fullmatch(digits):
        return None
    return -int(digits) if negative else int(digits)


# A count as a person types it in a form or a cell: plain digits, or Vietnamese thousands
# grouped by dots ("1.200"); "1,5" is a decimal and "١٢" other digits, neither a count.
_TYPED_WHOLE = re.compile(r"([+-]?)([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)")


def typed_whole(text: str, *, most_digits: int = 18) -> int | None:
    """Return a whole number as a person types it ("1200", "1.200", "-3"), else None."""
    found = _TYPED_WHOLE.fullmatch(text.strip())
    if found is None:
        return None
    digits = found[2].replace(".", "")
    if len(digits) > most_digits:
        return None
    return -int(digits) if found[1] == "-" else int(digits)


def looks_whole(text: str) -> bool:
    """Return whether text is written as a whole number, however many digits it has."""
    return _TYPED_WHOLE.fullmatch(text.strip()) is not None


def _group_thousands(digits: str) -> str:
    """Insert "." between groups of three digits ("1234567" → "1.234.567")."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ".".join(parts)


def format_vn_percent(value: int | float | Decimal, decimals: int = 1) -> str:
    """Return a percentage as Vietnamese documents write it, "41,3%" (every rate shown)."""
    return format_vn_number(value, decimals=decimals) + "%"


def format_vn_number(value: int | float | Decimal, decimals: int | None = None) -> str:
    """Format a number Vietnamese style: "." groups thousands and "," marks decimals (1.234,5)."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    try:
        if isinstance(value, float):
            # float(): a numpy float (a chart's scale) is a float whose repr names numpy.
            value = float(value)
            number = Decimal(repr(value if decimals is not None else round(value, 6)))
        else:
            number = Decimal(value)
    except InvalidOperation:
        return str(value)
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{number:f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    whole, _, frac = text.partition(".")
    if sign and not whole.strip("0") and not frac.strip("0"):
        sign = ""  # never print "-0"
    result = sign + _group_thousands(whole)
    return f"{result},{frac}" if frac else result
