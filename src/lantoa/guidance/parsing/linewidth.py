"""How wide a text's lines are wrapped, and whether a line break is the wrap's or a paragraph's."""

from __future__ import annotations

import re
import statistics

_TERMINAL = (".", ":", ";", "!", "?")
# Share of long lines a wrapped text cuts mid-sentence (over 0.65 in every wrapped text seen).
_CUT_SHARE = 0.5


def hard_wrapped(raws: list[str]) -> bool:
    """Return True when nearly every line stops near one width (a portal's ~80 characters)."""
    lengths = sorted(len(r.strip()) for r in raws if r.strip())
    if len(lengths) < 20:
        return False
    longer = [n for n in lengths if n >= 40]
    return (
        bool(longer) and lengths[int(len(lengths) * 0.95)] <= 90 and longer[len(longer) // 2] >= 60
    )


def wrap_width(raws: list[str]) -> int | None:
    """Return the width a text is wrapped at when nearly every line stops near it, or None."""
    if not hard_wrapped(raws):
        return None
    # One paragraph a line, each about as long, is no wrap: most of its lines end a sentence.
    long_lines = [r.strip() for r in raws if len(r.strip()) >= 40]
    cut = sum(1 for line in long_lines if not line.endswith(_TERMINAL))
    if cut < _CUT_SHARE * len(long_lines):
        return None
    lengths = sorted(len(r.strip()) for r in raws if r.strip())
    return lengths[int(len(lengths) * 0.95)]


def overflows(prev_raw: str, line: str, width: int) -> bool:
    """Return True when line's first word would not have fitted on the line above it."""
    first = line.split(" ", 1)[0]
    return len(prev_raw.strip()) + 1 + len(first) > width


# An item's number or letter opening a line: "1.", "2.3.", "a)", "(1)", "-".
_ITEM_START = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|\(\d{1,2}\)|-)\s")
_SHORT_FIRST_ITEMS = 5
_SHORT_FIRST_SHARE = 0.5
_LONG_SHARE = 0.75


def short_first_lines(raws: list[str], width: int) -> bool:
    """Return True when an item's first line is cut short and its rest wrapped at the width.

    A portal's copy ("(2) Nâng cao chất lượng" / "công tác thông tin …"): every paragraph opens
    on a short line, so a line filled near the width is never a paragraph's first.
    """
    firsts = [
        len(raws[i].strip())
        for i in range(len(raws) - 1)
        if _ITEM_START.match(raws[i].strip()) and raws[i + 1].strip()[:1].islower()
    ]
    return (
        len(firsts) >= _SHORT_FIRST_ITEMS and statistics.median(firsts) < _SHORT_FIRST_SHARE * width
    )


def long_line(line: str, width: int) -> bool:
    """Return True when the line is filled near the width."""
    return len(line) >= _LONG_SHARE * width
