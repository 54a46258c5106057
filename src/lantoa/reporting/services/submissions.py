"""Report requests and the units' submissions: submit, return with a reason, resubmit, accept."""

from __future__ import annotations

import datetime

from django.contrib.auth.models import User
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from lantoa.audit.services import audit_change
from lantoa.campaigns.models import Campaign
from lantoa.core.errors import return_reason
from lantoa.core.numbers import format_vn_number
from lantoa.notifications.services import Message, notifications_send, notifications_send_many
from lantoa.organization.models import Unit, UnitKind
from lantoa.reporting.figures import briefed_counted
from lantoa.reporting.indicators import party_members_in
from lantoa.reporting.locks import covered_through
from lantoa.reporting.models import (
    PASSAGE_MAX_CHARS,
    Extension,
    ReportRequest,
    Submission,
    SubmissionEvent,
    SubmissionEventAction,
    SubmissionStatus,
    UnitCampaignSummary,
)
from lantoa.reporting.services.base import ReportingError
from lantoa.reporting.services.summaries import summary_refresh


@transaction.atomic
def report_request_create(
    *,
    campaign: Campaign,
    title: str,
    due_date: datetime.date | None,
    user: User | None,
    description: str = "",
    units: list[Unit] | None = None,
) -> ReportRequest:
    """Ask every unit with tasks in the campaign (or the given units) for a report by a date."""
    errors = {}
    if not title.strip():
        errors["title"] = "Chưa nhập tên yêu cầu báo cáo."
    if due_date is None:
        errors["due_date"] = "Chưa nhập hạn nộp (dd/mm/yyyy)."
    if not campaign.is_running:
        # Its units no longer see it in their work lists: the request would go unseen.
        errors[""] = "Đợt tuyên truyền đã kết thúc; mở lại đợt trước khi yêu cầu báo cáo."
    if errors or due_date is None:
        raise ReportingError(errors)
    # The board asks; it does not report to itself.
    expected = (
        units
        if units is not None
        else list(
            Unit.objects.filter(assignments__task__campaign=campaign)
            .exclude(kind=UnitKind.BOARD)
            .distinct()
        )
    )
    if not expected:
        raise ReportingError({"": "Đợt tuyên truyền chưa giao nhiệm vụ cho đơn vị nào."})
    # The campaign's row serialises requests: a form posted twice (a double click) must not ask
    # every unit twice for the same report.
    Campaign.objects.select_for_update().get(pk=campaign.pk)
    if ReportRequest.objects.filter(
        campaign=campaign, title=title.strip(), due_date=due_date
    ).exists():
        raise ReportingError(
            {
                "title": f"Đã có yêu cầu báo cáo “{title.strip()}” hạn {due_date:%d/%m/%Y} "
                "trong đợt này; không gửi lại lần nữa."
            }
        )
    request = ReportRequest.objects.create(
        campaign=campaign,
        title=title.strip(),
        description=description.strip(),
        due_date=due_date,
        created_by=user,
    )
    request.expected_units.set(expected)
    audit_change(
        op="report_request_create",
        user=user,
        target=f"Yêu cầu báo cáo {request.pk}: {request.title}",
        detail={"campaign": campaign.pk, "due_date": due_date.isoformat(), "units": len(expected)},
    )
    url = reverse("reporting:unit_home")
    notifications_send_many(
        messages=[
            Message(
                unit=unit,
                title=f"Yêu cầu báo cáo: {request.title}",
                body=f"Hạn nộp: {due_date:%d/%m/%Y}. {request.description}".strip(),
                url=url,
            )
            for unit in expected
        ]
    )
    return request


def _snapshot(summary: UnitCampaignSummary, *, unit: Unit) -> dict[str, object]:
    # The unit's members as the dashboard counts them (merged units' included), not its own.
    value = party_members_in(campaign=summary.campaign, unit_ids=[unit.pk]).get(unit.pk)
    return {
        "activities": summary.activities,
        "by_channel": summary.by_channel,
        "figures": summary.figures,
        "tasks_total": summary.tasks_total,
        "tasks_done": summary.tasks_done,
        "party_members": value,
        "briefed": briefed_counted(summary.briefed, value),
    }


def _require_expected(request: ReportRequest, unit: Unit) -> None:
    """Refuse a unit the request does not ask for a report."""
    if not request.expected_units.filter(pk=unit.pk).exists():
        raise ReportingError({"": "Đơn vị không thuộc diện phải nộp báo cáo này."})


@transaction.atomic
def submission_submit(
    *,
    request: ReportRequest,
    unit: Unit,
    results: str,
    user: User | None,
    good_practices: str = "",
    difficulties: str = "",
    proposals: str = "",
) -> Submission:
    """Submit (or resubmit after a return) the unit's activities to date with its four passages."""
    _require_expected(request, unit)
    passages = {
        "results": results.strip(),
        "good_practices": good_practices.strip(),
        "difficulties": difficulties.strip(),
        "proposals": proposals.strip(),
    }
    # Every problem at once: the web form and the .xlsx upload both show each passage's own.
    errors = {
        name: f"Dài quá {format_vn_number(PASSAGE_MAX_CHARS)} ký tự "
        f"(đang có {format_vn_number(len(text))})."
        for name, text in passages.items()
        if len(text) > PASSAGE_MAX_CHARS
    }
    if not passages["results"]:
        errors["results"] = "Chưa nhập kết quả đạt được."
    if errors:
        raise ReportingError(errors)
    summary = summary_refresh(campaign=request.campaign, unit=unit)
    now = timezone.now()
    submission = Submission.objects.select_for_update().filter(request=request, unit=unit).first()
    if submission is None:
        submission = Submission.objects.create(
            request=request,
            unit=unit,
            **passages,
            snapshot=_snapshot(summary, unit=unit),
            first_submitted_at=now,
            submitted_at=now,
            submitted_by=user,
        )
    elif submission.status == SubmissionStatus.RETURNED:
        submission.status = SubmissionStatus.SUBMITTED
        for name, text in passages.items():
            setattr(submission, name, text)
        submission.snapshot = _snapshot(summary, unit=unit)
        submission.version += 1
        submission.submitted_at = now
        submission.submitted_by = user
        submission.save()
    elif submission.status == SubmissionStatus.ACCEPTED:
        raise ReportingError({"": "Báo cáo đã được Ban chấp nhận, không thể nộp lại."})
    else:
        raise ReportingError({"": "Báo cáo đã nộp và đang chờ Ban xem xét."})
    _event_record(submission, action=SubmissionStatus.SUBMITTED, user=user)
    audit_change(
        op="submission_submit",
        user=user,
        target=f"Báo cáo {submission.pk} của đơn vị {unit.pk}",
        detail={"request": request.pk, "unit": unit.pk, "version": submission.version},
    )
    return submission


def _event_record(
    submission: Submission, *, action: str, user: User | None, reason: str = ""
) -> None:
    """Add a step to a submission's history, at the version the submission has now."""
    SubmissionEvent.objects.create(
        submission=submission, action=action, reason=reason, version=submission.version, by=user
    )


def _review(
    submission: Submission, *, status: str, user: User | None, reason: str = ""
) -> Submission:
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if locked.status != SubmissionStatus.SUBMITTED:
        raise ReportingError({"": "Chỉ xem xét được báo cáo đang chờ duyệt."})
    locked.status = status
    locked.reviewed_by = user
    locked.reviewed_at = timezone.now()
    locked.return_reason = reason
    locked.save()
    _event_record(locked, action=status, user=user, reason=reason)
    audit_change(
        op=f"submission_{'accept' if status == SubmissionStatus.ACCEPTED else 'return'}",
        user=user,
        target=f"Báo cáo {locked.pk} của đơn vị {locked.unit_id}",
        detail={"request": locked.request_id, "unit": locked.unit_id, "reason": reason},
    )
    return locked


def _unit_told(submission: Submission, what: str, body: str = "") -> None:
    """Notify a report's unit of what the board did with it, linking to its reporting page."""
    notifications_send(
        unit=submission.unit,
        title=f"{what}: {submission.request.title}",
        body=body,
        url=reverse("reporting:unit_home"),
    )


@transaction.atomic
def submission_accept(*, submission: Submission, user: User | None) -> Submission:
    """Accept a submitted report."""
    accepted = _review(submission, status=SubmissionStatus.ACCEPTED, user=user)
    _unit_told(accepted, "Báo cáo đã được chấp nhận")
    return accepted


@transaction.atomic
def submission_return(*, submission: Submission, reason: str, user: User | None) -> Submission:
    """Return a report to its unit with a reason; the unit is notified and may resubmit."""
    kept = return_reason(reason, refusal=ReportingError)
    returned = _review(submission, status=SubmissionStatus.RETURNED, user=user, reason=kept)
    _unit_told(returned, "Báo cáo bị trả lại", f"Lý do: {returned.return_reason}")
    return returned


@transaction.atomic
def submission_reopen(*, submission: Submission, reason: str, user: User | None) -> Submission:
    """Reopen an accepted report so its activities can be corrected; audited, with a reason.

    The report goes back to its unit as returned (the reason is what the unit reads) and its
    activities unlock; every change to them is audited until the board accepts it again.
    """
    reason = reason.strip()
    if not reason:
        raise ReportingError({"reason": "Cần nêu lý do mở lại số liệu đã khóa."})
    if len(reason) > 2000:
        raise ReportingError({"reason": "Lý do quá dài (tối đa 2.000 ký tự)."})
    locked = Submission.objects.select_for_update().select_related("request").get(pk=submission.pk)
    if locked.status != SubmissionStatus.ACCEPTED:
        raise ReportingError({"": "Chỉ mở lại được báo cáo đã được chấp nhận."})
    through = covered_through(locked)
    locked.status = SubmissionStatus.RETURNED
    locked.return_reason = reason
    locked.reopened_through = through
    locked.reviewed_by = user
    locked.reviewed_at = timezone.now()
    locked.save()
    _event_record(locked, action=SubmissionEventAction.REOPENED, user=user, reason=reason)
    audit_change(
        op="submission_reopen",
        user=user,
        target=f"Mở lại số liệu báo cáo {locked.pk} của đơn vị {locked.unit_id}",
        detail={
            "submission": locked.pk,
            "request": locked.request_id,
            "unit": locked.unit_id,
            "through": through.isoformat(),
            "reason": reason,
        },
    )
    _unit_told(
        locked,
        "Ban mở lại số liệu báo cáo",
        f"Số liệu đến hết ngày {through:%d/%m/%Y} được sửa lại. Lý do: {reason}",
    )
    return locked


@transaction.atomic
def extension_grant(
    *,
    request: ReportRequest,
    unit: Unit,
    due_date: datetime.date,
    reason: str,
    user: User | None,
) -> Extension:
    """Give one unit a later due date for one report request."""
    if due_date <= request.due_date:
        raise ReportingError({"due_date": "Hạn mới phải sau hạn chung của yêu cầu."})
    _require_expected(request, unit)
    extension, _created = Extension.objects.update_or_create(
        request=request,
        unit=unit,
        defaults={"due_date": due_date, "reason": reason.strip(), "granted_by": user},
    )
    audit_change(
        op="extension_grant",
        user=user,
        target=f"Gia hạn báo cáo {request.pk} cho đơn vị {unit.pk}",
        detail={"request": request.pk, "unit": unit.pk, "due_date": due_date.isoformat()},
    )
    return extension
