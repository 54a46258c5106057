"""The blind sentiment round dev18: labelled like the others, scored; topic alone trains on it."""

import io

import pytest
from django.core.management import call_command

from lantoa.opinion.claimeval import INDOMAIN_CLAIM_SPLITS, claims_evaluate
from lantoa.opinion.evaluation import evaluate
from lantoa.opinion.training import TRAINING_ROUNDS
from tests.opinion.helpers import assert_labelled_round

# Every split written before dev18, which it must not repeat.
EARLIER = ("train", "dev", "test", *INDOMAIN_CLAIM_SPLITS[: INDOMAIN_CLAIM_SPLITS.index("dev18")])


def test_it_holds_labelled_rows_new_to_the_other_splits():
    rows = assert_labelled_round("dev18", earlier=EARLIER, claim_ids=set(), at_least=200)
    assert {r["sentiment"] for r in rows if r["language"] == "vi"} == {
        "positive",
        "neutral",
        "negative",
    }


def test_it_is_trained_on_by_topic_and_sentiment():
    assert "dev18" not in TRAINING_ROUNDS["toxicity"]
    # Sentiment takes every labelled round but those kept aside (#18, 07/12/2026; README,
    # "Sentiment and topic on more rounds").
    assert "dev18" in TRAINING_ROUNDS["sentiment"]
    # H65's topic leave-one-round-out took it (README, "Topic on every labelled round").
    assert "dev18" in TRAINING_ROUNDS["topic"]


def test_it_scores_every_item_as_claim_free_over_the_projects_claims():
    scores = claims_evaluate(split="dev18")
    assert (scores.spreading, scores.refuting, scores.claim_free) == (0, 0, 220)


@pytest.mark.django_db
def test_it_reports_dev18_alone(monkeypatch):
    rows = evaluate(shared_dir=None, tasks=("topic",), split="dev18")
    assert [r.dataset for r in rows] == ["in-domain dev18"]
    from lantoa.opinion import evaluation

    monkeypatch.setattr(evaluation, "evaluate", lambda **kwargs: [])
    out = io.StringIO()
    call_command("opinion", "evaluate", "--split", "dev18", stdout=out)
    assert "claims (dev18 split" in out.getvalue()
