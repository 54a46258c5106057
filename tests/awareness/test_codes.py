"""The codes typed at /kiem-tra/: one alphabet, and a check never takes a survey's code."""

from __future__ import annotations

import pytest

from lantoa.awareness import codes
from lantoa.awareness.models import AwarenessCheck, Survey
from tests.awareness.helpers import approved_bank, opened, session
from tests.awareness.survey_helpers import opened_survey

pytestmark = pytest.mark.django_db


def test_it_gives_a_new_check_no_code_a_survey_holds(kl51_campaign, monkeypatch):
    survey = opened_survey(kl51_campaign)
    # The first draw repeats the survey's code, the second is free.
    draws = iter(survey.code + "BBBBBB")
    monkeypatch.setattr(codes.secrets, "choice", lambda alphabet: next(draws))
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "after")
    assert check.code == "BBBBBB"
    assert not AwarenessCheck.objects.filter(code=survey.code).exists()
    assert Survey.objects.filter(code=survey.code).count() == 1


def test_it_draws_codes_from_the_alphabet_without_misread_signs():
    assert not set("01OIL") & set(codes.CODE_ALPHABET)
    drawn = codes.code_new()
    assert len(drawn) == codes.CODE_LENGTH and set(drawn) <= set(codes.CODE_ALPHABET)
