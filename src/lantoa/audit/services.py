"""Writes to the audit log: append one entry to the keyed chain, and verify chain and anchor."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import connection, transaction
from django.http import HttpRequest
from django.utils import timezone

from lantoa.audit.anchor import (
    AnchorDamaged,
    anchor_append_on_commit,
    anchor_head,
    anchor_lines,
    anchor_set_aside,
)
from lantoa.audit.chain import GENESIS, canonical_detail, chain_key, entry_mac, stored_entry_mac
from lantoa.audit.context import covered_by, current
from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.core.network import client_address
from lantoa.core.requestmemo import request_memo_forget
from lantoa.core.text import fold

AUDIT_LOCK_KEY = 0x1A470A  # any constant unique to the audit chain among advisory locks


def audit_record(
    *,
    action: str,
    request: HttpRequest | None = None,
    user: Any = None,
    username: str = "",
    target: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append an entry for an event; the request (or the request's context) gives the address."""
    if action not in AuditAction.values:
        raise ValueError(f"unknown audit action {action!r}")
    if request is not None:
        user = user if user is not None else getattr(request, "user", None)
        address = client_address(request)
    else:
        context = current()
        address = context.address if context is not None else None
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    # The MAC covers the values exactly as the database gives them back.
    fields = {
        "user": user,
        "username": (username or (user.get_username() if user is not None else ""))[:150],
        "action": action,
        "target": target[:255],
        "detail": canonical_detail(detail),
        "address": AuditEntry._meta.get_field("address").get_prep_value(address) or None,
    }
    with transaction.atomic():
        # Serialise writers so the chain has no forks. Locking the last row is not enough on
        # PostgreSQL: a writer that waited for it still sees that row as the last one (the
        # concurrency drill forked the chain), so take a transaction-wide advisory lock first.
        # SQLite's IMMEDIATE transactions already serialise writers.
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [AUDIT_LOCK_KEY])
        last = AuditEntry.objects.order_by("-seq").only("seq", "entry_hash").first()
        seq = last.seq + 1 if last else 1
        previous = last.entry_hash if last else GENESIS
        at = timezone.now()
        mac = entry_mac(
            key=chain_key(),
            seq=seq,
            previous=previous,
            at=at,
            user_id=user.pk if user is not None else None,
            username=fields["username"],
            action=action,
            target=fields["target"],
            detail=fields["detail"],
            address=fields["address"],
        )
        entry = AuditEntry.objects.create(
            seq=seq,
            at=at,
            previous_hash=previous,
            entry_hash=mac,
            target_key=fold(fields["target"])[:255],
            **fields,
        )
        anchor_append_on_commit(seq=seq, mac=mac)
        return entry


# The name a write done outside any request (the CLI, a background job) is recorded under.
SYSTEM_NAME = "lantoa"


def audit_change(
    *,
    op: str,
    user: Any = None,
    target: str,
    detail: dict[str, Any] | None = None,
    always: bool = False,
) -> AuditEntry | None:
    """Record the one CHANGE entry of a service's write, unless an enclosing write records it.

    `op` names the service. The actor is `user`, else the request's signed-in user, else the
    system (CLI, background job); the address is the request's, when there is one. `always`
    records even inside an enclosing write. A long `target` is cut to the column by
    audit_record, so callers pass it whole.
    """
    # What the request remembered (core.requestmemo) may be what this write changes.
    request_memo_forget()
    if covered_by() and not always:
        return None
    context = current()
    if user is None and context is not None:
        user = context.user
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    return audit_record(
        action=AuditAction.CHANGE,
        user=user,
        username="" if user is not None or context is not None else SYSTEM_NAME,
        target=target,
        detail={"op": op, **(detail or {})},
    )


# What a verification found wrong; the page and the command put each into words.
CHANGED = "changed"  # an entry's fields do not match its MAC (edited, or MACs recomputed)
RELINKED = "relinked"  # an entry does not point at the MAC of the one before it
MISSING = "missing"  # a sequence number is missing: entries deleted in the middle
TRUNCATED = "truncated"  # the anchor holds heads past the database's last entry
REPLACED = "replaced"  # an entry differs from the head anchored for its number
ANCHOR_DAMAGED = "anchor_damaged"  # a line of the anchor file is not a head


@dataclass(frozen=True)
class ChainCheck:
    """The result of re-computing the audit chain and comparing it with the anchor."""

    entries: int
    fault: str = ""
    first_broken_id: int | None = None
    first_broken_seq: int | None = None
    anchor_seq: int | None = None
    anchor_line: int | None = None

    @property
    def intact(self) -> bool:
        return not self.fault


def audit_chain_verify() -> ChainCheck:
    """Recompute every entry's MAC in order, compare with the anchor, report the first fault."""
    key = chain_key()
    heads = anchor_lines()
    count = 0
    try:
        pending = next(heads, None)
        previous, expected = GENESIS, 1
        for entry in AuditEntry.objects.order_by("seq").iterator(chunk_size=2000):
            count += 1
            fault = _entry_fault(entry, key=key, previous=previous, expected=expected)
            while pending is not None and pending.seq <= entry.seq:
                if pending.seq == entry.seq and pending.mac != entry.entry_hash:
                    fault = fault or REPLACED
                pending = next(heads, None)
            if fault:
                seq = expected if fault == MISSING else entry.seq
                return ChainCheck(count, fault, entry.pk, seq)
            previous, expected = entry.entry_hash, expected + 1
        if pending is not None:
            top = pending
            for top in heads:  # noqa: B007 -- the highest head is the last one
                pass
            return ChainCheck(count, TRUNCATED, None, expected, anchor_seq=top.seq)
    except AnchorDamaged as exc:
        return ChainCheck(count, ANCHOR_DAMAGED, anchor_line=exc.line)
    return ChainCheck(count)


def _entry_fault(entry: AuditEntry, *, key: bytes, previous: str, expected: int) -> str:
    if entry.seq != expected:
        return MISSING
    if entry.previous_hash != previous:
        return RELINKED
    mac = stored_entry_mac(entry, key=key, previous=previous)
    return "" if hmac.compare_digest(mac, entry.entry_hash) else CHANGED


@dataclass(frozen=True)
class HeadStatus:
    """The database's latest entry next to the anchor's latest head."""

    seq: int | None
    mac: str
    anchor_seq: int | None
    state: str  # agrees, behind, ahead, differs, unanchored, damaged, empty

    @property
    def short_mac(self) -> str:
        return self.mac[:12]

    @property
    def lag(self) -> int:
        return (self.seq or 0) - (self.anchor_seq or 0)


def audit_head_status() -> HeadStatus:
    """Compare the database's head with the anchor's, cheaply (for every audit page view)."""
    last = AuditEntry.objects.order_by("-seq").only("seq", "entry_hash").first()
    seq, mac = (last.seq, last.entry_hash) if last else (None, "")
    try:
        head = anchor_head()
    except AnchorDamaged:
        return HeadStatus(seq, mac, None, "damaged")
    if head is None:
        return HeadStatus(seq, mac, None, "unanchored" if last else "empty")
    if last is None or head.seq > last.seq:
        return HeadStatus(seq, mac, head.seq, "ahead")
    anchored = (
        mac
        if head.seq == last.seq
        else AuditEntry.objects.filter(seq=head.seq).values_list("entry_hash", flat=True).first()
    )
    if anchored != head.mac:
        return HeadStatus(seq, mac, head.seq, "differs")
    return HeadStatus(seq, mac, head.seq, "agrees" if head.seq == last.seq else "behind")


def audit_anchor_restart(*, reason: str) -> Path | None:
    """Start a new anchor at the database's head (after a restore); the old one is kept aside."""
    aside = anchor_set_aside()
    # This entry's own head, written after it commits, is the new anchor's first line.
    audit_record(
        action=AuditAction.CHANGE,
        username="lantoa",
        target="audit-anchor",
        detail={"reason": reason[:500], "previous_anchor": aside.name if aside else ""},
    )
    return aside
