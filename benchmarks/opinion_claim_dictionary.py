"""Benchmark: general Vietnamese word knowledge from a GPL dictionary, lent to retold rumours (#18).

The reworded retellings that the matcher misses need word knowledge no round teaches ("gia súc"
for "trâu bò", "hút nước dưới lòng đất" for "giếng khoan"). The one openly licensed Vietnamese
lexical resource with meanings found in the stores reachable here is the monolingual dictionary of
the Free Vietnamese Dictionary Project (FVDP, Hồ Ngọc Đức et al., 1997-2003: 30,161 headwords with
definitions and examples; "GNU General Public License, version 2 or any later version", stated in
its own 00-database-info entry, so it may ship inside a GPL-3.0-or-later package). Its dictd file
sits in the history of undertheseanlp/dictionary (path hongocduc/raw/VV/vv30K.dict.dz, commit
daa40de; `git cat-file blob c1699851d0be525c7412861f6e279a07c7867a1e | zcat > vv30K.dict`).

Each headword's definitions (senses' text before the first example: up to ":" or a sentence
ending before a capital; notes in parentheses but "(như …)", sense numbers and part-of-speech
marks dropped) are folded
as the matcher folds (claimtext.normalise), and two tables are read from them, keyed as
claimdata/retold_assoc.json is (folded word or word pair of a comment -> claim-side phrases):

- `forward`: a headword -> the `top` rarest words and word pairs of its definitions found in at
  least `df` definitions ("gia suc" -> "long mao", "suc vat", "mao"; with 6, "trau" too).
- `reverse`: a word pair found in at most `df` definitions -> the headwords it defines
  ("lay nuoc" -> "gieng", "ham", …): a description lends the word it describes.

Neither side is one of the COMMON commonest seed words, a number, or under three letters. The
table is added to the shipped learned table and lent as claimassoc lends it (a text told as a
rumour, claimgate.RETOLD, gets the n-grams of its words' associates that the index knows).

Modes (the first field of a setting): `lend` adds the table to claimassoc's (text side, told
rumours); `both` / `both1` write the associates after each word in texts and wordings alike
(claimtext.synonyms; `1`: one-syllable headwords too, which fold onto one another: "bo" is bò,
bó, bỏ, bố, bộ); `fbboth` reads a told rumour the plain matcher leaves unanswered again with a
`both1` twin (what claimdict ships, `shipped` runs the shipped code); `fbpair` adds each wording's
expanded twin as a variant instead; `H`: hearsay and questions only (RETOLD without "… thì bị
<act>"); `-shuffled`: the control, each word given another word's definition words.

Scored leave-one-round-out over the development claim rounds ROUNDS, each over its own registry:
reworded paraphrases right claim first, natural paraphrases, rebuttals, stance where the claim
was right, claim-free items matched. A setting of the grid is chosen on six rounds (claim items
gained, less PENALTY per claim-free item matched) and scored on the seventh; `--guard` adds the
claim-free items of every other development round (own registry), dev18 and dev20 over
claims.json and the public test posts over every development registry. test, test2 and
claims_eval.json are never read. The figures below were measured before dev31 was registered; the
guard now reads every registered development round's claim-free items, dev31 and dev32 among them.

Measured 07/12/2026 (before: the matcher with the learned table retold_assoc.json, which was
built on dev4-dev29, so dev21-dev29 are in-sample for it and dev30 is not):

| setting (totals over the seven rounds) | reworded | natural | rebuttals | claim-free |
|---|---|---|---|---|
| before | 93/330 | 236/250 | 140/250 | 5/774 |
| lend, top 6 | 103 | 236 | 141 | 6 |
| both, top 3 (two-syllable heads) | 89 | 233 | 145 | 20 |
| both1, top 3 / top 6 | 119 / 137 | 238 / 238 | 155 / 161 | 23 / 49 |
| fbboth, top 3 (shipped: `shipped`) | 113 (116) | 237 | 142 | 6 |
| fbboth, top 6 | 121 | 237 | 142 | 7 |
| fbpair, top 3 / top 6 | 132 / 131 | 238 / 238 | 141 / 141 | 9 / 11 |
| fbboth-shuffled, top 3 (control) | 107 | 237 | 140 | 6 |

Guards, claim-free matched (other rounds of 2,116; dev18+dev20 of 420; UTS2017_Bank of 494;
ViHOS of 1,106): before 28, 10, 2, 2; both1 top 3: 102, 23, 50, 29; fbboth top 6: 40, 19, 21, 5;
fbpair top 6: 69, 39, 25, 6; shipped: 32, 13, 8, 3; shuffled control: 32, 12, 9, 3.
Leave-one-round-out with the rounds alone choosing, fbpair top 3 wins every fold (93 -> 132), but
its guards are the worst of the second readings; the shipped setting was chosen on the guards.
Shipped, per round: dev21 10->11/30, dev22 3->4/30, dev25 2->4/30, dev26 19->22/60, dev28
24->31/60, dev29 29->32/60, dev30 6->12/60 (shuffled control: 11, 3, 2, 22, 27, 31, 11).
Most of the gain is the second, looser reading of told rumours: the dictionary's meanings add 9
reworded retellings over the shuffled control (116 vs 107), one of them on dev30.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_claim_dictionary.py \
     --dict vv30K.dict [--only shipped:forward:3:2 | fbboth-shuffled:forward:3:2] [--guard] \
     [--show WORD ...] [--out claimdata/dictionary_glosses.json]
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
from _claim_tally import KEYS, add, line, tally
from _one_core import SHARED_DATA

# isort: split

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from lantoa.opinion import claimassoc, claimdict, claimeval, claimtext, datasets
from lantoa.opinion.claimcanon import canonical
from lantoa.opinion.claimdict import with_glosses
from lantoa.opinion.claimgate import RETOLD
from lantoa.opinion.claimtext import normalise
from lantoa.opinion.datasets import indomain_rows

ROUNDS = ("dev21", "dev22", "dev25", "dev26", "dev28", "dev29", "dev30")
COMMON = int(__import__("os").environ.get("DICT_COMMON", "150"))
PENALTY = 2.0
_POS = re.compile(
    r"^(?:\d+\s*)?(?:(?:dt|d|đgt|đg|tt|t|trgt|tr|p|pht|k|c|ct|lt|tht|đt|gt|tng|kng|id|cd)\.?\s+)+",
    re.IGNORECASE,
)
# Notes in parentheses (etymology "H. …", register "kng.", sources "tng.") go; "(như trâu, bò…)"
# stays, as its instances are what a retelling says.
_PAREN = re.compile(r"\((?!như|nói về|thường)[^)]*\)")
_EXAMPLE = re.compile(r"[:;]|\.\s+(?=[A-ZĐÂĂÊÔƠƯ])|\.$")
Table = dict[str, list[str]]
# The headwords each folded form stands for ("bo": bò, bó, bỏ, bố, bộ, bơ …).
HOMOGRAPHS: dict[str, set[str]] = defaultdict(set)


def definitions(path: Path) -> dict[str, list[str]]:
    """Return each folded headword's folded definitions (examples, marks and notes dropped)."""
    found: dict[str, list[str]] = defaultdict(list)
    head = ""
    for entry in path.read_text("utf-8").splitlines():
        if entry.startswith("@"):
            head = normalise(entry[1:].replace("-", " "))
            HOMOGRAPHS[head].add(entry[1:].strip().lower())
            continue
        if not head or head.startswith("00") or not entry.startswith("- "):
            continue
        sense = _PAREN.sub(" ", entry[2:]).strip()
        for _ in range(3):
            sense = re.sub(r"^[\d.\s-]+", "", sense)
            sense = _POS.sub("", sense).lstrip(" .,-")
        sense = _EXAMPLE.split(sense, maxsplit=1)[0]
        text = normalise(sense)
        if text:
            found[head].append(text)
    return found


def common_words() -> set[str]:
    """Return the COMMON words most seed sentences use."""
    counts: Counter[str] = Counter()
    for text in claimeval.stream_sentences():
        counts.update(set(normalise(text).split()))
    return set(sorted(counts, key=lambda w: (-counts[w], w))[:COMMON])


def units(text: str, stop: set[str]) -> set[str]:
    """Return a definition's content words and word pairs."""
    words = text.split()
    found = {w for w in words if w not in stop and len(w) >= 2 and not w.isdigit()}
    for a, b in zip(words, words[1:], strict=False):
        if a not in stop and b not in stop and not (a.isdigit() or b.isdigit()):
            found.add(f"{a} {b}")
    return found


def build(
    defs: dict[str, list[str]],
    mode: str,
    direction: str,
    top: int,
    max_df: int,
    cap: int = 10**9,
    homographs: int = 99,
) -> Table:
    """Return a dictionary table in claimassoc's form for one setting."""
    stop = common_words()
    bags = {h: set().union(*(units(d, stop) for d in ds)) for h, ds in defs.items()}
    df: Counter[str] = Counter()
    for bag in bags.values():
        df.update(bag)
    table: dict[str, list[str]] = defaultdict(list)
    for head, bag in bags.items():
        if head in stop or len(head) < 2 or len(HOMOGRAPHS[head]) > homographs:
            continue
        if direction == "forward" and (" " in head or "1" in mode or mode.startswith("fb")):
            rare = sorted((u for u in bag if max_df <= df[u] <= cap), key=lambda u: (df[u], u))
            table[head] += rare[:top]
        if direction == "reverse":
            for u in bag:
                if " " in u and df[u] <= max_df and u != head:
                    table[u].append(head)
    kept = {k: v[: max(top, 1) * 4] for k, v in table.items() if v}
    if mode.endswith("shuffled"):
        # The control: each word gets another word's definition words (same table shape).
        values = list(kept.values())
        random.Random(0).shuffle(values)
        kept = dict(zip(kept, values, strict=True))
    return kept


def install(extra: Table) -> None:
    """Make claimassoc lend the shipped table's associates and the dictionary's."""
    claimassoc.associates.cache_clear()
    base = dict(claimassoc.associates())
    merged = {k: tuple(v) for k, v in base.items()}
    for key, found in extra.items():
        merged[key] = tuple(dict.fromkeys([*merged.get(key, ()), *found]))
    claimassoc.associates = lambda: merged  # type: ignore[assignment]
    claimassoc.associates.cache_clear = lambda: None  # type: ignore[method-assign]


ORIGINAL = claimassoc.associates
SHIPPED_GLOSSES = claimdict.glosses
BASE_SYNONYMS = claimtext.synonyms
# Whether texts not told as a rumour are expanded too (always while a registry loads).
EXPAND_ALL = [True]
NO_EXPAND = [False]
TOLD_ONLY = [False]


TWIN: list[Table | None] = [None]
# pair: the wordings' expanded twins beside them, the texts expanded in place when told.
PAIR = [False]


def expand(normalised: str, extra: Table) -> str:
    """Return folded words with each table word's associates written after it."""
    return with_glosses(normalised, extra)


def twin_claims(claims: list[dict], extra: Table) -> list[dict]:
    """Return the claims with each wording's expanded twin as one more variant."""
    twinned = []
    for claim in claims:
        wordings = [claim["statement"], *claim.get("variants", [])]
        twins = [expand(normalise(w), extra) for w in wordings]
        twinned.append({**claim, "variants": [*claim.get("variants", []), *twins]})
    return twinned


def twin_text(text: str, extra: Table, told_only: bool) -> str:
    """Return a text expanded (only a told rumour when told_only)."""
    normalised = normalise(text)
    if told_only and not RETOLD.search(canonical(normalised)[0]):
        return text
    return expand(normalised, extra)


def install_both_sides(extra: Table) -> None:
    """Write each table word with its associates after it, in texts and wordings alike (as
    claimsyn writes its entries), so a definition's words meet on both sides."""

    def expanded(canonical_text: str) -> str:
        if NO_EXPAND[0]:
            return BASE_SYNONYMS(canonical_text)
        if not EXPAND_ALL[0] and not RETOLD.search(canonical_text):
            return BASE_SYNONYMS(canonical_text)
        return with_glosses(BASE_SYNONYMS(canonical_text), extra)

    claimtext.synonyms = expanded  # claimtext imports it by name


def reset() -> None:
    """Restore the shipped table alone."""
    claimassoc.associates = ORIGINAL
    claimtext.synonyms = BASE_SYNONYMS
    TWIN[0] = None
    PAIR[0] = False
    claimdict.glosses = lambda: {}  # type: ignore[assignment]  # the matcher without the table


def plain_and_second(claims: list[dict], texts: list[str], languages: list[str]) -> list:
    """Return the plain matcher's answers, and where it has none for a text told as a rumour,
    the answer of a second matcher reading the dictionary (FALLBACK's mode)."""
    reset()
    found = claimeval.matcher_for(claims).match_many(texts, languages)
    mode, table = FALLBACK[0]
    cue = HEARSAY if mode.endswith("H") else RETOLD
    told = [
        n
        for n, (t, m) in enumerate(zip(texts, found, strict=True))
        if m is None and cue.search(canonical(normalise(t))[0])
    ]
    if not told:
        return found
    install_both_sides(table)
    if mode.startswith("fbpair"):
        TWIN[0], PAIR[0] = table, True
        claims = twin_claims(claims, table)
        NO_EXPAND[0] = True
    matcher = claimeval.matcher_for(claims)
    NO_EXPAND[0] = False
    EXPAND_ALL[0] = True
    second = matcher.match_many([texts[n] for n in told], [languages[n] for n in told])
    for n, m in zip(told, second, strict=True):
        found[n] = m
    reset()
    return found


FALLBACK: list = [None]
# Hearsay and questions alone: RETOLD without its "… thì bị <act>" telling.
HEARSAY = re.compile(RETOLD.pattern.rsplit("|(?<!gio )", 1)[0] + ")(?![a-z])")


def score(split: str) -> dict[str, list[int]]:
    """Return right/all per measure for a round over its own registry."""
    rows = indomain_rows(split)
    if FALLBACK[0] is not None:
        found = plain_and_second(
            claimeval.split_claims(split), [r["text"] for r in rows], [r["language"] for r in rows]
        )
    else:
        EXPAND_ALL[0] = True
        claims = claimeval.split_claims(split)
        texts = [r["text"] for r in rows]
        table = TWIN[0]
        if table is not None:
            claims = twin_claims(claims, table)
            if not PAIR[0]:
                texts = [twin_text(t, table, TOLD_ONLY[0]) for t in texts]
        NO_EXPAND[0] = PAIR[0]
        matcher = claimeval.matcher_for(claims)
        NO_EXPAND[0] = False
        EXPAND_ALL[0] = not TOLD_ONLY[0]
        found = matcher.match_many(texts, [r["language"] for r in rows])
        EXPAND_ALL[0] = True
    return tally(rows, found)


GUARD_ROUNDS = tuple(
    s for s in claimeval.INDOMAIN_CLAIM_SPLITS if s.startswith("dev") and s not in ROUNDS
)


def guard() -> dict[str, int]:
    """Return claim-free items matched off the scored rounds: every other development claim
    round over its registry, dev18 and dev20 over claims.json, the public test posts over every
    development registry."""
    out: dict[str, int] = {}
    scores = [score(s)["free"] for s in GUARD_ROUNDS]
    out["other rounds"] = sum(f[0] for f in scores)
    out["of"] = sum(f[1] for f in scores)
    out["dev18+dev20 (claims.json)"] = sum(score(s)["free"][0] for s in ("dev18", "dev20"))
    claims = [c for s in claimeval.REGISTRIES for c in claimeval.split_claims(s)]
    claims += claimeval.load_claims()
    for name, ds in (
        ("UTS2017_Bank", datasets.uts2017_bank(SHARED_DATA, "test")),
        ("ViHOS", datasets.vihos(SHARED_DATA, "test")),
    ):
        texts = list(ds.texts)
        if FALLBACK[0] is not None:
            found = plain_and_second(claims, texts, ["vi"] * len(texts))
        else:
            found = claimeval.matcher_for(claims).match_many(texts)
        out[name] = sum(m is not None for m in found)
    return out


def gain(before: dict[str, list[int]], after: dict[str, list[int]]) -> float:
    """Return a setting's worth on some rounds: claim items gained less PENALTY per free match."""
    right = sum(after[k][0] - before[k][0] for k in ("reworded", "natural", "rebuttals"))
    return right - PENALTY * (after["free"][0] - before["free"][0])


GRID: list[tuple] = [
    ("lend", "forward", 6, 2),
    ("both1", "forward", 3, 2),
    ("fbboth", "forward", 3, 2),
    ("fbboth", "forward", 6, 2),
    ("fbbothH", "forward", 6, 2),
    ("fbpair", "forward", 3, 2),
    ("fbpair", "forward", 6, 2),
    ("fbpairH", "forward", 6, 2),
]
Setting = tuple
# The setting claimdict ships: the second reading of told rumours left unanswered, every
# headword's three rarest definition words (chosen on the guards as well as the rounds).
SHIPPED = ("fbboth", "forward", 3, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dict", type=Path, default=Path("/tmp/lex/vv30K.dict"))
    parser.add_argument("--show", nargs="*", default=[])
    parser.add_argument("--only", help="one setting mode:direction:top:min_df[:cap[:homographs]]")
    parser.add_argument("--guard", action="store_true", help="claim-free items elsewhere")
    parser.add_argument("--out", type=Path, help="write the shipped setting's table there")
    args = parser.parse_args()
    defs = definitions(args.dict)
    print(f"{len(defs)} folded headwords with a definition", flush=True)
    if args.out:
        table = build(defs, *SHIPPED)
        args.out.write_text(
            json.dumps(dict(sorted(table.items())), ensure_ascii=False, indent=0) + "\n", "utf-8"
        )
        print(f"{len(table)} entries written to {args.out}")
        return
    grid = GRID
    if args.only:
        mode, d, *numbers = args.only.split(":")
        grid = [(mode, d, *map(int, numbers))]
    tables = {s: build(defs, *s) if s[0] != "shipped" else {} for s in grid}
    for s, table in tables.items():
        print(f"{s}: {len(table)} keys", flush=True)
        for word in args.show:
            print(f"   {word} -> {table.get(word)}")
    reset()
    before = {r: score(r) for r in ROUNDS}
    after: dict[Setting, dict[str, dict[str, list[int]]]] = {}
    for s, table in tables.items():
        if s[0] == "shipped":
            claimdict.glosses = SHIPPED_GLOSSES
        elif s[0].startswith("fb"):
            FALLBACK[0] = (s[0], table)
        elif s[0].startswith("pair"):
            TWIN[0], PAIR[0] = table, True
            install_both_sides(table)
        elif s[0].startswith("twin"):
            TWIN[0] = table
        else:
            (install if s[0].startswith("lend") else install_both_sides)(table)
        TOLD_ONLY[0] = s[0].endswith("r")
        after[s] = {r: score(r) for r in ROUNDS}
        reset()
        FALLBACK[0] = None
        zero = {k: [0, 0] for k in KEYS}
        b, a = zero, zero
        for r in ROUNDS:
            b, a = add(b, before[r]), add(a, after[s][r])
        print(line(":".join(map(str, s)), b, a), flush=True)
        if args.guard:
            if s[0] == "shipped":
                claimdict.glosses = SHIPPED_GLOSSES
            elif s[0].startswith("fb"):
                FALLBACK[0] = (s[0], table)
            else:
                (install if s[0].startswith("lend") else install_both_sides)(table)
            print("   guard with:", guard(), flush=True)
            reset()
            FALLBACK[0] = None
            print("   guard without:", guard(), flush=True)
        if args.only:
            for r in ROUNDS:
                print(line(r, before[r], after[s][r]), flush=True)
    zero = {k: [0, 0] for k in KEYS}
    total_b, total_a = zero, zero
    for held in ROUNDS:
        others = [r for r in ROUNDS if r != held]

        def worth(s: Setting, others: list[str] = others) -> float:
            return sum(gain(before[r], after[s][r]) for r in others)

        chosen = max(grid, key=worth)
        if worth(chosen) <= 0:
            print(f"{held}: no setting gains on the other rounds; none applied")
            result = before[held]
        else:
            result = after[chosen][held]
        print(line(held, before[held], result), f" (chose {chosen})", flush=True)
        total_b, total_a = add(total_b, before[held]), add(total_a, result)
    print(line("LORO total", total_b, total_a))


if __name__ == "__main__":
    main()
