"""Background jobs of notifications."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from lantoa.core.daily import enqueue_once_a_day
from lantoa.notifications.models import Notification
from lantoa.notifications.services import notification_email_send, notifications_purge


@task()
def notification_email(notification_id: int) -> int:
    """E-mail one notification to its unit's people."""
    notification = Notification.objects.select_related("unit").get(pk=notification_id)
    return notification_email_send(notification=notification)


@task()
def notification_emails(notification_ids: list[int]) -> int:
    """E-mail many notifications, each to its unit's people; return the e-mails sent."""
    return sum(
        notification_email_send(notification=notification)
        for notification in Notification.objects.select_related("unit").filter(
            pk__in=notification_ids
        )
    )


@task()
def notifications_retention() -> int:
    """Delete the notifications read and older than the retention period."""
    days = settings.LANTOA_NOTIFICATION_RETENTION_DAYS
    return notifications_purge(read_before=timezone.localdate() - datetime.timedelta(days=days))


def retention_enqueue_if_due(*, now: datetime.datetime, last: datetime.date | None) -> bool:
    """Enqueue the notification retention job once a day (running it twice is harmless)."""
    return enqueue_once_a_day(notifications_retention, now=now, last=last)
