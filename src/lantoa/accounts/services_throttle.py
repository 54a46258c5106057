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
# The same upsert on PostgreSQL in one round trip: the statement itself turns off the wait for
# the log's flush for its transaction (set_config(..., true) is SET LOCAL), so no BEGIN, SET and
# COMMIT of their own; a count lost in a crash costs nothing.
COUNT_SQL_POSTGRESQL = (
    'INSERT INTO "accounts_requestcount" ("scope", "minute", "requests") '
    "SELECT %s, %s, 1 FROM (SELECT set_config('synchronous_commit', 'off', true)) AS no_flush "
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
    params: tuple[str, int] = (_scope_key(scope), _minute(now or timezone.now()))
    if connection.vendor == "postgresql":
        # One statement is its own transaction (or joins the caller's, as SET LOCAL would).
        with connection.cursor() as cursor:
            cursor.execute(COUNT_SQL_POSTGRESQL, params)
            row = cursor.fetchone()
        return int(row[0])
    # atomic(): on SQLite the write then queues on the backend's write lock like every other.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(COUNT_SQL, params)
        row = cursor.fetchone()
    return int(row[0])


@transaction.atomic
def request_counts_prune(*, now: datetime.datetime | None = None) -> int:
    """Delete the counts of minutes before the last one; return how many rows went."""
    deleted, _ = RequestCount.objects.filter(minute__lt=_minute(now or timezone.now()) - 1).delete()
    return deleted
