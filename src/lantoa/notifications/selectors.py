"""Reads of notifications for the signed-in user's units."""

from __future__ import annotations

from django.db.models import QuerySet

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, member_unit_ids
from lantoa.notifications.models import Notification


def notifications_for(*, user: AnyUser, limit: int = 20) -> QuerySet[Notification]:
    """Return the latest notifications of the units whose reporting the user reads as a member."""
    unit_ids = member_unit_ids(user=user, can=Capability.REPORTING_READ)
    return (
        Notification.objects.filter(unit_id__in=unit_ids)
        .select_related("unit")
        .order_by("-created_at")[:limit]
    )
