"""Background jobs of awareness: erasing contest entrants' names and phones."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django_tasks import task

from lantoa.awareness.services_contests import contest_entries_erase


@task()
def contest_retention() -> int:
    """Erase the names and phones of contests past their retention period."""
    return contest_entries_erase()


def contest_retention_enqueue_if_due(*, now: datetime.datetime, last: datetime.date | None) -> bool:
    """Enqueue the contest retention job once a day (running it twice is harmless)."""
    if last == timezone.localtime(now).date():
        return False
    contest_retention.enqueue()
    return True
