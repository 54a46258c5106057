"""Benchmark: leave-one-round-out over the in-domain development rounds dev4-dev9, to decide
whether a task trains on them (training.TRAINING_ROUNDS): for each round R the three models
are trained on train + the other five rounds (training.task_fit, at each task's in-domain
weight, calibrated on dev as shipped) and scored on R as `opinion evaluate` scores it
(training.evaluate: sentiment corrected by the matched claim of R's registry), beside the
models trained on train alone scored on the same R. With --public, the public test splits
for train alone and for train + dev4-dev9. Needs ../shared/data.

Rule fixed before the run: a task ships with the rounds when its mean macro-F1 (as typed)
over the six rounds rises and, for toxicity, the mean toxic precision stays at 0.8 or above.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_rounds_loro.py [--public]
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
from _one_core import SHARED_DATA

# isort: split

import argparse
import statistics
import time

from lantoa.opinion import ml, training

ROUNDS = training.DEV_ROUNDS


def models(rounds: tuple[str, ...]) -> dict[str, ml.LoadedModel]:
    """Return the three calibrated models trained on train + these rounds (and public rows)."""
    fitted = {
        task: training.task_fit(task=task, shared_dir=SHARED_DATA, corrections=False, rounds=rounds)
        for task in ml.TASKS
    }
    return {
        task: ml.LoadedModel(task, 1, fit.pipeline, calibration=fit.calibration)
        for task, fit in fitted.items()
    }


def scores(trained: dict[str, ml.LoadedModel], split: str) -> dict[str, training.EvalRow]:
    """Return each task's evaluation row on an in-domain split."""
    rows = training.evaluate(shared_dir=None, split=split, models=trained)
    return {row.task: row for row in rows}


def line(name: str, row: training.EvalRow) -> str:
    """Return one row's figures."""
    precision = "" if row.toxic_precision is None else f"{row.toxic_precision:.3f}"
    return (
        f"{name:<22} {row.test_size:>4} {row.macro_f1:>7.3f} {row.macro_f1_folded:>7.3f} "
        f"{precision:>7}"
    )


def main() -> None:
    """Print the per-round and mean table, then the decision the fixed rule gives."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--public", action="store_true", help="also score the public tests")
    options = parser.parse_args()
    started = time.perf_counter()
    baseline = models(())
    table: dict[str, dict[str, tuple[training.EvalRow, training.EvalRow]]] = {
        task: {} for task in ml.TASKS
    }
    for held in ROUNDS:
        loro = models(tuple(r for r in ROUNDS if r != held))
        before, after = scores(baseline, held), scores(loro, held)
        for task in ml.TASKS:
            table[task][held] = (before[task], after[task])
        print(f"{held} done ({time.perf_counter() - started:.0f} s)", flush=True)
    header = f"{'':<22} {'n':>4} {'F1':>7} {'folded':>7} {'tox P':>7}"
    for task in ml.TASKS:
        print(f"\n{task}\n{header}")
        for held, (before, after) in table[task].items():
            print(line(f"{held} train only", before))
            print(line(f"{held} + other rounds", after))
        for n, name in enumerate(("mean train only", "mean + other rounds")):
            rows = [pair[n] for pair in table[task].values()]
            typed = statistics.mean(r.macro_f1 for r in rows)
            folded = statistics.mean(r.macro_f1_folded for r in rows)
            precision = (
                f"{statistics.mean(r.toxic_precision or 0.0 for r in rows):>7.3f}"
                if task == "toxicity"
                else ""
            )
            print(f"{name:<22} {'':>4} {typed:>7.3f} {folded:>7.3f} {precision}")
        before_mean = statistics.mean(p[0].macro_f1 for p in table[task].values())
        after_mean = statistics.mean(p[1].macro_f1 for p in table[task].values())
        ships = after_mean > before_mean
        if task == "toxicity":
            ships = ships and (
                statistics.mean(p[1].toxic_precision or 0.0 for p in table[task].values()) >= 0.8
            )
        print(f"decision: {'train + dev4-dev9' if ships else 'train only'}")
    if options.public:
        shipped = models(ROUNDS)
        for name, trained in (("train only", baseline), ("train + dev4-dev9", shipped)):
            print(f"\n{name}\n{header}")
            for row in training.evaluate(shared_dir=SHARED_DATA, split="dev", models=trained):
                print(line(f"{row.task[:4]} {row.dataset}"[:22], row))
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
