"""Benchmark: a paraphrase lexicon learned from the labelled claim rounds, leave-one-registry-out.

The development rounds are a parallel corpus: each paraphrase or rebuttal beside its claim's
statement and variants. Two learners read it on the matcher's own reading (folded, predicates
as their groups' words, claimsyn's synonyms):

- `anchor`: a swap between a comment and a wording of its claim (or between two wordings of one
  claim) with the same word on each side ("… gửi [clip] lên …" / "… gửi [video] lên …"), kept
  when seen in two registries and two claims; common words and numbers left out; the pairs
  joined into classes of at most four forms, each written as the form the wordings use most.
- `cooccur`: a comment n-gram absent from its claim's wordings beside a wording n-gram absent
  from the comment, kept at a precision and a lift over the claims' n-grams (MIN_* below).

For each registry (claims.json's rounds train, dev, dev2, dev3, dev4 as one; dev5 … dev19 each
over its own), the lexicon is learned from the others, written into claimsyn's table beside the
hand-made entries, and the held registry's rounds scored (claimeval.claims_evaluate, own
registry and with claims.json's). Then, with the lexicon of every registry: dev18 and dev20
(claim-free) over claims.json and the public test posts (UTS2017_Bank, ViHOS) over claims.json
and the development registries. `--coverage` prints, per registry, how many of its comments'
anchored swaps any other registry has. dev12, dev21, dev22, test, test2 and claims_eval.json's
`test` items are never read.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_claim_lexicon.py \
     [--learner anchor|cooccur|none] [--coverage] [--show]
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
from _one_core import SHARED_DATA

# isort: split

import argparse
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from lantoa.opinion import claimeval, claimsyn, datasets
from lantoa.opinion.claimcanon import canonical
from lantoa.opinion.claimtext import normalise

OWN = (
    *("dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11"),
    *("dev13", "dev14", "dev15", "dev16", "dev17", "dev19"),
)
FOLDS = {"claims.json": ("train", "dev", "dev2", "dev3", "dev4"), **{s: (s,) for s in OWN}}
BASE = dict(claimsyn._FORM_OF)
PREDICATE = re.compile(r"q\d+q")
MAX_SPAN = 2  # words on each side of a swap
MIN_REGISTRIES, MIN_CLAIMS, MAX_CLASS, COMMON = 2, 2, 4, 150
MIN_PAIRS, MIN_PRECISION, MIN_LIFT = 3, 0.75, 10.0

Swap = tuple[str, str]
Row = tuple[str, str, set[Swap]]  # kind (C: comment, W: wording), claim id, swaps


def tokens(text: str) -> list[str]:
    """Return a text's words as the matcher reads them."""
    return claimsyn.synonyms(canonical(normalise(text))[0]).split()


def wordings(claim: dict[str, object]) -> list[str]:
    """Return a claim's statement and variants."""
    return [str(claim["statement"]), *map(str, claim.get("variants", []))]  # type: ignore[call-overload]


def anchored(said: list[str], written: list[str]) -> set[Swap]:
    """Return the swaps between two word lists that share a word on each side of them."""
    found: set[Swap] = set()
    where: dict[str, list[int]] = defaultdict(list)
    for j, word in enumerate(written):
        where[word].append(j)
    for i, word in enumerate(said):
        for j in where.get(word, ()):
            for a in range(1, MAX_SPAN + 1):
                for b in range(1, MAX_SPAN + 1):
                    if i + a + 1 >= len(said) or j + b + 1 >= len(written):
                        continue
                    if said[i + a + 1] != written[j + b + 1]:
                        continue
                    x, y = said[i + 1 : i + 1 + a], written[j + 1 : j + 1 + b]
                    if set(x) & set(y) or any(PREDICATE.fullmatch(w) for w in x + y):
                        continue
                    found.add((" ".join(x), " ".join(y)))
    return found


def claim_items(fold: str) -> Iterable[tuple[str, dict[str, object], str]]:
    """Yield (comment, its claim, stance) over a fold's rounds."""
    claims = {c["id"]: c for c in claimeval.split_claims(FOLDS[fold][0])}
    for split in FOLDS[fold]:
        for item in claimeval.eval_items(split):
            if item["claim"] in claims:
                yield item["text"], claims[item["claim"]], item["stance"]


def anchor_rows(fold: str) -> list[Row]:
    """Return a fold's swaps: each claim's wordings against each other, comments against them."""
    claims = claimeval.split_claims(FOLDS[fold][0])
    said = {c["id"]: [tokens(t) for t in wordings(c)] for c in claims}
    rows: list[Row] = []
    for key, ws in said.items():
        rows.append(("W", key, {s for a in ws for b in ws if a is not b for s in anchored(a, b)}))
    for text, claim, _stance in claim_items(fold):
        words = tokens(text)
        rows.append(
            ("C", str(claim["id"]), {s for w in said[claim["id"]] for s in anchored(words, w)})
        )
    return rows


def common_words() -> set[str]:
    """Return the COMMON words most seed sentences use."""
    counts: Counter[str] = Counter()
    for text in claimeval.stream_sentences():
        counts.update(set(normalise(text).split()))
    return set(sorted(counts, key=lambda w: (-counts[w], w))[:COMMON])


def learn_anchor(folds: list[str], rows: dict[str, list[Row]]) -> dict[str, str]:
    """Return the forms the swaps of these folds write as one."""
    registries: dict[Swap, set[str]] = defaultdict(set)
    claims: dict[Swap, set[tuple[str, str]]] = defaultdict(set)
    for fold in folds:
        for _kind, key, swaps in rows[fold]:
            for x, y in swaps:
                pair = (min(x, y), max(x, y))
                registries[pair].add(fold)
                claims[pair].add((fold, key))
    common = common_words()
    edges = sorted(
        (
            (len(f), len(claims[p]), p)
            for p, f in registries.items()
            if len(f) >= MIN_REGISTRIES
            and len(claims[p]) >= MIN_CLAIMS
            and not any(set(side.split()) <= common or re.search(r"\d", side) for side in p)
        ),
        reverse=True,
    )
    classes: dict[str, set[str]] = {}
    for _f, _c, (a, b) in edges:
        ca, cb = classes.get(a, {a}), classes.get(b, {b})
        if ca is cb or len(ca | cb) > MAX_CLASS:
            continue
        joined = ca | cb
        for form in joined:
            classes[form] = joined
    written = " ".join(
        " " + " ".join(tokens(t)) + " "
        for fold in folds
        for c in claimeval.split_claims(FOLDS[fold][0])
        for t in wordings(c)
    )
    lexicon = {}
    for joined in {id(c): c for c in classes.values()}.values():
        form = max(sorted(joined), key=lambda f: (written.count(f" {f} "), -len(f)))
        lexicon.update({f: form for f in joined if f != form})
    return lexicon


def grams(text: str) -> set[str]:
    """Return a text's word unigrams and bigrams, without predicates or bare numbers."""
    words = tokens(text)
    found = set()
    for n in (1, 2):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            if not any(PREDICATE.fullmatch(w) for w in gram) and not all(w.isdigit() for w in gram):
                found.add(" ".join(gram))
    return found


def learn_cooccur(folds: list[str], _rows: dict[str, list[Row]]) -> dict[str, str]:
    """Return the comment n-grams standing beside one claim n-gram across registries."""
    seen: Counter[str] = Counter()
    pairs: Counter[Swap] = Counter()
    where: dict[Swap, set[str]] = defaultdict(set)
    told: dict[Swap, set[tuple[str, str]]] = defaultdict(set)  # the claims a pair was seen on
    claim_df: Counter[str] = Counter()
    claims = 0
    for fold in folds:
        bags = {
            c["id"]: set().union(*map(grams, wordings(c)))
            for c in claimeval.split_claims(FOLDS[fold][0])
        }
        claims += len(bags)
        for bag in bags.values():
            claim_df.update(bag)
        for text, claim, _stance in claim_items(fold):
            comment, bag = grams(text), bags[claim["id"]]
            seen.update(comment - bag)
            for x in comment - bag:
                for y in bag - comment:
                    pairs[x, y] += 1
                    where[x, y].add(fold)
                    told[x, y].add((fold, str(claim["id"])))
    best: dict[str, tuple[float, str]] = {}
    for (x, y), n in pairs.items():
        precision = n / seen[x]
        lift = precision * claims / claim_df[y]
        if (
            min(n, len(told[x, y])) < MIN_PAIRS
            or len(where[x, y]) < 3
            or precision < MIN_PRECISION
            or lift < MIN_LIFT
        ):
            continue
        score = precision * math.log(lift)
        if (score, y) > best.get(x, (0.0, "")):  # ties by the form: the same table every run
            best[x] = (score, y)
    return {x: y for x, (_s, y) in best.items()}


def install(lexicon: dict[str, str]) -> None:
    """Write the lexicon into claimsyn's table beside its hand-made entries."""
    form_of = {**{x: y for x, y in lexicon.items() if x not in BASE}, **BASE}
    claimsyn._FORM_OF = form_of
    claimsyn._SYNONYM = re.compile(
        r"(?<![a-z0-9])(?:"
        + "|".join(re.escape(f) for f in sorted(form_of, key=len, reverse=True))
        + r")(?![a-z0-9])"
    )


def scored(split: str, claims: list[dict[str, object]]) -> list[int]:
    """Return paraphrases and rebuttals right/all, stance right/checked, claim-free hit/all."""
    s = claimeval.claims_evaluate(split=split, matcher=claimeval.matcher_for(claims))
    return [
        *(s.spreading_right, s.spreading, s.refuting_right, s.refuting),
        *(s.stance_right, s.stance_checked, s.claim_free_matched, s.claim_free),
    ]


def show(label: str, v: list[int]) -> str:
    """Return one line of the four measures."""
    return (
        f"{label:12} paraphrases {v[0]}/{v[1]}  rebuttals {v[2]}/{v[3]}  "
        f"stance {v[4]}/{v[5]}  claim-free {v[6]}/{v[7]}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learner", choices=("anchor", "cooccur", "none"), default="anchor")
    parser.add_argument("--coverage", action="store_true")
    parser.add_argument("--show", action="store_true", help="print the lexicon of every registry")
    args = parser.parse_args()
    rows = {fold: anchor_rows(fold) for fold in FOLDS}
    if args.coverage:
        for fold in FOLDS:
            other = {s for f in FOLDS if f != fold for _k, _c, swaps in rows[f] for s in swaps}
            comments = [swaps for kind, _k, swaps in rows[fold] if kind == "C"]
            total = sum(map(len, comments))
            known = sum(len(swaps & other) for swaps in comments)
            print(f"{fold:12} comments {len(comments)}  swaps {total}  seen elsewhere {known}")
    learners: dict[str, Callable[[list[str], dict[str, list[Row]]], dict[str, str]]] = {
        "anchor": learn_anchor,
        "cooccur": learn_cooccur,
        "none": lambda _folds, _rows: {},
    }
    learn = learners[args.learner]
    own, with_json = [0] * 8, [0] * 8
    for fold, splits in FOLDS.items():
        install(learn([f for f in FOLDS if f != fold], rows))
        for split in splits:
            registry = claimeval.split_claims(split)
            v = scored(split, registry)
            print(show(split, v), f" lexicon {len(claimsyn._FORM_OF) - len(BASE)}", flush=True)
            w = (
                scored(split, [*registry, *claimeval.load_claims()])
                if split in claimeval.REGISTRIES
                else v
            )
            own, with_json = (
                [a + b for a, b in zip(own, v, strict=True)],
                [a + b for a, b in zip(with_json, w, strict=True)],
            )
    print(show("total", own))
    print(show("+claims.json", with_json))
    lexicon = learn(list(FOLDS), rows)
    install(lexicon)
    if args.show:
        for x, y in sorted(lexicon.items(), key=lambda p: (p[1], p[0])):
            print(f"  {x} -> {y}")
    for split in ("dev18", "dev20"):
        print(show(split, scored(split, claimeval.load_claims())))
    claims = [*claimeval.load_claims(), *(c for s in OWN for c in claimeval.split_claims(s))]
    matcher = claimeval.matcher_for(claims)
    for name, ds in (
        ("UTS2017_Bank", datasets.uts2017_bank(SHARED_DATA, "test")),
        ("ViHOS", datasets.vihos(SHARED_DATA, "test")),
    ):
        found = sum(m is not None for m in matcher.match_many(list(ds.texts)))
        print(f"{name} test posts matched {found}/{len(ds.texts)}")


if __name__ == "__main__":
    main()
