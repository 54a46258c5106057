"""Rounds over a registry of their own (dev5-dev17, dev19, dev21, dev22, dev25, dev26, dev28-32)."""

import io

import pytest
from django.core.management import call_command

from lantoa.opinion.claimeval import LAST_CLAIM_ROUND, claims_evaluate, split_claims
from tests.opinion.helpers import assert_labelled_round

# The in-domain splits in the order they were written, the rounds without claims (dev18, dev20,
# dev23, dev24) among them: a later round must not repeat their texts either.
WRITTEN = ("train", "dev", "test", "test2", *(f"dev{n}" for n in range(4, LAST_CLAIM_ROUND + 1)))
# split, its size at least, and its spreading, refuting and claim-free item counts; the splits
# written before it are those it must not repeat.
ROUNDS = [
    (split, WRITTEN[: WRITTEN.index(split)], at_least, counts)
    for split, at_least, counts in (
        ("dev5", 200, (65, 35, 102)),
        ("dev6", 180, (66, 33, 90)),
        ("dev7", 190, (64, 33, 99)),
        ("dev8", 200, (65, 33, 110)),
        ("dev9", 200, (65, 33, 104)),
        ("dev10", 200, (65, 33, 102)),
        ("dev11", 200, (65, 33, 102)),
        ("dev12", 200, (63, 32, 105)),
        ("dev13", 220, (60, 30, 130)),
        ("dev14", 220, (60, 30, 130)),
        ("dev15", 220, (60, 30, 130)),
        ("dev16", 220, (60, 30, 130)),
        ("dev17", 180, (60, 30, 90)),
        ("dev19", 220, (60, 30, 130)),
        ("dev21", 220, (60, 30, 130)),
        ("dev22", 220, (60, 30, 130)),
        ("dev25", 220, (60, 30, 130)),
        ("dev26", 236, (100, 40, 96)),
        ("dev28", 236, (100, 40, 96)),
        ("dev29", 236, (100, 40, 96)),
        ("dev30", 236, (100, 40, 96)),
        ("dev31", 236, (100, 40, 96)),
        ("dev32", 236, (100, 40, 96)),
    )
]


@pytest.mark.parametrize(("split", "earlier", "at_least", "counts"), ROUNDS)
def test_it_holds_labelled_rows_of_its_own_registry(split, earlier, at_least, counts):
    claim_ids = {c["id"] for c in split_claims(split)}
    earlier_ids = {c["id"] for s in ("test", *earlier) for c in split_claims(s)}
    assert len(claim_ids) == 20 and not claim_ids & earlier_ids
    assert_labelled_round(split, earlier=earlier, claim_ids=claim_ids, at_least=at_least)


@pytest.mark.parametrize(("split", "earlier", "at_least", "counts"), ROUNDS)
def test_it_scores_a_round_over_its_own_registry(split, earlier, at_least, counts):
    scores = claims_evaluate(split=split)
    assert (scores.spreading, scores.refuting, scores.claim_free) == counts


@pytest.mark.django_db
@pytest.mark.parametrize("split", [r[0] for r in ROUNDS])
def test_it_reports_a_round_alone_and_beside_the_projects_claims(monkeypatch, split):
    from lantoa.opinion import evaluation

    monkeypatch.setattr(evaluation, "evaluate", lambda **kwargs: [])
    out = io.StringIO()
    call_command("opinion", "evaluate", "--split", split, stdout=out)
    own = f"claimdata/claims_{split}.json"
    assert f"claims ({split} split, 20 claims of {own})" in out.getvalue()
    assert f"47 claims of {own} + claimdata/claims.json" in out.getvalue()
