"""The development round dev27: comments at topic's confusions, labelled by the guide."""

import io
from collections import Counter

import pytest
from django.core.management import call_command

from lantoa.opinion.claimeval import INDOMAIN_CLAIM_SPLITS, LAST_CLAIM_ROUND, NO_CLAIM_ROUNDS
from lantoa.opinion.datasets import HELD_OUT, indomain
from lantoa.opinion.toxicstage import STAGE_ROUNDS
from lantoa.opinion.training import TRAINING_ROUNDS
from tests.opinion.helpers import assert_labelled_round

# The development splits written before dev27 (the held-out ones are not read here).
EARLIER = (
    "train",
    "dev",
    *(f"dev{n}" for n in range(4, 12)),
    *(f"dev{n}" for n in range(13, 21)),
    "dev23",
    "dev24",
    "dev26",
)


def test_it_holds_labelled_rows_new_to_the_development_splits():
    rows = assert_labelled_round("dev27", earlier=EARLIER, claim_ids=set(), at_least=240)
    assert {r["language"] for r in rows} == {"vi"}
    assert [r["claim"] for r in rows] == [None] * len(rows)


def test_it_teaches_every_topic_with_khac_and_thu_tuc_foremost():
    # Written at the pooled confusions: generic comments called an IP theme, filing called a mark.
    counts = Counter(indomain("dev27", "topic").labels)
    assert len(counts) == 8 and min(counts.values()) >= 10
    assert [label for label, _ in counts.most_common(2)] == ["khac", "thu-tuc"]


def test_it_carries_no_claim_and_is_not_scored_for_claims():
    assert LAST_CLAIM_ROUND >= 27 and 27 in NO_CLAIM_ROUNDS
    assert "dev27" not in INDOMAIN_CLAIM_SPLITS


def test_it_trains_sentiment_and_topic():
    # Sentiment and topic take every labelled round but those kept aside (README, "Sentiment and
    # topic on more rounds"; with dev28 and dev29 beside it topic's held-out rounds rose).
    assert "dev27" in TRAINING_ROUNDS["sentiment"]
    assert "dev27" in TRAINING_ROUNDS["topic"]
    for rounds in (TRAINING_ROUNDS["toxicity"], STAGE_ROUNDS):
        assert "dev27" not in rounds


@pytest.mark.django_db
def test_it_is_a_split_evaluate_scores(monkeypatch):
    from lantoa.opinion import evaluation

    assert HELD_OUT["dev27"] == ("dev27",)
    monkeypatch.setattr(evaluation, "evaluate", lambda **kwargs: [])
    out = io.StringIO()
    call_command("opinion", "evaluate", "--split", "dev27", stdout=out)
    assert "tập dữ liệu trong miền: dev27" in out.getvalue()
    assert "claims (dev27 split, " in out.getvalue()
