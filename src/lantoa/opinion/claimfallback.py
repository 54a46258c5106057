"""The last word on a text no pair of which passed the gate: its best claim by the index's
weighted overlap alone, when that claim is clearly ahead of the next and the text tells a story.

A rumour retold in other words ("bà con đồn nhau … là mẻ thóc năm sau hết được đóng bao có tem
vùng") shares few n-grams with any wording, and its act is often said in words no predicate
group knows, so the gate stops it. Its claim is still the one whose rare words it shares most,
the rebuttal's own words counted too (claimbag: the rebuttal is one more wording of the claim's
objects, in other words than the board's). It is taken only when the text is framed as a telling
("nghe nói", "bảo là", "có phải", "… là bị <act>": claimgate.RETOLD) or gainsays one, any
act it names is of the claim's broad class (claimclasses), and the best claim leads the next by
FALLBACK_MARGIN: news and questions on the theme share topic words with several claims alike.
It answers last (claimindex.match_rows): a rebuttal's fact or a claim read in another language
says more.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from lantoa.opinion.claimcanon import canonical
from lantoa.opinion.claimclasses import with_class
from lantoa.opinion.claimgate import RETOLD
from lantoa.opinion.claimtext import calls_false

if TYPE_CHECKING:
    from lantoa.opinion.claimindex import ClaimMatcher

# Chosen on dev21 and dev22 (#18, H70) with every other round's claim-free items as the guard:
# 0.36 and 0.10 found 4 more items there and 25 on test, test2, dev5-dev19, and matched one more
# claim-free item (dev10, a question "Có phải … phải có hóa đơn …?"). 0.27-0.33 found up to 3
# more on dev21/dev22 and matched 1-4 more claim-free items; a text naming no act refused:
# 0.30 and 0.10 found 3 and 13, and no claim-free item. dev25 and dev26 (check rounds, totals
# only): 24 -> 25/60 and 49 -> 51/100, 23 -> 24/40.
FALLBACK_THRESHOLD = 0.36
FALLBACK_MARGIN = 0.10
# A story gainsaid in everyday words the rebuttal cues leave to a claim's own act: "chẳng/làm gì
# có …", "… vẫn được …" (what the rumour forbids goes on); and one found out ("hóa ra …"). For
# the fallback only, where the claim is already clearly ahead: dev21/dev22 +2, test, test2,
# dev5-dev19 +4, no claim-free item; reported speech ("bảo", "nói", "kể") as a telling matched
# 49 more.
GAINSAID = re.compile(r"(?<![a-z])(?:(?:chang|cha|khong|lam gi) co|van duoc)(?![a-z])")
FOUND_OUT = re.compile(r"(?<![a-z])hoa ra(?![a-z])")


def fallback_pair(
    matcher: ClaimMatcher,
    raw: np.ndarray,
    claims: np.ndarray,
    text: str,
    mask: int,
) -> int | None:
    """Return which of a text's candidate pairs stands by overlap alone, or None (`raw`: the
    pairs' scores with the claims' bags, -1 for another language; `claims`: their claims' rows;
    `mask`: the text's predicate groups)."""
    chosen = int(np.argmax(raw))
    top = float(raw[chosen])
    if top < FALLBACK_THRESHOLD:
        return None
    others = raw[claims != claims[chosen]]
    second = max(float(others.max()), 0.0) if len(others) else 0.0
    if top - second < FALLBACK_MARGIN:
        return None
    # An act of another class tells another claim ("… bị phạt" is not "… phải nộp phí").
    needed = int(matcher.claim_predicates[claims[chosen]])
    if needed and mask and not needed & int(with_class(np.array([mask], dtype=np.int64))[0]):
        return None
    if RETOLD.search(canonical(text)[0]) or calls_false(text) or FOUND_OUT.search(text):
        return chosen
    return chosen if GAINSAID.search(text) else None


def gainsays(text: str, wording: str) -> bool:
    """Tell whether a text gainsays a story in words (GAINSAID) its claim's wording lacks, and
    does not tell it: "… cho không, có đúng không ạ?" asks (the words fold alike)."""
    if RETOLD.search(canonical(text)[0]):
        return False
    return any(cue not in wording for cue in GAINSAID.findall(text))
