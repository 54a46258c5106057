"""Benchmark: how a task's settings (C, accented-word channel, in-domain weight) move the
in-domain dev split (typed and without diacritics) and the public splits, to choose
ml.TASK_SETTINGS and training.IN_DOMAIN_WEIGHT on dev data, with the public test for the
record. Sentiment has no public dev split: a fifth of UTS2017_Bank train is held out (the
model of that row is trained on the other four fifths). Needs ../shared/data.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_weights.py sentiment \
     --c 3,10 --accented 0,0.25,0.5,1 --weight 5,10
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
from _one_core import SHARED_DATA

# isort: split

import argparse
import contextlib
import itertools
import time
from unittest import mock

from sklearn.metrics import f1_score, precision_score

from lantoa.core.text import fold
from lantoa.opinion import datasets, ml, training

SHARED = SHARED_DATA


def floats(text: str) -> list[float]:
    """Return a comma-separated list of numbers."""
    return [float(x) for x in text.split(",")]


def fitted(task: str, settings: ml.TaskSettings, weight: float, public: datasets.Split | None):
    """Return the calibrated model of a task trained with these settings (and public rows)."""
    with contextlib.ExitStack() as stack:
        stack.enter_context(mock.patch.dict(ml.TASK_SETTINGS, {task: settings}))
        stack.enter_context(mock.patch.dict(training.IN_DOMAIN_WEIGHT, {task: weight}))
        if public is not None:
            stack.enter_context(
                mock.patch.object(datasets, "shared_training", lambda *_: (public, ""))
            )
        fit = training.task_fit(task=task, shared_dir=SHARED, corrections=False)
    return fit.model(task)


def macro(model: ml.LoadedModel, split: datasets.Split) -> tuple[float, list[str]]:
    """Return the macro-F1 of a model on a split and its labels."""
    predicted = [p.label for p in model.predict(split.texts)]
    return float(f1_score(split.labels, predicted, average="macro")), predicted


def main() -> None:
    """Print one line of figures per combination of settings."""
    parser = argparse.ArgumentParser()
    parser.add_argument("task", choices=["sentiment", "toxicity"])
    parser.add_argument("--c", type=floats, default=[3.0])
    parser.add_argument("--accented", type=floats, default=[0.0])
    parser.add_argument("--weight", type=floats, default=None)
    options = parser.parse_args()
    task = options.task
    options.weight = options.weight or [training.IN_DOMAIN_WEIGHT[task]]
    dev = datasets.indomain("dev", task)
    folded = datasets.Split([fold(t) for t in dev.texts], dev.labels)
    if task == "sentiment":
        test = datasets.uts2017_bank(SHARED, "test")
        train = datasets.uts2017_bank(SHARED, "train")
        keep = [i % 5 != 0 for i in range(len(train.texts))]
        four = datasets.Split(
            [t for t, k in zip(train.texts, keep, strict=True) if k],
            [y for y, k in zip(train.labels, keep, strict=True) if k],
        )
        public_dev = datasets.Split(
            [t for t, k in zip(train.texts, keep, strict=True) if not k],
            [y for y, k in zip(train.labels, keep, strict=True) if not k],
        )
    else:
        test, public_dev, four = datasets.vihos(SHARED, "test"), datasets.vihos(SHARED, "dev"), None
    print(f"{task}: in-domain dev {len(dev.texts)}, public dev {len(public_dev.texts)}")
    for c, accented, weight in itertools.product(options.c, options.accented, options.weight):
        started = time.perf_counter()
        settings = ml.TaskSettings(c=c, accented=accented, svm=ml.TASK_SETTINGS[task].svm)
        model = fitted(task, settings, weight, None)
        typed, predicted = macro(model, dev)
        line = (
            f"C={c:<5} accented={accented:<5} in-domain weight={weight:<5} "
            f"dev {typed:.3f} without diacritics {macro(model, folded)[0]:.3f} "
            f"public test {macro(model, test)[0]:.3f}"
        )
        if task == "toxicity":
            precision = precision_score(dev.labels, predicted, pos_label="toxic", zero_division=0)
            line += f" public dev {macro(model, public_dev)[0]:.3f} dev toxic P {precision:.3f}"
        else:
            held_out = fitted(task, settings, weight, four)
            line += f" public held-out fifth {macro(held_out, public_dev)[0]:.3f}"
        print(f"{line} ({time.perf_counter() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
