"""A rumour's shape, read last (opinion/claimshape.py), left out of each development round in turn.

Each development claim round (every in-domain claim round but the held-out test2) is matched by
its own registry, first without the shape reading, then with a shape model fitted on every other
round: what the shape reading adds is the round's, never learned from it. The tables are pooled
over the rounds; "worst" is the round whose claim-free items the reading matched most. With
--floors, each pair of SHAPE_FLOOR and NEAREST_MARGIN given is scored (from the same models).

    LANTOA_DATA_DIR=$(mktemp -d) python benchmarks/opinion_claims_shape.py \
        [--floors 0.8:0.03,0.85:0.03,0.9:0.03]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.project.settings")
django.setup()

from _claim_tally import add, line, tally  # noqa: E402

from lantoa.opinion import claimeval, claimshape  # noqa: E402
from lantoa.opinion.datasets import indomain_rows  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floors", default="", help="SHAPE:MARGIN pairs, comma-separated")
    args = parser.parse_args()
    floors = [
        (float(a), float(b))
        for a, b in (pair.split(":") for pair in args.floors.split(",") if pair)
    ] or [(claimshape.SHAPE_FLOOR, claimshape.NEAREST_MARGIN)]
    rounds = [s for s in claimeval.INDOMAIN_CLAIM_SPLITS if s not in claimshape.HELD_OUT]
    empty = tally([], [])
    before = empty
    after = dict.fromkeys(floors, empty)
    worst = dict.fromkeys(floors, (0.0, ""))
    for split in rounds:
        rows = [r for r in indomain_rows(split) if r.get("language", "vi") != "other"]
        items = [
            {"claim": r["claim"], "stance": r["stance"], "wording": r.get("wording")} for r in rows
        ]
        texts = [r["text"] for r in rows]
        matcher = claimeval.matcher_for(claimeval.split_claims(split))
        found = matcher.match_many(texts)
        languages = ["vi"] * len(texts)
        round_before = tally(items, found)
        before = add(before, round_before)
        matcher.shape = claimshape.shape_fit(*claimshape.shape_rows(without=(split,)))
        for shape_floor, margin in floors:
            claimshape.SHAPE_FLOOR, claimshape.NEAREST_MARGIN = shape_floor, margin
            shaped = list(found)
            claimshape.told_by_shape(matcher, texts, languages, shaped)
            round_after = tally(items, shaped)
            after[(shape_floor, margin)] = add(after[(shape_floor, margin)], round_after)
            free = round_after["free"]
            share = free[0] / free[1] if free[1] else 0.0
            worst[(shape_floor, margin)] = max(worst[(shape_floor, margin)], (share, split))
        print(line(split, round_before, tally(items, shaped)), flush=True)
    for key in floors:
        share, split = worst[key]
        print(
            line(f"pooled {key[0]}:{key[1]}", before, after[key]), f"worst free {share:.3f} {split}"
        )


if __name__ == "__main__":
    main()
