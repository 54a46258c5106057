"""Template filters that show a PDF's checked signatures in Vietnamese."""

from __future__ import annotations

from django import template

from lantoa.core.pdfsign import signature_rows

register = template.Library()


@register.filter
def signature_list(signatures: list[dict[str, str]] | None) -> list[dict[str, str]]:
    """Return stored signatures as rows: signer, dd/mm/yyyy HH:MM, verdict in Vietnamese."""
    return signature_rows(signatures or [])
