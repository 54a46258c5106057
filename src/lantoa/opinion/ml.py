"""The opinion classifiers: features, training, versioned files, and the active models in memory.

Features: TF-IDF of character n-grams and of words and word pairs of the text folded to no
diacritics (mask tokens removed, tone marks placed, teen code expanded), so a comment typed
without diacritics looks exactly like its accented twin. A model may add the segmented
accented words at a weight (TASK_SETTINGS), trained with a folded copy of every example:
they carry the public data, typed with diacritics. Such a model has a twin trained on the same
rows without them (training.task_fit) that reads every text typed without diacritics
(textnorm.is_folded), so that such a text and its accented original are read from the same
features, by a model that spent none of its fit on marks.
A linear model scores (a logistic regression, or for sentiment a linear support vector machine);
its scores are calibrated on the in-domain dev split (opinion/calibration.py), which also sets
each task's threshold and abstain band.
"""

from __future__ import annotations

import pickle
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import joblib
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.svm import LinearSVC

from lantoa.core.text import fold
from lantoa.opinion import segment as segmentation
from lantoa.opinion.calibration import Calibration
from lantoa.opinion.privacy import strip_masks
from lantoa.opinion.scoring import Analyzer, ByWord, JointScorer
from lantoa.opinion.textnorm import is_folded, normalise_for_model

if TYPE_CHECKING:
    from lantoa.opinion.toxicstage import DomainStage

TASKS = ("sentiment", "topic", "toxicity")


@dataclass(frozen=True)
class TaskSettings:
    """A task's C, the weight of its accented-word channel (0: none), its linear model and the
    weight of its character n-grams."""

    c: float
    accented: float
    # A linear support vector machine (squared hinge, one class against the rest) instead of
    # the logistic regression.
    svm: bool = False
    chars: float = 1.0
    # A twin without the accented channel reads the texts typed without diacritics.
    twin: bool = False


# Chosen on the dev splits: in-domain dev typed and folded, ViHOS dev, a fifth of
# UTS2017_Bank train held out (benchmarks/opinion_weights.py prints them). The public test
# splits had fallen with C=3 and no accented channel for sentiment, a half-weight one for
# toxicity, and do so trained on public rows alone too (UTS2017_Bank 0.611, ViHOS 0.864):
# not the in-domain rows but the accented words were missing, which carry the public
# comments typed with diacritics. Sentiment, C=10 and the channel at 0.25: in-domain dev
# 0.838 typed and folded (0.801 before), held-out fifth 0.781 (0.751). Toxicity, the channel
# at 1.5: ViHOS dev 0.881 (0.863), in-domain dev unchanged (1.000, folded 0.982); at 2.0 ViHOS
# dev falls to 0.860. After the in-domain rounds 2 and 3 (seed/indomain/README.md), chosen again
# on the new dev split: sentiment C=10 with the channel at 0.5, dev 0.834 typed and folded
# (0.823 at 0.25), held-out fifth 0.758 (0.754); toxicity C=10 with the rows weighing 20
# (training.IN_DOMAIN_WEIGHT), dev 0.957 typed and folded (C=3, weight 5: 0.968 and 0.937),
# 5-fold train 0.956/0.949 (0.942/0.938), ViHOS dev 0.885 either way; C=30 breaks Platt scaling.
# Sentiment's UTS2017_Bank test at 0.617 against 0.619 before #18 (H3) is no setting's doing:
# over C 3-20, the channel 0-1.5 and in-domain weight 3-20 (96 models) it lies at 0.608-0.620
# with its neutral F1 0 in each (8 of 494 items; 0.002 is one item), and on 5-fold UTS2017_Bank
# train the in-domain rows help (weight 10: 0.682, near none: 0.660), as do C=10 over C=3
# (0.677, 0.667); the channel at 1.0 instead of 0.5 moves it 0.001. No setting there keeps the
# in-domain dev at 0.834 typed and folded and reaches 0.619. A second search (H3, 05/12/2026,
# benchmarks/opinion_sentiment_cv.py: public class balance, per-source weights, n-gram ranges,
# channel weights, prior shifts), chosen on 5-fold train and dev only, kept one candidate
# (folded words weighing 1.2: 0.684 on 5-fold, dev 0.838/0.838); the public test, run once, gave
# it 0.617 as the shipped one, neutral F1 0 in both: the gap is one or two items, not a setting.
# Toxicity's channel reading only text typed with diacritics (tried after in-domain round 4)
# helped dev4 and dev5 (0.897 -> 0.943) but cost the held-out test2 (0.984/0.985 ->
# 0.967/0.952), left dev6 unchanged, and lowered ViHOS test 0.881 -> 0.874, which the issue
# says must not fall: not taken. Sentiment's channel at 1.0 since it trains on dev4-dev11 (H14,
# benchmarks/opinion_rounds_loro.py with the channel patched): leave-one-round-out mean 0.818/0.816
# -> 0.819/0.814 typed/folded, in-domain dev 0.865/0.865 -> 0.872/0.867, UTS2017_Bank test 0.611
# -> 0.614 (back above 0.612); C=5 or 20 lowered the mean (0.813, 0.817).
# Sentiment a linear SVM with C=1 and the channel at 2.0 since the training round dev23 (H51,
# seed/indomain/README.md "dev23"): with dev23 trained on, leave-one-round-out over dev4-dev11,
# dev13, dev14 typed/folded 0.839/0.833 -> 0.847/0.836, the rounds no sentiment model trains on
# (dev15-dev20) 0.824/0.817 -> 0.830/0.830, a fifth of UTS2017_Bank train held out 0.708 ->
# 0.759; SVM C 0.3-4 and the channel 1.5-3 lie within a point of it, the logistic regression
# with the channel at 2 or 3 gains on the first set (0.848) but not on the second (0.818).
TASK_SETTINGS = {
    # Sentiment's twin for texts typed without diacritics (training.task_fit has the figures).
    "sentiment": TaskSettings(c=1.0, accented=2.0, svm=True, twin=True),
    # Topic's character n-grams at half weight, its folded words and pairs at full (H65,
    # benchmarks/opinion_topic_loro.py --channels): leave-one-round-out over the nineteen
    # development rounds with topic labels 0.822 -> 0.826 (at 0.3: 0.826, at 0.7: 0.825), no round
    # down more than 1.2 points; in-domain dev 0.899 -> 0.913. Folded words at 0.5: 0.803.
    # A linear SVM at C 0.5 since dev30, dev31 trained it (#18, 07/12/2026,
    # benchmarks/opinion_pooled_loro.py, every round dev4-dev31 left out in turn, items pooled):
    # macro-F1 0.827 -> 0.833 (C 0.25: 0.832, C 1: 0.831; mean of rounds 0.822 -> 0.828; dev30
    # 0.768 -> 0.788, dev31 0.772 -> 0.778, the rounds aside dev12, dev21, dev22, dev25
    # 0.824/0.877/0.877/0.752 -> 0.819/0.872/0.863/0.753).
    "topic": TaskSettings(c=0.5, accented=0.0, svm=True, chars=0.5),
    # No twin for toxicity: it lifted the rounds aside (with the in-domain stage) but lowered the
    # leave-one-round-out folded figure without the stage and ViHOS test (training.task_fit).
    "toxicity": TaskSettings(c=10.0, accented=1.5),
}
_WORD = re.compile(r"\w+", re.UNICODE)
BOOTSTRAP_VERSION = 0


SEPARATOR = "\x01"


def prepare_one(text: str) -> str:
    """Return "segmented words<SEP>folded text" (mask tokens never reach the features)."""
    normalised = normalise_for_model(strip_masks(str(text)))
    return " ".join(segmentation.segment(normalised)) + SEPARATOR + fold(normalised)


def prepare_batch(texts: Any) -> list[str]:
    """Prepare a batch of texts for the feature channels."""
    return [prepare_one(text) for text in texts]


def _pairs(words: list[str]) -> tuple[str, ...]:
    return tuple(words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)])


# The analyzers keep no memo of whole texts: the scorer reads each text with each analyzer
# once (scoring.JointScorer), and a fit reads each training text once per channel.
def word_features(prepared: str) -> tuple[str, ...]:
    """Return segmented accented words and adjacent word pairs."""
    return _pairs(prepared.split(SEPARATOR, 1)[0].split())


def folded_word_features(prepared: str) -> tuple[str, ...]:
    """Return words and word pairs of the folded text."""
    return _pairs(_WORD.findall(prepared.split(SEPARATOR, 1)[-1]))


def char_features(prepared: str) -> tuple[str, ...]:
    """Return character 2–5-grams inside word boundaries of the folded text (like char_wb)."""
    return tuple(chain.from_iterable(map(_word_grams, char_words(prepared))))


def char_words(prepared: str) -> list[str]:
    """Return the words of the folded text whose n-grams char_features cuts."""
    return prepared.split(SEPARATOR, 1)[-1].split()


# Texts share their words: a word's n-grams are cut once (and their hashes computed once).
@lru_cache(maxsize=8192)
def _word_grams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    size = len(padded)
    return tuple(padded[i : i + n] for n in range(2, min(5, size) + 1) for i in range(size - n + 1))


# Analyzers whose features are each word's in turn: the scorer counts them from the words'.
BY_WORD: dict[Analyzer, ByWord] = {char_features: (char_words, _word_grams)}


def build_pipeline(
    *,
    small: bool = False,
    c: float = 3.0,
    accented: float = 0.0,
    svm: bool = False,
    chars: float = 1.0,
) -> Pipeline:
    """Return an untrained classifier pipeline (the accented words and the character n-grams at
    these weights)."""
    min_df = 1 if small else 2
    words = TfidfVectorizer(analyzer=word_features, sublinear_tf=True)
    features = FeatureUnion(
        [
            *([("words", words)] if accented else []),
            (
                "chars",
                TfidfVectorizer(
                    analyzer=char_features, sublinear_tf=True, min_df=min_df, max_features=200_000
                ),
            ),
            ("folded_words", TfidfVectorizer(analyzer=folded_word_features, sublinear_tf=True)),
        ],
        transformer_weights={
            **({"words": accented} if accented else {}),
            **({"chars": chars} if chars != 1.0 else {}),
        }
        or None,
    )
    classify: LinearSVC | LogisticRegression = (
        LinearSVC(C=c, class_weight="balanced", max_iter=5000, random_state=0)
        if svm
        else LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    )
    return Pipeline(
        [
            ("prepare", FunctionTransformer(prepare_batch)),
            ("features", features),
            ("classify", classify),
        ]
    )


def with_folded_copies(
    texts: list[str], labels: list[str], weights: list[float]
) -> tuple[list[str], list[str], list[float]]:
    """Return the examples plus a copy of each typed without diacritics (same weight)."""
    extra = [
        (fold(text), label, weight)
        for text, label, weight in zip(texts, labels, weights, strict=True)
        if fold(text) != text.lower()
    ]
    return (
        texts + [t for t, _, _ in extra],
        labels + [y for _, y, _ in extra],
        weights + [w for _, _, w in extra],
    )


def train_pipeline(
    texts: list[str],
    labels: list[str],
    *,
    weights: list[float] | None = None,
    c: float = 3.0,
    accented: float = 0.0,
    svm: bool = False,
    chars: float = 1.0,
) -> Pipeline:
    """Fit a pipeline on labelled texts, each weighted (in-domain above public data); with the
    accented channel, also on a copy of each text typed without diacritics."""
    weights = weights if weights is not None else [1.0] * len(texts)
    if accented:
        texts, labels, weights = with_folded_copies(texts, labels, weights)
    pipeline = build_pipeline(small=len(texts) < 1000, c=c, accented=accented, svm=svm, chars=chars)
    pipeline.fit(texts, labels, classify__sample_weight=weights)
    return pipeline


def _model_read(path: str) -> dict[str, Any]:
    """Return what model_save wrote (or, in a .joblib file, what it wrote before 12/2026)."""
    # joblib unpickles in Python: 1.5 s for the three models that pickle reads in 0.1 s.
    if path.endswith(".joblib"):
        return dict(joblib.load(path))  # noqa: S301 - our own files in the data folder
    with open(path, "rb") as handle:
        return dict(pickle.load(handle))  # noqa: S301 - our own files in the data folder


class Prediction(NamedTuple):
    """One task's answer for one text: label, its calibrated probability, all, abstained."""

    label: str
    score: float
    probabilities: dict[str, float]
    abstained: bool


@dataclass
class LoadedModel:
    """A classifier in memory with its calibration and what identifies it."""

    task: str
    version: int
    pipeline: Pipeline
    bootstrap: bool = False
    labels: list[str] = field(default_factory=list)
    calibration: Calibration | None = None
    # Toxicity's in-domain stage (opinion/toxicstage.py); its columns follow the model's own.
    stage: DomainStage | None = None
    # The model that reads texts typed without diacritics (training.task_fit, routed_predictions).
    unmarked: LoadedModel | None = None

    def __post_init__(self) -> None:
        self.classes = [str(c) for c in self.pipeline.classes_]
        if self.calibration is None:
            self.calibration = Calibration(classes=self.classes)

    def predict(self, texts: list[str]) -> list[Prediction]:
        """Return a calibrated prediction per text (the twin's for one without diacritics)."""
        unmarked = [is_folded(text) for text in texts]
        return routed_predictions([self], prepare_batch(texts), unmarked)[0]

    @property
    def pipelines(self) -> list[Pipeline]:
        """Return the pipelines whose decision columns the model reads, its own first."""
        return [self.pipeline, *(self.stage.pipelines if self.stage else [])]

    @cached_property
    def scorer(self) -> JointScorer:
        """Return the scorer of this model alone (built on first use: a Classifier has its own)."""
        return JointScorer(self.pipelines, by_word=BY_WORD)

    def decisions(self, prepared: list[str]) -> np.ndarray:
        """Return the raw decision scores of prepared texts, one row each."""
        return np.hstack(self.scorer.decisions(prepared))

    def predict_prepared(self, prepared: list[str]) -> list[Prediction]:
        """Predict from prepare_batch output, skipping the pipeline's per-call overhead."""
        if not prepared:
            return []
        return self.predict_decisions(self.decisions(prepared))

    def predict_decisions(self, decisions: np.ndarray) -> list[Prediction]:
        """Return calibrated predictions from raw decision scores (one row per text)."""
        assert self.calibration is not None
        if self.stage is None:
            probabilities = self.calibration.probabilities(decisions)
        else:
            probabilities = self.calibration.probabilities(decisions[:, :1])
            toxic = self.stage.toxic(probabilities[:, 1], decisions[:, 1:])
            probabilities = np.column_stack([1.0 - toxic, toxic])
        out = []
        for row in probabilities:
            label, score, abstained = self.calibration.decide(row)
            out.append(
                Prediction(
                    label, score, dict(zip(self.classes, map(float, row), strict=True)), abstained
                )
            )
        return out


_LOCK = threading.Lock()
# A saved model is known by its file's identity, not by its version number: after a restore
# from backup (or a rolled-back test) version N can be a different file than the one read.
_CACHE: dict[tuple[str, int | str] | tuple[str, int, int], LoadedModel] = {}


# One scorer per set of loaded models, which it holds so that their ids stay theirs.
_JOINT: dict[tuple[int, ...], tuple[tuple[LoadedModel, ...], JointScorer]] = {}
JOINT_KEPT = 4


def joint_scorer(models: Sequence[LoadedModel]) -> JointScorer:
    """Return one scorer of these models together (their shared features counted once)."""
    key = tuple(id(model) for model in models)
    with _LOCK:
        if key not in _JOINT:
            if len(_JOINT) >= JOINT_KEPT:
                # Activating new versions leaves the old sets unused: start over.
                _JOINT.clear()
            pipelines = [pipeline for model in models for pipeline in model.pipelines]
            _JOINT[key] = (tuple(models), JointScorer(pipelines, by_word=BY_WORD))
        return _JOINT[key][1]


def joint_decisions(models: Sequence[LoadedModel], prepared: list[str]) -> list[np.ndarray]:
    """Return each model's decision columns for prepared texts, scored together."""
    columns = iter(joint_scorer(models).decisions(prepared))
    return [np.hstack([next(columns) for _ in model.pipelines]) for model in models]


def _decisions(models: Sequence[LoadedModel], prepared: list[str]) -> list[np.ndarray]:
    """Return each model's decision columns (a model alone by its own scorer)."""
    if len(models) == 1:
        return [models[0].decisions(prepared)]
    return joint_decisions(models, prepared)


def routed_predictions(
    models: Sequence[LoadedModel], prepared: list[str], unmarked: Sequence[bool]
) -> list[list[Prediction]]:
    """Return each model's predictions for prepared texts, those flagged in unmarked (typed
    without diacritics) by the model's twin when it has one (scored for those texts alone)."""
    if not prepared:
        return [[] for _ in models]
    predictions = [
        model.predict_decisions(scores)
        for model, scores in zip(models, _decisions(models, prepared), strict=True)
    ]
    rows = [i for i, flag in enumerate(unmarked) if flag]
    twins = [(n, model.unmarked) for n, model in enumerate(models) if model.unmarked is not None]
    if rows and twins:
        scores = _decisions([twin for _, twin in twins], [prepared[i] for i in rows])
        for (n, twin), columns in zip(twins, scores, strict=True):
            for row, prediction in zip(rows, twin.predict_decisions(columns), strict=True):
                predictions[n][row] = prediction
    return predictions


def bootstrap_model(task: str) -> LoadedModel:
    """Return the model trained in memory from the packaged sets (version 0, "bootstrap")."""
    from lantoa.opinion.training import task_fit

    key = (task, "bootstrap")
    with _LOCK:
        if key not in _CACHE:
            model = task_fit(task=task, shared_dir=None, corrections=False).model(task)
            model.version, model.bootstrap = BOOTSTRAP_VERSION, True
            _CACHE[key] = model
        return _CACHE[key]


def model_load(*, task: str, version: int, path: str) -> LoadedModel:
    """Return a saved model, read from disk once per process for each written file."""
    stat = Path(path).stat()
    key = (path, stat.st_mtime_ns, stat.st_size)
    with _LOCK:
        if key not in _CACHE:
            data = _model_read(path)
            pipeline = data["pipeline"]
            twin = data.get("unmarked")
            _CACHE[key] = LoadedModel(
                task,
                version,
                pipeline,
                False,
                list(pipeline.classes_),
                data.get("calibration"),
                data.get("stage"),
                None if twin is None else LoadedModel(task, version, **twin),
            )
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
