"""Template filters for Vietnamese number display."""

from __future__ import annotations

from django import template

from lantoa.core.numbers import format_vn_number

register = template.Library()


@register.filter
def vn_number(value: object, decimals: int | None = None) -> str:
    """Format a number the Vietnamese way; leave text untouched."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "—" if value is None else str(value)
    return format_vn_number(value, decimals=decimals)
