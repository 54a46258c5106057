"""The blind round dev5: a registry of its own, scored alone and beside claims.json's."""

import io

import pytest
from django.core.management import call_command

from lantoa.opinion.claimeval import claims_evaluate, load_claims, split_claims
from lantoa.opinion.datasets import indomain_rows, seed_topics
from lantoa.opinion.textnorm import is_folded


def test_it_holds_labelled_rows_of_its_own_registry():
    rows = indomain_rows("dev5")
    others = {
        r["text"].lower()
        for s in ("train", "dev", "test", "test2", "dev4")
        for r in indomain_rows(s)
    }
    assert len(rows) >= 200 and not others & {r["text"].lower() for r in rows}
    topics = {str(t["slug"]) for t in seed_topics()}
    claims = {c["id"] for c in split_claims("dev5")}
    assert len(claims) == 20 and not claims & {c["id"] for c in load_claims()}
    for row in rows:
        assert row["topic"] in topics and row["toxicity"] in {"toxic", "clean"}, row
        assert row["sentiment"] in {"positive", "neutral", "negative"}, row
        assert (row["claim"] is None) == (row["stance"] is None), row
        assert row["claim"] is None or row["claim"] in claims, row
    vietnamese = [r for r in rows if r["language"] == "vi"]
    assert 0.25 <= sum(is_folded(r["text"]) for r in vietnamese) / len(vietnamese) <= 0.40


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
