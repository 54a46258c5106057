"""Reads of the unit tree that depend on no user (those that do: accounts.selectors_units)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Min, Q, QuerySet
from django.utils import timezone

from lantoa.organization.figures import figure_histories, in_force
from lantoa.organization.models import FigureKind, Unit, UnitFigure, UnitGroup, UnitState


def units_in_force(
    *, kinds: list[str] | None = None, on: datetime.date | None = None
) -> QuerySet[Unit]:
    """Return the province's units in force on a day (today), in Vietnamese order, each name once.

    No abolished or merged unit: those appear only in lineage and history. Two units in force
    with the same name (a data error) are offered once, the older record.
    """
    on = on or timezone.localdate()
    units = Unit.objects.filter(state=UnitState.ACTIVE).filter(
        Q(valid_from__isnull=True) | Q(valid_from__lte=on),
        Q(valid_to__isnull=True) | Q(valid_to__gte=on),
    )
    if kinds:
        units = units.filter(kind__in=kinds)
    first = units.values("name").annotate(first=Min("pk")).values("first")
    # The stored sort key orders alike on SQLite and PostgreSQL, whatever their collation.
    return Unit.objects.filter(pk__in=first).order_by("sort_key", "pk")


@dataclass(frozen=True)
class UnitFigureRow:
    """A denominator in force for a unit, with its history."""

    kind: str
    label: str
    current: UnitFigure | None
    history: list[UnitFigure]


def unit_figures(*, unit: Unit, on: datetime.date) -> list[UnitFigureRow]:
    """Return each denominator of the unit in force on a date, with earlier values."""
    figures = figure_histories(unit_ids=[unit.pk]).get(unit.pk, {})
    rows = []
    for kind, label in FigureKind.choices:
        of_kind = figures.get(kind, [])
        current = in_force(of_kind, on)
        rows.append(UnitFigureRow(kind=kind, label=str(label), current=current, history=of_kind))
    return rows


def group_units(*, group: UnitGroup) -> QuerySet[Unit]:
    """Return the active units a group addresses: its kinds plus its explicit list."""
    condition = Q(pk__in=group.units.values("pk"))
    if group.kinds:
        condition |= Q(kind__in=group.kinds)
    return Unit.objects.filter(condition, state=UnitState.ACTIVE).distinct()
