"""A long text read passage by passage: a claim is told in a few sentences, not gathered.

A long post (a forum post, an article's comment thread pasted whole) holds many of a theme's
words; read whole, the matcher could put a claim together from sentences that each say something
else, and a claim told in one sentence was damped by all the rest. A text over PASSAGE_WORDS words
is read as its runs of up to PASSAGE_SENTENCES sentences instead, and a run's claim stands where
the text read whole has that claim too; a run, or the text read whole, that scores PASSAGE_ALONE
stands on its own. The stance is the whole text's: a rebuttal may deny the claim in a sentence
of its own ("… bị thu hồi chỉ dẫn địa lý. Đây là tin sai, đừng tin.").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lantoa.opinion.claimindex import ClaimMatch

PASSAGE_WORDS = 40
PASSAGE_SENTENCES = 3
# Chosen on long posts made from the development rounds' items
# (benchmarks/opinion_claims_long_posts.py: 680 of five claim-free comments, 600 of three and a
# spreading one): read whole, 104 matched and 416 right; the best run alone, 74 and 462; with this
# floor, 52 and 430 (0.45 and 0.5 gave about 61/446 and 58/439); the whole reading standing at
# the same floor too, 56 and 430. The rounds' own items, all but eight under PASSAGE_WORDS, are
# matched as before. Held out (scored, not opened): dev12 lost a paraphrase and a rebuttal by
# passages alone, one paraphrase with the whole reading standing too; the other rounds unchanged.
PASSAGE_ALONE = 0.55
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\s*\n\s*")

Matches = Callable[[list[str], list[str]], "list[ClaimMatch | None]"]


def passages(text: str) -> list[str]:
    """Return the text itself when it is short; else its runs of up to PASSAGE_SENTENCES
    sentences within PASSAGE_WORDS words (a longer sentence cut in overlapping windows)."""
    if len(text.split()) <= PASSAGE_WORDS:
        return [text]
    pieces: list[str] = []
    for sentence in filter(str.strip, _SENTENCE_END.split(text)):
        words = sentence.split()
        if len(words) <= PASSAGE_WORDS:
            pieces.append(sentence.strip())
            continue
        step = PASSAGE_WORDS // 2
        pieces += [
            " ".join(words[at : at + PASSAGE_WORDS]) for at in range(0, len(words) - step, step)
        ]
    runs = []
    for first in range(len(pieces)):
        runs.append(pieces[first])
        for last in range(first + 1, min(first + PASSAGE_SENTENCES, len(pieces))):
            run = " ".join(pieces[first : last + 1])
            if len(run.split()) > PASSAGE_WORDS:
                break
            runs.append(run)
    return runs


def read_by_passages(
    texts: list[str], languages: list[str], match_texts: Matches
) -> list[ClaimMatch | None]:
    """Return each text's claim: match_texts' answer for a short text, the best of its runs'
    that stands (see the module) for a long one."""
    read = [passages(text) for text in texts]
    if all(len(runs) == 1 for runs in read):
        return match_texts(texts, languages)
    owner = [n for n, runs in enumerate(read) for _ in runs]
    found = match_texts([run for runs in read for run in runs], [languages[n] for n in owner])
    runs_of: dict[int, list[ClaimMatch | None]] = {}
    for n, match in zip(owner, found, strict=True):
        runs_of.setdefault(n, []).append(match)
    long_rows = [n for n, runs in enumerate(read) if len(runs) > 1]
    read_whole = match_texts([texts[n] for n in long_rows], [languages[n] for n in long_rows])
    whole = dict(zip(long_rows, read_whole, strict=True))
    best = [runs_of[n][0] for n in range(len(texts))]  # a short text is its own only run
    for n in long_rows:
        best[n] = _long_text_claim(whole[n], runs_of[n])
    return best


def _long_text_claim(whole: ClaimMatch | None, runs: list[ClaimMatch | None]) -> ClaimMatch | None:
    """Return a long text's claim: its best run that the whole text agrees with or that scores
    PASSAGE_ALONE, or the whole text's reading at that floor, whichever scores higher."""
    standing = [
        run
        for run in runs
        if run is not None
        and (run.score >= PASSAGE_ALONE or (whole is not None and whole.claim_id == run.claim_id))
    ]
    if whole is not None and whole.score >= PASSAGE_ALONE:
        standing.append(whole)
    # The first of equal scores, as the runs come in the text's order.
    chosen = max(standing, key=lambda match: match.score, default=None)
    return _with_stance(chosen, whole, runs)


def _with_stance(
    chosen: ClaimMatch | None, whole: ClaimMatch | None, runs: list[ClaimMatch | None]
) -> ClaimMatch | None:
    """Return a long text's claim with the stance the text takes: the whole text's where it has
    that claim (its denial may stand in another sentence than the claim's words), else
    "refutes" where any run of the claim refutes it."""
    if chosen is None:
        return None
    if whole is not None and whole.claim_id == chosen.claim_id:
        return replace(chosen, stance=whole.stance)
    if any(
        run is not None and run.claim_id == chosen.claim_id and run.stance == "refutes"
        for run in runs
    ):
        return replace(chosen, stance="refutes")
    return chosen
