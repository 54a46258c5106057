"""Writes to the unit tree: units, lineage steps, dated figures and groups."""

from __future__ import annotations

import datetime

from django.db import transaction

from lantoa.audit.services import audit_change
from lantoa.core.errors import Refused
from lantoa.core.text import fold, vn_sort_key
from lantoa.organization.models import (
    FigureKind,
    LineageEvent,
    Unit,
    UnitFigure,
    UnitGroup,
    UnitKind,
    UnitLineage,
    UnitState,
    figure_kinds_for,
)


class OrganizationError(Refused):
    """A change to the unit tree that cannot be made, with a message for people."""


def unit_search_key(*, name: str, locality: str, code: str | None) -> str:
    """Return the folded text the directory search matches against."""
    return " | ".join(part for part in (fold(name), fold(locality), code or "") if part)


def unit_keys_refresh(unit: Unit) -> None:
    """Recompute the unit's derived search and sort keys from its name (before saving)."""
    unit.search_key = unit_search_key(name=unit.name, locality=unit.locality, code=unit.code)
    unit.sort_key = vn_sort_key(unit.name)


@transaction.atomic
def unit_create(
    *,
    kind: str,
    name: str,
    code: str | None = None,
    parent: Unit | None = None,
    locality: str = "",
    state: str = UnitState.ACTIVE,
    valid_from: datetime.date | None = None,
    valid_to: datetime.date | None = None,
) -> Unit:
    """Create a unit, refusing an unknown kind or a code already taken."""
    if kind not in UnitKind.values:
        raise OrganizationError(f"Loại đơn vị không hợp lệ: {kind!r}.")
    if code and Unit.objects.filter(code=code).exists():
        raise OrganizationError(f"Mã đơn vị {code!r} đã được dùng.")
    unit = Unit(
        kind=kind,
        name=name.strip(),
        code=code or None,
        parent=parent,
        locality=locality.strip(),
        state=state,
        valid_from=valid_from,
        valid_to=valid_to,
    )
    unit_keys_refresh(unit)
    unit.full_clean()
    unit.save()
    audit_change(
        op="unit_create",
        target=_unit_target(unit),
        detail={"unit": unit.pk, "kind": kind, "code": unit.code or "", "parent": unit.parent_id},
    )
    return unit


def _unit_target(unit: Unit) -> str:
    return f"Đơn vị {unit.code or unit.pk}: {unit.name}"[:255]


@transaction.atomic
def unit_admin_save(*, unit: Unit, changed: list[str], created: bool) -> Unit:
    """Save a unit the Django admin added or changed, with its derived keys, audited."""
    unit_keys_refresh(unit)
    unit.save()
    audit_change(
        op="unit_admin_save",
        target=_unit_target(unit),
        detail={"unit": unit.pk, "fields": sorted(changed), "created": created},
    )
    return unit


@transaction.atomic
def unit_lineage_record(
    *,
    predecessor: Unit,
    successor: Unit,
    event: str,
    effective: datetime.date,
    source: str = "",
) -> UnitLineage:
    """Record that a predecessor became (part of) a successor; merging marks it merged."""
    if event not in LineageEvent.values:
        raise OrganizationError(f"Sự kiện không hợp lệ: {event!r}.")
    if predecessor.pk == successor.pk:
        raise OrganizationError("Một đơn vị không thể sáp nhập vào chính nó.")
    step, created = UnitLineage.objects.get_or_create(
        predecessor=predecessor,
        successor=successor,
        effective=effective,
        defaults={"event": event, "source": source},
    )
    merged = event == LineageEvent.MERGE and predecessor.state != UnitState.MERGED
    if merged:
        predecessor.state = UnitState.MERGED
        predecessor.valid_to = effective - datetime.timedelta(days=1)
        predecessor.save(update_fields=["state", "valid_to"])
    if created or merged:  # recording a known step again changes nothing
        audit_change(
            op="unit_lineage_record",
            target=_unit_target(successor),
            detail={
                "predecessor": predecessor.pk,
                "successor": successor.pk,
                "event": event,
                "effective": effective.isoformat(),
            },
        )
    return step


@transaction.atomic
def unit_figure_set(
    *,
    unit: Unit,
    kind: str,
    value: int,
    valid_from: datetime.date,
    is_demo: bool = False,
    source: str = "",
) -> UnitFigure:
    """Set a denominator from a date on; earlier values stay as history."""
    if kind not in FigureKind.values:
        raise OrganizationError(f"Chỉ tiêu không hợp lệ: {kind!r}.")
    if kind not in figure_kinds_for(unit):
        raise OrganizationError(
            f"{unit.name} không có chỉ tiêu {FigureKind(kind).label.lower()} (chỉ đảng ủy xã, "
            "phường có dân số)."
        )
    if value < 0:
        raise OrganizationError("Số liệu không được âm.")
    before = (
        UnitFigure.objects.filter(unit=unit, kind=kind, valid_from=valid_from)
        .values_list("value", flat=True)
        .first()
    )
    figure, _created = UnitFigure.objects.update_or_create(
        unit=unit,
        kind=kind,
        valid_from=valid_from,
        defaults={"value": value, "is_demo": is_demo, "source": source},
    )
    if before != value:
        audit_change(
            op="unit_figure_set",
            target=_unit_target(unit),
            detail={
                "kind": kind,
                "valid_from": valid_from.isoformat(),
                "value": value,
                "before": before,
            },
        )
    return figure


@transaction.atomic
@transaction.atomic
def unit_group_admin_save(
    *, group: UnitGroup, units: list[Unit] | None, changed: list[str], created: bool
) -> UnitGroup:
    """Save a group the Django admin added or changed, with its units, audited."""
    group.save()
    if units is not None:
        group.units.set(units)
    audit_change(
        op="unit_group_admin_save",
        target=f"Nhóm đơn vị {group.pk}: {group.name}"[:255],
        detail={
            "group": group.pk,
            "fields": sorted(changed),
            "created": created,
            "kinds": group.kinds,
            "units": sorted(unit.pk for unit in group.units.all()),
        },
    )
    return group


def unit_group_create(*, name: str, kinds: list[str], units: list[Unit] | None = None) -> UnitGroup:
    """Create a group of units by kind and/or an explicit list."""
    unknown = [kind for kind in kinds if kind not in UnitKind.values]
    if unknown:
        raise OrganizationError(f"Loại đơn vị không hợp lệ: {', '.join(unknown)}.")
    group, created = UnitGroup.objects.get_or_create(name=name, defaults={"kinds": kinds})
    if units:
        group.units.add(*units)
    if created or units:
        audit_change(
            op="unit_group_create",
            target=f"Nhóm đơn vị {group.pk}: {group.name}",
            detail={"group": group.pk, "kinds": kinds, "units": [u.pk for u in units or []]},
        )
    return group
