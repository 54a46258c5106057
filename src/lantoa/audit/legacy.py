"""The chain before keyed MACs (plain SHA-256, user not covered): checked once, then re-chained."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.core.management.base import CommandError
from django.utils import timezone

from lantoa.audit.anchor import anchor_append_on_commit
from lantoa.audit.chain import GENESIS, canonical_detail, chain_key, entry_mac, stored_entry_mac
from lantoa.core.env import env_bool

BATCH = 1000
ACCEPT_BROKEN = "LANTOA_AUDIT_RECHAIN_BROKEN"


def legacy_digest(entry: Any, *, previous: str) -> str:
    """Return the hash the old scheme gave an entry (kept only to check and undo the upgrade)."""
    payload = json.dumps(
        [
            previous,
            entry.at.isoformat(),
            entry.username,
            entry.action,
            entry.target,
            entry.detail,
            entry.address or "",
        ],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def legacy_first_broken(model: Any) -> int | None:
    """Return the id of the first entry whose old-scheme hash does not match, or None."""
    previous = GENESIS
    for entry in model.objects.order_by("pk").iterator(chunk_size=BATCH):
        if entry.previous_hash != previous or entry.entry_hash != legacy_digest(
            entry, previous=previous
        ):
            return entry.pk
        previous = entry.entry_hash
    return None


def legacy_chain_upgrade(model: Any) -> int:
    """Re-chain every entry under the keyed scheme if the old chain verifies; return the count.

    A broken old chain stops the upgrade, unless LANTOA_AUDIT_RECHAIN_BROKEN is set: then the
    entries are re-chained as found and the break is recorded in a new entry of the log.
    """
    broken = legacy_first_broken(model)
    if broken is not None and not env_bool(ACCEPT_BROKEN, False):
        raise CommandError(
            f"the audit log's hash chain is broken at entry id {broken}: it was changed before "
            f"this upgrade. Keep a copy of the database for the inquiry, then run migrate again "
            f"with {ACCEPT_BROKEN}=true to re-chain it as found (the break is recorded in the log)."
        )
    key = chain_key()
    previous, seq, batch = GENESIS, 0, []
    for entry in model.objects.order_by("pk").iterator(chunk_size=BATCH):
        seq += 1
        entry.seq, entry.previous_hash, entry.detail = seq, previous, canonical_detail(entry.detail)
        entry.entry_hash = previous = stored_entry_mac(entry, key=key, previous=previous)
        batch.append(entry)
        if len(batch) >= BATCH:
            model.objects.bulk_update(batch, ["seq", "previous_hash", "entry_hash", "detail"])
            batch = []
    model.objects.bulk_update(batch, ["seq", "previous_hash", "entry_hash", "detail"])
    if broken is not None:
        seq += 1
        fields: dict[str, Any] = {
            "at": timezone.now(),
            "username": "lantoa",
            "action": "change",
            "target": "audit-upgrade",
            "detail": {"legacy_chain_broken_at_id": broken, "rechained_as_found": seq - 1},
            "address": None,
        }
        mac = entry_mac(key=key, seq=seq, previous=previous, user_id=None, **fields)
        model.objects.create(seq=seq, previous_hash=previous, entry_hash=mac, **fields)
        previous = mac
    if seq:
        anchor_append_on_commit(seq=seq, mac=previous)
    return seq


def legacy_chain_downgrade(model: Any) -> None:
    """Give every entry its old-scheme hash again, so that the previous release verifies it."""
    previous, batch = GENESIS, []
    for entry in model.objects.order_by("pk").iterator(chunk_size=BATCH):
        entry.previous_hash = previous
        entry.entry_hash = previous = legacy_digest(entry, previous=previous)
        batch.append(entry)
    model.objects.bulk_update(batch, ["previous_hash", "entry_hash"], batch_size=BATCH)
