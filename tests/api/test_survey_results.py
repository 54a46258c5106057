"""GET /api/v1/surveys/{id}/results: a survey's aggregates for a token that reads its unit."""

import pytest

from lantoa.audit.models import AuditAction, AuditEntry
from tests.api.test_api import api, token_for
from tests.awareness.survey_helpers import answered, opened_survey
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def _answered_survey(campaign: object, unit_code: str = "03127", people: int = 5) -> object:
    survey = opened_survey(campaign, unit_code=unit_code)
    for n in range(people):
        answered(survey, f"may-{n}", 5 if n % 2 else 4, f"Ý kiến {n} gọi 0912345678")
    return survey


def test_it_gives_the_units_reporter_the_figures_without_open_answers(
    kl51_campaign, commune_reporter
):
    survey = _answered_survey(kl51_campaign)
    response = api(token_for(commune_reporter)).get(f"/api/v1/surveys/{survey.pk}/results")
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["responses"], body["target"], body["shown"]) == (5, 20, True)
    assert body["items"][0]["counts"] == [0, 0, 0, 3, 2]
    assert body["items"][0]["agree_share"] == 1.0
    assert body["open_answers"] is None


def test_it_gives_the_board_the_open_answers_masked(kl51_campaign, board_user):
    survey = _answered_survey(kl51_campaign)
    body = api(token_for(board_user)).get(f"/api/v1/surveys/{survey.pk}/results").json()
    texts = body["open_answers"][0]["answers"]
    assert len(texts) == 5 and not any("0912345678" in t for t in texts)


def test_it_shows_no_figure_under_five(kl51_campaign, board_user):
    survey = _answered_survey(kl51_campaign, people=4)
    body = api(token_for(board_user)).get(f"/api/v1/surveys/{survey.pk}/results").json()
    assert body["responses"] == 4 and not body["shown"] and body["open_answers"] is None
    assert all(item["counts"] is None and item["agree"] is None for item in body["items"])


def test_it_answers_404_for_another_units_survey_and_audits_it(kl51_campaign, commune_reporter):
    foreign = _answered_survey(kl51_campaign, unit_code="03160")
    url = f"/api/v1/surveys/{foreign.pk}/results"
    response = api(token_for(commune_reporter)).get(url)
    assert response.status_code == 404 and "Ý kiến" not in response.content.decode()
    assert AuditEntry.objects.filter(
        action=AuditAction.ACCESS_DENIED, user=commune_reporter, target=url
    ).exists()


def test_it_answers_404_to_a_collaborator_of_the_surveys_own_unit(kl51_campaign):
    survey = _answered_survey(kl51_campaign)
    collaborator = make_user("ctv.survey", "03127", "collaborator")
    response = api(token_for(collaborator)).get(f"/api/v1/surveys/{survey.pk}/results")
    assert response.status_code == 404
