"""Calibrated decisions: Platt scaling and a precise toxicity threshold, temperature, abstaining."""

import numpy as np

from lantoa.opinion.calibration import (
    TOXIC_PRECISION,
    TOXIC_PREVALENCE,
    Calibration,
    calibration_fit,
)


def test_it_picks_a_toxicity_threshold_precise_enough_on_dev():
    # Raw scores where the clean items reach up to 1.5 and the toxic ones start at 0.5:
    # the plain 0.5 threshold (raw 0) would flag every clean item above 0 as toxic.
    rng = np.random.default_rng(51)
    clean = rng.uniform(-3, 1.5, 200)
    toxic = rng.uniform(0.5, 4, 30)
    scores = np.concatenate([clean, toxic])
    labels = ["clean"] * 200 + ["toxic"] * 30
    calibration = calibration_fit(classes=["clean", "toxic"], scores=scores, labels=labels)
    predicted = np.array(calibration.labels(calibration.probabilities(scores)))
    flagged = predicted == "toxic"
    precision = (flagged & (np.array(labels) == "toxic")).sum() / flagged.sum()
    assert precision >= TOXIC_PRECISION
    plain = Calibration(classes=["clean", "toxic"])
    plain_flagged = np.array(plain.labels(plain.probabilities(scores))) == "toxic"
    assert (plain_flagged & (np.array(labels) == "toxic")).sum() / plain_flagged.sum() < 0.8


def test_it_calibrates_overconfident_scores_by_temperature():
    # Scores ten times too large: a softmax near certainty for a label right far less often.
    rng = np.random.default_rng(7)
    truth = rng.integers(0, 3, 600)
    scores = rng.normal(0, 1, (600, 3))
    right = rng.random(600) < 0.7
    scores[np.arange(600), np.where(right, truth, (truth + 1) % 3)] += 2
    scores *= 10
    classes = ["negative", "neutral", "positive"]
    calibration = calibration_fit(
        classes=classes, scores=scores, labels=[classes[t] for t in truth]
    )
    probabilities = calibration.probabilities(scores)
    accuracy = (probabilities.argmax(axis=1) == truth).mean()
    assert calibration.temperature > 3 and accuracy < 0.8
    raw = Calibration(classes=classes).probabilities(scores)
    assert raw.max(axis=1).mean() - accuracy > 0.3
    assert abs(probabilities.max(axis=1).mean() - accuracy) < 0.1


def test_it_abstains_below_the_confidence_chosen_on_dev():
    classes = ["a", "b"]
    calibration = Calibration(classes=classes + ["c"], min_confidence=0.6)
    sure, unsure = (
        calibration.decide(np.array([0.8, 0.1, 0.1])),
        calibration.decide(np.array([0.45, 0.35, 0.2])),
    )
    assert sure == ("a", 0.8, False)
    assert unsure[0] == "a" and unsure[2] is True


def test_it_leaves_at_most_a_fifth_of_dev_to_a_person():
    # A model right only 60 % of the time cannot keep 90 % accuracy: it abstains on <= 20 %.
    rng = np.random.default_rng(3)
    truth = rng.integers(0, 3, 500)
    scores = rng.normal(0, 1, (500, 3))
    scores[np.arange(500), truth] += 0.8
    classes = ["x", "y", "z"]
    calibration = calibration_fit(
        classes=classes, scores=scores, labels=[classes[t] for t in truth]
    )
    decided = [calibration.decide(row) for row in calibration.probabilities(scores)]
    share = sum(abstained for _, _, abstained in decided) / len(decided)
    assert 0.1 <= share <= 0.21


def test_it_keeps_a_probability_on_the_line_though_summed_in_another_order():
    calibration = Calibration(classes=["a", "b", "c"], min_confidence=0.45544039295802957)
    on_the_line = calibration.decide(np.array([0.45544039295802946, 0.3, 0.24455960704197054]))
    below = calibration.decide(np.array([0.4554, 0.3, 0.2446]))
    assert on_the_line[2] is False and below[2] is True
    binary = Calibration(classes=["clean", "toxic"], threshold=0.36)
    assert binary.decide(np.array([0.64, 0.36 - 1e-16]))[0] == "toxic"
    assert binary.decide(np.array([0.6401, 0.3599]))[0] == "clean"


def test_it_makes_the_toxicity_threshold_precise_at_the_toxic_share_of_fresh_comments():
    # dev holds 12 % toxic items, fresh rounds about 3 %: a threshold just precise enough on dev
    # (47 toxic and 5 clean flagged here) flags four times as many clean comments per toxic one
    # on fresh text, where its precision would be 0.68.
    rng = np.random.default_rng(18)
    scores = np.concatenate([rng.normal(-1.75, 1.0, 360), rng.normal(1.75, 1.0, 50)])
    truth = np.arange(410) >= 360
    labels = ["toxic" if t else "clean" for t in truth]
    calibration = calibration_fit(classes=["clean", "toxic"], scores=scores, labels=labels)
    flagged = np.array(calibration.labels(calibration.probabilities(scores))) == "toxic"
    found = (flagged & truth).sum() / truth.sum() * TOXIC_PREVALENCE
    false = (flagged & ~truth).sum() / (~truth).sum() * (1 - TOXIC_PREVALENCE)
    assert TOXIC_PREVALENCE == 0.03 and found / (found + false) >= TOXIC_PRECISION
    assert (flagged & truth).sum() >= 30


def test_it_fits_platt_scaling_on_scores_that_separate_dev():
    # Widely spread scores that separate the classes: the first full Newton step from a flat
    # start overshot to slopes near a million, and every clean item far below was 0 or 1.
    scores = np.concatenate([np.linspace(-16, -3, 30), np.linspace(4, 14, 10)])
    labels = ["clean"] * 30 + ["toxic"] * 10
    calibration = calibration_fit(classes=["clean", "toxic"], scores=scores, labels=labels)
    assert 0 < calibration.slope < 5
    positive = calibration.probabilities(scores)[:, 1]
    assert positive[:30].max() < 0.5 < positive[30:].min()
    # Platt's smoothed targets: the surest toxic item is not certain.
    assert positive.max() < 1 - 1e-6


def test_it_keeps_the_platt_fit_of_scores_that_overlap():
    # Where plain Newton steps converge the fit is theirs (log loss is convex).
    scores = np.concatenate([np.linspace(-3, 1, 30), np.linspace(-1, 3, 10)])
    labels = ["clean"] * 30 + ["toxic"] * 10
    calibration = calibration_fit(classes=["clean", "toxic"], scores=scores, labels=labels)
    assert abs(calibration.slope - 1.011239) < 1e-5
    assert abs(calibration.offset + 1.011639) < 1e-5
