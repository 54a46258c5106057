"""Reads of Công văn đôn đốc drafts, for board staff and the board's leaders only."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from lantoa.accounts.selectors import AnyUser, is_board_leader, is_province_wide
from lantoa.reminders.models import LetterState, ReminderLetter


def reminder_letters(*, user: AnyUser) -> QuerySet[ReminderLetter]:
    """Return every letter draft, newest first; anyone outside the board gets a 404."""
    if not is_province_wide(user=user):
        raise Http404("Không tìm thấy trang.")
    return ReminderLetter.objects.select_related(
        "campaign", "created_by", "approved_by", "outgoing"
    ).order_by("-created_at", "-pk")


def reminder_letter_get(*, user: AnyUser, letter_id: int) -> ReminderLetter:
    """Return one letter draft, or raise 404."""
    letter = reminder_letters(user=user).filter(pk=letter_id).first()
    if letter is None:
        raise Http404("Không tìm thấy công văn.")
    return letter


def letters_awaiting_approval(*, user: AnyUser) -> QuerySet[ReminderLetter]:
    """Return the letters sent to a leader for approval, oldest first (none for non-leaders)."""
    if not is_board_leader(user=user):
        return ReminderLetter.objects.none()
    return (
        ReminderLetter.objects.filter(state=LetterState.REVIEW)
        .select_related("campaign", "created_by")
        .order_by("submitted_at", "pk")
    )
