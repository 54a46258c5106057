"""Reads of the audit log for board staff only, kept in accounts because accounts checks access."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from lantoa.accounts.selectors import AnyUser, require_board_staff
from lantoa.audit.models import AuditEntry
from lantoa.core.text import fold
from lantoa.organization.models import Unit


def audit_entries(
    *,
    user: AnyUser,
    action: str = "",
    username: str = "",
    target: str = "",
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    unit: Unit | None = None,
) -> QuerySet[AuditEntry]:
    """Return the audit entries matching the filters, newest first; 403 for non-board users."""
    require_board_staff(user=user)
    entries = AuditEntry.objects.all().order_by("-pk")
    if action:
        entries = entries.filter(action=action)
    if username:
        entries = entries.filter(username__icontains=username)
    if target:
        entries = entries.filter(target_key__contains=fold(target))
    if unit is not None:
        entries = entries.filter(_about_unit(unit))
    if since:
        entries = entries.filter(at__gte=_day_start(since))
    if until:
        entries = entries.filter(at__lt=_day_start(until + datetime.timedelta(days=1)))
    return entries


def _about_unit(unit: Unit) -> Q:
    """Entries about one unit: its id or code in the detail (an activity, a report, a role, a
    merger), or its name in the target (its figures, a merger), since a target such as
    «Hoạt động 12 (sửa)» does not name the unit."""
    about = Q(detail__unit=unit.pk) | Q(detail__predecessor=unit.pk) | Q(detail__successor=unit.pk)
    if unit.code:
        about |= Q(detail__unit=unit.code)
    return about | Q(target_key__contains=fold(unit.name))


def _day_start(day: datetime.date) -> Any:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
