"""Background jobs of reminders, and when the daily one is due."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from lantoa.reminders.models import ReminderRun
from lantoa.reminders.services import reminders_send_due


@task()
def reminders_daily(day: str) -> int:
    """Send the day's reminders (ISO date); returns how many units were reminded."""
    return reminders_send_due(today=datetime.date.fromisoformat(day)).units


def reminder_enqueue_if_due(*, now: datetime.datetime, last: datetime.date | None) -> bool:
    """Enqueue today's reminder job after the configured hour unless today's run exists."""
    local = timezone.localtime(now)
    today = local.date()
    if local.hour < settings.LANTOA_REMINDER_HOUR or last == today:
        return False
    if ReminderRun.objects.filter(date=today, finished_at__isnull=False).exists():
        return False
    # Harmless if another process enqueues too: the job itself runs once per date.
    reminders_daily.enqueue(today.isoformat())
    return True
