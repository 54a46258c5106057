"""No page or export shows one person's answer, or any figure of a group under five."""

import io
import re

import pytest
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from lantoa.awareness.models import SurveyResponse
from lantoa.awareness.results import TOO_FEW
from tests.awareness.survey_helpers import answered, opened_survey
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
SECRET = "Ý kiến riêng của một người"


def _pages(survey, users):
    urls = [
        reverse("awareness:survey", args=[survey.pk]),
        reverse("awareness:surveys", args=[survey.campaign_id]),
        reverse("awareness:checks", args=[survey.campaign_id]),
    ]
    pages = [client_for(user).get(url).content.decode() for user in users for url in urls]
    pages.append(Client().get(reverse("awareness:survey_answer", args=[survey.code])).content)
    return [p if isinstance(p, str) else p.decode() for p in pages]


def _export_cells(survey, user):
    data = client_for(user).get(reverse("awareness:survey_export", args=[survey.pk])).content
    rows = list(load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    return rows, [c for row in rows for c in row if c is not None]


def test_it_shows_no_figure_and_no_open_answer_under_five(
    kl51_campaign, board_user, leader_user, commune_reporter
):
    survey = opened_survey(kl51_campaign)
    for number, value in enumerate([1, 2, 5, 5]):
        answered(survey, f"t{number}", value, SECRET)
    for page in _pages(survey, [board_user, leader_user, commune_reporter]):
        assert SECRET not in page
        # No mean ("3,25"), no share ("50,0%"), no count of one point of the scale.
        assert not re.search(r"\b\d,\d\d\b", page) and "50,0%" not in page
        assert "Mức 1" not in page or TOO_FEW in page
        for response in SurveyResponse.objects.all():
            assert response.device not in page
    rows, cells = _export_cells(survey, board_user)
    assert SECRET not in cells
    for row in rows[2:]:
        assert row[3] == TOO_FEW and all(c is None for c in row[4:])


def test_it_shows_figures_from_five_and_open_answers_only_to_the_board(
    kl51_campaign, board_user, leader_user, commune_reporter
):
    survey = opened_survey(kl51_campaign)
    for number, value in enumerate([1, 2, 5, 5, 4]):
        answered(survey, f"t{number}", value, SECRET if number == 0 else "")
    board, leader, reporter = (
        client_for(user).get(reverse("awareness:survey", args=[survey.pk])).content.decode()
        for user in (board_user, leader_user, commune_reporter)
    )
    assert "3,40" in board and "3,40" in reporter  # the mean of five answers
    assert SECRET in board and SECRET in leader and SECRET not in reporter
    for page in _pages(survey, [board_user, commune_reporter])[1:]:
        assert SECRET not in page  # the list, the checks, the answer page
    assert SECRET not in _export_cells(survey, board_user)[1]
