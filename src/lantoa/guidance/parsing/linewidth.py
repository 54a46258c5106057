"""How wide a text's lines are wrapped, and whether a line break is the wrap's or a paragraph's."""

from __future__ import annotations

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
