"""Template filters for Vietnamese number display."""

from __future__ import annotations

from django import template

from lantoa.core.numbers import format_vn_number, format_vn_percent

register = template.Library()


@register.filter
def vn_number(value: object, decimals: int | None = None) -> str:
    """Format a number the Vietnamese way; leave text untouched."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "—" if value is None else str(value)
    return format_vn_number(value, decimals=decimals)


@register.filter
def vn_percent(value: object, decimals: int = 1) -> str:
    """Format a percentage as every rate is written ("41,3%", core.numbers.format_vn_percent)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "—" if value is None else str(value)
    return format_vn_percent(value, decimals=decimals)
