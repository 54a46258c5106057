"""Question versions: an approved question edited becomes a new draft; checks keep their version."""

import pytest
from django.urls import reverse

from lantoa.audit.context import audit_covered
from lantoa.awareness.bank.selectors import bank_entries
from lantoa.awareness.models import Question, QuestionStatus
from lantoa.awareness.services import check_open, question_approve, question_edit
from lantoa.core.errors import Refused
from tests.awareness.helpers import answer, approved_bank, opened, session
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _edit(question, user=None, **changes):
    content = {
        "kind": question.kind,
        "text": question.text,
        "options": list(question.options),
        "correct": list(question.correct),
        "tag": question.tag,
        "difficulty": question.difficulty,
        "accepted": list(question.accepted),
    }
    with audit_covered("test"):
        return question_edit(question=question, user=user, **(content | changes))


def test_it_makes_a_new_draft_version_of_an_approved_question_and_keeps_the_old_in_use(
    kl51_campaign,
):
    bank = approved_bank(kl51_campaign, 5)
    version = _edit(bank[0], text="Câu hỏi số 0, viết lại?")
    assert version.pk != bank[0].pk and version.version == 2 and version.previous == bank[0]
    assert version.status == QuestionStatus.DRAFT
    bank[0].refresh_from_db()
    assert bank[0].status == QuestionStatus.APPROVED and bank[0].text == "Câu hỏi số 0?"
    with pytest.raises(Refused, match="phiên bản 2 chờ duyệt"):
        _edit(bank[0], text="Lần sửa thứ ba?")


def test_it_corrects_a_draft_in_place_and_refuses_an_unchanged_edit(kl51_campaign):
    bank = approved_bank(kl51_campaign, 5)
    draft = _edit(bank[1], difficulty=3)
    again = _edit(draft, difficulty=1)
    assert again.pk == draft.pk and again.difficulty == 1 and again.version == 2
    with pytest.raises(Refused, match="không thay đổi"):
        _edit(again)


def test_it_keeps_a_checks_questions_and_results_when_a_newer_version_is_approved(kl51_campaign):
    bank = approved_bank(kl51_campaign, 5)
    activity = session(kl51_campaign)
    check = opened(activity, bank, "before")
    for i in range(5):
        answer(check, f"d{i}", right=5)
    version = _edit(bank[0], options=["Đúng ý", "Sai ý", "Không rõ", "Ý khác"])
    with audit_covered("test"):
        question_approve(question=version, user=None)
    bank[0].refresh_from_db()
    assert bank[0].status == QuestionStatus.SUPERSEDED
    assert set(check.questions.values_list("pk", flat=True)) == {q.pk for q in bank}
    assert check.responses.filter(score=5).count() == 5  # the sheets still read as they were
    with pytest.raises(Refused, match="đã có phiên bản mới hơn"):
        _edit(bank[0], text="Sửa bản cũ?")
    with audit_covered("test"), pytest.raises(Refused) as refused:
        check_open(
            activity=activity,
            phase="after",
            questions=bank,
            closes_at=check.closes_at,
            user=None,
        )
    assert "đã duyệt" in refused.value.fields["questions"]
    after = opened(activity, [version, *bank[1:]], "after")
    assert version in after.questions.all()


def test_it_refuses_an_edit_by_someone_who_is_not_board_staff(kl51_campaign, leader_user):
    bank = approved_bank(kl51_campaign, 5)
    with pytest.raises(Refused, match="Chỉ chuyên viên"):
        _edit(bank[0], user=leader_user, text="Khác?")


def test_it_shows_each_question_once_with_its_history_and_its_pending_version(
    kl51_campaign, board_user, leader_user
):
    bank = approved_bank(kl51_campaign, 5)
    first = _edit(bank[0], text="Phiên bản hai?")
    with audit_covered("test"):
        question_approve(question=first, user=None)
    pending = _edit(first, text="Phiên bản ba?")
    entries = bank_entries(user=board_user, campaign=kl51_campaign)
    assert [e.question.pk for e in entries] == [q.pk for q in bank[1:]] + [first.pk]
    assert entries[-1].history == [bank[0]] and entries[-1].pending == pending
    page = client_for(leader_user).get(reverse("awareness:bank", args=[kl51_campaign.pk]))
    body = page.content.decode()
    assert "Lịch sử (1 phiên bản trước)" in body and "Câu hỏi số 0?" in body
    assert "Phiên bản 3 chờ duyệt" in body and "Duyệt phiên bản 3" in body


def test_it_edits_and_approves_on_the_question_page(kl51_campaign, board_user, leader_user):
    bank = approved_bank(kl51_campaign, 5)
    url = reverse("awareness:question", args=[bank[0].pk])
    page = client_for(board_user).get(url).content.decode()
    assert "Sửa (tạo phiên bản mới, chờ duyệt lại)" in page and "Câu hỏi số 0?" in page
    posted = client_for(board_user).post(
        url,
        {
            "action": "edit",
            "kind": "single",
            "text": "Câu hỏi số 0, rõ hơn?",
            "options": "Đúng ý\nSai ý",
            "correct": "1",
            "tag": "quan_diem",
            "difficulty": "2",
        },
        follow=True,
    )
    assert "Đã tạo phiên bản 2" in posted.content.decode()
    version = Question.objects.get(version=2)
    assert client_for(leader_user).get(url).status_code == 200
    client_for(leader_user).post(
        reverse("awareness:question", args=[version.pk]), {"action": "approve"}
    )
    version.refresh_from_db()
    assert version.status == QuestionStatus.APPROVED
    assert Question.objects.get(pk=bank[0].pk).status == QuestionStatus.SUPERSEDED


def test_it_hides_the_question_page_from_a_units_reporter(kl51_campaign, commune_reporter):
    bank = approved_bank(kl51_campaign, 5)
    url = reverse("awareness:question", args=[bank[0].pk])
    assert client_for(commune_reporter).get(url).status_code == 404


def test_it_leaves_a_questions_approval_to_someone_other_than_its_drafter(
    kl51_campaign, board_user, leader_user
):
    # Staff who are also a leader of the board drafted a question and approved it themselves;
    # every other approval (materials, reports, công văn) is a second person's reading.
    from lantoa.accounts.models import Membership, Role
    from lantoa.organization.models import Unit

    Membership.objects.create(
        user=board_user, unit=Unit.objects.get(code="BTGDVTU"), role=Role.LEADER
    )
    bank = approved_bank(kl51_campaign, 5)
    draft = _edit(bank[0], user=board_user, text="Câu hỏi số 0, viết lại?")
    with pytest.raises(Refused, match="không được tự phê duyệt"):
        question_approve(question=draft, user=board_user)
    # Its page offers the drafter no «Duyệt» that would only be refused; another leader's does.
    page = reverse("awareness:question", args=[draft.pk])
    assert 'value="approve"' not in client_for(board_user).get(page).content.decode()
    assert 'value="approve"' in client_for(leader_user).get(page).content.decode()
    draft.refresh_from_db()
    assert draft.status == QuestionStatus.DRAFT
    question_approve(question=draft, user=leader_user)
    draft.refresh_from_db()
    assert draft.status == QuestionStatus.APPROVED


def test_it_offers_the_drafter_no_approval_on_the_bank_list(kl51_campaign, board_user, leader_user):
    # The question's page was fixed; the bank's list still offered its drafter «Duyệt» on a new
    # draft and «Duyệt phiên bản 2», which the service then refused.
    from lantoa.accounts.models import Membership, Role
    from lantoa.awareness.services import question_create
    from lantoa.organization.models import Unit

    Membership.objects.create(
        user=board_user, unit=Unit.objects.get(code="BTGDVTU"), role=Role.LEADER
    )
    bank = approved_bank(kl51_campaign, 2)
    version = _edit(bank[0], user=board_user, text="Câu hỏi số 0, viết lại?")
    with audit_covered("test"):
        new = question_create(
            campaign=kl51_campaign,
            user=board_user,
            kind="single",
            text="Câu hỏi mới?",
            options=["Đúng", "Sai"],
            correct=[0],
            tag="quan_diem",
            difficulty=1,
        )
    page = reverse("awareness:bank", args=[kl51_campaign.pk])
    offered = [f'name="question" value="{version.pk}"', f'name="question" value="{new.pk}"']
    drafter = client_for(board_user).get(page).content.decode()
    assert not [offer for offer in offered if offer in drafter]
    other = client_for(leader_user).get(page).content.decode()
    assert all(offer in other for offer in offered)
