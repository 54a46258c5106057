"""The one way a selector turns a missing or hidden row into a 404."""

from __future__ import annotations

from typing import TypeVar

from django.db.models import Model, QuerySet
from django.http import Http404

Row = TypeVar("Row", bound=Model)


def one_or_404(rows: QuerySet[Row], message: str | None = None) -> Row:
    """Return the first of the rows, or raise a 404 (its Vietnamese message, if any)."""
    found = rows.first()
    if found is None:
        raise Http404 if message is None else Http404(message)
    return found
