"""Correcting a survey: board staff edit its questions until the first answer, never after."""

import pytest
from django.urls import reverse

from lantoa.accounts.models import Role
from lantoa.audit.models import AuditEntry
from lantoa.awareness.models import SurveyItemKind
from lantoa.awareness.surveys.services import survey_update
from lantoa.core.errors import Refused
from tests.awareness.survey_helpers import answered, opened_survey
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db

FORM = {
    "title": "Khảo sát đã sửa",
    "audience": "nhan_dan",
    "target_size": 30,
    "intro": "",
    "understanding": "Bà con hiểu về chỉ dẫn địa lý ở mức nào?",
    "support": "",
    "open": "Bà con cần tuyên truyền thêm điều gì?\nÝ kiến khác?",
}


def test_it_lets_board_staff_correct_the_questions_before_any_answer(kl51_campaign, board_user):
    survey = opened_survey(kl51_campaign)
    page = reverse("awareness:survey_edit", args=[survey.pk])
    board = client_for(board_user)
    shown = board.get(page).content.decode()
    assert "Đồng chí hiểu nội dung Kết luận 51 ở mức nào?" in shown  # the form is pre-filled
    saved = board.post(page, {**FORM, "unit": survey.unit_id})
    assert saved.status_code == 302
    survey.refresh_from_db()
    assert survey.title == "Khảo sát đã sửa" and survey.target_size == 30
    assert [(i.position, i.kind) for i in survey.items.order_by("position")] == [
        (1, SurveyItemKind.UNDERSTANDING),
        (2, SurveyItemKind.OPEN),
        (3, SurveyItemKind.OPEN),
    ]
    assert AuditEntry.objects.filter(detail__op="survey_update").exists()


def test_it_refuses_to_change_a_survey_someone_has_answered(kl51_campaign, board_user):
    survey = opened_survey(kl51_campaign)
    answered(survey, "thiet-bi-1", 4)
    before = [(i.pk, i.text) for i in survey.items.all()]
    with pytest.raises(Refused, match="đã có người trả lời"):
        survey_update(
            survey=survey,
            unit=survey.unit,
            audience="nhan_dan",
            title="Đổi",
            target_size=10,
            items=[("understanding", "Câu khác?")],
            user=board_user,
        )
    page = reverse("awareness:survey_edit", args=[survey.pk])
    board = client_for(board_user)
    assert "không sửa được câu hỏi nữa" in board.get(page).content.decode()
    board.post(page, {**FORM, "unit": survey.unit_id})
    survey.refresh_from_db()
    assert survey.title != "Khảo sát đã sửa"
    assert [(i.pk, i.text) for i in survey.items.all()] == before


def test_it_keeps_the_survey_when_the_correction_is_wrong(kl51_campaign, board_user):
    survey = opened_survey(kl51_campaign)
    page = reverse("awareness:survey_edit", args=[survey.pk])
    wrong = client_for(board_user).post(
        page, {**FORM, "unit": survey.unit_id, "understanding": "", "support": ""}
    )
    assert wrong.status_code == 400  # core.forms.render_form: a refused POST is a 400
    assert "Cần ít nhất một câu hỏi theo thang 1–5." in wrong.content.decode()
    assert survey.items.count() == 3


def test_it_shows_a_leader_the_form_but_refuses_the_leaders_save(kl51_campaign, leader_user):
    survey = opened_survey(kl51_campaign)
    page = reverse("awareness:survey_edit", args=[survey.pk])
    leader = client_for(leader_user)
    assert leader.get(page).status_code == 200
    assert leader.post(page, {**FORM, "unit": survey.unit_id}).status_code == 403
    survey.refresh_from_db()
    assert survey.title == "Khảo sát nhận thức về Kết luận 51"


def test_it_hides_the_form_from_the_units_own_reporter(kl51_campaign):
    survey = opened_survey(kl51_campaign)  # a survey in the reporter's own unit (03127)
    reporter = make_user("phongvien.khaosat", "03127", Role.REPORTER)
    page = reverse("awareness:survey_edit", args=[survey.pk])
    assert client_for(reporter).get(page).status_code == 404
    assert client_for(reporter).post(page, {**FORM, "unit": survey.unit_id}).status_code == 404
