"""Claim words a rumour's teller says in other words, learned from the development rounds.

The rounds pair each claim with many comments retelling it; benchmarks/opinion_claim_assoc.py
learns from them which comment words and word pairs stand for which claim words ("độc quyền" for
"sáng chế", "đồ nhái" for "hàng giả", "ngôi" for "sản phẩm OCOP") and writes
claimdata/retold_assoc.json. A text told as a rumour (claimgate.RETOLD) is lent the n-grams of
its words' associates that it does not say (claimindex reads those the index knows), so a
retelling in the teller's own words shares more with its claim's wordings. Only a told rumour:
lent to every text, claim-free questions and news on the theme matched (dev22, dev18).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from lantoa.opinion.claimcanon import canonical
from lantoa.opinion.claimdict import active
from lantoa.opinion.claimgate import RETOLD
from lantoa.opinion.claimtext import ngrams

TABLE = Path(__file__).parent / "claimdata" / "retold_assoc.json"


@cache
def associates() -> dict[str, tuple[str, ...]]:
    """Return each comment word's (or word pair's) learned associates in the claims' words."""
    if not TABLE.exists():
        return {}
    table: dict[str, list[str]] = json.loads(TABLE.read_text("utf-8"))
    return {word: tuple(found) for word, found in table.items()}


@cache
def _grams(phrase: str, through_dictionary: bool) -> frozenset[str]:
    """Return a phrase's n-grams (claimtext.ngrams; read as claimdict reads, when it does)."""
    return frozenset(ngrams(phrase))


def lent_grams(normalised: str) -> set[str]:
    """Return the n-grams of the associates of a told rumour's words it does not say itself
    (none for a text not told as a rumour)."""
    table = associates()
    if not table or not RETOLD.search(canonical(normalised)[0]):
        return set()
    words = normalised.split()
    padded = f" {normalised} "
    lent: set[str] = set()
    for unit in [*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))]:
        for phrase in table.get(unit, ()):
            if f" {phrase} " not in padded:
                lent |= _grams(phrase, active())
    return lent
