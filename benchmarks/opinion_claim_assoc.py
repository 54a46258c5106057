"""Build claimdata/retold_assoc.json: the claims' words a retelling's own words stand for (#18).

The development rounds pair each claim (its statement and variants, in the round's own registry:
claimeval.split_claims) with the comments that retell or rebut it. For each pair, a comment's
folded words and word pairs its claim lacks are set beside the claim's words and word pairs the
comment lacks; a comment unit w is given a claim unit x when the pair recurs in MIN_PAIRS pairs,
MIN_CLAIMS claims and MIN_REGISTRIES registries, with P(x | w) (smoothed by SMOOTHING pairs) at
least MIN_PRECISION and at least MIN_LIFT times x's own rate; w must be rare in the rounds'
claim-free comments (MAX_FREE_SHARE), neither side a negation nor only the COMMON commonest seed
words, x longer than three letters; each w keeps its TOP associates. claimassoc lends their
n-grams to a text told as a rumour.

Measured leave-rounds-out (learned on dev4-dev24, scored on dev25-dev29 over their own
registries; README, seed/indomain, «A retelling table learned from the rounds»). Shipped built on
every development round: dev4 … dev29 (never dev30, test or test2).

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_claim_assoc.py \
     [--last 29] [--out PATH] [--show]
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
import _one_core  # noqa: F401

# isort: split

import argparse
import json
import math
from collections import Counter, defaultdict

from lantoa.opinion import claimassoc, claimeval
from lantoa.opinion.claimtext import normalise
from lantoa.opinion.datasets import indomain_rows

MIN_PAIRS, MIN_CLAIMS, MIN_REGISTRIES = 3, 3, 3
MIN_PRECISION, MIN_LIFT, SMOOTHING = 0.2, 5.0, 5
MAX_FREE_SHARE = 0.02
COMMON = 40
TOP = 2
NEGATIONS = frozenset(("khong", "chang", "cha", "chua", "dung", "ko", "k"))
# The last round a table may be learned from: dev30 is the blind round.
LAST_ROUND = 29


def units(text: str) -> set[str]:
    """Return a text's folded words and word pairs."""
    words = normalise(text).split()
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def learn(last: int) -> tuple[dict[str, list[str]], list[tuple[str, str, float]]]:
    """Return the table learned from dev4 … dev<last>, and every kept pair with its score."""
    pairs: list[tuple[tuple[str, str], set[str], set[str]]] = []
    free: Counter[str] = Counter()
    free_rows = 0
    for n in range(4, min(last, LAST_ROUND) + 1):
        split = f"dev{n}"
        if split not in claimeval.INDOMAIN_CLAIM_SPLITS:
            continue
        registry = claimeval.REGISTRIES.get(split, "claims.json")
        claims = {c["id"]: c for c in claimeval.split_claims(split)}
        for row in indomain_rows(split):
            if row["language"] != "vi":
                continue
            if row.get("claim") is None:
                free.update(units(row["text"]))
                free_rows += 1
                continue
            claim = claims.get(row["claim"])
            if claim is None:
                continue
            said = set().union(*map(units, [claim["statement"], *claim.get("variants", [])]))
            told = units(row["text"])
            pairs.append(((registry, row["claim"]), told - said, said - told))
    stream = Counter(w for t in claimeval.stream_sentences() for w in set(normalise(t).split()))
    common = {w for w, _n in stream.most_common(COMMON)}

    def plain(unit: str) -> bool:
        words = unit.split()
        return all(w in common for w in words) or any(w in NEGATIONS for w in words)

    told_n: Counter[str] = Counter()
    said_n: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    where: defaultdict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for key, told, said in pairs:
        told_n.update(told)
        said_n.update(said)
        for w in told:
            for x in said:
                both[w, x] += 1
                where[w, x].add(key)
    kept: defaultdict[str, list[tuple[float, str]]] = defaultdict(list)
    scored = []
    for (w, x), count in both.items():
        claims_of = where[w, x]
        if count < MIN_PAIRS or len(claims_of) < MIN_CLAIMS:
            continue
        if len({registry for registry, _c in claims_of}) < MIN_REGISTRIES:
            continue
        if free[w] > MAX_FREE_SHARE * free_rows or len(x) <= 3 or plain(w) or plain(x):
            continue
        precision = count / (told_n[w] + SMOOTHING)
        lift = precision / (said_n[x] / len(pairs))
        if precision >= MIN_PRECISION and lift >= MIN_LIFT:
            score = round(precision * math.log(lift), 4)
            kept[w].append((score, x))
            scored.append((w, x, score))
    table = {
        w: [x for _s, x in sorted(v, key=lambda p: (-p[0], p[1]))[:TOP]] for w, v in kept.items()
    }
    return dict(sorted(table.items())), scored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--last", type=int, default=LAST_ROUND)
    parser.add_argument("--out", default=str(claimassoc.TABLE))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    table, scored = learn(args.last)
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(table, handle, ensure_ascii=False, indent=0, sort_keys=True)
        handle.write("\n")
    print(f"{len(table)} words, {sum(map(len, table.values()))} associates -> {args.out}")
    if args.show:
        for w, x, score in sorted(scored, key=lambda p: -p[2]):
            print(f"  {w} -> {x} {score}")


if __name__ == "__main__":
    main()
