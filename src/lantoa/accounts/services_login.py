"""Writes about sign-in attempts: counted and recorded in one step, and the lock they make."""

from __future__ import annotations

import datetime
import zlib

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from lantoa.accounts.models import LoginAttempt


class LoginLocked(Exception):
    """Sign-in is locked for this account or address; `remaining` says for how long."""

    def __init__(self, remaining: datetime.timedelta) -> None:
        super().__init__(remaining)
        self.remaining = remaining


# Advisory-lock namespaces (PostgreSQL's two-key form) for sign-in attempts per account and
# per address; the two-key space never meets the one-key locks used elsewhere.
_LOCK_ACCOUNT, _LOCK_ADDRESS = 0x10C1, 0x10C2


def _signed32(text: str) -> int:
    value = zlib.crc32(text.encode("utf-8"))
    return value - (1 << 32) if value >= 1 << 31 else value


def _attempts_serialise(*, username: str, address: str | None) -> None:
    """Make concurrent attempts on one account or address take turns until commit.

    SQLite's IMMEDIATE transactions already admit one writer at a time. On PostgreSQL two
    attempts would both count the same failures; transaction-wide advisory locks, account
    first and then address (one order, so no deadlock), make the count and the insert one step.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [_LOCK_ACCOUNT, _signed32(username)])
        if address:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s, %s)", [_LOCK_ADDRESS, _signed32(address)]
            )


def login_lock_remaining(*, username: str, address: str | None) -> datetime.timedelta | None:
    """Return how long sign-in stays locked for this account or address, or None."""
    window = datetime.timedelta(minutes=settings.LOGIN_LOCK_MINUTES)
    since = timezone.now() - window
    failures = LoginAttempt.objects.filter(succeeded=False, at__gte=since)
    by_user = failures.filter(username=username.lower()).order_by("-at")
    latest = None
    if by_user.count() >= settings.LOGIN_MAX_FAILURES:
        latest = by_user.first()
    elif address:
        by_address = failures.filter(address=address).order_by("-at")
        if by_address.count() >= settings.LOGIN_MAX_FAILURES_PER_ADDRESS:
            latest = by_address.first()
    if latest is None:
        return None
    return max(latest.at + window - timezone.now(), datetime.timedelta(seconds=1))


@transaction.atomic
def login_attempt_start(*, username: str, address: str | None) -> LoginAttempt:
    """Record an attempt as failed before its secret is checked, or raise LoginLocked.

    Counting and recording in one serialised step means that however many attempts arrive
    at once, no more than the allowed number ever reach the password or code check; the
    caller turns the attempt into a success with login_attempt_succeed.
    """
    username = username.lower()[:150]
    _attempts_serialise(username=username, address=address)
    remaining = login_lock_remaining(username=username, address=address)
    if remaining is not None:
        raise LoginLocked(remaining)
    return LoginAttempt.objects.create(username=username, address=address, succeeded=False)


@transaction.atomic
def login_attempt_succeed(*, attempt: LoginAttempt, clear_failures: bool = True) -> None:
    """Mark a started attempt as a success; a completed sign-in clears the failure streak.

    A right password before a second step passes clear_failures=False: otherwise signing in
    again with the password would wipe the wrong codes and allow endless code guessing.
    """
    LoginAttempt.objects.filter(pk=attempt.pk).update(succeeded=True)
    if clear_failures:
        LoginAttempt.objects.filter(username=attempt.username, succeeded=False).delete()
