"""Benchmark: sentiment settings scored on repeated 5-fold UTS2017_Bank train and on the in-domain
dev split (typed and without diacritics), the two sets issue #18 chooses on; never the test
splits. Each fold's model is trained on the in-domain train split and seed sentences (weighing
training.IN_DOMAIN_WEIGHT) plus four fifths of UTS2017_Bank train; the dev row's model on all of
it. Labels are the argmax of the decision scores (temperature scaling does not change them);
a --bias moves the scores of each class before the argmax (a prior correction). Needs
../shared/data.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_sentiment_cv.py \
     --folded-words 1,1.2 --public-balance 0,0.5 --reps 5
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
from _one_core import SHARED_DATA

# isort: split

import argparse
import itertools
import time
from collections import Counter
from functools import lru_cache
from unittest import mock

import numpy as np
from sklearn.metrics import f1_score

from lantoa.core.text import fold
from lantoa.opinion import datasets, ml, training

SHARED = SHARED_DATA
FOLDS = 5


def floats(text: str) -> list[float]:
    """Return a comma-separated list of numbers."""
    return [float(x) for x in text.split(",")]


def balanced(labels: list[str], alpha: float) -> list[float]:
    """Return each row's balanced class weight within these rows, to the power alpha."""
    counts = Counter(labels)
    return [(len(labels) / (len(counts) * counts[y])) ** alpha for y in labels]


def fit(own: datasets.Split, public: datasets.Split, options: dict[str, float]):
    """Return a pipeline trained on the in-domain rows and these public rows."""
    original = ml.build_pipeline

    def build(**kwargs):
        pipeline = original(**kwargs)
        union = pipeline.named_steps["features"]
        union.transformer_weights = {
            **(union.transformer_weights or {}),
            "folded_words": options["folded_words"],
            "chars": options["chars"],
        }
        return pipeline

    weights = [options["weight"]] * len(own.texts)
    weights += balanced(public.labels, options["public_balance"])
    with mock.patch.object(ml, "build_pipeline", build):
        return ml.train_pipeline(
            own.texts + public.texts,
            own.labels + public.labels,
            weights=weights,
            c=options["c"],
            accented=options["accented"],
            svm=ml.TASK_SETTINGS["sentiment"].svm,
        )


def macro(labels: list[str], scores: np.ndarray, classes: list[str], bias: np.ndarray) -> float:
    """Return the macro-F1 of the argmax of the (biased) scores."""
    predicted = [classes[i] for i in (scores + bias).argmax(axis=1)]
    return float(f1_score(labels, predicted, average="macro"))


def main() -> None:
    """Print one line of figures per combination of settings."""
    parser = argparse.ArgumentParser()
    current = ml.TASK_SETTINGS["sentiment"]
    parser.add_argument("--c", type=floats, default=[current.c])
    parser.add_argument("--accented", type=floats, default=[current.accented])
    parser.add_argument("--weight", type=floats, default=[training.IN_DOMAIN_WEIGHT["sentiment"]])
    parser.add_argument("--folded-words", type=floats, default=[1.0])
    parser.add_argument("--chars", type=floats, default=[1.0])
    parser.add_argument("--public-balance", type=floats, default=[0.0])
    parser.add_argument("--bias", type=floats, default=[0.0, 0.0, 0.0], help="neg,neu,pos")
    parser.add_argument("--reps", type=int, default=1, help="partitions (the first: i %% 5)")
    options = parser.parse_args()
    ml.prepare_one = lru_cache(maxsize=None)(ml.prepare_one)  # the same texts in every fold
    seed_texts, seed_labels = datasets.seed_examples("sentiment")
    own = datasets.indomain("train", "sentiment")
    own = datasets.Split(own.texts + seed_texts, own.labels + seed_labels)
    public = datasets.uts2017_bank(SHARED, "train")
    dev = datasets.indomain("dev", "sentiment")
    bias = np.asarray(options.bias)
    grid = itertools.product(
        options.c,
        options.accented,
        options.weight,
        options.folded_words,
        options.chars,
        options.public_balance,
    )
    for c, accented, weight, folded_words, chars, public_balance in grid:
        started = time.perf_counter()
        setting = {
            "c": c,
            "accented": accented,
            "weight": weight,
            "folded_words": folded_words,
            "chars": chars,
            "public_balance": public_balance,
        }
        size = len(public.texts)
        figures = []
        for rep in range(options.reps):
            fold_of = np.arange(size) % FOLDS
            if rep:
                fold_of = np.random.RandomState(rep).permutation(fold_of)
            scores = np.zeros((size, 3))
            for k in range(FOLDS):
                train = [i for i in range(size) if fold_of[i] != k]
                held = [i for i in range(size) if fold_of[i] == k]
                part = datasets.Split(
                    [public.texts[i] for i in train], [public.labels[i] for i in train]
                )
                pipeline = fit(own, part, setting)
                scores[held] = pipeline.decision_function([public.texts[i] for i in held])
            figures.append(macro(public.labels, scores, list(pipeline.classes_), bias))
        pipeline = fit(own, public, setting)
        classes = list(pipeline.classes_)
        typed = macro(dev.labels, pipeline.decision_function(dev.texts), classes, bias)
        folded_dev = [fold(t) for t in dev.texts]
        folded = macro(dev.labels, pipeline.decision_function(folded_dev), classes, bias)
        print(
            " ".join(f"{k}={v:g}" for k, v in setting.items())
            + f" UTS2017_Bank 5-fold {figures[0]:.3f}, mean of {options.reps} partitions "
            f"{np.mean(figures):.4f}; dev {typed:.3f} without diacritics {folded:.3f} "
            f"({time.perf_counter() - started:.0f} s)",
            flush=True,
        )


if __name__ == "__main__":
    main()
