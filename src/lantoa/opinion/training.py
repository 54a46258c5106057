"""Training new model versions, and the honest evaluation on the official test splits."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold

from lantoa.core.text import fold
from lantoa.opinion import datasets
from lantoa.opinion.ml import TASKS, model_save, train_pipeline
from lantoa.opinion.models import ModelVersion


def model_train(*, task: str, shared_dir: Path | None = None) -> ModelVersion:
    """Train a task's next version on seed + public data + staff corrections, and activate it."""
    texts, labels = datasets.seed_examples(task)
    sources = [f"bộ câu mẫu ({len(texts)})"]
    if datasets.shared_available(shared_dir, task):
        assert shared_dir is not None
        split, name = datasets.shared_training(shared_dir, task)
        texts, labels = texts + split.texts, labels + split.labels
        sources.append(f"{name} ({len(split.texts)})")
    fixed_texts, fixed_labels = datasets.correction_examples(task)
    if fixed_texts:
        texts, labels = texts + fixed_texts, labels + fixed_labels
        sources.append(f"nhãn chuyên viên hiệu chỉnh ({len(fixed_texts)})")
    started = time.perf_counter()
    pipeline = train_pipeline(texts, labels)
    seconds = time.perf_counter() - started
    version = (ModelVersion.objects.filter(task=task).aggregate(v=Max("version"))["v"] or 0) + 1
    metrics = {"train_seconds": round(seconds, 1), "bootstrap": len(sources) == 1}
    path = model_save(
        pipeline=pipeline,
        task=task,
        version=version,
        meta={"sources": sources, "trained_at": timezone.now().isoformat()},
    )
    with transaction.atomic():
        ModelVersion.objects.filter(task=task, active=True).update(active=False)
        return ModelVersion.objects.create(
            task=task,
            version=version,
            path=str(path),
            trained_at=timezone.now(),
            metrics=metrics,
            training_size=len(texts),
            sources=sources,
            active=True,
        )


def models_train(*, shared_dir: Path | None = None, tasks: tuple[str, ...] = TASKS) -> list[Any]:
    """Train every task and return the new versions."""
    return [model_train(task=task, shared_dir=shared_dir) for task in tasks]


@dataclass
class EvalRow:
    """One line of the evaluation table."""

    task: str
    dataset: str
    test_size: int
    macro_f1: float
    accuracy: float
    macro_f1_folded: float
    published: str
    note: str = ""


def _scores(pipeline: Any, texts: list[str], labels: list[str]) -> tuple[float, float, float]:
    predicted = pipeline.predict(texts)
    folded = pipeline.predict([fold(t) for t in texts])
    return (
        float(f1_score(labels, predicted, average="macro")),
        float(accuracy_score(labels, predicted)),
        float(f1_score(labels, folded, average="macro")),
    )


def evaluate(
    *, shared_dir: Path | None, segmenter: str = "fast", tasks: tuple[str, ...] = TASKS
) -> list[EvalRow]:
    """Train on each official train split, score on its test split, as typed and folded."""
    rows = []
    if "sentiment" in tasks and datasets.shared_available(shared_dir, "sentiment"):
        assert shared_dir is not None
        train = datasets.uts2017_bank(shared_dir, "train")
        test = datasets.uts2017_bank(shared_dir, "test")
        pipeline = train_pipeline(train.texts, train.labels, segmenter=segmenter)
        f1, acc, folded = _scores(pipeline, test.texts, test.labels)
        rows.append(
            EvalRow(
                "sentiment",
                "UTS2017_Bank test",
                len(test.texts),
                f1,
                acc,
                folded,
                "none published; README reference 0.67 macro-F1, acc 0.91",
                "sentiment only (banking aspects unused); 8 neutral items dominate macro-F1",
            )
        )
    if "toxicity" in tasks and datasets.shared_available(shared_dir, "toxicity"):
        assert shared_dir is not None
        train = datasets.vihos(shared_dir, "train")
        test = datasets.vihos(shared_dir, "test")
        pipeline = train_pipeline(train.texts, train.labels, segmenter=segmenter)
        f1, acc, folded = _scores(pipeline, test.texts, test.labels)
        rows.append(
            EvalRow(
                "toxicity",
                "ViHOS test",
                len(test.texts),
                f1,
                acc,
                folded,
                "README reference 0.897 comment-level macro-F1; published span F1 "
                "0.7770 (XLM-R Large) is a different metric",
                "document label derived: toxic = any marked span",
            )
        )
    if "topic" in tasks:
        texts, labels = datasets.seed_examples("topic")
        rows.append(_cross_validated_topics(texts, labels, segmenter))
    return rows


def _cross_validated_topics(texts: list[str], labels: list[str], segmenter: str) -> EvalRow:
    folds = StratifiedKFold(n_splits=4, shuffle=True, random_state=51)
    truth, predicted, predicted_folded = [], [], []
    array = np.array(texts, dtype=object)
    for train_index, test_index in folds.split(array, labels):
        pipeline = train_pipeline(
            [texts[i] for i in train_index], [labels[i] for i in train_index], segmenter=segmenter
        )
        held = [texts[i] for i in test_index]
        truth += [labels[i] for i in test_index]
        predicted += list(pipeline.predict(held))
        predicted_folded += list(pipeline.predict([fold(t) for t in held]))
    return EvalRow(
        "topic",
        "seed set, 4-fold CV",
        len(texts),
        float(f1_score(truth, predicted, average="macro")),
        float(accuracy_score(truth, predicted)),
        float(f1_score(truth, predicted_folded, average="macro")),
        "no public KL 51 topic data exists",
        "our own bootstrap sentences: a sanity check, not a benchmark",
    )


def format_table(rows: list[EvalRow]) -> str:
    """Return the evaluation as a plain-text table."""
    lines = [
        f"{'task':<10} {'dataset':<22} {'n':>5} {'macro-F1':>9} {'acc':>6} "
        f"{'F1 no-diacritics':>17} {'drop':>6}  published / reference",
    ]
    for row in rows:
        drop = (row.macro_f1 - row.macro_f1_folded) * 100
        lines.append(
            f"{row.task:<10} {row.dataset:<22} {row.test_size:>5} {row.macro_f1:>9.3f} "
            f"{row.accuracy:>6.3f} {row.macro_f1_folded:>17.3f} {drop:>5.1f}pt  {row.published}"
        )
        if row.note:
            lines.append(f"{'':<10} note: {row.note}")
    return "\n".join(lines)
