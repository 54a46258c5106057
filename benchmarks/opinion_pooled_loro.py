"""Benchmark: the classifiers as shipped, leave-one-round-out over every in-domain development
round (dev4-dev31), figures pooled over the rounds' items. For each round R a task learns from
(training.TRAINING_ROUNDS, and toxicity's in-domain stage's toxicstage.STAGE_ROUNDS), the task is
trained as `lantoa opinion train --shared` trains it (training.task_fit, calibrated on dev; toxicity
with its stage and domain gate) on its rounds less R, and scored on R; a round the task does not
learn from (the rounds kept aside, dev12, dev21, dev22, dev25, and the newer ones) is scored by the
task trained on all its rounds. Predictions of all rounds are pooled: topic macro-F1, toxicity
macro-F1 and toxic precision, sentiment macro-F1 (the classifier's label, without the correction by
matched claim that `opinion evaluate` applies), each typed and folded to no diacritics, beside the
mean of the per-round figures. --folds k groups a task's rounds into k folds (fewer fits, each
leaving out more); by default every round is its own fold (topic and toxicity 5-8 minutes on a
loaded core, sentiment about 7 more). --public scores the public test splits with the models
trained on all their rounds. --confusions prints the pooled confusion pairs with a few texts each
(for toxicity: clean comments flagged, insults missed).
Needs ../shared/data. Staff corrections are not read.

#18 (07/12/2026), README "Topic and toxic precision on every development round": shipped at
a724c6c topic 0.823, toxicity 0.969/0.954 (toxic P 0.926/0.878); topic + dev30, dev31 and a linear
SVM (shipped): 0.833; toxicity's stage scaled by the gate (tried, not shipped: ViHOS test one
comment worse): 0.977/0.967 (P 0.947/0.912); sentiment 0.847/0.837.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_pooled_loro.py \
     [--tasks topic,toxicity] [--folds 5] [--public] [--confusions 3]
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
from _one_core import SHARED_DATA

# isort: split

import argparse
import statistics
import time
from collections import Counter

from sklearn.metrics import f1_score, precision_score, recall_score

from lantoa.core.text import fold
from lantoa.opinion import datasets, evaluation, ml, toxicstage, training

ROUNDS = tuple(f"dev{n}" for n in range(4, 32))
Labelled = dict[str, tuple[list[str], list[str], list[str], list[str]]]


def learned(task: str) -> tuple[str, ...]:
    """Return the development rounds a task learns from as shipped."""
    rounds = set(training.TRAINING_ROUNDS[task])
    if task == "toxicity":
        rounds |= set(toxicstage.STAGE_ROUNDS)
    return tuple(r for r in ROUNDS if r in rounds)


def fit(task: str, out: frozenset[str]) -> ml.LoadedModel:
    """Return a task as shipped (toxicity with its in-domain stage) trained without these rounds."""
    rounds = tuple(r for r in training.TRAINING_ROUNDS[task] if r not in out)
    fitted = training.task_fit(task=task, shared_dir=SHARED_DATA, corrections=False, rounds=rounds)
    if task != "toxicity":
        return fitted.model(task)
    stage_rounds = tuple(r for r in toxicstage.STAGE_ROUNDS if r not in out)
    stage = toxicstage.stage_fit(shared_dir=SHARED_DATA, rounds=stage_rounds)
    twin_stage = None
    if stage is not None and fitted.unmarked is not None:
        twin_stage = toxicstage.stage_fit(
            shared_dir=SHARED_DATA, rounds=stage_rounds, accented=0.0, gate=stage.gate
        )
    return fitted.model(task, stage=stage, twin_stage=twin_stage)


def folds(rounds: tuple[str, ...], count: int) -> list[frozenset[str]]:
    """Return the rounds in folds (round-robin), one round per fold when count is 0."""
    if count <= 0 or count >= len(rounds):
        return [frozenset({r}) for r in rounds]
    return [frozenset(rounds[n::count]) for n in range(count)]


def predictions(task: str, count: int, started: float) -> tuple[Labelled, ml.LoadedModel]:
    """Return each round's (texts, labels, typed answers, folded answers) held out, and the model
    trained on all the task's rounds."""
    whole = fit(task, frozenset())
    out: Labelled = {}
    plan = [(fold_, fit(task, fold_)) for fold_ in folds(learned(task), count)]
    plan.append((frozenset(set(ROUNDS) - set(learned(task))), whole))
    for held, model in plan:
        for each in sorted(held, key=ROUNDS.index):
            own = datasets.indomain(each, task)
            typed = [p.label for p in model.predict(own.texts)]
            folded = [p.label for p in model.predict([fold(t) for t in own.texts])]
            out[each] = (own.texts, own.labels, typed, folded)
        print(
            f"  {task}: {len(out)} rounds scored ({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
    return {r: out[r] for r in ROUNDS if r in out}, whole


def report(task: str, rows: Labelled) -> None:
    """Print the pooled and mean figures of one task, typed and folded."""
    labels = [y for r in rows.values() for y in r[1]]
    typed = [y for r in rows.values() for y in r[2]]
    folded = [y for r in rows.values() for y in r[3]]
    pooled, pooled_f = (f1_score(labels, said, average="macro") for said in (typed, folded))
    mean = statistics.mean(f1_score(r[1], r[2], average="macro") for r in rows.values())
    mean_f = statistics.mean(f1_score(r[1], r[3], average="macro") for r in rows.values())
    print(
        f"{task}: {len(rows)} rounds, {len(labels)} items; pooled macro-F1 {pooled:.3f} "
        f"folded {pooled_f:.3f} (loss {(pooled - pooled_f) * 100:.1f} pt); "
        f"mean of rounds {mean:.3f} folded {mean_f:.3f}"
    )
    if task == "toxicity":
        for name, said in (("typed", typed), ("folded", folded)):
            hits = sum(s == y == "toxic" for s, y in zip(said, labels, strict=True))
            flagged, toxic = said.count("toxic"), labels.count("toxic")
            precision = precision_score(labels, said, pos_label="toxic", zero_division=0)
            recall = recall_score(labels, said, pos_label="toxic", zero_division=0)
            print(
                f"  {name}: {hits} toxic flagged right, {flagged - hits} clean flagged, "
                f"{toxic - hits} missed; toxic P {precision:.3f} R {recall:.3f}"
            )
    line = "  per round (typed/folded): "
    print(
        line
        + ", ".join(
            f"{r} {f1_score(v[1], v[2], average='macro'):.3f}/"
            f"{f1_score(v[1], v[3], average='macro'):.3f}"
            for r, v in rows.items()
        )
    )


def confusions(task: str, rows: Labelled, shown: int) -> None:
    """Print the pooled confusion pairs (label -> answer) with a few texts of each."""
    pairs: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = {}
    for held, (texts, labels, typed, _) in rows.items():
        for text, truth, said in zip(texts, labels, typed, strict=True):
            if truth != said:
                pairs[(truth, said)] += 1
                examples.setdefault((truth, said), []).append(f"{held}: {text}")
    print(f"{task} confusions, pooled (label -> answer: items):")
    for (truth, said), count in pairs.most_common():
        print(f"  {truth} -> {said}: {count}")
        texts = examples[(truth, said)]
        step = max(len(texts) // max(shown, 1), 1)
        for text in texts[::step][:shown]:
            print(f"      {text}")


def main() -> None:
    """Print each task's pooled leave-one-round-out figures (and the public splits if asked)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", default=",".join(ml.TASKS), help="comma-separated tasks")
    parser.add_argument("--folds", type=int, default=0, help="folds of rounds (0: one each)")
    parser.add_argument("--public", action="store_true", help="also score the public tests")
    parser.add_argument("--confusions", type=int, default=0, help="examples per confusion")
    options = parser.parse_args()
    started = time.perf_counter()
    wholes: dict[str, ml.LoadedModel] = {}
    results: dict[str, Labelled] = {}
    for task in options.tasks.split(","):
        results[task], wholes[task] = predictions(task, options.folds, started)
    for task, rows in results.items():
        report(task, rows)
        if options.confusions:
            confusions(task, rows, options.confusions)
    if options.public:
        for task, model in wholes.items():
            for row in evaluation.evaluate(
                shared_dir=SHARED_DATA, split="dev", models={task: model}, tasks=(task,)
            ):
                print(
                    f"{task} {row.dataset}: macro-F1 {row.macro_f1:.3f} folded "
                    f"{row.macro_f1_folded:.3f}"
                )
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
