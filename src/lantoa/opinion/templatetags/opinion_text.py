"""Showing masked opinion text: the ASCII mask tokens read in Vietnamese on pages."""

from __future__ import annotations

from django import template

from lantoa.core.masking import masks_vi as _masks_vi

register = template.Library()


@register.filter
def masks_vi(text: str) -> str:
    """Return the text with "<PHONE>" shown as "[số điện thoại]" and so on (escaped later)."""
    return _masks_vi(text)
