"""Writes for notifications: post to a unit, mark read, e-mail the unit's people, purge old ones."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from lantoa.accounts.capabilities import Capability, roles_with
from lantoa.audit.services import audit_change
from lantoa.notifications.models import Notification
from lantoa.organization.models import Unit
from lantoa.organization.selectors import province_board


def notifications_send(
    *,
    unit: Unit,
    title: str,
    body: str,
    url: str = "",
    sender: Unit | None = None,
    capability: Capability = Capability.REPORTING_READ,
) -> Notification:
    """Post a notification to a unit's people allowed `capability` there, e-mailed after commit.

    A title longer than the column is cut here (and in notifications_send_many): pass it whole.
    """
    # Every notification today is sent by the board or by Lan Tỏa on its behalf.
    sender = sender or province_board()
    notification = Notification.objects.create(
        unit=unit, sender=sender, title=title[:255], body=body, url=url, capability=capability
    )
    from lantoa.notifications.tasks import notification_email

    transaction.on_commit(lambda: notification_email.enqueue(notification.pk))
    return notification


@dataclass(frozen=True)
class Message:
    """One notification to post: to which unit, what it says, where it leads."""

    unit: Unit
    title: str
    body: str
    url: str = ""


def notifications_send_many(*, messages: list[Message]) -> list[Notification]:
    """Post many notifications in one insert and e-mail them in one job after the commit.

    What notifications_send does for each, at once: a new campaign tells some fifty units.
    """
    if not messages:
        return []
    sender = province_board()
    posted = Notification.objects.bulk_create(
        [
            Notification(unit=m.unit, sender=sender, title=m.title[:255], body=m.body, url=m.url)
            for m in messages
        ]
    )
    from lantoa.notifications.tasks import notification_emails

    ids = [notification.pk for notification in posted]
    transaction.on_commit(lambda: notification_emails.enqueue(ids))
    return posted


@transaction.atomic
def notifications_mark_read(*, user: User, notification_ids: list[int]) -> int:
    """Mark the given notifications read for the user (ids already scoped); return how many."""
    fresh = list(
        Notification.objects.filter(pk__in=notification_ids)
        .exclude(read_by=user.pk)
        .values_list("pk", flat=True)
    )
    through = Notification.read_by.through
    through.objects.bulk_create(
        [through(notification_id=pk, user_id=user.pk) for pk in fresh], ignore_conflicts=True
    )
    audit_change(
        op="notifications_mark_read",
        user=user,
        target=f"Thông báo đã đọc: {len(fresh)}",
        detail={"notifications": fresh},
    )
    return len(fresh)


@transaction.atomic
def notifications_purge(*, read_before: datetime.date) -> int:
    """Delete notifications read by someone and older than a day; return how many."""
    start = datetime.datetime.combine(read_before, datetime.time.min)
    old = Notification.objects.filter(
        created_at__lt=timezone.make_aware(start), read_by__isnull=False
    ).distinct()
    ids = list(old.values_list("pk", flat=True))
    Notification.objects.filter(pk__in=ids).delete()
    audit_change(
        op="notifications_purge",
        user=None,
        target=f"Xóa thông báo đã đọc trước ngày {read_before:%d/%m/%Y}",
        detail={"deleted": len(ids), "read_before": read_before.isoformat()},
    )
    return len(ids)


def notification_email_send(*, notification: Notification) -> int:
    """E-mail a notification to the unit's members who read its reporting; return the count."""
    if notification.emailed_at is not None:
        return 0
    # Those who may read it: of the unit's reporting, never an opinion collaborator; of opinion,
    # the board's staff and leaders, never the board's own reporter.
    roles = roles_with(can=Capability(notification.capability), unit_kind=notification.unit.kind)
    members = notification.unit.memberships.filter(user__is_active=True, role__in=roles)
    members = members.exclude(user__email="")
    addresses = sorted(set(members.values_list("user__email", flat=True)))
    if addresses:
        send_mail(
            subject=f"[Lan Tỏa] {notification.title}",
            message=f"{notification.body}\n\nXem trên Lan Tỏa: {notification.url}",
            from_email=None,
            recipient_list=addresses,
        )
    notification.emailed_at = timezone.now()
    notification.save(update_fields=["emailed_at"])
    return len(addresses)
