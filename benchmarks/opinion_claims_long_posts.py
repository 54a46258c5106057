"""Benchmark: claim matching on long posts, read whole and passage by passage (as shipped).

A long post gathers a claim's words from sentences that say other things; the matcher reads a
text over PASSAGE_WORDS words passage by passage and keeps a passage's claim where the text read
whole has it too; a passage, or the text read whole, scoring PASSAGE_ALONE stands on its own
(claimpassages.py). Long posts are made from each development claim round's own items
(opinion_claims_verifier.made_posts: five claim-free comments joined, or three and a spreading
item); the rounds' own items are scored too. Held-out rounds are never read.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_claims_long_posts.py

Lead engineer, 06/12/2026 (about 40 s), claim items right (stance right) / claim-free matched:
  read whole:            round items 801 (790) paraphrases, 381 (369) rebuttals, 28/2,107
                         claim-free; made posts 416 (381)/600 right, 104/680 claim-free matched
  by passages (shipped): round items the same; made posts 430 (397)/600, 56/680
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
import _one_core  # noqa: F401

# isort: split

from collections import Counter

from opinion_claims_verifier import ROUNDS, made_posts

from lantoa.opinion import claimeval
from lantoa.opinion.textnorm import detect_language


def main() -> None:
    totals = {"read whole": Counter[str](), "by passages (shipped)": Counter[str]()}
    for split in ROUNDS:
        items = claimeval.eval_items(split)
        items += made_posts(items, split)
        texts = [item["text"] for item in items]
        matcher = claimeval.matcher_for(claimeval.split_claims(split))
        # The whole-text reading the matcher does for a short text (and did for every text).
        whole = matcher._match_texts(texts, [detect_language(text) for text in texts])
        for name, found in zip(totals, (whole, matcher.match_many(texts)), strict=True):
            for item, match in zip(items, found, strict=True):
                kind = item.get("kind") or ("free" if item["claim"] is None else item["stance"])
                if kind in ("free", "made-free"):
                    totals[name][kind] += match is not None
                else:
                    right = match is not None and match.claim_key == item["claim"]
                    totals[name][kind] += right
                    totals[name][f"{kind} stance"] += (
                        right and match is not None and match.stance == item["stance"]
                    )
    for name, counts in totals.items():
        print(
            f"{name}: paraphrases {counts['spreads']}, rebuttals {counts['refutes']}, claim-free "
            f"matched {counts['free']}; made posts: with a claim item right "
            f"{counts['made-claim']} (stance right {counts['made-claim stance']}), of claim-free "
            f"comments matched {counts['made-free']}; stance right on the rounds' paraphrases "
            f"{counts['spreads stance']}, rebuttals {counts['refutes stance']}"
        )


if __name__ == "__main__":
    main()
