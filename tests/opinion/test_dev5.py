"""The blind round dev5: a registry of its own, scored alone and beside claims.json's."""

import io

import pytest
from django.core.management import call_command

from lantoa.opinion.claimeval import claims_evaluate, load_claims, split_claims
from tests.opinion.helpers import assert_labelled_round


def test_it_holds_labelled_rows_of_its_own_registry():
    claim_ids = {c["id"] for c in split_claims("dev5")}
    assert len(claim_ids) == 20 and not claim_ids & {c["id"] for c in load_claims()}
    earlier = ("train", "dev", "test", "test2", "dev4")
    assert_labelled_round("dev5", earlier=earlier, claim_ids=claim_ids, at_least=200)


def test_it_scores_dev5_over_its_own_registry():
    scores = claims_evaluate(split="dev5")
    assert (scores.spreading, scores.refuting, scores.claim_free) == (65, 35, 102)


@pytest.mark.django_db
def test_it_reports_dev5_alone_and_beside_the_projects_claims(monkeypatch):
    from lantoa.opinion import training

    monkeypatch.setattr(training, "evaluate", lambda **kwargs: [])
    out = io.StringIO()
    call_command("opinion", "evaluate", "--split", "dev5", stdout=out)
    assert "claims (dev5 split, 20 claims of claimdata/claims_dev5.json)" in out.getvalue()
    assert "47 claims of claimdata/claims_dev5.json + claimdata/claims.json" in out.getvalue()
