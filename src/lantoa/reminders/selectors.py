"""Reads of Công văn đôn đốc: drafts for the board only; an issued letter for the units it names."""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import QuerySet
from django.http import Http404

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import (
    AnyUser,
    is_board_leader,
    is_board_staff,
    is_province_wide,
    not_drafted_by,
    units_where,
)
from lantoa.core.lookups import one_or_404
from lantoa.documents.approval import ApprovalState
from lantoa.documents.models import OutgoingState
from lantoa.reminders.models import ReminderLetter

# Who may take each step of a letter, and what anyone else is told: the services refuse with the
# message and the letter's page answers 403 with the same one, so the rule lives here once.
LETTER_STEPS: dict[str, tuple[Callable[..., bool], str]] = {
    "create": (is_board_staff, "Chỉ chuyên viên Ban được soạn công văn đôn đốc."),
    "save": (is_board_staff, "Chỉ chuyên viên Ban được sửa dự thảo công văn."),
    "submit": (is_board_staff, "Chỉ chuyên viên Ban được gửi duyệt công văn."),
    "approve": (is_board_leader, "Chỉ lãnh đạo Ban được phê duyệt công văn."),
    "return": (is_board_leader, "Chỉ lãnh đạo Ban được trả lại công văn."),
}


def letter_step_refusal(*, user: AnyUser, step: str) -> str | None:
    """Return why the user may not take a letter's step (a key of LETTER_STEPS), or None."""
    allowed, message = LETTER_STEPS[step]
    return None if allowed(user=user) else message


def reminder_letters(*, user: AnyUser) -> QuerySet[ReminderLetter]:
    """Return every letter draft, newest first; anyone outside the board gets a 404."""
    if not is_province_wide(user=user):
        raise Http404("Không tìm thấy trang.")
    return ReminderLetter.objects.select_related(
        "campaign", "created_by", "approved_by", "outgoing"
    ).order_by("-created_at", "-pk")


def reminder_letter_get(*, user: AnyUser, letter_id: int) -> ReminderLetter:
    """Return one letter draft, or raise 404."""
    return one_or_404(reminder_letters(user=user).filter(pk=letter_id), "Không tìm thấy công văn.")


def letters_awaiting_approval(*, user: AnyUser) -> QuerySet[ReminderLetter]:
    """Return the letters sent to a leader for approval, oldest first (none for non-leaders)."""
    if not is_board_leader(user=user):
        return ReminderLetter.objects.none()
    waiting = ReminderLetter.objects.filter(state=ApprovalState.REVIEW)
    return (
        not_drafted_by(waiting, user=user)
        .select_related("campaign", "created_by")
        .order_by("submitted_at", "pk")
    )


def letters_issued_to(*, user: AnyUser) -> QuerySet[ReminderLetter]:
    """Return the issued letters that name a unit whose reporting the user reads, newest first."""
    units = units_where(user=user, can=Capability.REPORTING_READ)
    return (
        ReminderLetter.objects.filter(
            state=ApprovalState.ISSUED, outgoing__state=OutgoingState.ISSUED, units__in=units
        )
        .distinct()
        .select_related("campaign", "outgoing")
        .order_by("-outgoing__issued_at", "-pk")
    )


def letter_issued_get(*, user: AnyUser, letter_id: int) -> ReminderLetter:
    """Return an issued letter naming one of the user's units, or raise 404 (any other letter)."""
    return one_or_404(letters_issued_to(user=user).filter(pk=letter_id), "Không tìm thấy công văn.")
