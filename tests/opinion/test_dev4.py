"""The blind tuning round dev4: labelled like the others, scored by `evaluate --split dev4`."""

import io

import pytest
from django.core.management import call_command

from lantoa.opinion.claimeval import claims_evaluate, load_claims
from lantoa.opinion.evaluation import evaluate
from tests.opinion.helpers import assert_labelled_round


def test_it_holds_labelled_rows_new_to_the_other_splits():
    claim_ids = {c["id"] for c in load_claims()}
    earlier = ("train", "dev", "test", "test2")
    assert_labelled_round("dev4", earlier=earlier, claim_ids=claim_ids, at_least=200)


def test_it_scores_the_claims_of_dev4_with_every_other_item_claim_free():
    scores = claims_evaluate(split="dev4")
    assert (scores.spreading, scores.refuting, scores.claim_free) == (64, 30, 142)


@pytest.mark.django_db
def test_it_reports_dev4_alone(monkeypatch):
    rows = evaluate(shared_dir=None, tasks=("topic",), split="dev4")
    assert [r.dataset for r in rows] == ["in-domain dev4"]
    from lantoa.opinion import evaluation

    monkeypatch.setattr(evaluation, "evaluate", lambda **kwargs: [])
    out = io.StringIO()
    call_command("opinion", "evaluate", "--split", "dev4", stdout=out)
    assert "claims (dev4 split" in out.getvalue()
