"""The claims evaluation: the shipped claim set and its held-out items, scored by the matcher."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from lantoa.opinion.claimindex import ClaimMatcher
from lantoa.opinion.claimshape import shape_load
from lantoa.opinion.datasets import indomain_rows

DATA = Path(__file__).parent / "claimdata"
SEED = Path(__file__).parent / "seed"


@dataclass(frozen=True)
class ClaimScores:
    """What the matcher got right on one split."""

    split: str
    spreading: int
    spreading_right: int
    refuting: int
    refuting_right: int
    stance_checked: int
    stance_right: int
    claim_free: int
    claim_free_matched: int

    def rows(self) -> list[tuple[str, str, str]]:
        """Return (measure, value, target) rows for the evaluate table."""
        return [
            (
                "right claim first, paraphrases",
                _rate(self.spreading_right, self.spreading),
                ">= 95 %",
            ),
            ("right claim first, rebuttals", _rate(self.refuting_right, self.refuting), ""),
            (
                "stance right (right claim found)",
                _rate(self.stance_right, self.stance_checked),
                ">= 90 %",
            ),
            ("claim-free items matched", _rate(self.claim_free_matched, self.claim_free), "<= 5 %"),
        ]


def _rate(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f} %" if whole else "-"


@cache
def stream_sentences() -> tuple[str, ...]:
    """Return the seed sentences the index counts as the stream when no items are stored."""
    lines: list[str] = []
    for name in ("topic.txt", "sentiment.txt", "toxicity.txt"):
        for line in (SEED / name).read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                lines.append(line.split("\t", 1)[1])
    return tuple(lines)


def load_claims(path: Path | None = None) -> list[dict[str, Any]]:
    """Return the claims of a load file (the shipped evaluation claims by default)."""
    data: list[dict[str, Any]] = json.loads((path or DATA / "claims.json").read_text("utf-8"))
    return data


def matcher_for(claims: list[dict[str, Any]], *, stream: tuple[str, ...] = ()) -> ClaimMatcher:
    """Return a matcher over claims given as in a load file (numbered from 1 in file order)."""
    return ClaimMatcher(
        [(n, [c["statement"], *c.get("variants", [])]) for n, c in enumerate(claims, 1)],
        keys={n: c["id"] for n, c in enumerate(claims, 1)},
        statements={n: c["statement"] for n, c in enumerate(claims, 1)},
        stream=stream or stream_sentences(),
        rebuttals={n: c.get("rebuttal") or "" for n, c in enumerate(claims, 1)},
    )


# In-domain rounds whose rows carry their claim and stance: every row is a claim item. dev23,
# dev24 and dev27 were written for sentiment, toxicity and topic, not to measure the matcher: they
# are skipped.
LAST_CLAIM_ROUND = 32
NO_CLAIM_ROUNDS = (23, 24, 27)
INDOMAIN_CLAIM_SPLITS = (
    "test2",
    *(f"dev{n}" for n in range(4, LAST_CLAIM_ROUND + 1) if n not in NO_CLAIM_ROUNDS),
)
# Rounds written for a registry of their own, as an outside checker loads (claims load FILE):
# the round whose name a claims_<round>.json carries.
REGISTRIES = {
    path.stem.removeprefix("claims_"): path.name for path in sorted(DATA.glob("claims_dev*.json"))
}


def split_claims(split: str) -> list[dict[str, Any]]:
    """Return the registry a split's items were written for (claims.json unless it has its own)."""
    return load_claims(DATA / REGISTRIES[split]) if split in REGISTRIES else load_claims()


def eval_items(split: str) -> list[dict[str, Any]]:
    """Return the items of a split: claims_eval.json's, or an in-domain round's (null: no claim)."""
    if split in INDOMAIN_CLAIM_SPLITS:
        rows = indomain_rows(split)
        return [{"text": r["text"], "claim": r["claim"], "stance": r["stance"]} for r in rows]
    items = json.loads((DATA / "claims_eval.json").read_text("utf-8"))["items"]
    return [i for i in items if i["split"] == split]


def claims_evaluate(*, split: str, matcher: ClaimMatcher | None = None) -> ClaimScores:
    """Score the matcher on one split ("train", "dev", "dev2" … "dev26", "test", "test2"), over the
    split's own registry unless a matcher is given."""
    if matcher is None:
        # The shipped reading: with the shape of a rumour the data folder's models hold.
        matcher = matcher_for(split_claims(split))
        matcher.shape = shape_load()
    items = eval_items(split)
    found = matcher.match_many([i["text"] for i in items])
    counts = dict.fromkeys(("sp", "sp_ok", "rf", "rf_ok", "st", "st_ok", "free", "free_hit"), 0)
    for item, match in zip(items, found, strict=True):
        if item["claim"] is None:
            counts["free"] += 1
            counts["free_hit"] += match is not None
            continue
        right = match is not None and match.claim_key == item["claim"]
        prefix = "sp" if item["stance"] == "spreads" else "rf"
        counts[prefix] += 1
        counts[prefix + "_ok"] += right
        if right:
            assert match is not None
            counts["st"] += 1
            counts["st_ok"] += match.stance == item["stance"]
    return ClaimScores(split, *counts.values())


def claims_report(*, split: str = "test") -> list[str]:
    """Return the lines `lantoa opinion evaluate` prints for claim matching on a split; a split
    with a registry of its own is scored over it alone and over it with claims.json's."""
    own = split_claims(split)
    registries = [(own, f"claimdata/{REGISTRIES.get(split, 'claims.json')}")]
    if split in REGISTRIES:
        registries.append(([*own, *load_claims()], f"{registries[0][1]} + claimdata/claims.json"))
    lines = []
    for claims, source in registries:
        scores = claims_evaluate(split=split, matcher=matcher_for(claims))
        lines.append(f"claims ({split} split, {len(claims)} claims of {source}):")
        lines += [
            f"  {name:<34} {value:<20} {target}".rstrip() for name, value, target in scores.rows()
        ]
    return lines
