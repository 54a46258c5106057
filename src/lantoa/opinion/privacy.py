"""Privacy at intake: masked phone, citizen ID and e-mail in text; keyed pseudonyms for handles.

The masking itself lives in `lantoa.core.masking` (surveys' open answers use it too); its
names are re-exported here for the opinion app.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from django.conf import settings

from lantoa.core.masking import (
    EMAIL_MASK,
    HANDLE_MASK,
    ID_MASK,
    MASK_NAMES,
    PHONE_MASK,
    mask_text,
    names_author,
    number_kind,
    strip_masks,
)
from lantoa.core.secrets import secret_key_load_or_create
from lantoa.core.text import fold

__all__ = [
    "EMAIL_MASK",
    "HANDLE_MASK",
    "ID_MASK",
    "MASK_NAMES",
    "PHONE_MASK",
    "mask_text",
    "names_author",
    "number_kind",
    "pseudonym",
    "pseudonym_key_path",
    "strip_masks",
]


def pseudonym_key_path() -> Path:
    """Return where the pseudonym key lives: LANTOA_OPINION_KEY_FILE or opinion.key."""
    return Path(settings.LANTOA_OPINION_KEY_FILE)


def _key() -> bytes:
    return secret_key_load_or_create(path=pseudonym_key_path()).encode("ascii")


def pseudonym(handle: str, *, key: bytes | None = None) -> str:
    """Return a keyed HMAC pseudonym of an author handle, or "" for no handle."""
    handle = fold(handle or "").strip().lstrip("@")
    if not handle:
        return ""
    digest = hmac.new(key or _key(), handle.encode("utf-8"), hashlib.sha256).hexdigest()
    return digest[:32]
