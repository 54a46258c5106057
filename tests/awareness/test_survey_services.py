"""Survey writes: the board creates, opens and closes; one anonymous answer per device."""

import pytest

from lantoa.audit.models import AuditEntry
from lantoa.awareness.models import SurveyAnswer, SurveyResponse, SurveyState
from lantoa.awareness.surveys.services import (
    survey_answer,
    survey_close,
    survey_create,
    survey_open,
)
from lantoa.core.errors import Refused
from lantoa.organization.models import Unit
from tests.awareness.survey_helpers import answered, opened_survey

pytestmark = pytest.mark.django_db


def _create(campaign, user, **changes):
    data = {
        "campaign": campaign,
        "unit": Unit.objects.get(code="03127"),
        "audience": "nhan_dan",
        "title": "Khảo sát Nhân dân phường",
        "target_size": 100,
        "items": [("understanding", "Hiểu về chỉ dẫn địa lý?"), ("open", "Góp ý?")],
        "user": user,
    }
    return survey_create(**(data | changes))


def test_it_creates_a_survey_with_its_items_in_order_and_audits_it(kl51_campaign, board_user):
    survey = _create(kl51_campaign, board_user)
    assert survey.state == SurveyState.DRAFT and len(survey.code) == 6
    assert [i.kind for i in survey.items.all()] == ["understanding", "open"]
    entry = AuditEntry.objects.filter(detail__op="survey_create").get()
    assert entry.target == f"awareness.survey:{survey.pk}"


def test_it_refuses_a_survey_from_a_unit_or_without_a_scale_item(
    kl51_campaign, board_user, commune_reporter
):
    with pytest.raises(Refused, match="Chỉ chuyên viên"):
        _create(kl51_campaign, commune_reporter)
    with pytest.raises(Refused) as refused:
        _create(
            kl51_campaign,
            board_user,
            title=" ",
            audience="ai_do",
            target_size=3,
            items=[("open", "Góp ý?")],
        )
    assert set(refused.value.fields) == {"title", "audience", "target_size", "items"}


def test_it_refuses_an_area_that_does_not_take_part_in_the_campaign(kl51_campaign, board_user):
    from lantoa.campaigns.models import Assignment

    outside = Unit.objects.exclude(
        pk__in=Assignment.objects.filter(task__campaign=kl51_campaign).values("unit")
    ).exclude(pk=kl51_campaign.owner_id)
    with pytest.raises(Refused) as refused:
        _create(kl51_campaign, board_user, unit=outside.first())
    assert "unit" in refused.value.fields


def test_it_takes_answers_only_while_open_and_once_per_device(kl51_campaign, board_user):
    survey = _create(kl51_campaign, board_user)
    likert, free = survey.items.all()
    with pytest.raises(Refused, match="không nhận trả lời"):
        survey_answer(survey=survey, token="t1", values={likert.pk: 4}, texts={})
    survey_open(survey=survey, user=board_user)
    survey_answer(survey=survey, token="t1", values={likert.pk: 4}, texts={free.pk: ""})
    with pytest.raises(Refused, match="đã trả lời"):
        survey_answer(survey=survey, token="t1", values={likert.pk: 2}, texts={})
    survey_close(survey=survey, user=board_user)
    with pytest.raises(Refused):
        survey_answer(survey=survey, token="t2", values={likert.pk: 4}, texts={})
    assert SurveyResponse.objects.count() == 1
    # An empty open answer is not stored; the device is kept only as a keyed hash.
    assert SurveyAnswer.objects.count() == 1
    assert "t1" not in SurveyResponse.objects.get().device


def test_it_refuses_a_missing_or_off_scale_value_and_a_missing_token(kl51_campaign):
    survey = opened_survey(kl51_campaign)
    items = list(survey.items.all())
    with pytest.raises(Refused) as refused:
        survey_answer(survey=survey, token="t", values={items[0].pk: 6}, texts={})
    assert set(refused.value.fields) == {f"i{items[0].pk}", f"i{items[1].pk}"}
    with pytest.raises(Refused, match="tải lại trang"):
        survey_answer(survey=survey, token="", values={i.pk: 3 for i in items[:2]}, texts={})
    assert SurveyResponse.objects.count() == 0


def test_it_masks_phone_and_id_numbers_in_open_answers_before_storing_them(kl51_campaign):
    survey = opened_survey(kl51_campaign)
    answered(survey, "t1", 4, "Cần thêm tài liệu, liên hệ tôi 0912 345 678 hoặc CCCD 001203004005")
    stored = SurveyAnswer.objects.exclude(text="").get().text
    assert "0912" not in stored and "001203004005" not in stored
    assert "<PHONE>" in stored and "<ID>" in stored


def test_it_leaves_no_audit_entry_for_an_anonymous_answer(kl51_campaign):
    survey = opened_survey(kl51_campaign)
    before = AuditEntry.objects.count()
    answered(survey, "t1", 5)
    assert AuditEntry.objects.count() == before


def test_it_opens_closes_and_reopens_for_board_staff_only(kl51_campaign, board_user, leader_user):
    survey = _create(kl51_campaign, board_user)
    with pytest.raises(Refused):
        survey_open(survey=survey, user=leader_user)
    survey = survey_open(survey=survey, user=board_user)
    with pytest.raises(Refused, match="đang mở"):
        survey_open(survey=survey, user=board_user)
    survey = survey_close(survey=survey, user=board_user)
    assert survey.state == SurveyState.CLOSED and survey.closed_at is not None
    assert survey_open(survey=survey, user=board_user).state == SurveyState.OPEN
