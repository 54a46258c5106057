"""Blind census (#17): each dev round read by the parser as it was before any tuning on it.

For every development round the parser of the last commit before the first commit that tuned on
that round (its message names the round or its files) reads the round's excerpts; each value it
extracts is scored against today's annotation and counted by field and by origin (header, lead,
title, summary, sentence, …). The table shows which kinds of extraction are unreliable on text
the parser had never seen. ``--today`` reads the same files with today's parser (tuned on them,
so no estimate for unseen text) and ``--gate`` applies this module's gates to the blind values,
the figures the gated parser would have had if the gates travel with it; ``--checks`` applies
today's whole issuer and place checks instead.

``--train`` adds the fourth to sixth rounds' train excerpts (exc_38 to exc_124), each batch read by
the parser before its tuning; the totals are printed for issue 17's two halves (develop: train
and dev7-dev13; check: dev15-dev21, dev24 and, with ``--full``, the full-document rounds dev23,
dev25 and dev27, each read by the parser of its one blind measurement) and for all.

The documents' texts are third-party pages kept outside the repository: ``--texts DIR`` (default
``$LANTOA_TEST_CORPUS_TEXTS/corpus_real``, else ``../shared/guidance-corpus/corpus_real``).

Usage: python benchmarks/guidance_blind_census.py [--today] [--gate | --checks] [--cells] [--train]
[--full] [--texts DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lantoa.guidance.parsing.evaluate import _cited, _key, corpus_files  # noqa: E402
from lantoa.guidance.parsing.namecheck import (  # noqa: E402
    issuer_checked,
    place_checked,
    run_on_name,
)

CORPUS = ROOT / "tests" / "guidance" / "corpus_real"
TEXTS = (
    Path(os.environ.get("LANTOA_TEST_CORPUS_TEXTS") or ROOT.parent / "shared" / "guidance-corpus")
    / "corpus_real"
)

# Round -> the last commit before the first parser commit citing it (found with git log: the
# first commit after the round's files that changes guidance/parsing beyond evaluate.py's split
# names and names the round or one of its files). dev21's files were in the tree while later
# parsers were written (not tuned on it, SPLIT.md says, but its mismatches were seen): its parser
# is the one of its blind measurement, 92b9654. dev24's is the commit of its one blind measurement.
ROUNDS = {
    "dev7": "7b84004",
    "dev8": "4bbedf1",
    "dev9": "9f5fd25",
    "dev10": "d9728a2",
    "dev11": "0398a45",
    "dev12": "7b80180",
    "dev13": "3672675",
    "dev15": "388c47a",
    "dev16": "9c6c3c2",
    "dev17": "d0cd472",
    "dev18": "e0b9d23",
    "dev19": "ddadee7",
    "dev20": "9389e32",
    "dev21": "92b9654",
    "dev24": "f7d84c0",
}
# With --train, the fourth to sixth rounds' train excerpts too, each batch read by the parser just
# before the first commit tuned on it (the batch's own commit when it changed no parser; the
# parent of the commit that added it with its tuning): exc_38 on -> the commit to use.
TRAIN_BATCHES = {
    38: "969a7f2^",
    49: "5ed6d52^",
    51: "a82eaa0^",
    59: "fa82f4c",
    75: "2374c04",
    88: "1c18f67",
    97: "9c16b3e",
    99: "d5643af",
}
_TRAIN_END = 125
# With --full, the full-document rounds, each read by the parser of its one blind measurement.
FULL_ROUNDS = {"dev23": "f4ca608", "dev25": "49cf141", "dev27": "e07061a"}
# The halves of issue 17's rule of evidence: a rule is drawn on the first and kept only if the
# second, looked at as totals, agrees.
HALVES = {
    "develop": ("train", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13"),
    "check": (
        *("dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21"),
        *("dev23", "dev24", "dev25", "dev27"),
    ),
}
FIELDS = ("type", "number", "issuer", "date", "place")

# Runs inside a copy of an old src/ tree: parses the given files, prints what was read.
_READER = """
import json, sys
from pathlib import Path
from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.evaluate import read_document
out = {}
for name in sys.argv[1:]:
    d = parse_document(read_document(Path(name))).to_dict()
    out[name] = {"document": d["document"], "subject": d["subject"],
                 "references": [r["number"] for r in d["references"]],
                 "origins": d.get("origins", {})}
print(json.dumps(out, ensure_ascii=False))
"""


def _read(src: Path | None, paths: list[Path]) -> dict[str, Any]:
    """Return each file's identity fields and origins as read by the parser under src."""
    env = {"PYTHONPATH": str(src if src else ROOT / "src"), "PATH": "/usr/bin:/bin"}
    args = [sys.executable, "-c", _READER, *map(str, paths)]
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def _old_tree(commit: str, into: Path) -> Path:
    """Copy the parser's package as it was at commit into a folder; return its src path."""
    paths = ["src/lantoa/__init__.py", "src/lantoa/guidance/__init__.py", "src/lantoa/core"]
    paths.append("src/lantoa/guidance/parsing")
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, *paths], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "src"


def gated(field: str, value: Any, *, checks: bool) -> Any:
    """Return a blind value as today's gate (or, with checks, today's whole check) leaves it.

    The gate (namecheck.run_on_name) was chosen on this census; the whole checks
    (issuer_checked, place_checked) were partly tuned on these rounds after their blind
    measurement, so what they refuse here is no estimate for unseen text.
    """
    if field == "issuer":
        return issuer_checked(value) if checks else None if run_on_name(str(value)) else value
    if field == "place" and checks:
        return place_checked(value)
    return value


def records(
    read: dict[str, Any], expected: dict[str, Any], *, gate: str = ""
) -> list[tuple[Any, ...]]:
    """Return (field, origin, extracted, expected, correct) rows for one file."""
    doc, origins = read["document"], read["origins"]
    rows = []
    for name in FIELDS:
        field = f"document.{name}"
        if field not in expected:
            continue
        got = doc[name]
        if gate and got:
            got = gated(name, got, checks=gate == "checks")
        want_n, got_n = _key(field, expected[field]), _key(field, got)
        has_got = got_n not in (None, "", False)
        has_want = want_n not in (None, "", False)
        origin = origins.get(field, "?") if has_got else "-"
        right = has_got and has_want and want_n == got_n
        rows.append((name, origin, int(has_got), int(has_want), int(right), got, expected[field]))
    if "references.numbers" in expected:
        want = {_key("references.numbers", v) for v in _cited(expected) or []}
        cited = _cited({"references.numbers": read["references"], **_subject(read)}) or []
        got_set = {_key("references.numbers", v) for v in cited}
        n = len(want & got_set)
        rows.append(("references", "text", len(got_set), len(want), n, got_set - want, want))
    return rows


def _batches(
    *, train: bool, texts: Path, full: bool = False
) -> list[tuple[str, str, list[tuple[Path, dict[str, Any]]]]]:
    """Return (round, blind commit, files) for each dev round and, with train, each train batch."""
    rounds = {**ROUNDS, **(FULL_ROUNDS if full else {})}
    out = [(s, c, corpus_files(CORPUS, split=s, texts=texts)) for s, c in rounds.items()]
    if not train:
        return out
    starts = sorted(TRAIN_BATCHES)
    files = corpus_files(CORPUS, split="train", texts=texts)
    for start, end in zip(starts, [*starts[1:], _TRAIN_END], strict=True):
        batch = [(p, e) for p, e in files if start <= _excerpt_number(p) < end]
        out.insert(len(out) - len(rounds), (f"train{start}", TRAIN_BATCHES[start], batch))
    return out


def _excerpt_number(path: Path) -> int:
    """Return an excerpt's number (exc_59_… -> 59), -1 for any other file."""
    head = path.name.split("_")
    return int(head[1]) if head[0] == "exc" and head[1].isdigit() else -1


def _round_of(batch: str) -> str:
    """Return the split a census row belongs to ("train59" -> "train", "dev7" -> "dev7")."""
    return "train" if batch.startswith("train") else batch


def _subject(read: dict[str, Any]) -> dict[str, Any]:
    return {"subject.number": read["subject"]["number"]}


def _rate(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}" if b else "   – "


def main() -> None:
    """Print the census table (blind P by field × origin) and each round's totals."""
    options = argparse.ArgumentParser()
    options.add_argument("--today", action="store_true", help="today's parser, not blind")
    options.add_argument("--gate", action="store_true", help="apply the gate to blind values")
    options.add_argument("--checks", action="store_true", help="apply today's value checks")
    options.add_argument("--cells", action="store_true", help="list each blind wrong value")
    options.add_argument("--train", action="store_true", help="add the train batches exc_38-124")
    options.add_argument("--full", action="store_true", help="add dev23, dev25 and dev27")
    options.add_argument("--texts", type=Path, default=TEXTS, help="folder of the texts")
    args = options.parse_args()
    if not args.texts.is_dir():
        sys.exit(f"Không tìm thấy thư mục văn bản: {args.texts} (chỉ bằng --texts).")
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    rounds: dict[str, list[int]] = {}
    wrong = []
    with tempfile.TemporaryDirectory() as tmp:
        for split, commit, files in _batches(train=args.train, texts=args.texts, full=args.full):
            src = None
            if not args.today:
                (Path(tmp) / split).mkdir()
                src = _old_tree(commit, Path(tmp) / split)
            reads = _read(src, [p for p, _ in files])
            tot = rounds.setdefault(split, [0, 0, 0])
            for path, expected in files:
                for name, origin, got, want, right, value, truth in records(
                    reads[str(path)], expected, gate="checks" if args.checks else "gate" * args.gate
                ):
                    tot[0] += got
                    tot[1] += want
                    tot[2] += right
                    if got:
                        cells[(name, origin)][0] += got
                        cells[(name, origin)][1] += right
                    if got > right and args.cells:
                        wrong.append(f"{split} {path.stem} {name} [{origin}] {value!r} ≠ {truth!r}")
    print(f"{'field':11} {'origin':10} {'read':>5} {'right':>5} {'P':>6}")
    for (name, origin), (got, right) in sorted(cells.items()):
        print(f"{name:11} {origin:10} {got:5} {right:5} {_rate(right, got)}")
    commits = {
        split: commit
        for split, commit, _ in _batches(train=args.train, texts=args.texts, full=args.full)
    }
    print(f"\n{'round':8} {'commit':9} {'read':>5} {'annot':>5} {'right':>5} {'P':>6} {'R':>6}")
    for split, (got, want, right) in rounds.items():
        print(
            f"{split:8} {commits[split]:9} {got:5} {want:5} {right:5} "
            f"{_rate(right, got)} {_rate(right, want)}"
        )
    for half, names in [*HALVES.items(), ("all", tuple(rounds))]:
        got, want, right = (
            sum(v[i] for k, v in rounds.items() if _round_of(k) in names or half == "all")
            for i in range(3)
        )
        f1 = _rate(2 * right, got + want)
        print(
            f"{half:18} {got:5} {want:5} {right:5} {_rate(right, got)} {_rate(right, want)} F1 {f1}"
        )
    if wrong:
        print("\n" + "\n".join(wrong))


if __name__ == "__main__":
    main()
