"""A document's "Nơi nhận": the recipients listed above or beside the signature block."""

from __future__ import annotations

import re

from .sections import is_upper_line
from .tail import MODE_RE, SIGNED_RE, is_person_name

_PAGE_NUMBER_RE = re.compile(r"^\d{1,3}$")
_BULLET_AFTER_END_RE = re.compile(r"(?<=[,;.])\s(?=[-+•]\s[A-ZĐÀ-Ỹ])")


def parse_recipients(lines: list[str], index: int | None, stop: int | None) -> list[str]:
    """Return the recipients listed after "Nơi nhận:" up to the signature block."""
    if index is None:
        return []
    out: list[str] = []
    grouped = False
    first = re.sub(r"^Nơi\s?nhận\s?:?", "", lines[index], flags=re.IGNORECASE).strip()
    candidates = ([first] if first else []) + lines[index + 1 :]
    for offset, line in enumerate(candidates):
        if (
            stop is not None
            and stop > index
            and index + offset + (0 if first else 1) >= stop
            and (MODE_RE.match(line) or is_upper_line(line))
        ):
            break
        if MODE_RE.match(line) or (is_upper_line(line) and not line.startswith(("-", "+"))):
            break
        if SIGNED_RE.match(line):
            break
        # "Nơi nhận:" / "33" / "- Các tỉnh ủy, …": a PDF page's number read in among the
        # recipients; no recipient is a bare number.
        if _PAGE_NUMBER_RE.match(line):
            continue
        # The signer's name below the list, its mode line printed above "Nơi nhận".
        if is_person_name(line):
            break
        # "- Các đồng chí Phó Trưởng Ban, - Các vụ, cục, …": a PDF's row of two columns'
        # recipients, each after its own bullet.
        for piece in _BULLET_AFTER_END_RE.split(line):
            grouped = _add_recipient(out, piece, grouped=grouped)
    return out


def _add_recipient(out: list[str], line: str, *, grouped: bool) -> bool:
    """Add one recipient's line to out; return whether it heads a group of "+" lines."""
    item = re.sub(r"^[-+•·]\s?", "", line).strip().rstrip(";,.").strip()
    # "- VPUB: + CVP, các PCVP;" over "+ Cổng TTĐT tỉnh;": a "+" line goes on the list of
    # offices the item above named after its colon, one recipient ("Lưu" is one of its own).
    if item and line.startswith("+") and out and grouped and not item.startswith("Lưu"):
        out[-1] = f"{out[-1]}{' ' if out[-1].endswith(':') else '; '}{item}"
    elif item:
        out.append(item)
        grouped = line.startswith("-") and ":" in item
    return grouped
