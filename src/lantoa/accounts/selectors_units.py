"""Reads of the unit tree scoped to what the asking user may see (organization knows no users)."""

from __future__ import annotations

from django.db.models import QuerySet

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, units_where
from lantoa.core.lookups import one_or_404
from lantoa.core.text import fold
from lantoa.organization.models import Unit
from lantoa.organization.selectors import in_force_condition, units_in_force


def unit_get(*, user: AnyUser, unit_id: int) -> Unit:
    """Return one unit whose reporting the user may read, or 404 (never 403: it hides existence)."""
    units = units_where(user=user, can=Capability.REPORTING_READ)
    return one_or_404(units.select_related("parent").filter(pk=unit_id), "Không tìm thấy đơn vị.")


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
        units = units.filter(in_force_condition())
    if kind:
        units = units.filter(kind=kind)
    for word in fold(query).split():
        units = units.filter(search_key__contains=word)
    # The stored sort key keeps this a plain string sort, whatever the database's collation.
    return sorted(
        units.only("id", "name", "kind", "code", "locality", "state", "sort_key"),
        key=lambda unit: unit.sort_key,
    )


def unit_lineage(*, user: AnyUser, unit: Unit) -> tuple[list[Unit], list[Unit]]:
    """Return the visible predecessors and successors of a unit, in Vietnamese order."""
    visible = units_where(user=user, can=Capability.REPORTING_READ)
    before = visible.filter(successor_links__successor=unit).distinct()
    after = visible.filter(predecessor_links__predecessor=unit).distinct()
    return (
        sorted(before, key=lambda item: item.sort_key),
        sorted(after, key=lambda item: item.sort_key),
    )
