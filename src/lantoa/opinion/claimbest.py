"""Which claim each text's n-grams reach best: the sparse overlap, the gated pairs, the answer."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from lantoa.opinion.claimassoc import lent_grams
from lantoa.opinion.claimbag import lifted, tells_fact
from lantoa.opinion.claimfallback import fallback_pair, gainsays
from lantoa.opinion.claimgate import gate, open_rows
from lantoa.opinion.claimrivals import pick
from lantoa.opinion.claimscores import UNION_MAX_OUTSIDE, pair_scores
from lantoa.opinion.claimsparse import Rows, one_row_product, rows_of, top_per_row
from lantoa.opinion.claimtext import Stance

if TYPE_CHECKING:
    from lantoa.opinion.claimindex import ClaimMatcher

# Variants scored in full per text: those sharing the most rare weight with it.
CANDIDATES = 12


@dataclass(frozen=True)
class ClaimMatch:
    """The best claim for a text: its id at load, statement, score (0–1) and the text's stance."""

    claim_key: str
    statement: str
    score: float
    stance: Stance
    claim_id: int  # the registry row (Item.claim)
    # The score against the claim's wordings alone, without its rebuttal's words (told_union).
    said_score: float


def best_claims(
    matcher: ClaimMatcher,
    normalised: list[str],
    grams: list[tuple[set[str], int]],
    languages: list[str],
    fallen: dict[int, ClaimMatch] | None,
) -> list[ClaimMatch | None]:
    """Return match_many's answer from the texts' normalised words and n-grams."""
    rows: list[int] = []
    cols: list[int] = []
    unknown = np.zeros(len(normalised))
    masks = np.array([mask for _grams, mask in grams], dtype=np.int64)
    # Texts the gate would stop before any claim are not read further.
    opened = open_rows(matcher, normalised, masks)
    if not opened.any():
        return [None] * len(normalised)
    vocabulary = matcher.vocabulary
    for row, (text_grams, _mask) in enumerate(grams):
        if not opened[row]:
            continue
        known = [c for c in map(vocabulary.get, text_grams) if c is not None]
        unknown[row] = len(text_grams) - len(known)
        # The claims' words a retelling's own words stand for (claimassoc), where known.
        lent = lent_grams(normalised[row]) - text_grams
        known += [c for c in map(vocabulary.get, lent) if c is not None]
        rows += [row] * len(known)
        cols += known
    row_array = np.array(rows, dtype=np.intp)
    col_array = np.array(cols, dtype=np.intp)
    known_mass = np.bincount(row_array, weights=matcher.idf[col_array], minlength=len(normalised))
    # The text's own weight: known n-grams at their idf, unknown ones at the highest.
    own_mass = unknown * matcher.unknown_idf + known_mass
    # A text sharing less weight with the index than the lowest floor asks of its lightest
    # wording (or claim) scores under it everywhere: it is not scored.
    reach = known_mass * (1 + 1e-9) >= _least_shared(matcher)
    if not reach.all():
        kept = reach[row_array]
        row_array, col_array = row_array[kept], col_array[kept]
    if len(normalised) == 1:  # one text: scipy's checks would cost more than the product
        overlap = one_row_product(np.sort(col_array), matcher.candidates_t)
    else:
        present = sparse.csr_matrix(
            (np.ones(len(row_array)), (row_array, col_array)),
            shape=(len(normalised), len(matcher.vocabulary)),
        )
        overlap = rows_of((present @ matcher.candidates_t).tocsr())
    if not overlap.nnz:
        return [None] * len(normalised)
    # Which n-grams each text has, as a table (built directly: a float copy is 8 times larger).
    dense = np.zeros((len(normalised), len(matcher.vocabulary)), dtype=bool)
    dense[row_array, col_array] = True
    said = matcher.terms.said(normalised)
    return _best(matcher, overlap, own_mass, dense, normalised, languages, masks, said, fallen)


def _least_shared(matcher: ClaimMatcher) -> float:
    """Return the least weight a text must share with the index to reach any floor."""
    wording, claim = matcher.lightest
    least = min(wording, claim / matcher.union_weight) if matcher.union_weight else wording
    return min(matcher.threshold, matcher.refute_floor) * least


def _best(
    matcher: ClaimMatcher,
    overlap: Rows,
    own: np.ndarray,
    dense: np.ndarray,
    texts: list[str],
    languages: list[str],
    masks: np.ndarray,
    said: np.ndarray,
    fallen: dict[int, ClaimMatch] | None,
) -> list[ClaimMatch | None]:
    """Return each row's best variant at or above the threshold (all rows at once)."""
    found: list[ClaimMatch | None] = [None] * len(texts)
    if not overlap.nnz:
        return found
    row_of, variants = top_per_row(overlap, CANDIDATES)
    scores, alone, extra, said_scores = pair_scores(matcher, own, dense, variants, row_of)
    # Only variants in the text's language: a text in English matches English variants.
    wanted = np.array([matcher.family_code(language) for language in languages])
    foreign = matcher.family[variants] != wanted[row_of]
    # The fallback reads the claim's whole bag, the rebuttal's words too (claimfallback);
    # they lift a pair only high and near the claim's wordings (claimbag).
    raw = np.where(foreign, -1.0, scores)
    scores = np.where(foreign, -1.0, lifted(scores, said_scores))
    scores = gate(
        matcher, scores, alone, variants, row_of, texts, masks, said, extra <= UNION_MAX_OUTSIDE
    )
    starts = np.flatnonzero(np.concatenate(([True], row_of[1:] != row_of[:-1])))
    best = np.maximum.reduceat(scores, starts)
    ends = np.append(starts[1:], len(row_of))
    for start, end, row_best in zip(starts, ends, best, strict=True):
        row = int(row_of[start])
        claims = matcher.variant_claim[variants[start:end]]
        if row_best >= 0:
            # Claims scoring alike: the one whose own words the text says (claimrivals).
            position = start + pick(scores[start:end], claims, matcher.union, dense[row])
            found[row] = _answer(
                matcher, texts[row], variants[position], scores[position], said_scores[position]
            )
        elif fallen is not None:
            # No pair passed the gate: the overlap alone may still name the claim, when no
            # later reading (a rebuttal's fact, another language) does (match_rows).
            pair = fallback_pair(matcher, raw[start:end], claims, texts[row], int(masks[row]))
            if pair is not None:
                variant, score = variants[start + pair], raw[start + pair]
                answer = _answer(matcher, texts[row], variant, score, said_scores[start + pair])
                if gainsays(texts[row], matcher.folded[variant]):
                    answer = replace(answer, stance="refutes")
                fallen[row] = answer
    return found


def _answer(
    matcher: ClaimMatcher, text: str, variant: int, score: float, said: float
) -> ClaimMatch:
    """Return a text's match through one variant (`said`: its score without the rebuttal)."""
    claim_id = matcher.claim_of[variant]
    stance: Stance = matcher.terms.stance(text, matcher.folded[variant], claim_id, matcher.echoed)
    if tells_fact(float(score), float(said)):
        stance = "refutes"
    return ClaimMatch(
        claim_key=matcher.keys.get(claim_id, str(claim_id)),
        statement=matcher.statements.get(claim_id, ""),
        score=round(min(float(score), 1.0), 3),
        stance=stance,
        claim_id=claim_id,
        said_score=round(min(float(said), 1.0), 3),
    )


def answer_for(matcher: ClaimMatcher, text: str, claim_id: int, score: float) -> ClaimMatch:
    """Return a normalised text's match to a claim another reading named, through the claim's
    wording that shares the most words with it (the stance reads that wording's cues)."""
    words = set(text.split())
    variants = [v for v, owner in enumerate(matcher.claim_of) if owner == claim_id]
    variant = max(variants, key=lambda v: len(words & set(matcher.folded[v].split())))
    return _answer(matcher, text, variant, score, score)
