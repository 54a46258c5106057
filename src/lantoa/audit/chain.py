"""The keyed hash chain's rule: which fields an entry's MAC covers, and with which key."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

from django.conf import settings

from lantoa.core.secrets import secret_key_load_or_create

GENESIS = "0" * 64
# Written into every MAC so that a future change of the serialisation cannot be confused with it.
SCHEME = "lantoa-audit-v2"


def chain_key_path() -> Path:
    """Return where the chain key lives: LANTOA_AUDIT_KEY_FILE or audit.key in the data folder."""
    return Path(settings.LANTOA_AUDIT_KEY_FILE)


def chain_key() -> bytes:
    """Return the HMAC key of the chain, kept outside the database (made on first use)."""
    return secret_key_load_or_create(path=chain_key_path()).encode("ascii")


def canonical_time(at: datetime.datetime) -> str:
    """Return the timestamp in UTC to the microsecond, as both databases store it."""
    return at.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical_detail(detail: dict[str, Any] | None) -> dict[str, Any]:
    """Return the detail as the JSON column gives it back (string keys, lists for tuples)."""
    return json.loads(json.dumps(detail or {}, ensure_ascii=False))


def entry_mac(
    *,
    key: bytes,
    seq: int,
    previous: str,
    at: datetime.datetime,
    user_id: int | None,
    username: str,
    action: str,
    target: str,
    detail: dict[str, Any],
    address: str | None,
) -> str:
    """Return the HMAC-SHA256 over every field of an entry and the previous entry's MAC."""
    payload = json.dumps(
        [
            SCHEME,
            seq,
            previous,
            canonical_time(at),
            user_id,
            username,
            action,
            target,
            detail,
            address or "",
        ],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def stored_entry_mac(entry: Any, *, key: bytes, previous: str) -> str:
    """Return the MAC an entry read from the database should carry after the given previous."""
    return entry_mac(
        key=key,
        seq=entry.seq,
        previous=previous,
        at=entry.at,
        user_id=entry.user_id,
        username=entry.username,
        action=entry.action,
        target=entry.target,
        detail=entry.detail,
        address=entry.address,
    )
