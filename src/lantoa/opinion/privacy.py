"""Privacy at intake: mask phone, citizen ID and e-mail in text; keyed pseudonyms for handles."""

from __future__ import annotations

import hashlib
import hmac
import re
from pathlib import Path

from django.conf import settings

from lantoa.core.secrets import secret_key_load_or_create
from lantoa.core.text import fold

EMAIL_MASK = "[email]"
PHONE_MASK = "[số điện thoại]"
ID_MASK = "[số định danh]"
HANDLE_MASK = "[tài khoản]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Vietnamese phone numbers: 0 or +84/84 then 9 digits (mobile 3/5/7/8/9, landline 2),
# with spaces, dots or dashes between groups.
_PHONE = re.compile(r"(?<![\w+])(?:\+?84[\s.-]?|0)(?:\d[\s.-]?){8,9}\d?(?!\d)")
# Citizen identity card (CCCD, 12 digits) and old ID card (CMND, 9 digits), also grouped.
_ID_NUMBER = re.compile(r"(?<!\d)(?:\d[\s.]?){11}\d(?!\d)|(?<!\d)\d{9}(?!\d)")
# @handles written in the text.
_HANDLE = re.compile(r"(?<![\w@])@[\w.]{2,50}", re.UNICODE)


def mask_text(text: str) -> str:
    """Return the text with e-mail addresses, phone numbers, ID numbers and @handles masked."""
    text = _EMAIL.sub(EMAIL_MASK, text)
    text = _PHONE.sub(_phone_or_id, text)
    text = _ID_NUMBER.sub(ID_MASK, text)
    return _HANDLE.sub(HANDLE_MASK, text)


def _phone_or_id(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    # A 12-digit string starting with 0 is a CCCD number (province code first), not a phone.
    if len(digits) == 12 and digits.startswith("0"):
        return ID_MASK
    return PHONE_MASK if 9 <= len(digits) <= 12 else match.group(0)


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
