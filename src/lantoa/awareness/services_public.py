"""Writes of the answer pages' throttle: posts counted in the database every process shares."""

from __future__ import annotations

import datetime
import hashlib

from django.db import connection, transaction
from django.utils import timezone

from lantoa.awareness.models import PublicPostCount

MINUTE_SECONDS = 60
# One upsert, atomic on SQLite (3.35+) and PostgreSQL: two processes never read the same count.
COUNT_SQL = (
    'INSERT INTO "awareness_publicpostcount" ("scope", "minute", "posts") VALUES (%s, %s, 1) '
    'ON CONFLICT ("scope", "minute") DO UPDATE '
    'SET "posts" = "awareness_publicpostcount"."posts" + 1 RETURNING "posts"'
)


def _scope_key(scope: str) -> str:
    # The scope names a client address: the table keeps only its digest, never the address.
    return hashlib.sha256(scope.encode()).hexdigest()


def _minute(now: datetime.datetime) -> int:
    return int(now.timestamp()) // MINUTE_SECONDS


def public_post_count(*, scope: str, now: datetime.datetime | None = None) -> int:
    """Count one post to `scope` in the current minute; return the minute's posts so far."""
    # Not audited: a counter of anonymous posts, pruned daily, is no record of anything.
    # atomic(): on SQLite the write then queues on the backend's write lock like every other.
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # A count lost in a crash costs nothing: no wait for the log's flush to disk.
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
        cursor.execute(COUNT_SQL, [_scope_key(scope), _minute(now or timezone.now())])
        row = cursor.fetchone()
    return int(row[0])


@transaction.atomic
def public_post_counts_prune(*, now: datetime.datetime | None = None) -> int:
    """Delete the counts of minutes before the last one; return how many rows went."""
    deleted, _ = PublicPostCount.objects.filter(
        minute__lt=_minute(now or timezone.now()) - 1
    ).delete()
    return deleted
