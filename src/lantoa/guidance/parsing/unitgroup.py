"""A group of units and its tasks as section III prints them: one way to read each."""

from __future__ import annotations

from datetime import date

from .channels import explicit_units, named_unit, unit_kinds
from .deadlines import find_deadline
from .model import ParsedTask, ParsedUnitGroup


def group_read(heading: str, *, ref: str, issuer: str | None) -> ParsedUnitGroup:
    """Return a group for an addressee as printed, with the unit kinds and units it names."""
    group = ParsedUnitGroup(heading=heading, ref=ref)
    group.unit_kinds = unit_kinds(heading, issuer=issuer)
    group.units = explicit_units(heading)
    return group


def task_read(text: str, *, ref: str, heading: str, doc_date: date | None) -> ParsedTask:
    """Return a task as printed, with its deadline and the unit it names within its group."""
    return ParsedTask(
        text=text,
        ref=ref,
        deadline=find_deadline(text, doc_date=doc_date),
        unit=named_unit(text, heading=heading),
    )
