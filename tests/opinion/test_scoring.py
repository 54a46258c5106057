"""The numpy scorer gives the fitted pipelines' own decision scores, features counted once."""

from __future__ import annotations

import numpy as np
import pytest

from lantoa.opinion import datasets, ml, scoring

# Every in-domain split a session may read (the held-out test splits stay closed).
OPEN_SPLITS = ("train", "dev", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9")
ODD_TEXTS = ["", "🙂🙂", "zzqx wwvk", "<EMAIL> <PHONE>", "Ok", "a " * 300]


@pytest.fixture(scope="module")
def models() -> list[ml.LoadedModel]:
    return [ml.bootstrap_model(task) for task in ml.TASKS]


@pytest.fixture(scope="module")
def prepared() -> list[str]:
    texts = [row["text"] for split in OPEN_SPLITS for row in datasets.indomain_rows(split)]
    return ml.prepare_batch(texts + ODD_TEXTS)


def _sklearn(model: ml.LoadedModel, prepared: list[str]) -> np.ndarray:
    features = model.pipeline.named_steps["features"].transform(prepared)
    scores = model.pipeline.named_steps["classify"].decision_function(features)
    return np.asarray(scores).reshape(len(prepared), -1)


def test_it_scores_every_open_in_domain_text_as_the_pipelines_do(models, prepared):
    joint = ml.joint_scorer(models).decisions(prepared)
    for model, scores in zip(models, joint, strict=True):
        expected = _sklearn(model, prepared)
        assert scores.shape == expected.shape
        assert np.abs(scores - expected).max() < 1e-9
        assert np.abs(model.decisions(prepared) - expected).max() < 1e-9


def test_it_gives_a_text_no_model_knows_the_intercepts_alone(models):
    (text,) = ml.prepare_batch(["ǂǂǂ ǂǂ"])
    for model, scores in zip(models, ml.joint_scorer(models).decisions([text]), strict=True):
        assert model.pipeline.named_steps["features"].transform([text]).nnz == 0
        assert (scores[0] == model.pipeline.named_steps["classify"].intercept_).all()


def test_it_scores_in_chunks_as_in_one_batch(models, prepared, monkeypatch):
    whole = ml.joint_scorer(models).decisions(prepared[:50])
    monkeypatch.setattr(scoring, "CHUNK", 7)
    for one, other in zip(whole, ml.joint_scorer(models).decisions(prepared[:50]), strict=True):
        assert (one == other).all()
    assert [s.shape for s in ml.joint_scorer(models).decisions([])] == [
        (0, len(m.pipeline.named_steps["classify"].intercept_)) for m in models
    ]


def test_it_keeps_a_bounded_number_of_words_and_scores_alike_after_starting_over(
    models, prepared, monkeypatch
):
    def scored() -> tuple[list[np.ndarray], int]:
        scorer = scoring.JointScorer([m.pipeline for m in models], by_word=ml.BY_WORD)
        (chars,) = [t for t in scorer.tables if t.analyzer is ml.char_features]
        return scorer.decisions(prepared[:80]), len(chars.word_rows)

    kept, words = scored()
    assert words > 3
    monkeypatch.setattr(scoring, "WORDS_KEPT", 3)
    bounded, words = scored()
    assert words <= 3
    for one, other in zip(kept, bounded, strict=True):
        assert (one == other).all()


def test_it_builds_one_scorer_per_set_of_models(models):
    assert ml.joint_scorer(models) is ml.joint_scorer(list(models))
    assert ml.joint_scorer(models[:2]) is not ml.joint_scorer(models)


def _grams(prepared: str) -> tuple[str, ...]:
    """char_features as first written: each word padded with spaces, its 2- to 5-grams."""
    grams: list[str] = []
    for word in prepared.split(ml.SEPARATOR, 1)[-1].split():
        padded = f" {word} "
        for n in range(2, 6):
            if n > len(padded):
                break
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return tuple(grams)


def test_it_cuts_the_character_ngrams_of_each_word_as_before(prepared):
    assert all(ml.char_features(text) == _grams(text) for text in prepared)
    assert ml.char_features("x\x01a bc") == (
        " a",
        "a ",
        " a ",
        " b",
        "bc",
        "c ",
        " bc",
        "bc ",
        " bc ",
    )
    assert ml.char_features("x\x01") == ()
