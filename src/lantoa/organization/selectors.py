"""Reads of the unit tree, scoped to what the asking user may see."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Min, Q, QuerySet
from django.utils import timezone

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, units_where
from lantoa.core.lookups import one_or_404
from lantoa.core.text import fold
from lantoa.organization.figures import figure_histories, in_force
from lantoa.organization.models import FigureKind, Unit, UnitFigure, UnitGroup, UnitState


def unit_get(*, user: AnyUser, unit_id: int) -> Unit:
    """Return one unit whose reporting the user may read, or 404 (never 403: it hides existence)."""
    units = units_where(user=user, can=Capability.REPORTING_READ)
    return one_or_404(units.select_related("parent").filter(pk=unit_id), "Không tìm thấy đơn vị.")


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


def units_to_choose(
    *, user: AnyUser, can: Capability, kinds: list[str] | None = None
) -> QuerySet[Unit]:
    """Return the units a person may choose today for `can`: in force, Vietnamese order, once."""
    reachable = units_where(user=user, can=can).values("pk")
    return units_in_force(kinds=kinds).filter(pk__in=reachable)


def unit_search(
    *, user: AnyUser, query: str = "", kind: str = "", include_merged: bool = False
) -> list[Unit]:
    """Return visible units matching the query regardless of diacritics, in Vietnamese order."""
    units = units_where(user=user, can=Capability.REPORTING_READ)
    if not include_merged:
        units = units.filter(state=UnitState.ACTIVE)
    if kind:
        units = units.filter(kind=kind)
    for word in fold(query).split():
        units = units.filter(search_key__contains=word)
    # The stored sort key keeps this a plain string sort, whatever the database's collation.
    return sorted(
        units.only("id", "name", "kind", "code", "locality", "state", "sort_key"),
        key=lambda unit: unit.sort_key,
    )


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


def unit_lineage(*, user: AnyUser, unit: Unit) -> tuple[list[Unit], list[Unit]]:
    """Return the visible predecessors and successors of a unit, in Vietnamese order."""
    visible = units_where(user=user, can=Capability.REPORTING_READ)
    before = visible.filter(successor_links__successor=unit).distinct()
    after = visible.filter(predecessor_links__predecessor=unit).distinct()
    return (
        sorted(before, key=lambda item: item.sort_key),
        sorted(after, key=lambda item: item.sort_key),
    )


def group_units(*, group: UnitGroup) -> QuerySet[Unit]:
    """Return the active units a group addresses: its kinds plus its explicit list."""
    condition = Q(pk__in=group.units.values("pk"))
    if group.kinds:
        condition |= Q(kind__in=group.kinds)
    return Unit.objects.filter(condition, state=UnitState.ACTIVE).distinct()
