"""Background jobs of reminders."""

from __future__ import annotations

import datetime

from django_tasks import task

from lantoa.reminders.services import reminders_send_due


@task()
def reminders_daily(day: str) -> int:
    """Send the day's reminders (ISO date); returns how many units were reminded."""
    return reminders_send_due(today=datetime.date.fromisoformat(day)).units
