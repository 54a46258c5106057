"""Benchmark: what a toxicity model loses on comments typed without diacritics, measured on
tuning data only (#18): the in-domain dev split and ViHOS dev, each as typed and folded by
core's fold, and out-of-fold predictions on the in-domain train split (k folds; each fold's
model is trained on the rest and calibrated on dev as training.task_fit does). Variants:
C and the accented channel's weight (ml.TASK_SETTINGS), the in-domain rows' weight
(training.IN_DOMAIN_WEIGHT), the accented channel left empty for
an input typed without diacritics (--folded-only), the threshold also chosen on folded ViHOS
dev (--public-dev-folded). The test splits are not read. Needs ../shared/data.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_diacritics.py \
     --c 3 --accented 1.5 --weight 5 --folds 5 [--folded-only] [--public-dev-folded]
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
from _one_core import SHARED_DATA

# isort: split

import argparse
import contextlib
import time
from pathlib import Path
from unittest import mock

from sklearn.metrics import f1_score, precision_score

from lantoa.core.text import fold
from lantoa.opinion import datasets, ml, training
from lantoa.opinion import segment as segmentation
from lantoa.opinion.privacy import strip_masks
from lantoa.opinion.textnorm import normalise_for_model

SHARED = SHARED_DATA
TASK = "toxicity"


def prepare_folded_only(text: str) -> str:
    """Return ml.prepare_one's output with no accented words for a text typed without marks."""
    raw = strip_masks(str(text))
    normalised = normalise_for_model(raw)
    unmarked = fold(raw) == " ".join(raw.lower().split())
    words = "" if unmarked else " ".join(segmentation.segment(normalised))
    return words + ml.SEPARATOR + fold(normalised)


def variant(options: argparse.Namespace, train: datasets.Split | None) -> contextlib.ExitStack:
    """Return the patches that make training.task_fit train this variant (on these rows)."""
    stack = contextlib.ExitStack()
    settings = ml.TaskSettings(
        c=options.c, accented=options.accented, svm=ml.TASK_SETTINGS[TASK].svm
    )
    stack.enter_context(mock.patch.dict(ml.TASK_SETTINGS, {TASK: settings}))
    stack.enter_context(mock.patch.dict(training.IN_DOMAIN_WEIGHT, {TASK: options.weight}))
    if options.folded_only:
        stack.enter_context(mock.patch.object(ml, "prepare_one", prepare_folded_only))
    if options.public_dev_folded:
        real_dev = datasets.shared_dev

        def typed_and_folded(data_dir: Path, task: str) -> datasets.Split:
            split = real_dev(data_dir, task)
            assert split is not None
            return datasets.Split(split.texts + [fold(t) for t in split.texts], split.labels * 2)

        stack.enter_context(mock.patch.object(datasets, "shared_dev", typed_and_folded))
    if train is not None:
        real_indomain = datasets.indomain
        stack.enter_context(
            mock.patch.object(
                datasets,
                "indomain",
                lambda split, task: train if split == "train" else real_indomain(split, task),
            )
        )
    return stack


def fitted(options: argparse.Namespace, train: datasets.Split | None = None) -> ml.LoadedModel:
    """Return the calibrated toxicity model of the variant (trained on these in-domain rows)."""
    with variant(options, train):
        fit = training.task_fit(task=TASK, shared_dir=SHARED, corrections=False)
    return ml.LoadedModel(TASK, 1, fit.pipeline, calibration=fit.calibration)


def labels(options: argparse.Namespace, model: ml.LoadedModel, texts: list[str]) -> list[str]:
    """Return the model's labels for texts, prepared as the variant prepares them."""
    with variant(options, None):
        return [p.label for p in model.predict(texts)]


def line(name: str, truth: list[str], typed: list[str], folded: list[str]) -> str:
    """Return one line: macro-F1 and toxic precision as typed and folded, and the drop."""
    scores = []
    for predicted in (typed, folded):
        f1 = f1_score(truth, predicted, average="macro")
        precision = precision_score(truth, predicted, pos_label="toxic", zero_division=0)
        scores.append((f1, precision))
    (a, pa), (b, pb) = scores
    return (
        f"{name:<18} typed {a:.3f} (toxic P {pa:.3f})  without diacritics {b:.3f} "
        f"(toxic P {pb:.3f})  drop {100 * (a - b):.1f} pt"
    )


def main() -> None:
    """Print the variant's figures on in-domain dev, ViHOS dev and k folds of in-domain train."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--c", type=float, default=ml.TASK_SETTINGS[TASK].c)
    parser.add_argument("--accented", type=float, default=ml.TASK_SETTINGS[TASK].accented)
    parser.add_argument("--weight", type=float, default=training.IN_DOMAIN_WEIGHT[TASK])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--folded-only", action="store_true")
    parser.add_argument("--public-dev-folded", action="store_true")
    options = parser.parse_args()
    started = time.perf_counter()
    model = fitted(options)
    assert model.calibration is not None
    print(f"{options}: threshold {model.calibration.threshold:.3f}", flush=True)
    for name, split in (
        ("in-domain dev", datasets.indomain("dev", TASK)),
        ("ViHOS dev", datasets.vihos(SHARED, "dev")),
    ):
        typed = labels(options, model, split.texts)
        folded = labels(options, model, [fold(t) for t in split.texts])
        print(line(name, split.labels, typed, folded), flush=True)
    train = datasets.indomain("train", TASK)
    count, folds = len(train.texts), options.folds
    typed_out: list[str] = [""] * count
    folded_out: list[str] = [""] * count
    for k in range(folds):
        rest = [i for i in range(count) if i % folds != k]
        held = [i for i in range(count) if i % folds == k]
        rows = datasets.Split([train.texts[i] for i in rest], [train.labels[i] for i in rest])
        fold_model = fitted(options, rows)
        typed = labels(options, fold_model, [train.texts[i] for i in held])
        folded = labels(options, fold_model, [fold(train.texts[i]) for i in held])
        for j, i in enumerate(held):
            typed_out[i], folded_out[i] = typed[j], folded[j]
    print(line(f"{folds}-fold train", train.labels, typed_out, folded_out))
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
