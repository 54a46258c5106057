"""Benchmark: what adding candidate rounds to the shipped training rounds does, by
leave-one-round-out on the same held-out rounds: each shipped round R (training.TRAINING_ROUNDS) is
scored by models trained on train + the other shipped rounds, without and with each candidate set;
each candidate round C is scored by the shipped models and by models trained on train + the shipped
rounds + the set's rounds other than C (a C outside the set is then held out too). Scored as
`opinion evaluate` scores a round (evaluation.evaluate: sentiment corrected by the matched claim of
the round's registry), typed and folded; toxicity also prints its flags pooled over the rounds,
typed and folded. With --public, the public test splits and the in-domain dev split for the shipped
rounds and for each set added. Needs ../shared/data.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_rounds_added.py \
     [--tasks toxicity] [--sets dev15+dev16+dev17+dev18,dev15+dev16] [--public]
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
from _one_core import SHARED_DATA

# isort: split

import argparse
import statistics
import time

from lantoa.core.text import fold
from lantoa.opinion import datasets, evaluation, ml, training

FITS: dict[tuple[str, tuple[str, ...]], ml.LoadedModel] = {}


def fitted(task: str, rounds: tuple[str, ...]) -> ml.LoadedModel:
    """Return the calibrated model of a task trained on train + these rounds (fitted once)."""
    key = (task, tuple(sorted(rounds)))
    if key not in FITS:
        fit = training.task_fit(task=task, shared_dir=SHARED_DATA, corrections=False, rounds=rounds)
        FITS[key] = fit.model(task)  # with its twin for texts without diacritics
    return FITS[key]


def models(rounds: tuple[str, ...], task: str) -> dict[str, ml.LoadedModel]:
    """Return a task's model (and the toxicity model sentiment's correction reads)."""
    needed = {task, "toxicity"} if task == "sentiment" else {task}
    return {each: fitted(each, rounds) for each in needed}


def flags(model: ml.LoadedModel, split: str, *, folded: bool = False) -> tuple[int, int, int]:
    """Return the toxicity model's true positives, false positives and misses on a split."""
    own = datasets.indomain(split, "toxicity")
    texts = [fold(t) for t in own.texts] if folded else own.texts
    said = [p.label == "toxic" for p in model.predict(texts)]
    toxic = [label == "toxic" for label in own.labels]
    hits = sum(s and t for s, t in zip(said, toxic, strict=True))
    return hits, sum(said) - hits, sum(toxic) - hits


def score(task: str, rounds: tuple[str, ...], held: str) -> evaluation.EvalRow:
    """Return a task's row on a held-out round for models trained on these rounds."""
    trained = models(rounds, task)
    return evaluation.evaluate(shared_dir=None, split=held, models=trained, tasks=(task,))[0]


def line(name: str, row: evaluation.EvalRow, *, width: int = 30) -> str:
    """Return one row's figures."""
    precision = "" if row.toxic_precision is None else f"{row.toxic_precision:.3f}"
    return (
        f"{name:<{width}} {row.test_size:>4} {row.macro_f1:>7.3f} {row.macro_f1_folded:>7.3f} "
        f"{precision:>7}"
    )


def summary(task: str, name: str, rows: list[evaluation.EvalRow], *, width: int = 30) -> str:
    """Return the mean line of some rounds' rows."""
    typed = statistics.mean(r.macro_f1 for r in rows)
    folded = statistics.mean(r.macro_f1_folded for r in rows)
    precision = (
        f"{statistics.mean(r.toxic_precision or 0.0 for r in rows):>7.3f}"
        if task == "toxicity"
        else ""
    )
    return f"{name:<{width}} {'':>4} {typed:>7.3f} {folded:>7.3f} {precision}"


def main() -> None:
    """Print, per task, the held-out rounds without and with each candidate set, and the means."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", default=",".join(ml.TASKS), help="comma-separated tasks")
    parser.add_argument("--sets", default="dev15+dev16+dev17+dev18", help="candidate sets, a+b,c")
    parser.add_argument("--public", action="store_true", help="also score public tests and dev")
    parser.add_argument("--held", default="", help="only these rounds held out (default: all)")
    options = parser.parse_args()
    tasks = tuple(options.tasks.split(","))
    sets = [tuple(s.split("+")) for s in options.sets.split(",") if s]
    candidates = tuple(dict.fromkeys(r for s in sets for r in s))
    started = time.perf_counter()
    header = f"{'':<30} {'n':>4} {'F1':>7} {'folded':>7} {'tox P':>7}"
    for task in tasks:
        base = training.TRAINING_ROUNDS[task]
        columns = ["shipped", *("+" + "+".join(s) for s in sets)]
        table: dict[str, dict[str, evaluation.EvalRow]] = {}
        pooled = {(c, f): [0, 0, 0] for c in columns for f in (False, True)}
        cycled = tuple(
            r for r in base + candidates if r in options.held.split(",") or not options.held
        )
        for held in cycled:
            trainings = {"shipped": tuple(r for r in base if r != held)}
            for name, chosen in zip(columns[1:], sets, strict=True):
                trainings[name] = trainings["shipped"] + tuple(r for r in chosen if r != held)
            table[held] = {name: score(task, rounds, held) for name, rounds in trainings.items()}
            if task == "toxicity" and held in base:
                for name, rounds in trainings.items():
                    for folded in (False, True):
                        counts = flags(fitted(task, rounds), held, folded=folded)
                        total = pooled[(name, folded)]
                        pooled[(name, folded)] = [a + b for a, b in zip(total, counts, strict=True)]
            print(f"{task} {held} done ({time.perf_counter() - started:.0f} s)", flush=True)
        print(f"\n{task}\n{header}")
        for held, rows in table.items():
            for name, row in rows.items():
                print(line(f"{held} {name}", row))
        groups = {"shipped rounds": base, "candidates": candidates, "all rounds": cycled}
        for group, held_rounds in groups.items():
            for name in columns:
                group_rows = [table[r][name] for r in held_rounds if r in table]
                if group_rows:
                    print(summary(task, f"mean {group} {name}", group_rows))
        for (name, folded), (hits, wrong, missed) in pooled.items():
            if task == "toxicity" and any(r in base for r in cycled):
                print(
                    f"pooled over shipped rounds, {name}, {'folded' if folded else 'typed'}: "
                    f"{hits} right, {wrong} clean flagged, {missed} missed; "
                    f"P {hits / max(hits + wrong, 1):.3f} R {hits / max(hits + missed, 1):.3f}"
                )
        if options.public:
            for name, chosen in [("shipped", ()), *zip(columns[1:], sets, strict=True)]:
                trained = models(base + chosen, task)
                print(f"\n{task} {name}\n{header}")
                for row in evaluation.evaluate(
                    shared_dir=SHARED_DATA, split="dev", models=trained, tasks=(task,)
                ):
                    print(line(row.dataset, row))
        print(f"({time.perf_counter() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
