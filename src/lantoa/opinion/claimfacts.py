"""A comment stating a claim's rebuttal's fact in words of its own refutes the claim: the
rebuttals sit in an index of their own (ClaimMatcher.rebuttal_index), read after the wordings."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from lantoa.opinion.claimcues import contrasts

if TYPE_CHECKING:
    from lantoa.opinion.claimindex import ClaimMatch, ClaimMatcher

# A text matched to a claim's rebuttal rather than to its wordings: chosen on dev4, dev5 and dev6
# (the highest claim-free item scored 0.587 against a rebuttal), then measured on dev7.
REBUTTAL_THRESHOLD = 0.60
# ...or nearer it than this when the text is also near the same claim's wordings (FACT_TOPIC,
# before any act is asked for): a comment on the claim that states its rebuttal's fact in words
# of its own ("Chợ Mường Thanh vẫn mở cửa bình thường"). Chosen on dev8 and dev9 with the matcher
# as dev9's first look left it: 0.40-0.45 with 0.30 match no further claim-free item on train,
# dev, dev2-dev9 (0.25 matches one of dev7); rebuttals found dev8 +3, dev9 +1, dev4-dev7 +3.
FACT_THRESHOLD = 0.45
FACT_TOPIC = 0.30


def told_facts(
    matcher: ClaimMatcher,
    rebuttals: ClaimMatcher,
    found: list[ClaimMatch | None],
    normalised: list[str],
    grams: list[tuple[set[str], int]],
    languages: list[str],
) -> None:
    """Turn into a refutation each text nearer a claim's rebuttal than to its match."""
    # Only a text that sets a fact against something can state a rebuttal's fact.
    contrasting = [row for row, text in enumerate(normalised) if contrasts(text)]
    if not contrasting:
        return
    told = rebuttals.match_rows(
        [normalised[row] for row in contrasting],
        [grams[row] for row in contrasting],
        [languages[row] for row in contrasting],
    )
    for row, fact in zip(contrasting, told, strict=True):
        match = found[row]
        # The match is weighed by its wordings alone: the rebuttal's own words in the claim's
        # bag (claimindex.told_union) are the fact's, not the claim's.
        if fact is None or (match is not None and fact.score <= match.said_score):
            continue
        # Under REBUTTAL_THRESHOLD the fact needs the claim's topic too, and another
        # claim's match stands.
        if fact.score >= REBUTTAL_THRESHOLD or (
            (match is None or match.claim_id == fact.claim_id)
            and matcher.wording_score(grams[row][0], languages[row], fact.claim_id) >= FACT_TOPIC
        ):
            found[row] = replace(fact, stance="refutes")
