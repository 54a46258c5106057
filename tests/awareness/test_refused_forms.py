"""Refused posts of the board's awareness forms: 400, the Vietnamese message, nothing stored."""

import pytest
from django.urls import reverse

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.awareness.models import (
    AwarenessCheck,
    Contest,
    ContestRound,
    PaperTally,
    Question,
    Survey,
)
from tests.awareness.contest_helpers import open_round
from tests.awareness.helpers import approved_bank, opened, session
from tests.awareness.survey_helpers import opened_survey
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

QUESTION = {
    "action": "create",
    "kind": "single",
    "text": "Kết luận 51 bàn về nội dung gì?",
    "options": "Sở hữu trí tuệ\nSở hữu trí tuệ",
    "correct": "1",
    "accepted": "",
    "tag": "quan_diem",
    "difficulty": "2",
}


def _refused(response, message: str) -> None:
    assert response.status_code == 400
    assert message in response.content.decode()


def _changes() -> int:
    return AuditEntry.objects.filter(action=AuditAction.CHANGE).count()


def test_it_refuses_a_new_question_with_twice_the_same_option(kl51_campaign, board_user):
    entries = _changes()
    url = reverse("awareness:bank", args=[kl51_campaign.pk])
    _refused(client_for(board_user).post(url, QUESTION), "Hai phương án trùng nhau.")
    assert not Question.objects.exists() and _changes() == entries


def test_it_refuses_an_edit_that_changes_nothing(kl51_campaign, board_user):
    question = approved_bank(kl51_campaign, 1)[0]
    entries = _changes()
    unchanged = {
        **QUESTION,
        "action": "save",
        "text": question.text,
        "options": "\n".join(question.options),
    }
    url = reverse("awareness:question", args=[question.pk])
    _refused(client_for(board_user).post(url, unchanged), "Nội dung câu hỏi không thay đổi.")
    assert list(Question.objects.values_list("pk", flat=True)) == [question.pk]
    assert _changes() == entries


def test_it_refuses_a_new_survey_of_too_small_a_sample(kl51_campaign, board_user):
    url = reverse("awareness:surveys", args=[kl51_campaign.pk])
    posted = {
        "title": "Khảo sát",
        "audience": "nhan_dan",
        "unit": kl51_campaign.owner.pk,
        "target_size": 3,
        "understanding": "Bà con hiểu về chỉ dẫn địa lý?",
        "open": "",
    }
    _refused(client_for(board_user).post(url, posted), "Cỡ mẫu dự kiến từ 5")
    assert not Survey.objects.exists()


def test_it_refuses_a_survey_correction_without_a_scale_question(kl51_campaign, board_user):
    survey = opened_survey(kl51_campaign)
    url = reverse("awareness:survey_edit", args=[survey.pk])
    posted = {
        "title": "Đổi tên",
        "audience": "nhan_dan",
        "unit": survey.unit_id,
        "target_size": 30,
        "understanding": "",
        "support": "",
        "open": "Ý kiến khác?",
    }
    _refused(client_for(board_user).post(url, posted), "Cần ít nhất một câu hỏi theo thang 1–5.")
    survey.refresh_from_db()
    assert survey.title == "Khảo sát nhận thức về Kết luận 51" and survey.items.count() == 3


def test_it_refuses_a_new_contest_without_a_title(kl51_campaign, board_user):
    url = reverse("awareness:contests", args=[kl51_campaign.pk])
    posted = {"title": "", "consent": "Chỉ để trao giải.", "retention_days": 90, "winners": 3}
    _refused(client_for(board_user).post(url, posted), "Trường này là bắt buộc.")
    assert not Contest.objects.exists()


def test_it_refuses_a_round_that_draws_more_questions_than_the_bank_has(kl51_campaign, board_user):
    contest_round = open_round(kl51_campaign)
    approved = Question.objects.filter(campaign=kl51_campaign).count()
    posted = {
        "action": "round",
        "opens_at": "01/12/2026 08:00",
        "closes_at": "31/12/2099 17:00",
        "draw": approved + 1,
        "tie_break": "Dự đoán số lượt dự thi?",
    }
    url = reverse("awareness:contest", args=[contest_round.contest_id])
    message = f"Ngân hàng chỉ có {approved} câu hỏi trắc nghiệm đã duyệt."
    _refused(client_for(board_user).post(url, posted), message)
    assert list(ContestRound.objects.values_list("pk", flat=True)) == [contest_round.pk]


def test_it_refuses_a_check_of_too_few_questions(kl51_campaign, commune_reporter):
    bank = approved_bank(kl51_campaign, 6)
    activity = session(kl51_campaign)
    url = reverse("awareness:activity", args=[activity.pk])
    posted = {"action": "open", "phase": "before", "questions": [bank[0].pk], "minutes": 30}
    _refused(client_for(commune_reporter).post(url, posted), "Chọn từ 5 đến")
    assert not AwarenessCheck.objects.exists()


def _tally_post(check: AwarenessCheck, first: tuple[str, str]) -> dict[str, object]:
    """Return the tally form of the check posted: the first question's counts, the rest 0."""
    questions = list(check.questions.order_by("pk"))
    posted: dict[str, object] = {"action": "tally", "check": check.pk}
    for q in questions:
        posted[f"a{q.pk}"], posted[f"c{q.pk}"] = first if q == questions[0] else ("0", "0")
    return posted


@pytest.mark.parametrize(
    ("first", "message"),
    [
        (("12", "17"), "Số trả lời đúng không được lớn hơn số người trả lời."),
        (("mười hai", "7"), "Số người phải là số nguyên không âm."),
    ],
)
def test_it_refuses_a_paper_tally_on_its_form_with_the_values_kept(
    kl51_campaign, commune_reporter, first, message
):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "before")
    entries = _changes()
    url = reverse("awareness:activity", args=[check.activity_id])
    response = client_for(commune_reporter).post(url, _tally_post(check, first))
    _refused(response, message)
    page = response.content.decode()
    assert "<details open>" in page
    assert f'value="{first[0]}"' in page and f'value="{first[1]}"' in page
    assert not PaperTally.objects.exists() and _changes() == entries
