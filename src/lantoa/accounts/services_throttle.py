"""Rate limits every server process shares: requests counted per key and minute in the database."""

from __future__ import annotations

import datetime
import hashlib

from django.db import connection, transaction
from django.utils import timezone

from lantoa.accounts.models import RequestCount

MINUTE_SECONDS = 60
# One upsert, atomic on SQLite (3.35+) and PostgreSQL: two processes never read the same count.
COUNT_SQL = (
    'INSERT INTO "accounts_requestcount" ("scope", "minute", "requests") VALUES (%s, %s, 1) '
    'ON CONFLICT ("scope", "minute") DO UPDATE '
    'SET "requests" = "accounts_requestcount"."requests" + 1 RETURNING "requests"'
)


def _scope_key(scope: str) -> str:
    # A scope may name a client address or a token: the table keeps only its digest.
    return hashlib.sha256(scope.encode()).hexdigest()


def _minute(now: datetime.datetime) -> int:
    return int(now.timestamp()) // MINUTE_SECONDS


def request_minute_remaining(*, now: datetime.datetime | None = None) -> float:
    """Return the seconds left until the clock minute the counts are kept in turns."""
    return MINUTE_SECONDS - ((now or timezone.now()).timestamp() % MINUTE_SECONDS)


def request_count(*, scope: str, now: datetime.datetime | None = None) -> int:
    """Count one request to `scope` in the current minute; return the minute's requests so far."""
    # Not audited: a counter pruned daily is no record of anything (see the audit test's list).
    # atomic(): on SQLite the write then queues on the backend's write lock like every other.
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # A count lost in a crash costs nothing: no wait for the log's flush to disk.
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
        cursor.execute(COUNT_SQL, [_scope_key(scope), _minute(now or timezone.now())])
        row = cursor.fetchone()
    return int(row[0])


@transaction.atomic
def request_counts_prune(*, now: datetime.datetime | None = None) -> int:
    """Delete the counts of minutes before the last one; return how many rows went."""
    deleted, _ = RequestCount.objects.filter(minute__lt=_minute(now or timezone.now()) - 1).delete()
    return deleted
