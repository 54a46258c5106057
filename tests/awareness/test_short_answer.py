"""Short-answer questions: a list of accepted answers, compared on folded text."""

import pytest
from django.urls import reverse

from lantoa.audit.context import audit_covered
from lantoa.awareness.models import QuestionKind, ResponseItem
from lantoa.awareness.scoring import answer_is_right
from lantoa.awareness.services import check_answer, question_approve, question_create
from lantoa.core.errors import Refused
from tests.awareness.helpers import approved_bank, opened, session

pytestmark = pytest.mark.django_db


def _short(campaign, accepted=("Chỉ dẫn địa lý", "CDĐL")):
    with audit_covered("test"):
        return question_approve(
            question=question_create(
                campaign=campaign,
                kind="short",
                text="Gạo Điện Biên được bảo hộ bằng hình thức nào?",
                options=[],
                correct=[],
                accepted=list(accepted),
                tag="nhiem_vu",
                difficulty=2,
                user=None,
            ),
            user=None,
        )


def test_it_accepts_an_answer_whatever_its_case_diacritics_and_spacing(kl51_campaign):
    question = _short(kl51_campaign)
    assert question.kind == QuestionKind.SHORT and question.options == []
    for typed in ("chi dan dia ly", "  CHỈ   DẪN ĐỊA LÝ ", "cddl", "Chỉ dẫn địa lý"):
        assert answer_is_right(question, typed), typed
    for typed in ("", "nhãn hiệu", "chỉ dẫn", [0]):
        assert not answer_is_right(question, typed), typed


def test_it_refuses_a_short_question_without_accepted_answers_or_with_options(kl51_campaign):
    with audit_covered("test"), pytest.raises(Refused) as refused:
        question_create(
            campaign=kl51_campaign,
            kind="short",
            text="Câu hỏi?",
            options=["A", "B"],
            correct=[0],
            accepted=[],
            tag="nhiem_vu",
            difficulty=2,
            user=None,
        )
    assert set(refused.value.fields) == {"options", "correct", "accepted"}
    with audit_covered("test"), pytest.raises(Refused) as refused:
        question_create(
            campaign=kl51_campaign,
            kind="single",
            text="Câu hỏi?",
            options=["A", "B"],
            correct=[0],
            accepted=["A"],
            tag="nhiem_vu",
            difficulty=2,
            user=None,
        )
    assert "Chỉ câu trả lời ngắn" in refused.value.fields["accepted"]


def test_it_keeps_one_spelling_of_answers_that_fold_alike(kl51_campaign):
    question = _short(kl51_campaign, accepted=("OCOP", "ocop", "Ô-cốp"))
    assert question.accepted == ["OCOP", "Ô-cốp"]


def test_it_scores_a_typed_answer_on_the_public_page_and_keeps_no_text(kl51_campaign, client):
    bank = [*approved_bank(kl51_campaign, 4), _short(kl51_campaign)]
    check = opened(session(kl51_campaign), bank, "after")
    url = reverse("awareness:answer", args=[check.code])
    page = client.get(url).content.decode()
    assert f'name="q{bank[-1].pk}"' in page and 'type="text"' in page
    data = {f"q{q.pk}": "0" for q in bank[:4]} | {f"q{bank[-1].pk}": "chi dan dia ly"}
    done = client.post(url, data)
    assert "Đã ghi nhận" in done.content.decode()
    item = ResponseItem.objects.get(question=bank[-1])
    assert item.correct is True
    assert check.responses.get().score == 5


def test_it_asks_again_for_an_empty_short_answer(kl51_campaign):
    bank = [*approved_bank(kl51_campaign, 4), _short(kl51_campaign)]
    check = opened(session(kl51_campaign), bank, "after")
    answers = {q.pk: [0] for q in bank[:4]} | {bank[-1].pk: "   "}
    with pytest.raises(Refused) as refused:
        check_answer(check=check, token="t1", answers=answers)
    assert list(refused.value.fields) == [f"q{bank[-1].pk}"]
