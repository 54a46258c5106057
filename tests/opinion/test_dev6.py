"""The blind round dev6: a third registry of its own, scored alone and beside claims.json's."""

import io

import pytest
from django.core.management import call_command

from lantoa.opinion.claimeval import claims_evaluate, load_claims, split_claims
from tests.opinion.helpers import assert_labelled_round


def test_it_holds_labelled_rows_of_its_own_registry():
    claim_ids = {c["id"] for c in split_claims("dev6")}
    earlier_ids = {c["id"] for c in [*load_claims(), *split_claims("dev5")]}
    assert len(claim_ids) == 20 and not claim_ids & earlier_ids
    earlier = ("train", "dev", "test", "test2", "dev4", "dev5")
    assert_labelled_round("dev6", earlier=earlier, claim_ids=claim_ids, at_least=180)


def test_it_scores_dev6_over_its_own_registry():
    scores = claims_evaluate(split="dev6")
    assert (scores.spreading, scores.refuting, scores.claim_free) == (66, 33, 90)


@pytest.mark.django_db
def test_it_reports_dev6_alone_and_beside_the_projects_claims(monkeypatch):
    from lantoa.opinion import training

    monkeypatch.setattr(training, "evaluate", lambda **kwargs: [])
    out = io.StringIO()
    call_command("opinion", "evaluate", "--split", "dev6", stdout=out)
    assert "claims (dev6 split, 20 claims of claimdata/claims_dev6.json)" in out.getvalue()
    assert "47 claims of claimdata/claims_dev6.json + claimdata/claims.json" in out.getvalue()
