"""Showing masked opinion text: the ASCII mask tokens read in Vietnamese on pages."""

from __future__ import annotations

from django import template

from lantoa.opinion.privacy import MASK_NAMES

register = template.Library()


@register.filter
def masks_vi(text: str) -> str:
    """Return the text with "<PHONE>" shown as "[số điện thoại]" and so on (escaped later)."""
    for token, name in MASK_NAMES.items():
        text = text.replace(token, f"[{name}]")
    return text
