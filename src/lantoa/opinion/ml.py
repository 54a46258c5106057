"""The opinion classifiers: features, training, versioned files, and the active models in memory.

Features: TF-IDF of segmented words (and word pairs) of the normalised text, plus TF-IDF of
character n-grams and word pairs of the text folded to no diacritics, so a comment typed
without diacritics still looks like its accented twin. Training also adds a folded copy of
every example. A logistic regression gives calibrated-enough probabilities for the scores.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from django.conf import settings
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer

from lantoa.core.text import fold
from lantoa.opinion import segment as segmentation
from lantoa.opinion.textnorm import normalise_for_model

TASKS = ("sentiment", "topic", "toxicity")
_WORD = re.compile(r"\w+", re.UNICODE)
BOOTSTRAP_VERSION = 0


SEPARATOR = "\x01"


def prepare_one(text: str) -> str:
    """Return "segmented words<SEP>folded text": everything the feature channels need, once."""
    normalised = normalise_for_model(str(text))
    return " ".join(segmentation.segment(normalised)) + SEPARATOR + fold(normalised)


def prepare_batch(texts: Any) -> list[str]:
    """Prepare a batch of texts for the feature channels."""
    return [prepare_one(text) for text in texts]


def prepare_batch_crf(texts: Any) -> list[str]:
    """Like prepare_batch, segmented by underthesea's CRF (slower; for comparison)."""
    out = []
    for text in texts:
        normalised = normalise_for_model(str(text))
        words = " ".join(segmentation.segment_crf(normalised))
        out.append(words + SEPARATOR + fold(normalised))
    return out


def _pairs(words: list[str]) -> tuple[str, ...]:
    return tuple(words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)])


@lru_cache(maxsize=4096)
def word_features(prepared: str) -> tuple[str, ...]:
    """Return segmented words and adjacent word pairs (cached: the three models share it)."""
    return _pairs(prepared.split(SEPARATOR, 1)[0].split())


@lru_cache(maxsize=4096)
def folded_word_features(prepared: str) -> tuple[str, ...]:
    """Return words and word pairs of the text folded to no diacritics."""
    return _pairs(_WORD.findall(prepared.split(SEPARATOR, 1)[1]))


@lru_cache(maxsize=4096)
def char_features(prepared: str) -> tuple[str, ...]:
    """Return character 2–5-grams inside word boundaries of the folded text (like char_wb)."""
    grams: list[str] = []
    for word in prepared.split(SEPARATOR, 1)[1].split():
        padded = f" {word} "
        size = len(padded)
        for n in range(2, 6):
            if n > size:
                break
            grams.extend(padded[i : i + n] for i in range(size - n + 1))
    return tuple(grams)


def build_pipeline(*, segmenter: str = "fast", small: bool = False) -> Pipeline:
    """Return an untrained classifier pipeline."""
    min_df = 1 if small else 2
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(analyzer=word_features, sublinear_tf=True)),
            (
                "chars",
                TfidfVectorizer(
                    analyzer=char_features, sublinear_tf=True, min_df=min_df, max_features=200_000
                ),
            ),
            ("folded_words", TfidfVectorizer(analyzer=folded_word_features, sublinear_tf=True)),
        ]
    )
    prepare = prepare_batch_crf if segmenter == "crf" else prepare_batch
    return Pipeline(
        [
            ("prepare", FunctionTransformer(prepare)),
            ("features", features),
            ("classify", LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced")),
        ]
    )


def with_folded_copies(texts: list[str], labels: list[str]) -> tuple[list[str], list[str]]:
    """Return the examples plus a copy of each typed without diacritics."""
    folded = [fold(text) for text in texts]
    extra = [(f, y) for f, t, y in zip(folded, texts, labels, strict=True) if f != t.lower()]
    return texts + [f for f, _ in extra], labels + [y for _, y in extra]


def train_pipeline(
    texts: list[str], labels: list[str], *, segmenter: str = "fast", augment: bool = True
) -> Pipeline:
    """Fit a pipeline on labelled texts (with folded copies unless augment is off)."""
    if augment:
        texts, labels = with_folded_copies(texts, labels)
    pipeline = build_pipeline(segmenter=segmenter, small=len(texts) < 1000)
    pipeline.fit(texts, labels)
    return pipeline


def models_dir() -> Path:
    """Return the folder holding model files, creating it."""
    path = Path(settings.DATA_DIR) / "models" / "opinion"
    path.mkdir(parents=True, exist_ok=True)
    return path


def model_save(*, pipeline: Pipeline, task: str, version: int, meta: dict[str, Any]) -> Path:
    """Write a model file <task>-v<N>.joblib and return its path."""
    path = models_dir() / f"{task}-v{version}.joblib"
    joblib.dump({"pipeline": pipeline, "task": task, "version": version, "meta": meta}, path)
    return path


SMALL_BATCH = 100_000


class FastScorer:
    """The fitted pipeline's TF-IDF and logistic regression, evaluated for one text in numpy."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.channels = []
        offset = 0
        for _, vectorizer in pipeline.named_steps["features"].transformer_list:
            self.channels.append(
                (vectorizer.analyzer, vectorizer.vocabulary_, vectorizer.idf_, offset)
            )
            offset += len(vectorizer.vocabulary_)
        classifier = pipeline.named_steps["classify"]
        self.coef = np.asarray(classifier.coef_)
        self.intercept = np.asarray(classifier.intercept_)

    def probabilities(self, prepared: str) -> np.ndarray:
        """Return the class probabilities of one prepared text."""
        indices: list[int] = []
        values: list[float] = []
        for analyzer, vocabulary, idf, offset in self.channels:
            counts: dict[int, int] = {}
            for feature in analyzer(prepared):
                column = vocabulary.get(feature)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            if not counts:
                continue
            columns = np.fromiter(counts, dtype=np.int64, count=len(counts))
            weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=float))) * idf[columns]
            weights /= np.sqrt(weights @ weights)
            indices.extend((columns + offset).tolist())
            values.extend(weights.tolist())
        scores = self.coef[:, indices] @ np.asarray(values) + self.intercept
        if scores.shape[0] == 1:
            positive = 1.0 / (1.0 + np.exp(-scores[0]))
            return np.array([1.0 - positive, positive])
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()


@dataclass
class LoadedModel:
    """A classifier in memory with what identifies it."""

    task: str
    version: int
    pipeline: Pipeline
    bootstrap: bool = False
    labels: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.scorer = FastScorer(self.pipeline)

    def predict(self, texts: list[str]) -> list[tuple[str, float, dict[str, float]]]:
        """Return (label, probability, all probabilities) per text."""
        return self.predict_prepared(prepare_batch(texts))

    def predict_prepared(self, prepared: list[str]) -> list[tuple[str, float, dict[str, float]]]:
        """Predict from prepare_batch output, skipping the pipeline's per-call overhead."""
        if len(prepared) <= SMALL_BATCH:
            # sklearn's input validation costs milliseconds per call: score small batches
            # directly from the fitted vocabularies, idf weights and coefficients.
            probabilities = np.vstack([self.scorer.probabilities(p) for p in prepared])
        else:
            features = self.pipeline.named_steps["features"]
            matrix = sparse.hstack(
                [vectorizer.transform(prepared) for _, vectorizer in features.transformer_list],
                format="csr",
            )
            probabilities = self.pipeline.named_steps["classify"].predict_proba(matrix)
        classes = [str(c) for c in self.pipeline.classes_]
        out = []
        for row in probabilities:
            best = int(row.argmax())
            out.append(
                (classes[best], float(row[best]), dict(zip(classes, map(float, row), strict=True)))
            )
        return out


_LOCK = threading.Lock()
_CACHE: dict[tuple[str, int | str], LoadedModel] = {}


def bootstrap_model(task: str) -> LoadedModel:
    """Return the model trained in memory from the packaged seed set (version 0, "bootstrap")."""
    from lantoa.opinion.datasets import seed_examples

    key = (task, "bootstrap")
    with _LOCK:
        if key not in _CACHE:
            texts, labels = seed_examples(task)
            pipeline = train_pipeline(texts, labels)
            _CACHE[key] = LoadedModel(
                task, BOOTSTRAP_VERSION, pipeline, True, list(pipeline.classes_)
            )
        return _CACHE[key]


def model_load(*, task: str, version: int, path: str) -> LoadedModel:
    """Return a saved model, read from disk once per process."""
    key = (task, version)
    with _LOCK:
        if key not in _CACHE:
            data = joblib.load(path)  # noqa: S301 - our own files in the data folder
            pipeline = data["pipeline"]
            _CACHE[key] = LoadedModel(task, version, pipeline, False, list(pipeline.classes_))
        return _CACHE[key]


def active_models() -> dict[str, LoadedModel]:
    """Return the active model of each task: the newest activated version, or the bootstrap."""
    from lantoa.opinion.models import ModelVersion

    rows = {row.task: row for row in ModelVersion.objects.filter(active=True)}
    loaded = {}
    for task in TASKS:
        row = rows.get(task)
        if row is not None and Path(row.path).exists():
            loaded[task] = model_load(task=task, version=row.version, path=row.path)
        else:
            loaded[task] = bootstrap_model(task)
    return loaded
