"""Writes to the audit log: append one entry chained to the last, and verify the chain."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.http import HttpRequest
from django.utils import timezone

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.core.network import client_address

GENESIS = "0" * 64
AUDIT_LOCK_KEY = 0x1A470A  # any constant unique to the audit chain among advisory locks


def _digest(
    *,
    previous: str,
    at: str,
    username: str,
    action: str,
    target: str,
    detail: dict[str, Any],
    address: str | None,
) -> str:
    payload = json.dumps(
        [previous, at, username, action, target, detail, address or ""],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def audit_record(
    *,
    action: str,
    request: HttpRequest | None = None,
    user: Any = None,
    username: str = "",
    target: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append an entry for an event; the request supplies user and address when given."""
    if action not in AuditAction.values:
        raise ValueError(f"unknown audit action {action!r}")
    if request is not None:
        user = user if user is not None else getattr(request, "user", None)
        address = client_address(request)
    else:
        address = None
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    username = username or (user.get_username() if user is not None else "")
    detail = detail or {}
    with transaction.atomic():
        # Serialise writers so the chain has no forks. Locking the last row is not enough on
        # PostgreSQL: a writer that waited for it still sees that row as the last one (the
        # concurrency drill forked the chain), so take a transaction-wide advisory lock first.
        # SQLite's IMMEDIATE transactions already serialise writers.
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [AUDIT_LOCK_KEY])
        last = AuditEntry.objects.order_by("-pk").first()
        previous = last.entry_hash if last else GENESIS
        at = timezone.now()
        entry_hash = _digest(
            previous=previous,
            at=at.isoformat(),
            username=username,
            action=action,
            target=target[:255],
            detail=detail,
            address=address,
        )
        return AuditEntry.objects.create(
            at=at,
            user=user,
            username=username,
            action=action,
            target=target[:255],
            detail=detail,
            address=address,
            previous_hash=previous,
            entry_hash=entry_hash,
        )


@dataclass(frozen=True)
class ChainCheck:
    """The result of re-computing the audit chain."""

    entries: int
    first_broken_id: int | None

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def audit_chain_verify() -> ChainCheck:
    """Recompute every entry's hash in order and report the first that does not match."""
    previous = GENESIS
    count = 0
    for entry in AuditEntry.objects.order_by("pk").iterator():
        count += 1
        expected = _digest(
            previous=previous,
            at=entry.at.isoformat(),
            username=entry.username,
            action=entry.action,
            target=entry.target,
            detail=entry.detail,
            address=entry.address,
        )
        if entry.previous_hash != previous or entry.entry_hash != expected:
            return ChainCheck(entries=count, first_broken_id=entry.pk)
        previous = entry.entry_hash
    return ChainCheck(entries=count, first_broken_id=None)
