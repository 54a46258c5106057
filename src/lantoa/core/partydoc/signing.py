"""The one vocabulary of signing modes (ký thay, thay mặt, thừa lệnh, thừa ủy quyền)."""

from __future__ import annotations

import re

from lantoa.core.partydoc.model import SignatureMode

# Canonical spellings as Hướng dẫn 36-HD/VPTW prints them, with the review form's labels.
SIGNING_MODES: tuple[tuple[str, str], ...] = (
    ("K/T", "K/T (ký thay)"),
    ("T/M", "T/M (thay mặt)"),
    ("TL.", "TL. (thừa lệnh)"),
    ("TUQ.", "TUQ. (thừa ủy quyền)"),
)
SIGNING_MODE_CHOICES: list[tuple[str, str]] = [("", "Ký trực tiếp"), *SIGNING_MODES]

# Every spelling seen in documents, keyed without dots, slashes or spaces.
_SPELLINGS: dict[str, SignatureMode] = {"KT": "K/T", "TM": "T/M", "TL": "TL.", "TUQ": "TUQ."}

# A signing-mode token at the start of a line: "K/T", "KT.", "T/M", "TM.", "T/L", "TL.", "TUQ.".
MODE_PATTERN = r"K\s?/\s?T\.?|KT\.?|T\s?/\s?M\.?|TM\.?|T\s?/\s?L\.?|TL\.?|T\s?/\s?UQ\.?|TUQ\.?"


def signing_mode(raw: str | None) -> str:
    """Return the canonical signing mode for any spelling, or "" when it is not one."""
    return signature_mode(raw) or ""


def signature_mode(raw: str | None) -> SignatureMode | None:
    """Return the canonical signing mode for any spelling as a signature's, or None (direct)."""
    key = re.sub(r"[\s./]", "", raw or "").upper()
    return _SPELLINGS.get(key)
