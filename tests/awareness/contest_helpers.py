"""Set-up shared by the contest tests: a contest with an open round of five approved questions."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from lantoa.audit.context import audit_covered
from lantoa.awareness.models import Contest, ContestEntry, ContestRound
from lantoa.awareness.services_contests import (
    contest_create,
    contest_enter,
    contest_round_add,
)
from lantoa.awareness.tickets import ticket_issue, ticket_read
from lantoa.organization.models import Unit
from tests.awareness.helpers import approved_bank


def open_round(campaign: Any, *, winners: int = 2, answer: int | None = None) -> ContestRound:
    """Return round 1 of a new contest, open for an hour, with five questions of the bank."""
    approved_bank(campaign, 6)
    with audit_covered("test set-up"):
        contest = contest_create(
            campaign=campaign,
            title="Cuộc thi tìm hiểu Kết luận 51",
            rules="Mỗi vòng 5 câu.",
            consent="Họ tên, số điện thoại chỉ dùng để trao giải.",
            retention_days=30,
            winners=winners,
            user=None,
        )
        now = timezone.now()
        return contest_round_add(
            contest=contest,
            opens_at=now - datetime.timedelta(minutes=1),
            closes_at=now + datetime.timedelta(hours=1),
            draw=5,
            tie_break="Dự đoán có bao nhiêu lượt dự thi vòng này?",
            tie_break_answer=answer,
            user=None,
            seed=1,
        )


def enter(
    contest_round: ContestRound,
    *,
    name: str,
    right: int,
    guess: int = 10,
    token: str = "",
    unit: str = "03127",
    phone: str = "",
    seconds: float = 60,
) -> ContestEntry:
    """Enter the round with the first `right` questions (in the shown order) right."""
    ticket = ticket_issue(
        contest_round=contest_round, now=timezone.now() - datetime.timedelta(seconds=seconds)
    )
    _started, order = ticket_read(contest_round=contest_round, ticket=ticket)
    return contest_enter(
        contest_round=contest_round,
        ticket=ticket,
        token=token or f"thiet-bi-{name}",
        name=name,
        unit_id=Unit.objects.get(code=unit).pk,
        phone=phone,
        consent=True,
        answers={pk: [0] if i < right else [1] for i, pk in enumerate(order)},
        tie_break_guess=guess,
    )


__all__ = ["Contest", "enter", "open_round"]
