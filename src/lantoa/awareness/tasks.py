"""Background jobs of awareness: erasing contest entrants' names and phones."""

from __future__ import annotations

import datetime

from django_tasks import task

from lantoa.awareness.services_contests import contest_entries_erase
from lantoa.core.daily import enqueue_once_a_day


@task()
def contest_retention() -> int:
    """Erase the names and phones of contests past their retention period."""
    return contest_entries_erase()


def contest_retention_enqueue_if_due(*, now: datetime.datetime, last: datetime.date | None) -> bool:
    """Enqueue the contest retention job once a day (running it twice is harmless)."""
    return enqueue_once_a_day(contest_retention, now=now, last=last)
