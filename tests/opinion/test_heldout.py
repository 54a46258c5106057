"""The second held-out set (test2): labelled like the others, scored on its own lines."""

import io
from collections import Counter

import pytest
from django.core.management import call_command

from lantoa.opinion.claimeval import claims_evaluate, load_claims
from lantoa.opinion.datasets import indomain_rows
from lantoa.opinion.evaluation import evaluate
from tests.opinion.helpers import assert_labelled_round


def test_it_holds_claims_rebuttals_and_claim_free_items_new_to_the_other_splits():
    claim_ids = {c["id"] for c in load_claims()}
    earlier = ("train", "dev", "test")
    rows = assert_labelled_round("test2", earlier=earlier, claim_ids=claim_ids, at_least=150)
    stances = Counter(r["stance"] for r in rows)
    assert stances["spreads"] >= 40 and stances["refutes"] >= 20 and stances[None] >= 60


def test_it_scores_the_claims_of_test2_with_every_other_item_claim_free():
    scores = claims_evaluate(split="test2")
    assert (scores.spreading, scores.refuting, scores.claim_free) == (51, 23, 93)


@pytest.mark.django_db
def test_it_reports_test2_beside_the_test_split(monkeypatch):
    rows = evaluate(shared_dir=None, tasks=("topic",), split="test")
    assert [r.dataset for r in rows] == ["in-domain test", "in-domain test2"]
    assert rows[1].test_size == sum(r["language"] == "vi" for r in indomain_rows("test2"))
    from lantoa.opinion import evaluation

    monkeypatch.setattr(evaluation, "evaluate", lambda **kwargs: [])
    out = io.StringIO()
    call_command("opinion", "evaluate", stdout=out)
    assert "claims (test split" in out.getvalue() and "claims (test2 split" in out.getvalue()
