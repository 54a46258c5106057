"""Reads of opinion reports, and who may take each step of one (staff draft, leaders approve)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import QuerySet

from lantoa.accounts.selectors import is_board_leader, is_board_staff, not_drafted_by
from lantoa.core.lookups import one_or_404
from lantoa.documents.approval import ApprovalState
from lantoa.opinion.report_models import OpinionReport
from lantoa.opinion.selectors import require_opinion_reader

# Who may take each step of a report, and what anyone else is told: the services refuse with the
# message and the report's page answers 403 with the same one, so the rule lives here once.
REPORT_STEPS: dict[str, tuple[Callable[..., bool], str]] = {
    "create": (is_board_staff, "Chỉ chuyên viên Ban được lập dự thảo báo cáo dư luận."),
    "submit": (is_board_staff, "Chỉ chuyên viên Ban được gửi duyệt báo cáo dư luận."),
    "approve": (is_board_leader, "Chỉ lãnh đạo Ban được phê duyệt báo cáo dư luận."),
    "return": (is_board_leader, "Chỉ lãnh đạo Ban được trả lại báo cáo dư luận."),
}


def report_step_refusal(*, user: Any, step: str) -> str | None:
    """Return why the user may not take a report's step (a key of REPORT_STEPS), or None."""
    allowed, message = REPORT_STEPS[step]
    return None if allowed(user=user) else message


def opinion_reports(*, user: Any) -> QuerySet[OpinionReport]:
    """Return every opinion report, newest first; anyone but board staff and leaders gets 403."""
    require_opinion_reader(user=user)
    return OpinionReport.objects.select_related("created_by", "approved_by", "outgoing")


def opinion_report_get(*, user: Any, report_id: int) -> OpinionReport:
    """Return one opinion report, or raise 404."""
    return one_or_404(
        opinion_reports(user=user).filter(pk=report_id), "Không tìm thấy báo cáo dư luận."
    )


def opinion_reports_awaiting_approval(*, user: Any) -> QuerySet[OpinionReport]:
    """Return the reports sent to a leader, oldest first; none for anyone else or for their own."""
    if not is_board_leader(user=user):
        return OpinionReport.objects.none()
    waiting = OpinionReport.objects.filter(state=ApprovalState.REVIEW)
    return not_drafted_by(waiting, user=user).order_by("submitted_at", "pk")
