"""A document's way to a number: staff draft and send it, a leader returns it or approves it.

One home for the steps every such document shares (a Công văn đôn đốc, an opinion report): the
states, the row's fields, and each step's check and write on a row the caller has locked. The
caller names who may take each step (ApprovalSteps), adds its own checks, and audits the write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from django.conf import settings
from django.contrib.auth.models import User
from django.db import models, transaction
from django.utils import timezone

from lantoa.accounts.selectors import drafted_by, own_draft_refusal
from lantoa.core.errors import Refused, return_reason
from lantoa.documents.models import STALE_AFTER


class ApprovalState(models.TextChoices):
    """Where a document stands: drafted by staff, with a leader, returned, or issued."""

    DRAFT = "draft", "Dự thảo"
    REVIEW = "review", "Chờ lãnh đạo duyệt"
    RETURNED = "returned", "Lãnh đạo trả lại"
    ISSUED = "issued", "Đã ban hành"


# The states in which staff change a document and send it (again).
EDITABLE = (ApprovalState.DRAFT, ApprovalState.RETURNED)


class ApprovedDocument(models.Model):
    """The fields of a document on its way to a number (its `outgoing` entry is its own)."""

    state = models.CharField(
        "trạng thái", max_length=10, choices=ApprovalState.choices, default=ApprovalState.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # Set when a leader starts issuing (the claim that stops a second approval), and kept.
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    return_reason = models.TextField("lý do trả lại", blank=True)

    class Meta:
        abstract = True


D = TypeVar("D", bound=ApprovedDocument)


def approval_locked(row: D) -> D:
    """Return the row again, locked for the step's write."""
    return type(row)._default_manager.select_for_update().get(pk=row.pk)


def approval_submit(row: ApprovedDocument, *, noun: str, refusal: type[Refused]) -> None:
    """Send a locked draft (or returned) row to the leaders."""
    if row.state not in EDITABLE:
        raise refusal(f"Chỉ gửi duyệt được {noun} dự thảo hoặc bị trả lại.")
    row.state = ApprovalState.REVIEW
    row.submitted_at = timezone.now()
    row.save(update_fields=["state", "submitted_at"])


def approval_return(
    row: ApprovedDocument, *, reason: str, noun: str, refusal: type[Refused]
) -> None:
    """Return a locked row under review to its drafters with the reason; no number is taken."""
    kept = return_reason(reason, refusal=refusal)
    if row.state != ApprovalState.REVIEW or row.approved_at is not None:
        raise refusal(f"Chỉ trả lại được {noun} đang chờ duyệt.")
    row.state = ApprovalState.RETURNED
    row.return_reason = kept
    row.save(update_fields=["state", "return_reason"])


def approval_claim(row: ApprovedDocument, *, user: User, noun: str, refusal: type[Refused]) -> None:
    """Mark a locked row's approval as under way by the user, who did not draft it."""
    if drafted_by(user=user, drafter_id=row.created_by_id):
        raise refusal(own_draft_refusal(noun=noun, approvers="lãnh đạo khác của Ban"))
    if row.state != ApprovalState.REVIEW:
        raise refusal(f"Chỉ phê duyệt được {noun} đang chờ duyệt.")
    # A claim older than any render (the register's STALE_AFTER) is taken to have died.
    if row.approved_at and timezone.now() - row.approved_at < STALE_AFTER:
        raise refusal(f"{noun.capitalize()} đang được ban hành; xin chờ giây lát.")
    row.approved_by, row.approved_at = user, timezone.now()
    row.save(update_fields=["approved_by", "approved_at"])


def approval_release(model: type[ApprovedDocument], pk: int) -> None:
    """Drop a failed approval's claim: the row waits for a leader again."""
    model._default_manager.filter(pk=pk, state=ApprovalState.REVIEW).update(
        approved_by=None, approved_at=None
    )


@dataclass(frozen=True)
class ApprovalSteps:
    """One kind of document's side of the steps: its noun in refusals, its refusal, who may act."""

    noun: str
    refusal: type[Refused]
    # Why a user may not take a step (user=, step=), or None: the kind's own table of steps.
    step_refusal: Callable[..., str | None]

    def check(self, *, user: User | None, step: str) -> None:
        """Refuse a user who may not take the step; None is the system (demo, commands)."""
        message = None if user is None else self.step_refusal(user=user, step=step)
        if message:
            raise self.refusal(message)

    def submitted(self, row: D, *, user: User | None, checked: Callable[[D], object]) -> D:
        """Check staff may send the row, and send it locked to the leaders once `checked` passes.

        `checked` refuses what the kind's own rules find wrong in a row that may be sent.
        """
        self.check(user=user, step="submit")
        locked = approval_locked(row)
        if locked.state in EDITABLE:
            checked(locked)
        approval_submit(locked, noun=self.noun, refusal=self.refusal)
        return locked

    def returned(self, row: D, *, user: User, reason: str) -> D:
        """Check a leader may return the row, and return it locked to its drafters."""
        self.check(user=user, step="return")
        locked = approval_locked(row)
        approval_return(locked, reason=reason, noun=self.noun, refusal=self.refusal)
        return locked

    def claimed(self, row: D, *, user: User) -> D:
        """Check a leader may approve, and mark the approval as under way (one at a time)."""
        with transaction.atomic():
            self.check(user=user, step="approve")
            locked = approval_locked(row)
            approval_claim(locked, user=user, noun=self.noun, refusal=self.refusal)
        return locked
