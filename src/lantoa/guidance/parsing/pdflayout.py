"""Reading order of a PDF page laid out in two columns (header, signature block and Nơi nhận)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Spaces that separate two columns in pypdf's layout text (words are one or two apart).
_COLUMN_GAP = re.compile(r" {4,}")
_SEGMENT = re.compile(r"\S+(?: {1,3}\S+)*")


@dataclass
class _Segment:
    start: int
    end: int
    text: str

    @property
    def center(self) -> float:
        return (self.start + self.end) / 2


def _segments(line: str) -> list[_Segment]:
    return [_Segment(m.start(), m.end(), m.group(0)) for m in _SEGMENT.finditer(line)]


def _split(line: str, width: int) -> tuple[_Segment, _Segment] | None:
    """Return the left and right parts of a line printed in two columns, or None."""
    segs = _segments(line)
    if len(segs) < 2:
        return None
    gaps = [(segs[i + 1].start - segs[i].end, i) for i in range(len(segs) - 1)]
    gap, at = max(gaps)
    right_start = segs[at + 1].start
    if gap < 4 or right_start < 0.35 * width:
        return None
    left = _Segment(segs[0].start, segs[at].end, " ".join(s.text for s in segs[: at + 1]))
    right = _Segment(right_start, segs[-1].end, " ".join(s.text for s in segs[at + 1 :]))
    return left, right


class _Run:
    """Consecutive lines of a two-column block: each column's lines, and where they sit."""

    def __init__(self, left: _Segment, right: _Segment, width: int) -> None:
        self.width = width
        self.split = right.start
        self.left: list[_Segment] = [left]
        self.right: list[_Segment] = [right]

    def _near(self, seg: _Segment, column: list[_Segment]) -> bool:
        same_start = any(abs(seg.start - c.start) <= 1 for c in column)
        same_center = any(abs(seg.center - c.center) <= 0.1 * self.width for c in column)
        return same_start or same_center

    def take(self, line: str) -> bool:
        """Add a line to its column and return True, or return False when it spans both."""
        pair = _split(line, self.width)
        if pair is not None:
            self.left.append(pair[0])
            self.right.append(pair[1])
            return True
        segs = _segments(line)
        if not segs:
            return True
        seg = _Segment(segs[0].start, segs[-1].end, " ".join(s.text for s in segs))
        if seg.end <= self.split and self._near(seg, self.left):
            self.left.append(seg)
            return True
        if seg.start >= self.split - 8 and self._near(seg, self.right):
            self.right.append(seg)
            return True
        return False

    def lines(self) -> list[str]:
        return [s.text for s in self.left] + [s.text for s in self.right]


def columns_in_order(page: str) -> str:
    """Return a page's layout text with each two-column block read left column first."""
    rows = page.split("\n")
    width = max((len(r.rstrip()) for r in rows), default=0)
    out: list[str] = []
    run: _Run | None = None
    for row in rows:
        if run is not None and run.take(row):
            continue
        if run is not None:
            out.extend(run.lines())
            run = None
        pair = _split(row, width)
        if pair is not None:
            run = _Run(pair[0], pair[1], width)
        else:
            out.append(row.strip())
    if run is not None:
        out.extend(run.lines())
    return "\n".join(out)


# Letters a line must hold before its plain-text twin is trusted (short lines repeat on a page).
_MIN_LETTERS = 8


def _letters(line: str) -> str:
    return "".join(sorted(line.replace(" ", "")))


def in_drawing_order(laid_out: str, plain: str) -> str:
    """Return the layout text with each line the plain text draws in another order put in it.

    pypdf's layout mode places a run's pieces by glyph widths some fonts (Word's) do not give,
    so a justified or bold line comes out scrambled ("CÁC CỦA THỂ CỤNHIỆM VỤIII. TRONG …"); the
    page's plain text keeps the order the pieces are drawn in, one line with the same letters.
    """
    twins: dict[str, str | None] = {}
    for line in plain.split("\n"):
        key, text = _letters(line), " ".join(line.split())
        # Two plain lines of the same letters in different orders: neither is trusted.
        twins[key] = text if twins.get(key, text) == text else None
    out = []
    for line in laid_out.split("\n"):
        key = _letters(line)
        twin = twins.get(key) if len(key) >= _MIN_LETTERS else None
        out.append(twin if twin is not None else line)
    return "\n".join(out)
