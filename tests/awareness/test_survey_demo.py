"""The demo survey: one closed survey of KL 51 with anonymous answers, loaded once."""

import pytest

from lantoa.awareness.models import Survey, SurveyResponse, SurveyState
from lantoa.awareness.surveys.demo import ANSWERS, survey_load_demo
from lantoa.awareness.surveys.selectors import results_of

pytestmark = pytest.mark.django_db


def test_it_loads_one_answered_survey_once(kl51_campaign):
    survey_load_demo(kl51_campaign)
    assert survey_load_demo(kl51_campaign) == "Phiếu khảo sát: đã nạp."
    survey = Survey.objects.get()
    assert survey.state == SurveyState.CLOSED and survey.title.startswith("[Minh họa]")
    assert SurveyResponse.objects.count() == ANSWERS
    results = results_of(survey=survey, with_open=True)
    assert all(r.figures.shown and r.figures.mean > 3 for r in results.items)
    assert results.open_answers and any(results.open_answers.values())
