"""Refused posts of the board's opinion forms: 400, the Vietnamese message, nothing stored."""

import pytest
from django.urls import reverse

from lantoa.audit.context import audit_covered
from lantoa.opinion.models import Claim, ClaimState, Correction, Topic
from lantoa.opinion.services_claims import claim_save, topic_save
from tests.conftest import client_for
from tests.opinion.helpers import opinion_world

pytestmark = pytest.mark.django_db

CLAIM = {
    "statement": "Đăng ký nhãn hiệu phải nộp năm mươi triệu",
    "variants": "",
    "rebuttal": "Lệ phí chỉ vài triệu đồng.",
    "materials": "",
}


def _refused(response, message: str) -> str:
    page = response.content.decode()
    assert response.status_code == 400
    assert message in page
    return page


def test_it_refuses_an_unknown_label_on_its_field(board_user):
    w = opinion_world()
    url = reverse("opinion:item", args=[w.item_a.pk])
    posted = {"sentiment": "rat-tot", "topic": "", "toxicity": ""}
    page = _refused(client_for(board_user).post(url, posted), "Hãy chọn một lựa chọn hợp lệ.")
    assert 'class="field has-error"' in page
    assert not Correction.objects.exists()


def test_it_refuses_a_claim_of_two_words_on_its_statement(board_user):
    url = reverse("opinion:claims")
    posted = {**CLAIM, "statement": "Nhãn hiệu"}
    page = _refused(client_for(board_user).post(url, posted), "cần ít nhất 3 từ để đối chiếu")
    assert 'class="field has-error"' in page
    assert not Claim.objects.exists()


def test_it_refuses_a_claim_edit_of_two_words_and_keeps_the_claim(board_user):
    with audit_covered("test set-up"):
        claim = claim_save(claim=None, user=board_user, **CLAIM)
    url = reverse("opinion:claim", args=[claim.pk])
    posted = {**CLAIM, "action": "save", "statement": "Nhãn hiệu"}
    _refused(client_for(board_user).post(url, posted), "cần ít nhất 3 từ để đối chiếu")
    claim.refresh_from_db()
    assert claim.statement == CLAIM["statement"]


def test_it_refuses_the_writer_approving_their_own_rebuttal(board_user):
    with audit_covered("test set-up"):
        claim = claim_save(claim=None, user=board_user, **CLAIM)
    url = reverse("opinion:claim", args=[claim.pk])
    _refused(client_for(board_user).post(url, {"action": "approve"}), "không được tự phê duyệt")
    claim.refresh_from_db()
    assert claim.state == ClaimState.DRAFT


def test_it_offers_the_writer_no_approval_of_their_own_rebuttal(board_user, leader_user):
    # The service refuses it; the claim's page still showed its writer the button.
    with audit_covered("test set-up"):
        claim = claim_save(claim=None, user=board_user, **CLAIM)
    url = reverse("opinion:claim", args=[claim.pk])
    writer = client_for(board_user).get(url).content.decode()
    assert 'value="approve"' not in writer and "người khác duyệt" in writer
    assert 'value="approve"' in client_for(leader_user).get(url).content.decode()


def test_it_refuses_a_second_topic_of_the_same_name(board_user):
    with audit_covered("test set-up"):
        topic_save(topic=None, name="Phí đăng ký", keywords=[], active=True)
    topics = Topic.objects.count()
    url = reverse("opinion:topics")
    posted = {"name": "Phí đăng ký", "keywords": "", "active": "on"}
    page = _refused(client_for(board_user).post(url, posted), "Đã có chủ đề trùng tên.")
    assert 'class="field has-error"' in page
    assert Topic.objects.count() == topics


@pytest.mark.parametrize("posted", [{"action": "xoa"}, {}])
def test_it_refuses_an_unknown_action_on_the_claim_page_and_changes_nothing(board_user, posted):
    with audit_covered("test set-up"):
        claim = claim_save(claim=None, user=board_user, **CLAIM)
    url = reverse("opinion:claim", args=[claim.pk])
    posted = {**CLAIM, "statement": "Một câu khác hẳn về nhãn hiệu", **posted}
    page = _refused(client_for(board_user).post(url, posted), "Thao tác không hợp lệ.")
    assert CLAIM["statement"] in page
    claim.refresh_from_db()
    assert claim.statement == CLAIM["statement"] and claim.state == ClaimState.DRAFT


@pytest.mark.parametrize("topic_id", ["999999", "abc"])
def test_it_refuses_an_edit_of_a_topic_that_does_not_exist_and_adds_none(board_user, topic_id):
    topics = Topic.objects.count()
    posted = {"topic_id": topic_id, "name": "Chủ đề mới", "keywords": "", "active": "on"}
    response = client_for(board_user).post(reverse("opinion:topics"), posted)
    assert response.status_code == 404
    assert Topic.objects.count() == topics
