"""Benchmark: a task trained on its shipped rounds and on each candidate set of rounds, scored on
rounds no configuration trains on (the development set kept aside) and, leave one round out, on
the candidate rounds themselves (a held round is dropped from the set it belongs to). Scored as
`opinion evaluate` scores a round (sentiment corrected by the matched claim, with the toxicity
model trained as shipped), typed and folded; with --public, UTS2017_Bank test (sentiment) and the
in-domain dev split for each configuration. Needs ../shared/data. Never hold out dev30, test or
test2: they are the lead's blind and held-out splits.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_rounds_aside.py \
     --task sentiment --sets dev26+dev27+dev28+dev29 \
     --held dev21,dev22,dev25,dev27,dev28,dev29 [--public]
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
from _one_core import SHARED_DATA

# isort: split

import argparse
import time

import opinion_rounds_added as added

from lantoa.opinion import evaluation, ml, training

NEVER = {"dev30", "test", "test2"}


def models(rounds: tuple[str, ...], task: str) -> dict[str, ml.LoadedModel]:
    """Return a task's model on these rounds (and, for sentiment, toxicity as shipped)."""
    trained = {task: added.fitted(task, rounds)}
    if task == "sentiment":
        trained["toxicity"] = added.fitted("toxicity", training.TRAINING_ROUNDS["toxicity"])
    return trained


def main() -> None:
    """Print each held round's figures per configuration, their means and the public rows."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--task", default="sentiment")
    parser.add_argument("--sets", required=True, help="candidate sets, a+b,c")
    parser.add_argument("--held", required=True, help="rounds to score, comma-separated")
    parser.add_argument("--public", action="store_true")
    options = parser.parse_args()
    added.models = models
    base = training.TRAINING_ROUNDS[options.task]
    sets = {"shipped": ()} | {"+" + s: tuple(s.split("+")) for s in options.sets.split(",")}
    held_rounds = options.held.split(",")
    assert not NEVER & {*held_rounds, *(r for s in sets.values() for r in s)}
    assert not set(held_rounds) & set(base), "a held round the shipped model trains on"
    started = time.perf_counter()
    table: dict[str, list[evaluation.EvalRow]] = {name: [] for name in sets}
    for held in held_rounds:
        for name, extra in sets.items():
            row = added.score(options.task, base + tuple(r for r in extra if r != held), held)
            table[name].append(row)
            print(added.line(f"{held} {name[:40]}", row, width=48), flush=True)
        print(f"({time.perf_counter() - started:.0f} s)", flush=True)
    for name, rows in table.items():
        print(added.summary(options.task, f"mean {name[:40]}", rows, width=48))
    if options.public:
        for name, extra in sets.items():
            trained = models(base + extra, options.task)
            rows = evaluation.evaluate(
                shared_dir=SHARED_DATA, split="dev", models=trained, tasks=(options.task,)
            )
            for row in rows:
                print(added.line(f"{name[:24]} {row.dataset}", row, width=48), flush=True)


if __name__ == "__main__":
    main()
