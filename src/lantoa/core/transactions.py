"""A write of one statement in the one transaction it needs, on either database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, transaction


@contextmanager
def one_statement() -> Iterator[None]:
    """Run a block of ONE write statement as its own transaction, refused alone if it fails.

    On PostgreSQL outside any transaction the statement commits by itself: one round trip
    instead of BEGIN, the statement and COMMIT. On SQLite the block is atomic(), so the writer
    queues on the backend's write lock; inside a caller's transaction it is a savepoint, so a
    failed statement (a unique constraint met) leaves that transaction usable.
    """
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        yield
        return
    with transaction.atomic():
        yield
