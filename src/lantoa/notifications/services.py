"""Writes for notifications: post to a unit, mark read, e-mail the unit's people."""

from __future__ import annotations

from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from lantoa.accounts.capabilities import Capability, roles_with
from lantoa.notifications.models import Notification
from lantoa.organization.models import Unit


def notifications_send(*, unit: Unit, title: str, body: str, url: str = "") -> Notification:
    """Post a notification to a unit and e-mail its people once the transaction commits."""
    notification = Notification.objects.create(unit=unit, title=title[:255], body=body, url=url)
    from lantoa.notifications.tasks import notification_email

    transaction.on_commit(lambda: notification_email.enqueue(notification.pk))
    return notification


def notification_email_send(*, notification: Notification) -> int:
    """E-mail a notification to the unit's members who read its reporting; return the count."""
    if notification.emailed_at is not None:
        return 0
    # Notifications speak of the unit's reporting: an opinion collaborator gets none.
    roles = roles_with(can=Capability.REPORTING_READ, unit_kind=notification.unit.kind)
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
