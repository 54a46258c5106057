"""Vietnamese number formatting: 1.234,5."""

from __future__ import annotations

from decimal import Decimal


def format_vn_number(value: int | float | Decimal | None, *, decimals: int | None = None) -> str:
    """Return a number with "." between thousands and "," before decimals; None as "—"."""
    if value is None:
        return "—"
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
