"""Set-up shared by the awareness tests: an approved bank and a session of the reporter's unit."""

from __future__ import annotations

import datetime

from django.utils import timezone

from lantoa.audit.context import audit_covered
from lantoa.awareness.models import AwarenessCheck, Question
from lantoa.awareness.services import check_answer, check_open, question_approve, question_create
from lantoa.campaigns.models import Channel
from lantoa.organization.models import Unit
from lantoa.reporting.models import Activity
from lantoa.reporting.services import ActivityInput, activity_record


def approved_bank(campaign: object, count: int = 6) -> list[Question]:
    """Return `count` approved single-choice questions whose right option is the first."""
    with audit_covered("test set-up"):
        return [
            question_approve(
                question=question_create(
                    campaign=campaign,  # type: ignore[arg-type]
                    kind="single",
                    text=f"Câu hỏi số {i}?",
                    options=["Đúng ý", "Sai ý", "Không rõ"],
                    correct=[0],
                    tag="quan_diem",
                    difficulty=2,
                    user=None,
                ),
                user=None,
            )
            for i in range(count)
        ]


def session(campaign: object, unit_code: str = "03127") -> Activity:
    """Return a conference of the unit in the campaign."""
    with audit_covered("test set-up"):
        return activity_record(
            campaign=campaign,  # type: ignore[arg-type]
            unit=Unit.objects.get(code=unit_code),
            data=ActivityInput(
                channel=Channel.CONFERENCE,
                date=timezone.localdate(),
                title="Hội nghị quán triệt KL 51",
                figures={"sessions": 1, "party_members_present": 40},
            ),
            user=None,
        )


def opened(activity: Activity, bank: list[Question], phase: str) -> AwarenessCheck:
    """Return a check of the bank open for an hour."""
    with audit_covered("test set-up"):
        return check_open(
            activity=activity,
            phase=phase,
            questions=bank,
            closes_at=timezone.now() + datetime.timedelta(hours=1),
            user=None,
        )


def answer(check: AwarenessCheck, token: str, right: int) -> None:
    """Answer the check from one device with the first `right` questions right."""
    questions = list(check.questions.order_by("pk"))
    check_answer(
        check=check,
        token=token,
        answers={q.pk: [0] if i < right else [1] for i, q in enumerate(questions)},
    )
