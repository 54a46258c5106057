"""The one reader of a unit's denominators: the figure in force on a date (members, cells...).

A figure holds from its valid_from until a later one of the same kind replaces it; before its
first figure a unit has none (None, never 0). Every screen, export and document reads it here,
live, so a correction shows everywhere at once.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db.models import Q

from lantoa.organization.models import LineageEvent, Unit, UnitFigure, UnitLineage

# unit id -> kind -> the unit's figures of that kind, newest first
Histories = dict[int, dict[str, list[UnitFigure]]]


def figure_histories(
    *,
    unit_ids: Iterable[int],
    kinds: Iterable[str] | None = None,
    until: datetime.date | None = None,
) -> Histories:
    """Return the units' figures per kind, newest first, in one query."""
    figures = UnitFigure.objects.filter(unit_id__in=list(unit_ids))
    if kinds is not None:
        figures = figures.filter(kind__in=list(kinds))
    if until is not None:
        figures = figures.filter(valid_from__lte=until)
    found: Histories = {}
    for figure in figures.order_by("unit_id", "kind", "-valid_from"):
        found.setdefault(figure.unit_id, {}).setdefault(figure.kind, []).append(figure)
    return found


def in_force(history: Iterable[UnitFigure], on: datetime.date) -> UnitFigure | None:
    """Return the figure of a newest-first history in force on a date, or None."""
    return next((figure for figure in history if figure.valid_from <= on), None)


def figures_in_force(
    *, unit_ids: Iterable[int], on: datetime.date, kinds: Iterable[str] | None = None
) -> dict[int, dict[str, UnitFigure]]:
    """Return, per unit id and kind, the figure in force on a date (one query for all)."""
    found: dict[int, dict[str, UnitFigure]] = {}
    for unit_id, by_kind in figure_histories(unit_ids=unit_ids, kinds=kinds, until=on).items():
        for kind, history in by_kind.items():
            figure = in_force(history, on)
            if figure is not None:
                found.setdefault(unit_id, {})[kind] = figure
    return found


def values_in_force(*, unit_ids: Iterable[int], kind: str, on: datetime.date) -> dict[int, int]:
    """Return, per unit id, the value of one kind in force on a date; absent when none."""
    return {
        unit_id: by_kind[kind].value
        for unit_id, by_kind in figures_in_force(unit_ids=unit_ids, on=on, kinds=[kind]).items()
        if kind in by_kind
    }


def values_in_force_through_mergers(
    *, unit_ids: Iterable[int], kind: str, on: datetime.date, counted: Iterable[int]
) -> dict[int, int]:
    """Return values_in_force, each unit's value with those of units merged into it after `on`.

    A unit that merged after the date its denominators are read (a campaign's start), and is
    not `counted` on its own any more (it kept no work of its own in the campaign), has its
    figure on that date go with the unit that took over from it (through a chain of mergers),
    neither lost nor counted twice. Without such a merger it costs the one query
    values_in_force makes; `counted` is read only when there is one.
    """
    asked = set(unit_ids)
    merged = UnitLineage.objects.filter(event=LineageEvent.MERGE, effective__gt=on)
    figures = (
        UnitFigure.objects.filter(kind=kind, valid_from__lte=on)
        .filter(Q(unit_id__in=asked) | Q(unit_id__in=merged.values("predecessor_id")))
        .order_by("unit_id", "-valid_from")
        .values_list("unit_id", "value")
    )
    values: dict[int, int] = {}
    for unit_id, value in figures:
        values.setdefault(unit_id, value)  # newest first: the one in force on the date
    found = {unit_id: value for unit_id, value in values.items() if unit_id in asked}
    outside = set(values) - asked
    if not outside:
        return found
    successor_of = dict(merged.values_list("predecessor_id", "successor_id"))
    apart = set(counted)
    for predecessor in outside - apart:
        unit, seen = successor_of.get(predecessor), {predecessor}
        # A unit on the way that still counts on its own keeps what merged into it.
        while unit is not None and unit not in asked and unit not in apart and unit not in seen:
            seen.add(unit)
            unit = successor_of.get(unit)
        if unit in asked:
            found[unit] = found.get(unit, 0) + values[predecessor]
    return found


def unit_figure_at(*, unit: Unit, kind: str, on: datetime.date) -> UnitFigure | None:
    """Return the figure of that kind in force on a date for one unit, or None."""
    return figures_in_force(unit_ids=[unit.pk], on=on, kinds=[kind]).get(unit.pk, {}).get(kind)
