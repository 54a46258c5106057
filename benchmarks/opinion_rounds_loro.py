"""Benchmark: leave-one-round-out over the in-domain development rounds (training.DEV_ROUNDS), to
decide which rounds a task trains on (training.TRAINING_ROUNDS): for each round R the models are
trained on train + the other rounds (training.task_fit, at each task's in-domain weight,
calibrated on dev as shipped) and scored on R as `opinion evaluate` scores it (evaluation.evaluate:
sentiment corrected by the matched claim of R's registry), beside the models trained on train
alone scored on the same R. Toxicity also prints its flags pooled over the rounds (a round holds
3-21 toxic items, so one round's precision moves by a third with one item). With --public, the
public test splits for train alone and for train + every round. --also names training rounds
(written at the errors, not blind) added to every "+ other rounds" fit and never scored.
Needs ../shared/data.

Rule fixed before the run (H9): a task ships with the rounds when its mean macro-F1 (as typed)
over the rounds rises and, for toxicity, the mean toxic precision stays at 0.8 or above.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_rounds_loro.py \
     [--tasks toxicity] [--rounds dev4,dev5] [--also dev13] [--public]
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
from _one_core import SHARED_DATA

# isort: split

import argparse
import statistics
import time

from opinion_rounds_added import flags, line, summary

from lantoa.opinion import evaluation, ml, training


def models(rounds: tuple[str, ...], tasks: tuple[str, ...]) -> dict[str, ml.LoadedModel]:
    """Return the calibrated models of these tasks trained on train + these rounds (and public
    rows); sentiment's evaluation reads the toxicity model too, so it is trained with it."""
    needed = tuple(t for t in ml.TASKS if t in tasks or (t == "toxicity" and "sentiment" in tasks))
    fitted = {
        task: training.task_fit(task=task, shared_dir=SHARED_DATA, corrections=False, rounds=rounds)
        for task in needed
    }
    return {task: fit.model(task) for task, fit in fitted.items()}


def scores(
    trained: dict[str, ml.LoadedModel], split: str, tasks: tuple[str, ...]
) -> dict[str, evaluation.EvalRow]:
    """Return each task's evaluation row on an in-domain split."""
    rows = evaluation.evaluate(shared_dir=None, split=split, models=trained, tasks=tasks)
    return {row.task: row for row in rows}


def main() -> None:
    """Print the per-round and mean table, then the decision the fixed rule gives."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--public", action="store_true", help="also score the public tests")
    parser.add_argument("--tasks", default=",".join(ml.TASKS), help="comma-separated tasks")
    parser.add_argument("--rounds", default=",".join(training.DEV_ROUNDS), help="rounds cycled")
    parser.add_argument("--also", default="", help="training rounds added to every fit, unscored")
    options = parser.parse_args()
    tasks = tuple(options.tasks.split(","))
    rounds = tuple(options.rounds.split(","))
    also = tuple(r for r in options.also.split(",") if r)
    started = time.perf_counter()
    baseline = models((), tasks)
    table: dict[str, dict[str, tuple[evaluation.EvalRow, evaluation.EvalRow]]] = {
        t: {} for t in tasks
    }
    pooled = {"train only": [0, 0, 0], "+ other rounds": [0, 0, 0]}
    for held in rounds:
        loro = models(tuple(r for r in rounds if r != held) + also, tasks)
        rows_before, rows_after = scores(baseline, held, tasks), scores(loro, held, tasks)
        for task in tasks:
            table[task][held] = (rows_before[task], rows_after[task])
        if "toxicity" in tasks:
            for name, trained in (("train only", baseline), ("+ other rounds", loro)):
                counts = flags(trained["toxicity"], held)
                pooled[name] = [a + b for a, b in zip(pooled[name], counts, strict=True)]
        print(f"{held} done ({time.perf_counter() - started:.0f} s)", flush=True)
    header = f"{'':<22} {'n':>4} {'F1':>7} {'folded':>7} {'tox P':>7}"
    for task in tasks:
        print(f"\n{task}\n{header}")
        for held, (before, after) in table[task].items():
            print(line(f"{held} train only", before, width=22))
            print(line(f"{held} + other rounds", after, width=22))
        for n, name in enumerate(("mean train only", "mean + other rounds")):
            rows = [pair[n] for pair in table[task].values()]
            print(summary(task, name, rows, width=22))
        if task == "toxicity":
            for name, (hits, wrong, missed) in pooled.items():
                print(
                    f"pooled {name}: {hits} toxic flagged right, {wrong} clean flagged, "
                    f"{missed} missed; P {hits / max(hits + wrong, 1):.3f} "
                    f"R {hits / max(hits + missed, 1):.3f}"
                )
        before_mean = statistics.mean(p[0].macro_f1 for p in table[task].values())
        after_mean = statistics.mean(p[1].macro_f1 for p in table[task].values())
        ships = after_mean > before_mean
        if task == "toxicity":
            ships = ships and (
                statistics.mean(p[1].toxic_precision or 0.0 for p in table[task].values()) >= 0.8
            )
        print(f"decision: {'train + the rounds' if ships else 'train only'}")
    if options.public:
        shipped = models(rounds + also, tasks)
        for name, trained in (("train only", baseline), ("train + every round", shipped)):
            print(f"\n{name}\n{header}")
            for row in evaluation.evaluate(
                shared_dir=SHARED_DATA, split="dev", models=trained, tasks=tasks
            ):
                print(line(f"{row.task[:4]} {row.dataset}"[:22], row))
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
