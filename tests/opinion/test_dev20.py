"""The training round dev20: clean comments whose words fold onto insults, and insults, labelled."""

import re

import pytest

from lantoa.core.text import fold
from lantoa.opinion.claimeval import INDOMAIN_CLAIM_SPLITS, claims_evaluate
from lantoa.opinion.datasets import HELD_OUT
from lantoa.opinion.toxicstage import STAGE_ROUNDS
from lantoa.opinion.training import TRAINING_ROUNDS
from tests.opinion.helpers import assert_labelled_round

# Every split written before dev20, which it must not repeat.
EARLIER = ("train", "dev", "test", *INDOMAIN_CLAIM_SPLITS[: INDOMAIN_CLAIM_SPLITS.index("dev20")])
# Ordinary words that fold onto an insult or a threat (README, "dev20").
COLLIDING = ("chet", "thang", "lu", "hai", "cho", "may", "ban", "mom", "oc", "bo", "ngu", "mat")


def test_it_holds_labelled_rows_new_to_the_other_splits_mostly_typed_without_diacritics():
    rows = assert_labelled_round(
        "dev20", earlier=EARLIER, claim_ids=set(), at_least=200, folded_share=(0.6, 0.8)
    )
    assert [r["claim"] for r in rows] == [None] * len(rows)
    assert {r["toxicity"] for r in rows} == {"toxic", "clean"}


def test_it_uses_the_colliding_words_in_clean_and_toxic_rows_alike():
    rows = assert_labelled_round(
        "dev20", earlier=EARLIER, claim_ids=set(), at_least=200, folded_share=(0.6, 0.8)
    )
    for word in COLLIDING:
        for label in ("clean", "toxic"):
            assert any(
                word in re.findall(r"\w+", fold(r["text"])) for r in rows if r["toxicity"] == label
            ), (word, label)


def test_it_refuses_a_round_typed_without_diacritics_at_the_usual_share():
    with pytest.raises(AssertionError):
        assert_labelled_round("dev20", earlier=EARLIER, claim_ids=set(), at_least=200)


def test_it_is_a_split_evaluate_scores_as_claim_free():
    assert HELD_OUT["dev20"] == ("dev20",)
    scores = claims_evaluate(split="dev20")
    assert (scores.spreading, scores.refuting, scores.claim_free) == (0, 0, 200)


def test_it_trains_sentiment_topic_and_the_toxicity_stage():
    # H39's leave-one-round-out: toxicity's typed mean and ViHOS test fell with it (README, dev20).
    assert "dev20" not in TRAINING_ROUNDS["toxicity"]
    # Sentiment takes every labelled round but those kept aside (#18, 07/12/2026; README,
    # "Sentiment and topic on more rounds").
    assert "dev20" in TRAINING_ROUNDS["sentiment"]
    # H65's topic leave-one-round-out took it (README, "Topic on every labelled round").
    assert "dev20" in TRAINING_ROUNDS["topic"]
    # H61's in-domain toxicity stage learns from it, for campaign comments only (toxicstage.py).
    assert "dev20" in STAGE_ROUNDS
