"""Reads of notifications for the signed-in user's units: latest, grouped repeats, unread."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, member_unit_ids
from lantoa.notifications.models import Notification

# How many latest notifications the grouped list reads (repeats fold into one line).
GROUPED_WINDOW = 200


def _readable(*, user: AnyUser) -> QuerySet[Notification]:
    """Return the notifications the user may read: their units', each under its capability."""
    allowed = Q(pk__in=[])
    for can in Capability:
        if unit_ids := member_unit_ids(user=user, can=can):
            allowed |= Q(capability=can, unit_id__in=unit_ids)
    return Notification.objects.filter(allowed)


def notifications_for(*, user: AnyUser, limit: int = 20) -> QuerySet[Notification]:
    """Return the latest notifications of the user's units that the user may read there."""
    return (
        _readable(user=user).select_related("unit", "sender").order_by("-created_at", "-pk")[:limit]
    )


def notification_ids_of(*, user: AnyUser, ids: list[int]) -> list[int]:
    """Return those of the ids that are the user's notifications (others are ignored)."""
    found = _readable(user=user)
    if ids:
        found = found.filter(pk__in=ids)
    return list(found.values_list("pk", flat=True))


@dataclass
class NotificationGroup:
    """One message, or the same message repeated (same unit, title and link), newest first."""

    latest: Notification
    ids: list[int] = field(default_factory=list)
    unread: int = 0

    @property
    def count(self) -> int:
        return len(self.ids)


def notification_groups(*, user: AnyUser, limit: int = 10) -> list[NotificationGroup]:
    """Return the user's latest notifications with repeats grouped and what is still unread."""
    latest = list(notifications_for(user=user, limit=GROUPED_WINDOW))
    read = set(
        Notification.read_by.through.objects.filter(
            user_id=int(user.pk or 0), notification_id__in=[n.pk for n in latest]
        ).values_list("notification_id", flat=True)
    )
    groups: dict[tuple[int, str, str], NotificationGroup] = {}
    for notification in latest:
        key = (notification.unit_id, notification.title, notification.url)
        group = groups.setdefault(key, NotificationGroup(latest=notification))
        group.ids.append(notification.pk)
        group.unread += notification.pk not in read
    return list(groups.values())[:limit]


def unread_count(*, user: AnyUser) -> int:
    """Return how many of the user's notifications they have not marked read."""
    return _readable(user=user).exclude(read_by=user.pk).count()
