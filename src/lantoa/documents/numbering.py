"""The one rule of which number comes next in the register: past the ranges kept for paper."""

from __future__ import annotations

from lantoa.documents.models import OutgoingReservation


def number_after_reserved(*, doc_type: str, year: int, number: int) -> int:
    """Return the number itself, or the first one after the reserved ranges it falls in."""
    ranges = OutgoingReservation.objects.filter(doc_type=doc_type, year=year, last__gte=number)
    for first, last in ranges.order_by("first").values_list("first", "last"):
        if first <= number:
            number = last + 1
    return number
