"""The one rule of a daily job that is harmless to run twice: enqueue it once a day."""

from __future__ import annotations

import datetime
from typing import Protocol

from django.utils import timezone


class Enqueueable(Protocol):
    """A background job that takes no arguments (a `django_tasks.task`)."""

    def enqueue(self) -> object: ...


def enqueue_once_a_day(
    job: Enqueueable, *, now: datetime.datetime, last: datetime.date | None
) -> bool:
    """Enqueue the job unless the daily job clock already did today (`last`); say if it did."""
    if last == timezone.localtime(now).date():
        return False
    job.enqueue()
    return True
