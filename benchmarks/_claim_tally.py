"""The score table the claim benchmarks share: right/all per measure, summed and printed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

KEYS = ("reworded", "natural", "rebuttals", "stance", "free")
Table = dict[str, list[int]]


def tally(items: Iterable[dict[str, Any]], found: Sequence[Any]) -> Table:
    """Return right/all per measure for labelled items and the matcher's answers to them."""
    out = {k: [0, 0] for k in KEYS}
    for item, match in zip(items, found, strict=True):
        if item["claim"] is None:
            out["free"][0] += match is not None
            out["free"][1] += 1
            continue
        right = match is not None and match.claim_key == item["claim"]
        kind = "rebuttals" if item["stance"] == "refutes" else item.get("wording") or "natural"
        out[kind][0] += right
        out[kind][1] += 1
        if right:
            out["stance"][0] += match.stance == item["stance"]
            out["stance"][1] += 1
    return out


def add(a: Table, b: Table) -> Table:
    """Return the sum of two score tables."""
    return {k: [a[k][0] + b[k][0], a[k][1] + b[k][1]] for k in KEYS}


def line(label: str, before: Table, after: Table, *, width: int = 10, empty: bool = True) -> str:
    """Return a row: each measure before -> after (measures with no item left out unless empty)."""
    cells = [
        f"{k} {before[k][0]}->{after[k][0]}/{before[k][1]}"
        if k != "stance"
        else f"{k} {before[k][0]}/{before[k][1]}->{after[k][0]}/{after[k][1]}"
        for k in KEYS
        if empty or before[k][1] or k == "free"
    ]
    return f"{label:{width}} " + "  ".join(cells)
