"""Benchmark: topic leave-one-round-out over every development round with topic labels that is
not held out (TOPIC_ROUNDS): for each round R the topic model is trained on train + the rounds of
the configuration other than R (training.task_fit, calibrated on dev as shipped) and scored on R
as `opinion evaluate` scores it. Prints per-round macro-F1 (typed, folded), the means, and each
class's F1 over the rounds pooled (counts summed over the rounds). One configuration per run:
--rounds the training rounds (default the shipped training.TRAINING_ROUNDS["topic"]), --c the
model's C, --khac calibrated confidences under which the answer is `khac` (each scored beside the
plain answer), --unbalanced no class weights, --channels the feature channels' weights,
--confusions the pooled confusion pairs (label -> answer) with a few example texts of each. Compare
runs: a change ships when the typed mean rises and no round falls by more than 2 points (#18,
H65). Held-out rounds (dev12, dev21, dev22, dev25, test, test2) are never read. Topic has no
public data; ../shared/data is not needed.

H65's runs (README, "Topic on every labelled round"), mean typed macro-F1 over the nineteen
rounds: topic as it trained before (--rounds=-dev18,dev19,dev20,dev23,dev24,dev26
--channels chars=1) 0.812; with the six rounds 0.822 (no round down more than 1.8 points); with C
1.5 or 10 0.819, 0.817; no class weights 0.819; without dev20, dev24 0.817; khac under 0.25-0.5
0.818-0.823; character n-grams at 0.3, 0.5, 0.7 0.826, 0.826, 0.825 (shipped at 0.5), folded words
at 0.5 0.803.

H73's dev27 (written at the confusions --confusions printed over the nineteen rounds; scored
since, a development round no shipped model trains on): trained on (--rounds=+dev27), the
nineteen rounds' mean 0.8264 -> 0.8263 (dev13 -1.2, dev17 -1.4, dev20 +1.1, dev24 +1.0 points),
counted twice (--rounds=+dev27,dev27) 0.823 (dev13 -2.1): not taken. The shipped model on dev27
0.818; with dev27 the mean over the twenty rounds is 0.826.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_topic_loro.py \
     [--rounds=+dev18,dev19] [--c 3] [--khac 0.3,0.4] [--unbalanced] \
     [--channels chars=0.5,folded_words=1] [--only dev4,dev5] [--confusions 3]
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
import _one_core  # noqa: F401

# isort: split

import argparse
import dataclasses
import statistics
import time
from collections import Counter

from sklearn.metrics import f1_score

from lantoa.core.text import fold
from lantoa.opinion import datasets, ml, training

# The development rounds with topic labels that no one holds out (the in-domain README).
TOPIC_ROUNDS = (
    *("dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11"),
    *("dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20"),
    *("dev23", "dev24", "dev26", "dev27"),
)


def training_rounds(spec: str) -> tuple[str, ...]:
    """Return the configuration's training rounds: the shipped ones, or '+a,b' added to them,
    or an explicit comma-separated list."""
    shipped = training.TRAINING_ROUNDS["topic"]
    if not spec:
        return shipped
    if spec.startswith("+"):
        return shipped + tuple(r for r in spec[1:].split(",") if r and r not in shipped)
    if spec.startswith("-"):
        dropped = set(spec[1:].split(","))
        return tuple(r for r in shipped if r not in dropped)
    return tuple(r for r in spec.split(",") if r)


def fit(rounds: tuple[str, ...]) -> ml.LoadedModel:
    """Return the calibrated topic model trained on train + these rounds."""
    fitted = training.task_fit(task="topic", shared_dir=None, corrections=False, rounds=rounds)
    return ml.LoadedModel("topic", 1, fitted.pipeline, calibration=fitted.calibration)


def labels_of(predictions: list[ml.Prediction], khac: float) -> list[str]:
    """Return the model's topics, `khac` where its calibrated confidence is under khac."""
    return [p.label if p.score >= khac else "khac" for p in predictions]


def main() -> None:
    """Print the per-round table, the means and the pooled per-class F1."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", default="", help="training rounds: '+a,b', '-a,b' or a list")
    parser.add_argument("--c", type=float, default=ml.TASK_SETTINGS["topic"].c)
    parser.add_argument("--khac", default="", help="confidences under which: khac (a list)")
    parser.add_argument("--unbalanced", action="store_true", help="no class weights")
    parser.add_argument("--channels", default="", help="channel weights: chars=0.5,folded_words=1")
    parser.add_argument("--only", default="", help="score only these rounds")
    parser.add_argument(
        "--confusions", type=int, default=0, help="print confusion pairs, this many examples each"
    )
    options = parser.parse_args()
    ml.TASK_SETTINGS["topic"] = dataclasses.replace(ml.TASK_SETTINGS["topic"], c=options.c)
    if options.unbalanced:
        original = ml.LogisticRegression

        def unbalanced(**kwargs: object) -> object:
            return original(**{**kwargs, "class_weight": None})

        ml.LogisticRegression = unbalanced
    if options.channels:
        weights = {
            k: float(v) for k, v in (pair.split("=") for pair in options.channels.split(","))
        }
        build = ml.build_pipeline

        def weighted(**kwargs: object) -> object:
            pipeline = build(**kwargs)  # type: ignore[arg-type]
            pipeline.named_steps["features"].set_params(transformer_weights=weights)
            return pipeline

        ml.build_pipeline = weighted
    trained_on = training_rounds(options.rounds)
    scored = tuple(options.only.split(",")) if options.only else TOPIC_ROUNDS
    bands = [float(b) for b in options.khac.split(",") if b]
    banded: dict[float, dict[str, float]] = {band: {} for band in bands}
    print(f"training rounds: {', '.join(trained_on)}; C {options.c}")
    started = time.perf_counter()
    # A round outside the training rounds is scored by the one model trained on all of them.
    whole = fit(trained_on)
    rows: dict[str, tuple[int, float, float]] = {}
    pooled: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = {}
    for held in scored:
        model = whole if held not in trained_on else fit(tuple(r for r in trained_on if r != held))
        own = datasets.indomain(held, "topic")
        said, said_folded = model.predict(own.texts), model.predict([fold(t) for t in own.texts])
        typed, folded = labels_of(said, 0.0), labels_of(said_folded, 0.0)
        for band in bands:
            banded[band][held] = float(f1_score(own.labels, labels_of(said, band), average="macro"))
        rows[held] = (
            len(own.texts),
            float(f1_score(own.labels, typed, average="macro")),
            float(f1_score(own.labels, folded, average="macro")),
        )
        pooled.update(zip(own.labels, typed, strict=True))
        for text, truth, guess in zip(own.texts, own.labels, typed, strict=True):
            if truth != guess:
                examples.setdefault((truth, guess), []).append(f"{held}: {text}")
        mark = "trained" if held in trained_on else "blind"
        print(
            f"{held:<6} {mark:<8} n {rows[held][0]:>4}  F1 {rows[held][1]:.3f}  "
            f"folded {rows[held][2]:.3f}  ({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
    print(
        f"mean over {len(rows)} rounds: F1 {statistics.mean(r[1] for r in rows.values()):.3f}  "
        f"folded {statistics.mean(r[2] for r in rows.values()):.3f}"
    )
    for band, figures in banded.items():
        worst = min(figures[h] - rows[h][1] for h in figures)
        print(
            f"khac under {band}: mean F1 {statistics.mean(figures.values()):.3f} "
            f"(largest fall {worst * 100:+.1f} points)"
        )
    blind = [r for held, r in rows.items() if held not in training.TRAINING_ROUNDS["topic"]]
    if blind:
        print(
            f"mean over the {len(blind)} rounds the shipped topic model never trains on: "
            f"F1 {statistics.mean(r[1] for r in blind):.3f}"
        )
    classes = sorted({truth for truth, _ in pooled})
    print("per class over the rounds pooled (F1, support):")
    for name in classes:
        hits = pooled[(name, name)]
        answered = sum(n for (_, guess), n in pooled.items() if guess == name)
        true = sum(n for (truth, _), n in pooled.items() if truth == name)
        print(f"  {name:<15} {2 * hits / max(answered + true, 1):.3f}  {true:>5}")
    if options.confusions:
        print_confusions(pooled, examples, options.confusions)
    print(f"({time.perf_counter() - started:.0f} s)")


def print_confusions(
    pooled: Counter[tuple[str, str]], examples: dict[tuple[str, str], list[str]], shown: int
) -> None:
    """Print the pooled confusion pairs, commonest first, with examples spread over the rounds."""
    print("confusions over the rounds pooled (label -> answer: items):")
    for (truth, guess), count in pooled.most_common():
        if truth == guess:
            continue
        texts = examples[(truth, guess)]
        # Every k-th example, so that the few shown come from several rounds.
        step = max(len(texts) // max(shown, 1), 1)
        print(f"  {truth} -> {guess}: {count}")
        for text in texts[::step][:shown]:
            print(f"      {text}")


if __name__ == "__main__":
    main()
