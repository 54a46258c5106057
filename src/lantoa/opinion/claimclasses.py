"""Broad classes of the predicate groups (claimwords.GROUPS): a retold rumour often names its act
in another group of the same class ("tịch thu" for "thu hồi", "bắt" for "phạt", "thu tiền" for
"tăng giá"), so a text near a claim with such an act passes the gate at a higher floor
(claimgate.BROAD_THRESHOLD). Classes of acts, not words of any claim: an unseen registry's
claims fall in them as well."""

from __future__ import annotations

import numpy as np

from lantoa.opinion.claimwords import GROUPS

# Each class: groups a teller swaps for one another when the act is told in other words. A
# punishment (fined, arrested, sued, banned) is kept apart from a loss (a title revoked, goods
# seized or destroyed, a page locked): "bị thu hồi giấy phép" is another claim than "bị phạt"
# (dev13; one class of both also found dev15 and dev17 items, at that cost). Then money asked,
# paid or given; then what one is made to do.
CLASSES: tuple[tuple[str, ...], ...] = (
    ("fine", "arrest", "sue", "ban"),
    (
        *("remove", "seize", "destroy", "lock", "takedown"),
        *("dissolve", "suspend", "expire", "lower", "refuse"),
    ),
    ("pay", "price", "tax", "bribe", "rise", "resell", "sell", "scam", "give"),
    ("force", "report", "redo", "wait", "send", "abroad", "own"),
)


def family_bits(families: tuple[tuple[str, ...], ...]) -> dict[int, int]:
    """Return, for each group bit in a family, the bits of every family it is in."""
    bits: dict[int, int] = {}
    for groups in families:
        mask = sum(1 << GROUPS.index(group) for group in groups)
        for group in groups:
            bits[GROUPS.index(group)] = bits.get(GROUPS.index(group), 0) | mask
    return bits


def widen(masks: np.ndarray, bits: dict[int, int]) -> np.ndarray:
    """Return the texts' group bits with the families of their groups added."""
    widened = masks.copy()
    for bit, family in bits.items():
        widened |= np.where(masks & (1 << bit) != 0, family, 0)
    return widened


_CLASS_BITS = family_bits(CLASSES)


def with_class(masks: np.ndarray) -> np.ndarray:
    """Return the texts' group bits with every group of their groups' classes added."""
    return widen(masks, _CLASS_BITS)
