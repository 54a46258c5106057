"""Set-up shared by the survey tests: a survey of the reporter's unit and its answers."""

from __future__ import annotations

from lantoa.audit.context import audit_covered
from lantoa.awareness.models import Survey, SurveyItemKind
from lantoa.awareness.surveys.services import survey_answer, survey_create, survey_open
from lantoa.organization.models import Unit

ITEMS = [
    (SurveyItemKind.UNDERSTANDING, "Đồng chí hiểu nội dung Kết luận 51 ở mức nào?"),
    (SurveyItemKind.SUPPORT, "Đồng chí đồng tình với việc bảo hộ chỉ dẫn địa lý ở mức nào?"),
    (SurveyItemKind.OPEN, "Đồng chí có đề xuất gì?"),
]


def opened_survey(campaign: object, unit_code: str = "03127", target: int = 20) -> Survey:
    """Return an open survey of the unit with one understanding, one support, one open item."""
    with audit_covered("test set-up"):
        survey = survey_create(
            campaign=campaign,  # type: ignore[arg-type]
            unit=Unit.objects.get(code=unit_code),
            audience="can_bo_dang_vien",
            title="Khảo sát nhận thức về Kết luận 51",
            target_size=target,
            items=[(str(kind), text) for kind, text in ITEMS],
            user=None,
        )
        return survey_open(survey=survey, user=None)


def answered(survey: Survey, token: str, value: int, text: str = "") -> None:
    """Answer every scale item of the survey with `value`, and the open item with `text`."""
    items = list(survey.items.all())
    survey_answer(
        survey=survey,
        token=token,
        values={item.pk: value for item in items if item.is_likert},
        texts={item.pk: text for item in items if not item.is_likert},
    )
