"""The training round dev23: comments at sentiment's unseen-round errors, labelled by the guide."""

from collections import Counter

from lantoa.opinion.datasets import HELD_OUT, indomain
from lantoa.opinion.training import TRAINING_ROUNDS
from tests.opinion.helpers import assert_labelled_round

# The development splits written before dev23 (the held-out ones are not read here).
EARLIER = (
    "train",
    "dev",
    *(f"dev{n}" for n in range(4, 12)),
    *(f"dev{n}" for n in range(13, 21)),
)


def test_it_holds_labelled_rows_new_to_the_development_splits():
    rows = assert_labelled_round("dev23", earlier=EARLIER, claim_ids=set(), at_least=300)
    assert {r["language"] for r in rows} == {"vi"}
    assert [r["claim"] for r in rows] == [None] * len(rows)


def test_it_teaches_every_sentiment_with_neutral_and_positive_foremost():
    counts = Counter(indomain("dev23", "sentiment").labels)
    assert counts["neutral"] > counts["positive"] > counts["negative"] > 0


def test_it_is_trained_on_by_sentiment_and_topic():
    # H51's leave-one-round-out and the rounds no sentiment model trains on (README, dev23);
    # H65's topic leave-one-round-out (README, "Topic on every labelled round").
    assert "dev23" in TRAINING_ROUNDS["sentiment"]
    assert "dev23" in TRAINING_ROUNDS["topic"]
    assert "dev23" not in TRAINING_ROUNDS["toxicity"]


def test_it_is_a_split_evaluate_scores():
    assert HELD_OUT["dev23"] == ("dev23",)
