"""The blind tuning round dev4: labelled like the others, scored by `evaluate --split dev4`."""

import io

import pytest
from django.core.management import call_command

from lantoa.opinion.claimeval import claims_evaluate, load_claims
from lantoa.opinion.datasets import indomain_rows, seed_topics
from lantoa.opinion.textnorm import is_folded
from lantoa.opinion.training import evaluate


def test_it_holds_labelled_rows_new_to_the_other_splits():
    rows = indomain_rows("dev4")
    others = {
        r["text"].lower() for s in ("train", "dev", "test", "test2") for r in indomain_rows(s)
    }
    assert len(rows) >= 200 and not others & {r["text"].lower() for r in rows}
    topics = {str(t["slug"]) for t in seed_topics()}
    claims = {c["id"] for c in load_claims()}
    for row in rows:
        assert row["topic"] in topics and row["toxicity"] in {"toxic", "clean"}, row
        assert row["sentiment"] in {"positive", "neutral", "negative"}, row
        assert (row["claim"] is None) == (row["stance"] is None), row
        assert row["claim"] is None or row["claim"] in claims, row
    vietnamese = [r for r in rows if r["language"] == "vi"]
    assert 0.25 <= sum(is_folded(r["text"]) for r in vietnamese) / len(vietnamese) <= 0.40


def test_it_scores_the_claims_of_dev4_with_every_other_item_claim_free():
    scores = claims_evaluate(split="dev4")
    assert (scores.spreading, scores.refuting, scores.claim_free) == (64, 30, 142)


@pytest.mark.django_db
def test_it_reports_dev4_alone(monkeypatch):
    rows = evaluate(shared_dir=None, tasks=("topic",), split="dev4")
    assert [r.dataset for r in rows] == ["in-domain dev4"]
    from lantoa.opinion import training

    monkeypatch.setattr(training, "evaluate", lambda **kwargs: [])
    out = io.StringIO()
    call_command("opinion", "evaluate", "--split", "dev4", stdout=out)
    assert "claims (dev4 split" in out.getvalue()
