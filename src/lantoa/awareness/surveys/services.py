"""Writes of surveys: the board creates, opens and closes; anyone with the code answers once."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence
from typing import Any, NotRequired, TypedDict, Unpack

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from lantoa.accounts.selectors import AnyUser
from lantoa.audit.services import audit_change
from lantoa.awareness.codes import code_new
from lantoa.awareness.models import (
    AwarenessCheck,
    Survey,
    SurveyAnswer,
    SurveyItem,
    SurveyItemKind,
    SurveyResponse,
    SurveyState,
)
from lantoa.awareness.results import MIN_GROUP
from lantoa.awareness.writers import board_staff_only
from lantoa.campaigns.models import Assignment, Audience, Campaign
from lantoa.core.errors import Refused
from lantoa.core.masking import mask_text
from lantoa.organization.models import Unit

MAX_ITEMS = 30
MAX_TARGET = 1_000_000
OPEN_TEXT_LIMIT = 2000


def _takes_part(campaign: Campaign, unit: Unit) -> bool:
    return (
        unit.pk == campaign.owner_id
        or Assignment.objects.filter(task__campaign=campaign, unit=unit).exists()
    )


class SurveyFields(TypedDict):
    """What board staff write of a survey, when they create it and when they correct it."""

    unit: Unit
    audience: str
    title: str
    target_size: int
    items: Sequence[tuple[str, str]]
    intro: NotRequired[str]


def _survey_checked(
    campaign: Campaign, fields: SurveyFields
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Return the survey's fields as stored and its non-empty items, or refuse per field."""
    unit, audience, title = fields["unit"], fields["audience"], fields["title"]
    target_size, items = fields["target_size"], fields["items"]
    errors: dict[str, str] = {}
    if not title.strip():
        errors["title"] = "Chưa nhập tiêu đề khảo sát."
    if audience not in Audience.values:
        errors["audience"] = "Chưa chọn nhóm đối tượng."
    if not _takes_part(campaign, unit):
        errors["unit"] = "Đơn vị không tham gia đợt tuyên truyền này."
    if not MIN_GROUP <= target_size <= MAX_TARGET:
        errors["target_size"] = f"Cỡ mẫu dự kiến từ {MIN_GROUP} đến {MAX_TARGET:,}.".replace(
            ",", "."
        )
    cleaned = [(kind, text.strip()) for kind, text in items if text.strip()]
    if any(kind not in SurveyItemKind.values for kind, _ in cleaned):
        errors["items"] = "Loại câu hỏi không hợp lệ."
    elif not any(kind != SurveyItemKind.OPEN for kind, _ in cleaned):
        errors["items"] = "Cần ít nhất một câu hỏi theo thang 1–5."
    elif len(cleaned) > MAX_ITEMS:
        errors["items"] = f"Tối đa {MAX_ITEMS} câu hỏi."
    if errors:
        raise Refused(errors)
    stored = {"unit": unit, "audience": audience, "target_size": target_size}
    return stored | {"title": title.strip(), "intro": fields.get("intro", "").strip()}, cleaned


def _items_store(survey: Survey, cleaned: Sequence[tuple[str, str]]) -> None:
    SurveyItem.objects.bulk_create(
        SurveyItem(survey=survey, position=number, kind=kind, text=text)
        for number, (kind, text) in enumerate(cleaned, start=1)
    )


@transaction.atomic
def survey_create(
    *, campaign: Campaign, user: AnyUser | None, **fields: Unpack[SurveyFields]
) -> Survey:
    """Create a survey (not yet open) of an audience group in a unit's area, with its items."""
    board_staff_only(user, "Chỉ chuyên viên Ban Tuyên giáo và Dân vận tạo khảo sát.")
    stored, cleaned = _survey_checked(campaign, fields)
    survey = Survey.objects.create(
        campaign=campaign,
        code=code_new(AwarenessCheck, Survey),
        created_by_id=user.pk if user else None,
        **stored,
    )
    _items_store(survey, cleaned)
    _survey_audited("survey_create", survey, user, cleaned)
    return survey


def _survey_audited(
    op: str, survey: Survey, user: AnyUser | None, cleaned: Sequence[tuple[str, str]]
) -> None:
    audit_change(
        op=op,
        user=user,
        target=f"awareness.survey:{survey.pk}",
        detail={"items": len(cleaned), "unit": survey.unit_id, "audience": survey.audience},
    )


@transaction.atomic
def survey_update(
    *, survey: Survey, user: AnyUser | None, **fields: Unpack[SurveyFields]
) -> Survey:
    """Correct a survey and its questions while no one has answered it yet."""
    board_staff_only(user, "Chỉ chuyên viên Ban Tuyên giáo và Dân vận sửa khảo sát.")
    survey = _locked(survey)
    # Answers are kept per question: once one is in, changing a question would change its meaning.
    if SurveyResponse.objects.filter(survey=survey).exists():
        raise Refused("Khảo sát đã có người trả lời, không sửa được câu hỏi nữa.")
    stored, cleaned = _survey_checked(survey.campaign, fields)
    for name, value in stored.items():
        setattr(survey, name, value)
    survey.save(update_fields=list(stored))
    SurveyItem.objects.filter(survey=survey).delete()
    _items_store(survey, cleaned)
    _survey_audited("survey_update", survey, user, cleaned)
    return survey


def _locked(survey: Survey) -> Survey:
    return Survey.objects.select_for_update().get(pk=survey.pk)


def _survey_stamped(
    survey: Survey, *, state: str, stamp: str, user: AnyUser | None, op: str
) -> Survey:
    """Put a locked survey in `state` as of now (its `stamp` field) and audit it as `op`."""
    survey.state = state
    setattr(survey, stamp, timezone.now())
    survey.save(update_fields=["state", stamp])
    audit_change(op=op, user=user, target=f"awareness.survey:{survey.pk}")
    return survey


@transaction.atomic
def survey_open(*, survey: Survey, user: AnyUser | None) -> Survey:
    """Open a survey for answers (again, after it was closed)."""
    board_staff_only(user, "Chỉ chuyên viên Ban Tuyên giáo và Dân vận mở khảo sát.")
    survey = _locked(survey)
    if survey.state == SurveyState.OPEN:
        raise Refused("Khảo sát đang mở.")
    return _survey_stamped(
        survey, state=SurveyState.OPEN, stamp="opened_at", user=user, op="survey_open"
    )


@transaction.atomic
def survey_close(*, survey: Survey, user: AnyUser | None) -> Survey:
    """Close an open survey: no answer is taken after it."""
    board_staff_only(user, "Chỉ chuyên viên Ban Tuyên giáo và Dân vận đóng khảo sát.")
    survey = _locked(survey)
    if survey.state != SurveyState.OPEN:
        raise Refused("Khảo sát không ở trạng thái đang mở.")
    return _survey_stamped(
        survey, state=SurveyState.CLOSED, stamp="closed_at", user=user, op="survey_close"
    )


def survey_device_key(*, survey: Survey, token: str) -> str:
    """Return the keyed hash a device's token is stored as for one survey (never the token)."""
    message = f"survey:{survey.pk}:{token}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


@transaction.atomic
def survey_answer(
    *,
    survey: Survey,
    token: str,
    values: Mapping[int, int],
    texts: Mapping[int, str],
) -> SurveyResponse:
    """Store one device's anonymous answers while the survey is open, once per device.

    Every scale item needs a value 1–5; open questions may stay empty. Phone, ID numbers and
    e-mail addresses in open answers are masked before they are stored.
    """
    # Read the state now: the page that posted may have loaded the survey before it closed.
    if not Survey.objects.filter(pk=survey.pk, state=SurveyState.OPEN).exists():
        raise Refused("Khảo sát không nhận trả lời lúc này.")
    if not token:
        raise Refused("Thiết bị chưa nhận được mã trả lời; vui lòng tải lại trang.")
    items = list(survey.items.all())
    errors = {
        f"i{item.pk}": "Chọn một mức từ 1 đến 5."
        for item in items
        if item.is_likert and values.get(item.pk) not in (1, 2, 3, 4, 5)
    }
    errors |= {
        f"i{item.pk}": f"Trả lời không quá {OPEN_TEXT_LIMIT} ký tự."
        for item in items
        if not item.is_likert and len(texts.get(item.pk, "")) > OPEN_TEXT_LIMIT
    }
    if errors:
        raise Refused(errors)
    device = survey_device_key(survey=survey, token=token)
    try:
        with transaction.atomic():
            response = SurveyResponse.objects.create(survey=survey, device=device)
    except IntegrityError as exc:
        raise Refused("Thiết bị này đã trả lời khảo sát này.") from exc
    SurveyAnswer.objects.bulk_create(
        SurveyAnswer(response=response, item=item, value=values[item.pk])
        if item.is_likert
        else SurveyAnswer(response=response, item=item, text=mask_text(texts[item.pk].strip()))
        for item in items
        if item.is_likert or texts.get(item.pk, "").strip()
    )
    # Not audited: an entry would carry the client's address beside the questionnaire.
    return response
