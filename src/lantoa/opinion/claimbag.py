"""A claim's bag: its wordings' n-grams and its rebuttal's own words, which often name the
claim's object in other words ("gửi hay biếu gạo", "đổi địa chỉ"); read by claimindex.py.

The rebuttal's n-grams that no wording of its claim has count in the claim's union at
TOLD_WEIGHT of their idf. They lift a pair only to TOLD_FLOOR or above, and only for a text
near the claim's own wordings (FACT_TOPIC, as claimfacts asks of a fact); under that the pair
keeps its score from the wordings alone. A pair lifted by TOLD_LIFT or more owes its score to
the rebuttal's fact, so the text refutes the claim.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from lantoa.opinion.claimfacts import FACT_TOPIC
from lantoa.opinion.claimtext import features, normalise

# Chosen on dev19 with every development round as the guard (#18, H43): weight 0.25/0.35/0.5/
# 0.7 with floor 0.5 found 463-478 rebuttals of 559 against 455 (own registries), claim-free
# 30-33 of 2,142 against 29; weight 0.5 without a floor 484 and 36, and UTS2017_Bank test posts
# matched 37 -> 42; floor 0.55 466. The lift: rebuttals lifted 0.17-0.35, paraphrases 0.04-0.05.
TOLD_WEIGHT = 0.5
TOLD_FLOOR = 0.5
TOLD_LIFT = 0.15


def told_words(per_claim: dict[int, set[str]], rebuttals: dict[int, str]) -> dict[int, set[str]]:
    """Return, for each claim with a rebuttal, the rebuttal's n-grams its wordings lack."""
    if not TOLD_WEIGHT:
        return {}
    return {
        claim: features(normalise(text))[0] - per_claim[claim]
        for claim, text in rebuttals.items()
        if claim in per_claim and text
    }


def bag_union(
    union: sparse.csr_matrix,
    told: dict[int, set[str]],
    vocabulary: dict[str, int],
    claim_row: dict[int, int],
    idf: np.ndarray,
) -> sparse.csr_matrix:
    """Return the claims' unions with their rebuttals' own words at TOLD_WEIGHT of `idf`."""
    if not any(told.values()):
        return union
    rows = [claim_row[claim] for claim, grams in told.items() for _ in grams]
    cols = [vocabulary[gram] for grams in told.values() for gram in grams]
    return union + sparse.csr_matrix((TOLD_WEIGHT * idf[cols], (rows, cols)), shape=union.shape)


def lifted(scores: np.ndarray, said: np.ndarray) -> np.ndarray:
    """Return the pairs' scores, each kept from the wordings alone (`said`) unless the bag
    lifts it to TOLD_FLOOR for a text near those wordings."""
    return np.where((scores >= TOLD_FLOOR) & (said >= FACT_TOPIC), scores, said)


def tells_fact(score: float, said: float) -> bool:
    """Tell whether a match owes so much to its rebuttal's words that the text refutes."""
    return score - said >= TOLD_LIFT
