"""Claims that compete for one text: the one whose own words the text says is its answer.

Two claims of a registry often share their object ("chỉ dẫn địa lý gạo Điện Biên" bị thu hồi,
chỉ còn cánh đồng Mường Thanh, chỉ cho hợp tác xã): a text then scores nearly alike on both,
and the higher score is noise. The text's n-grams found in one claim's wordings and not in the
other's ("cánh đồng Mường Thanh", "htx", "con cháu") say which claim it tells.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

# Scores this close cannot tell two claims apart. Chosen on dev8 with claims.json's 27 added
# (three paraphrases taken by an older claim at 0.011-0.030 above the right one); 0.03 to 0.12
# change nothing else on train, dev, dev2-dev8; 0.20 gives a dev6 rebuttal to another claim.
MARGIN = 0.05


def own_weight(union: sparse.csr_matrix, claim: int, rival: int, present: np.ndarray) -> float:
    """Return the weight of the n-grams a text has in a claim's wordings and not in a rival's
    (rows of `union`: each claim's n-grams at their weight; `present`: the text's n-grams)."""
    start, end = union.indptr[claim], union.indptr[claim + 1]
    columns, weights = union.indices[start:end], union.data[start:end]
    theirs = union.indices[union.indptr[rival] : union.indptr[rival + 1]]
    mine = present[columns] & ~np.isin(columns, theirs)
    return float(weights[mine].sum())


def pick(
    scores: np.ndarray, claims: np.ndarray, union: sparse.csr_matrix, present: np.ndarray
) -> int:
    """Return which of a text's candidate pairs (scores, their claims' rows) answers it: the
    best score, unless another claim within MARGIN holds more of the text's own words."""
    chosen = int(np.argmax(scores))
    floor = max(float(scores[chosen]) - MARGIN, 0.0)
    close = np.flatnonzero((scores >= floor) & (claims != claims[chosen]))
    rivals: dict[int, int] = {}
    for pair in close[np.argsort(-scores[close], kind="stable")].tolist():
        rivals.setdefault(int(claims[pair]), pair)
    for pair in rivals.values():
        mine = own_weight(union, int(claims[pair]), int(claims[chosen]), present)
        if mine > own_weight(union, int(claims[chosen]), int(claims[pair]), present):
            chosen = pair
    return chosen
