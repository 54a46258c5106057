"""Reminder writes: the daily job, and the Công văn đôn đốc from draft to a leader's approval."""

from __future__ import annotations

import datetime
from collections.abc import Collection
from dataclasses import dataclass
from typing import TypedDict, Unpack

from django.contrib.auth.models import User
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from lantoa.accounts.selectors import person_name
from lantoa.audit.services import audit_change
from lantoa.campaigns.models import Campaign, running
from lantoa.core.errors import Refused
from lantoa.documents.approval import (
    EDITABLE,
    ApprovalState,
    ApprovalSteps,
    approval_locked,
    approval_release,
)
from lantoa.documents.models import OutgoingDocument
from lantoa.documents.services import RegisterError
from lantoa.notifications.services import notifications_send
from lantoa.reminders.lateness import LateUnit, LetterDeadline, late_units, letter_deadlines
from lantoa.reminders.letter import reminder_letter_issue
from lantoa.reminders.models import (
    ReminderKind,
    ReminderLetter,
    ReminderRun,
    ReminderSent,
)
from lantoa.reminders.selectors import letter_step_refusal
from lantoa.reporting.calendar import work_calendar


@dataclass(frozen=True)
class ReminderResult:
    """What one call of the daily job did."""

    date: datetime.date
    skipped: bool
    units: int = 0
    items: int = 0


def _lines(late: LateUnit, letter: LetterDeadline | None = None) -> list[tuple[str, int, str]]:
    """Return (kind, object id, Vietnamese line) for each late thing of a unit.

    A unit a Công văn đôn đốc named is told the letter's date beside the deadline it missed.
    """
    asked = ""
    if letter is not None:
        asked = f"; hạn mới theo Công văn số {letter.code}: {letter.deadline:%d/%m/%Y}"
    lines: list[tuple[str, int, str]] = [
        (
            ReminderKind.TASK,
            task.pk,
            f"Nhiệm vụ quá hạn ngày {task.due_date:%d/%m/%Y}{asked}: {task.text[:200]}",
        )
        for task in late.tasks
    ]
    for report in late.reports:
        state = "bị trả lại, chưa nộp lại" if report.returned else "chưa nộp"
        lines.append(
            (
                ReminderKind.REPORT,
                report.request.pk,
                f"Báo cáo “{report.request.title}” {state}; hạn {report.due:%d/%m/%Y}, "
                f"đã trễ {report.working_days_late} ngày làm việc{asked}.",
            )
        )
    return lines


class ReminderError(Refused):
    """A reminder run that cannot be done, with a Vietnamese message."""


@transaction.atomic
def reminders_send_due(*, today: datetime.date) -> ReminderResult:
    """Remind every unit late in an active campaign; a second call on the same day sends nothing.

    A day after today is refused: its lateness has not happened, and recording it as done
    would leave that day's real run with nothing to send.
    """
    real = timezone.localdate()
    if today > real:
        raise ReminderError(
            f"Không gửi được nhắc việc cho ngày {today:%d/%m/%Y}: ngày này sau ngày hôm nay "
            f"({real:%d/%m/%Y}). Chỉ gửi cho hôm nay hoặc một ngày đã qua."
        )
    run, _created = ReminderRun.objects.get_or_create(date=today)
    # Lock the day's row: a second process waits here, then finds the run finished.
    run = ReminderRun.objects.select_for_update().get(pk=run.pk)
    if run.finished_at is not None:
        return ReminderResult(date=today, skipped=True)
    already = set(
        ReminderSent.objects.filter(date=today).values_list("unit_id", "kind", "object_id")
    )
    url = reverse("reporting:unit_home")
    units = items = 0
    for campaign in Campaign.objects.filter(running()).order_by("pk"):
        letters = letter_deadlines(campaign=campaign)
        for late in late_units(campaign=campaign, today=today):
            lines = [
                line
                for line in _lines(late, letters.get(late.unit.pk))
                if (late.unit.pk, line[0], line[1]) not in already
            ]
            if not lines:
                continue
            notification = notifications_send(
                unit=late.unit,
                title=f"Đôn đốc: {len(lines)} việc quá hạn — {campaign.title}",
                body="\n".join(f"- {text}" for _kind, _id, text in lines),
                url=url,
            )
            ReminderSent.objects.bulk_create(
                ReminderSent(
                    date=today,
                    unit=late.unit,
                    kind=kind,
                    object_id=object_id,
                    notification=notification,
                )
                for kind, object_id, _text in lines
            )
            units += 1
            items += len(lines)
    run.finished_at = timezone.now()
    run.units, run.items = units, items
    run.save(update_fields=["finished_at", "units", "items"])
    return ReminderResult(date=today, skipped=False, units=units, items=items)


# ---------------------------------------------------------------- the Công văn đôn đốc workflow


class LetterError(Refused):
    """A Công văn đôn đốc step that cannot be done, with a Vietnamese message."""


NOUN = "công văn"  # how the shared approval steps name it in their refusals
STEPS = ApprovalSteps(noun=NOUN, refusal=LetterError, step_refusal=letter_step_refusal)


def _checked_deadline(deadline: datetime.date | None, today: datetime.date) -> datetime.date:
    """Return the new deadline if it is a working day after today, else refuse in Vietnamese."""
    if deadline is None:
        raise LetterError("Chưa nhập hạn mới (ngày/tháng/năm, ví dụ 15/12/2026).")
    if deadline <= today:
        raise LetterError(f"Hạn mới phải sau ngày hôm nay ({today:%d/%m/%Y}).")
    if not work_calendar().is_working_day(deadline):
        raise LetterError(
            f"Hạn mới {deadline:%d/%m/%Y} không phải ngày làm việc; xin chọn ngày làm việc."
        )
    return deadline


def _checked_units(*, campaign: Campaign, unit_ids: Collection[int], today: datetime.date) -> list:
    """Return the chosen units, each of which must be behind in the campaign today."""
    late = {item.unit.pk: item.unit for item in late_units(campaign=campaign, today=today)}
    chosen = [late[pk] for pk in unit_ids if pk in late]
    if len(chosen) != len(set(unit_ids)):
        raise LetterError("Chỉ chọn được các đơn vị đang chậm thực hiện trong đợt này.")
    if not chosen:
        raise LetterError("Chưa chọn đơn vị nào để đôn đốc.")
    return chosen


class LetterDraft(TypedDict):
    """What board staff write in a draft letter: the units it names, the new deadline, the text."""

    unit_ids: Collection[int]
    deadline: datetime.date | None
    body: str


def _checked_body(body: str) -> str:
    """Return the letter's request text, refusing an empty one."""
    if not body.strip():
        raise LetterError("Nội dung đề nghị không được để trống.")
    return body.strip()[:5000]


def _detail(letter: ReminderLetter, **extra: object) -> dict[str, object]:
    return {"letter": letter.pk, "campaign": letter.campaign_id, **extra}


@transaction.atomic
def reminder_letter_draft_create(
    *,
    campaign: Campaign,
    user: User | None,
    today: datetime.date | None = None,
    **draft: Unpack[LetterDraft],
) -> ReminderLetter:
    """Board staff draft a letter to some of the units behind, with a new deadline and text."""
    STEPS.check(user=user, step="create")
    today = today or timezone.localdate()
    deadline = _checked_deadline(draft["deadline"], today)
    units = _checked_units(campaign=campaign, unit_ids=draft["unit_ids"], today=today)
    body = _checked_body(draft["body"])
    # The campaign's row serialises drafting: the form posted twice (a double click) lands on
    # the draft the first post made, never a second letter to the same units.
    Campaign.objects.select_for_update().get(pk=campaign.pk)
    wanted = sorted(unit.pk for unit in units)
    for same in ReminderLetter.objects.filter(
        campaign=campaign,
        state=ApprovalState.DRAFT,
        deadline=deadline,
        body=body,
        created_by=user,
    ).exclude(created_by=None):
        if sorted(same.units.values_list("pk", flat=True)) == wanted:
            return same
    letter = ReminderLetter.objects.create(
        campaign=campaign, deadline=deadline, body=body, created_by=user
    )
    letter.units.set(units)
    audit_change(
        op="reminder_letter_draft_create",
        user=user,
        target=f"Dự thảo công văn đôn đốc {letter.pk}",
        detail=_detail(letter, units=sorted(u.pk for u in units), deadline=deadline.isoformat()),
    )
    return letter


@transaction.atomic
def reminder_letter_draft_update(
    *,
    letter: ReminderLetter,
    user: User | None,
    today: datetime.date | None = None,
    **draft: Unpack[LetterDraft],
) -> ReminderLetter:
    """Board staff change a draft (or a returned one): units, deadline, text."""
    STEPS.check(user=user, step="save")
    today = today or timezone.localdate()
    locked = approval_locked(letter)
    if locked.state not in EDITABLE:
        raise LetterError("Chỉ sửa được công văn dự thảo hoặc bị trả lại.")
    locked.deadline = _checked_deadline(draft["deadline"], today)
    units = _checked_units(campaign=locked.campaign, unit_ids=draft["unit_ids"], today=today)
    locked.body = _checked_body(draft["body"])
    locked.save(update_fields=["deadline", "body"])
    locked.units.set(units)
    audit_change(
        op="reminder_letter_draft_update",
        user=user,
        target=f"Sửa dự thảo công văn đôn đốc {locked.pk}",
        detail=_detail(
            locked, units=sorted(u.pk for u in units), deadline=locked.deadline.isoformat()
        ),
    )
    return locked


@transaction.atomic
def reminder_letter_submit(
    *, letter: ReminderLetter, user: User | None, today: datetime.date | None = None
) -> ReminderLetter:
    """Board staff send a draft (or a corrected returned one) to the board's leaders."""
    today = today or timezone.localdate()
    locked = STEPS.submitted(
        letter, user=user, checked=lambda row: _checked_deadline(row.deadline, today)
    )
    audit_change(
        op="reminder_letter_submit",
        user=user,
        target=f"Gửi lãnh đạo duyệt công văn đôn đốc {locked.pk}",
        detail=_detail(locked),
    )
    return locked


@transaction.atomic
def reminder_letter_return(*, letter: ReminderLetter, user: User, reason: str) -> ReminderLetter:
    """A leader returns a letter to its drafters with a reason; no number is taken."""
    locked = STEPS.returned(letter, user=user, reason=reason)
    audit_change(
        op="reminder_letter_return",
        user=user,
        target=f"Trả lại công văn đôn đốc {locked.pk}",
        detail=_detail(locked, reason=locked.return_reason),
    )
    return locked


def reminder_letter_approve(
    *, letter: ReminderLetter, user: User, today: datetime.date | None = None
) -> ReminderLetter:
    """A leader approves: the number is taken, the letter issued and the units it names told.

    Its date is what the units are now asked for; it grants no extension, so a unit that missed
    its deadline stays late by it (reminders.lateness).

    The files are rendered outside any transaction (documents.services); a failure voids the
    number and leaves the letter awaiting approval.
    """
    today = today or timezone.localdate()
    claimed = STEPS.claimed(letter, user=user)
    try:
        deadline = _checked_deadline(claimed.deadline, today)

        def finish(issued: OutgoingDocument, late: list[LateUnit]) -> None:
            final = approval_locked(claimed)
            final.state, final.outgoing = ApprovalState.ISSUED, issued
            final.save(update_fields=["state", "outgoing"])
            told = _notify(letter=final, issued=issued, late=late)
            audit_change(
                op="reminder_letter_approve",
                user=user,
                target=f"Phê duyệt, ban hành công văn đôn đốc số {issued.code}",
                detail=_detail(final, document=issued.pk, units=told),
            )

        reminder_letter_issue(
            campaign=claimed.campaign,
            day=today,
            user=user,
            signer_title="Phó Trưởng ban",
            signer_name=person_name(user=user),
            deadline=deadline,
            body=claimed.body,
            unit_ids=list(claimed.units.values_list("pk", flat=True)),
            finish=finish,
        )
    except (RegisterError, LetterError) as exc:
        approval_release(ReminderLetter, claimed.pk)
        raise LetterError(str(exc)) from exc
    return ReminderLetter.objects.select_related("outgoing").get(pk=claimed.pk)


def _notify(*, letter: ReminderLetter, issued: OutgoingDocument, late: list[LateUnit]) -> list[int]:
    """Send each unit the letter, its new date and what it still owes; return the unit ids."""
    told = []
    for item in late:
        lines = [text for _kind, _id, text in _lines(item)]
        notifications_send(
            unit=item.unit,
            title=f"Công văn đôn đốc số {issued.code}: hạn mới {letter.deadline:%d/%m/%Y}",
            body=(
                f"{issued.summary}.\n{letter.body}\n"
                f"Hạn hoàn thành và báo cáo: chậm nhất ngày {letter.deadline:%d/%m/%Y}.\n"
                "Nội dung chưa hoàn thành:\n" + "\n".join(f"- {line}" for line in lines)
            ),
            # The letter itself, one click from the notification (the unit's page lists it too).
            url=reverse("reminders:letter_file", args=[letter.pk]) + "?dinh_dang=pdf",
        )
        told.append(item.unit.pk)
    return told
