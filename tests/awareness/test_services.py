"""Writes of awareness checks: the bank, approval, opening, anonymous answers, paper totals."""

import datetime

import pytest
from django.utils import timezone

from lantoa.audit.models import AuditEntry
from lantoa.awareness.models import QuestionStatus, Response
from lantoa.awareness.services import (
    check_answer,
    check_open,
    check_tally_enter,
    check_tally_upload,
    question_approve,
    question_create,
)
from lantoa.core.errors import Refused
from tests.awareness.helpers import answer, approved_bank, opened, session

pytestmark = pytest.mark.django_db


def test_it_keeps_a_new_question_as_a_draft_until_a_board_leader_approves(
    kl51_campaign, board_user, leader_user, commune_reporter
):
    q = question_create(
        campaign=kl51_campaign,
        kind="true_false",
        text="Chỉ dẫn địa lý là một đối tượng sở hữu công nghiệp.",
        options=[],
        correct=[0],
        tag="muc_tieu",
        difficulty=1,
        user=board_user,
    )
    assert q.status == QuestionStatus.DRAFT and q.options == ["Đúng", "Sai"]
    with pytest.raises(Refused):
        question_approve(question=q, user=board_user)
    assert question_approve(question=q, user=leader_user).status == QuestionStatus.APPROVED
    assert (
        AuditEntry.objects.filter(detail__op__in=["question_create", "question_approve"]).count()
        == 2
    )
    with pytest.raises(Refused):
        question_create(
            campaign=kl51_campaign,
            kind="single",
            text="x",
            options=["a", "b"],
            correct=[0],
            tag="muc_tieu",
            difficulty=1,
            user=commune_reporter,
        )


def test_it_refuses_a_question_without_a_right_option_in_vietnamese(kl51_campaign):
    with pytest.raises(Refused) as caught:
        question_create(
            campaign=kl51_campaign,
            kind="single",
            text="Câu?",
            options=["a", "b"],
            correct=[],
            tag="nhiem_vu",
            difficulty=2,
            user=None,
        )
    assert caught.value.fields == {"correct": "Chưa chọn phương án đúng."}


def test_it_opens_a_check_only_with_approved_questions_of_the_campaign(
    kl51_campaign, commune_reporter, other_reporter
):
    bank = approved_bank(kl51_campaign)
    activity = session(kl51_campaign)
    later = timezone.now() + datetime.timedelta(hours=1)
    check = check_open(
        activity=activity,
        phase="before",
        questions=bank[:5],
        closes_at=later,
        user=commune_reporter,
    )
    assert len(check.code) == 6 and check.questions.count() == 5
    with pytest.raises(Refused):
        check_open(
            activity=activity,
            phase="before",
            questions=bank[:5],
            closes_at=later,
            user=other_reporter,
        )
    with pytest.raises(Refused) as caught:
        check_open(activity=activity, phase="after", questions=bank[:4], closes_at=later, user=None)
    assert "questions" in caught.value.fields


def test_it_takes_one_answer_per_device_and_none_after_closing(kl51_campaign):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "after")
    answer(check, "thiet-bi-1", right=4)
    with pytest.raises(Refused, match="đã trả lời"):
        answer(check, "thiet-bi-1", right=5)
    late = check.closes_at + datetime.timedelta(seconds=1)
    with pytest.raises(Refused, match="đã đóng"):
        check_answer(check=check, token="thiet-bi-2", answers={}, now=late)
    stored = Response.objects.get()
    assert stored.score == 4 and "thiet-bi-1" not in stored.device


def test_it_refuses_paper_totals_with_more_right_than_answering(kl51_campaign, commune_reporter):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "before")
    q = check.questions.first()
    with pytest.raises(Refused):
        check_tally_enter(check=check, totals={q.pk: (10, 11)}, user=commune_reporter)
    tallies = check_tally_enter(check=check, totals={q.pk: (10, 7)}, user=commune_reporter)
    assert [(t.answered, t.correct) for t in tallies] == [(10, 7)]


def test_it_refuses_paper_totals_from_someone_who_does_not_record_for_the_unit(
    kl51_campaign, leader_user
):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "before")
    q = check.questions.first()
    with pytest.raises(Refused, match="không được nhập kết quả cho đơn vị này"):
        check_tally_enter(check=check, totals={q.pk: (10, 7)}, user=leader_user)
    with pytest.raises(Refused, match="không được nhập kết quả cho đơn vị này"):
        check_tally_upload(check=check, rows=[], cell_errors={}, user=leader_user)
    assert not check.tallies.exists()
