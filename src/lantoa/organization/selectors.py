"""Reads of the unit tree that depend on no user (those that do: accounts.selectors_units)."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Min, Q, QuerySet
from django.utils import timezone

from lantoa.organization.figures import figure_histories, in_force
from lantoa.organization.models import (
    FigureKind,
    Unit,
    UnitFigure,
    UnitGroup,
    UnitKind,
    UnitState,
    figure_kinds_for,
)


def in_force_condition(*, on: datetime.date | None = None) -> Q:
    """Return the condition that a unit is in force on a day (today): the one home of that rule."""
    on = on or timezone.localdate()
    return (
        Q(state=UnitState.ACTIVE)
        & (Q(valid_from__isnull=True) | Q(valid_from__lte=on))
        & (Q(valid_to__isnull=True) | Q(valid_to__gte=on))
    )


def unit_in_force(unit: Unit, *, on: datetime.date | None = None) -> bool:
    """Tell whether one unit is in force on a day (today), by in_force_condition."""
    return Unit.objects.filter(in_force_condition(on=on), pk=unit.pk).exists()


def units_labelled(units: Iterable[Unit], *, on: datetime.date | None = None) -> dict[int, str]:
    """Return each unit's name with what tells it from another of that name, by unit id.

    A unit not in force (in_force_condition) says why: "(đã sáp nhập, đến 30/06/2025)", "(từ
    01/07/2025)"; units whose labels still match (two in force) add their code.
    """
    units = list(units)
    on = on or timezone.localdate()
    in_force = set(
        Unit.objects.filter(in_force_condition(on=on), pk__in=[u.pk for u in units]).values_list(
            "pk", flat=True
        )
    )
    labels = {unit.pk: unit.name + _standing(unit, on, unit.pk in in_force) for unit in units}
    counts = Counter(labels.values())
    return {
        unit.pk: labels[unit.pk]
        + (f" — mã {unit.code or unit.pk}" if counts[labels[unit.pk]] > 1 else "")
        for unit in units
    }


def _standing(unit: Unit, on: datetime.date, in_force: bool) -> str:
    """Return why a unit is not in force, in parentheses after its name, or nothing."""
    until = f", đến {unit.valid_to:%d/%m/%Y}" if unit.valid_to else ""
    if in_force:
        return ""
    if unit.state == UnitState.MERGED:
        return f" (đã sáp nhập{until})"
    if unit.valid_from and unit.valid_from > on:
        return f" (từ {unit.valid_from:%d/%m/%Y})"
    return f" (hết hiệu lực{until})"


def province_board() -> Unit | None:
    """Return the province's board (the first board unit recorded), or None before there is one."""
    return Unit.objects.filter(kind=UnitKind.BOARD).order_by("pk").first()


# The words before a commune's or ward's own name in its locality ("Phường Điện Biên Phủ").
_LOCALITY_WORDS = ("phường ", "xã ", "thị trấn ")


def unit_place(unit: Unit) -> str:
    """Return the place a unit's documents are dated at: its commune's or ward's own name.

    Hướng dẫn 36-HD/VPTW: a commune's or ward's committee writes that commune's or ward's name
    ("Điện Biên Phủ, ngày …"); a unit without a locality of its own (the board, a body of the
    province) writes the province's.
    """
    locality = unit.locality.strip()
    for word in _LOCALITY_WORDS:
        if locality.lower().startswith(word):
            locality = locality[len(word) :].strip()
            break
    return locality or settings.LANTOA_PROVINCE_NAME


def units_in_force(
    *, kinds: list[str] | None = None, on: datetime.date | None = None
) -> QuerySet[Unit]:
    """Return the province's units in force on a day (today), in Vietnamese order, each name once.

    No abolished or merged unit: those appear only in lineage and history. Two units in force
    with the same name (a data error) are offered once, the older record.
    """
    units = Unit.objects.filter(in_force_condition(on=on))
    if kinds:
        units = units.filter(kind__in=kinds)
    first = units.values("name").annotate(first=Min("pk")).values("first")
    # The stored sort key orders alike on SQLite and PostgreSQL, whatever their collation.
    return Unit.objects.filter(pk__in=first).order_by("sort_key", "pk")


def units_addressed(
    *,
    kinds: Iterable[str],
    unit_ids: Iterable[int] | QuerySet[Any],
    on: datetime.date | None = None,
) -> QuerySet[Unit]:
    """Return the units in force that a group of units addresses: its kinds or its named units."""
    addressed = addressed_condition(kinds=kinds, unit_ids=unit_ids)
    return Unit.objects.filter(in_force_condition(on=on), addressed).distinct()


def addressed_condition(*, kinds: Iterable[str], unit_ids: Iterable[int] | QuerySet[Any]) -> Q:
    """Return the condition on a unit that a group addresses it: by its kind or by name."""
    return Q(kind__in=kinds) | Q(pk__in=unit_ids)


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
    kinds = figure_kinds_for(unit)
    for kind, label in FigureKind.choices:
        of_kind = figures.get(kind, [])
        if kind not in kinds and not of_kind:
            continue  # a body of the province (the police's committee) has no population
        current = in_force(of_kind, on)
        rows.append(UnitFigureRow(kind=kind, label=str(label), current=current, history=of_kind))
    return rows


def group_units(*, group: UnitGroup) -> QuerySet[Unit]:
    """Return the units in force a group addresses: its kinds plus its explicit list."""
    return units_addressed(kinds=group.kinds, unit_ids=group.units.values("pk"))
