"""Writes of opinion reports: staff draft and send, a leader returns or approves, which issues it.

Approving takes the next Báo cáo number of the outgoing register and renders the report with it,
outside any transaction (documents.services): the issued .docx and .pdf are the register's files,
and the figures they state are those of the moment of approval.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from lantoa.accounts.selectors import person_name
from lantoa.audit.services import audit_change
from lantoa.core.errors import Refused
from lantoa.core.partydoc import render_docx, render_pdf
from lantoa.documents.approval import (
    ApprovalState,
    ApprovalSteps,
    approval_locked,
    approval_release,
)
from lantoa.documents.models import OutgoingDocument, OutgoingType
from lantoa.documents.reports.services import SYMBOL
from lantoa.documents.services import RegisterError, outgoing_document_issue
from lantoa.opinion.report import OpinionPeriod, opinion_report_document
from lantoa.opinion.report_models import OpinionReport
from lantoa.opinion.selectors_report import report_step_refusal

NOUN = "báo cáo"  # how the shared approval steps name it in their refusals


class OpinionReportError(Refused):
    """An opinion report step that cannot be done, with a Vietnamese message."""


STEPS = ApprovalSteps(noun=NOUN, refusal=OpinionReportError, step_refusal=report_step_refusal)


def _audit(
    report: OpinionReport, *, op: str, user: User | None, target: str, **extra: object
) -> None:
    detail: dict[str, object] = {
        "report": report.pk,
        "start": report.start.isoformat(),
        "end": report.end.isoformat(),
        **extra,
    }
    audit_change(op=op, user=user, target=target, detail=detail)


def _checked_period(*, start: datetime.date, end: datetime.date, today: datetime.date) -> None:
    """Refuse a period that ends before it starts, or after today (its figures are not in yet)."""
    if start > end:
        raise OpinionReportError({"start": "Ngày bắt đầu phải trước ngày kết thúc."})
    if end > today:
        raise OpinionReportError(
            {"end": f"Kỳ báo cáo phải kết thúc không muộn hơn hôm nay ({today:%d/%m/%Y})."}
        )


@transaction.atomic
def opinion_report_create(
    *,
    start: datetime.date,
    end: datetime.date,
    subject: str,
    user: User | None,
    today: datetime.date | None = None,
) -> OpinionReport:
    """Board staff draft an opinion report for a period; the same draft posted twice is one."""
    STEPS.check(user=user, step="create")
    _checked_period(start=start, end=end, today=today or timezone.localdate())
    subject = " ".join(subject.split())[:300]
    if not subject:
        raise OpinionReportError({"subject": "Chưa nhập nội dung “Về việc” của báo cáo."})
    same = OpinionReport.objects.filter(
        start=start, end=end, subject=subject, created_by=user, state=ApprovalState.DRAFT
    ).exclude(created_by=None)
    if (found := same.first()) is not None:
        return found  # a double click lands on the draft the first post made
    report = OpinionReport.objects.create(start=start, end=end, subject=subject, created_by=user)
    _audit(report, op="opinion_report_create", user=user, target=f"Dự thảo {report}")
    return report


@transaction.atomic
def opinion_report_submit(
    *, report: OpinionReport, user: User | None, today: datetime.date | None = None
) -> OpinionReport:
    """Board staff send a draft (or a returned one) to the board's leaders."""
    today = today or timezone.localdate()
    locked = STEPS.submitted(
        report,
        user=user,
        checked=lambda row: _checked_period(start=row.start, end=row.end, today=today),
    )
    _audit(locked, op="opinion_report_submit", user=user, target=f"Gửi lãnh đạo duyệt {locked}")
    return locked


@transaction.atomic
def opinion_report_return(*, report: OpinionReport, user: User, reason: str) -> OpinionReport:
    """A leader returns a report to the staff with a reason; no number is taken."""
    locked = STEPS.returned(report, user=user, reason=reason)
    _audit(
        locked,
        op="opinion_report_return",
        user=user,
        target=f"Trả lại {locked}",
        reason=locked.return_reason,
    )
    return locked


def opinion_report_approve(
    *, report: OpinionReport, user: User, today: datetime.date | None = None
) -> OpinionReport:
    """A leader approves: the number is taken and the report issued, signed with their name.

    The files are rendered outside any transaction; a failure voids the number (documents.services)
    and leaves the report awaiting approval.
    """
    today = today or timezone.localdate()
    claimed = STEPS.claimed(report, user=user)
    period = OpinionPeriod(start=claimed.start, end=claimed.end, subject=claimed.subject)

    def render(number: int) -> dict[str, bytes]:
        document = opinion_report_document(
            period=period, number=number, issued_on=today, signer_name=person_name(user=user)
        )
        return {"docx": render_docx(document), "pdf": render_pdf(document, archival=True)}

    def finish(issued: OutgoingDocument, _files: dict[str, bytes]) -> None:
        final = approval_locked(claimed)
        final.state, final.outgoing = ApprovalState.ISSUED, issued
        final.save(update_fields=["state", "outgoing"])
        _audit(
            final,
            op="opinion_report_approve",
            user=user,
            target=f"Phê duyệt, ban hành báo cáo dư luận số {issued.code}",
            document=issued.pk,
        )

    try:
        outgoing_document_issue(
            doc_type=OutgoingType.BAO_CAO,
            year=today.year,
            symbol=SYMBOL,
            title=f"tình hình dư luận xã hội về {claimed.subject}",
            render=render,
            filename=f"bao-cao-du-luan-so-{{number}}-{claimed.end:%Y%m%d}.docx",
            user=user,
            finish=finish,
        )
    except RegisterError as exc:
        approval_release(OpinionReport, claimed.pk)
        raise OpinionReportError(str(exc)) from exc
    return OpinionReport.objects.select_related("outgoing").get(pk=claimed.pk)
