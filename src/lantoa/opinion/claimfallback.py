"""The last word on a text no pair of which passed the gate: its best claim by the index's
weighted overlap alone, when that claim is clearly ahead of the next and the text tells a story.

A rumour retold in other words ("bà con đồn nhau … là mẻ thóc năm sau hết được đóng bao có tem
vùng") shares few n-grams with any wording, and its act is often said in words no predicate
group knows, so the gate stops it. Its claim is still the one whose rare words it shares most,
the rebuttal's own words counted too (claimbag: the rebuttal is one more wording of the claim's
objects, in other words than the board's). It is taken only when the best claim leads the next by
FALLBACK_MARGIN (news and questions on the theme share topic words with several claims alike),
any act the text names is of the claim's broad class (claimclasses), and the text is framed as a
telling with such an act ("nghe nói", "bảo là", "có phải", "… là bị <act>": claimgate.RETOLD),
or calls a story false or gainsays it (a rebuttal may state the fact and no act).
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

# Chosen on dev21 and dev22 (#18, H70) with every other round's claim-free items as the guard
# (dev4, dev18 and dev20, rounds of claim-free rumours and news told as hearsay, among them):
# 0.36 and 0.10 found 5 more items there and 23 on test, test2, dev4-dev20, for one more
# claim-free item (dev10, a question "Có phải … phải có hóa đơn …?"). 0.33/0.10 and
# 0.36/0.06 alike or one more claim-free item; 0.40/0.10 and 0.36/0.13 found 1-2 fewer on
# dev21/dev22. Letting a rumour told with no act through found 1 more there and 12 elsewhere
# but matched 5 more claim-free items, 4 of dev18 (14/220); asking every text for an act of the
# claim's class found 3 fewer on dev21/dev22.
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
    # An act of another class tells another claim ("… bị phạt" is not "… phải nộp phí"); a
    # rumour told with no act of the claim's class is another rumour on its theme ("nghe nói sắp
    # cấp giấy chứng nhận OCOP tại xã"), while a rebuttal often states the fact, not the act.
    needed = int(matcher.claim_predicates[claims[chosen]])
    refuting = calls_false(text) or bool(GAINSAID.search(text))
    if needed and not needed & int(with_class(np.array([mask], dtype=np.int64))[0]):
        return chosen if refuting and not mask else None
    if refuting or RETOLD.search(canonical(text)[0]) or FOUND_OUT.search(text):
        return chosen
    return None


def gainsays(text: str, wording: str) -> bool:
    """Tell whether a text gainsays a story in words (GAINSAID) its claim's wording lacks, and
    does not tell it: "… cho không, có đúng không ạ?" asks (the words fold alike)."""
    if RETOLD.search(canonical(text)[0]):
        return False
    return any(cue not in wording for cue in GAINSAID.findall(text))
