"""Background jobs of accounts: pruning the shared rate limits' old request counts."""

from __future__ import annotations

import datetime

from django_tasks import task

from lantoa.accounts.services_throttle import request_counts_prune
from lantoa.core.daily import enqueue_once_a_day


@task()
def request_counts_retention() -> int:
    """Delete the request counts of past minutes; return how many rows went."""
    # A count only matters for its minute; the daily job keeps the table small.
    return request_counts_prune()


def request_counts_enqueue_if_due(*, now: datetime.datetime, last: datetime.date | None) -> bool:
    """Enqueue the request counts' prune once a day (running it twice is harmless)."""
    return enqueue_once_a_day(request_counts_retention, now=now, last=last)
