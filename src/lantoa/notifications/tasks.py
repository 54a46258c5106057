"""Background jobs of notifications."""

from __future__ import annotations

from django_tasks import task

from lantoa.notifications.models import Notification
from lantoa.notifications.services import notification_email_send


@task()
def notification_email(notification_id: int) -> int:
    """E-mail one notification to its unit's people."""
    notification = Notification.objects.select_related("unit").get(pk=notification_id)
    return notification_email_send(notification=notification)
