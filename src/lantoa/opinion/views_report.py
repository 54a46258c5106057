"""Opinion report pages: a preview file for any period, and the report's way to a number."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from lantoa.accounts.selectors import drafted_by, is_board_leader, person_name, signed_in_user
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.core.exports import DOCX_TYPE, PDF_TYPE, file_response
from lantoa.core.forms import form_save, render_form
from lantoa.core.partydoc.screen import screen_response
from lantoa.documents.approval import EDITABLE, ApprovalState
from lantoa.documents.approval_buttons import approval_button_run, approval_step_allowed
from lantoa.documents.downloads import outgoing_file_response
from lantoa.opinion import selectors
from lantoa.opinion.forms import ReportForm
from lantoa.opinion.report import OpinionPeriod, opinion_report_document, report_docx, report_pdf
from lantoa.opinion.report_models import OpinionReport
from lantoa.opinion.selectors_report import (
    opinion_report_get,
    opinion_reports,
    report_step_refusal,
)
from lantoa.opinion.services_report import (
    opinion_report_approve,
    opinion_report_create,
    opinion_report_return,
    opinion_report_submit,
)


def _download(request: HttpRequest, form: ReportForm) -> HttpResponse:
    """Return the preview file of the form's period, an unnumbered draft."""
    data = form.cleaned_data
    wanted = OpinionPeriod(start=data["start"], end=data["end"], subject=data["subject"])
    audit_record(
        action=AuditAction.EXPORT,
        request=request,
        target="opinion:report",
        detail={"start": str(data["start"]), "end": str(data["end"]), "format": data["fmt"]},
    )
    name = f"bao-cao-du-luan-{data['start']:%Y%m%d}-{data['end']:%Y%m%d}"
    if data["fmt"] == "pdf":
        return file_response(
            report_pdf(period=wanted), content_type=PDF_TYPE, filename=f"{name}.pdf"
        )
    return file_response(
        report_docx(period=wanted), content_type=DOCX_TYPE, filename=f"{name}.docx"
    )


@login_required
@require_http_methods(["GET", "POST"])
def report(request: HttpRequest) -> HttpResponse:
    """Download a period's draft report, or (board staff) draft one to send to a leader."""
    selectors.require_opinion_reader(user=request.user)
    today = timezone.localdate()
    form = ReportForm(request.POST or None, initial={"start": today.replace(day=1), "end": today})
    if request.POST.get("action") == "draft":
        approval_step_allowed(request, "create", step_refusal=report_step_refusal)
        created = form_save(
            request,
            form,
            lambda data: opinion_report_create(
                start=data["start"],
                end=data["end"],
                subject=data["subject"],
                user=signed_in_user(request),
            ),
            success="Đã lập dự thảo báo cáo; xem lại toàn văn rồi gửi lãnh đạo duyệt.",
        )
        if created is not None:
            return redirect("opinion:report_detail", report_id=created.pk)
    elif request.method == "POST" and form.is_valid():
        return _download(request, form)
    context = {
        "form": form,
        "reports": opinion_reports(user=request.user)[:30],
        "drafts": report_step_refusal(user=request.user, step="create") is None,
    }
    return render_form(request, "opinion/report.html", context)


def _approved_message(issued: OpinionReport) -> str:
    assert issued.outgoing is not None  # an issued report has its register entry
    return f"Đã phê duyệt và ban hành Báo cáo số {issued.outgoing.code}."


def _button(request: HttpRequest, report: OpinionReport, action: str) -> None:
    user = signed_in_user(request)
    approval_button_run(
        request,
        action,
        noun="báo cáo",
        step_refusal=report_step_refusal,
        submit=lambda: opinion_report_submit(report=report, user=user),
        approve=lambda: opinion_report_approve(report=report, user=user),
        give_back=lambda reason: opinion_report_return(report=report, user=user, reason=reason),
        issued=_approved_message,
    )


@login_required
@require_http_methods(["GET", "POST"])
def report_detail(request: HttpRequest, report_id: int) -> HttpResponse:
    """A report: its full text; staff send it, a leader approves (issues) or returns it."""
    report = opinion_report_get(user=request.user, report_id=report_id)
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action not in ("submit", "approve", "return"):
            messages.error(request, "Thao tác không hợp lệ.")
        else:
            _button(request, report, action)
        return redirect("opinion:report_detail", report_id=report.pk)
    context = {
        "report": report,
        "sends": report_step_refusal(user=request.user, step="submit") is None
        and report.state in EDITABLE,
        "is_leader": report_step_refusal(user=request.user, step="approve") is None,
        "own": drafted_by(user=request.user, drafter_id=report.created_by_id),
    }
    return render_form(request, "opinion/report_detail.html", context)


@login_required
@require_GET
def report_preview(request: HttpRequest, report_id: int) -> HttpResponse:
    """The report laid out as A4 sheets from today's data, as approving it would issue it."""
    report = opinion_report_get(user=request.user, report_id=report_id)
    if report.state == ApprovalState.ISSUED:
        raise Http404("Báo cáo đã ban hành: xem tệp đã ban hành.")
    user = signed_in_user(request)
    # A leader sees the report signed with their own name, as approving it will sign it.
    name = person_name(user=user) if is_board_leader(user=user) else ""
    period = OpinionPeriod(start=report.start, end=report.end, subject=report.subject)
    return screen_response(opinion_report_document(period=period, signer_name=name))


@login_required
@require_GET
def report_file(request: HttpRequest, report_id: int) -> FileResponse:
    """An issued report's file (?dinh_dang=pdf|docx); a report not issued is a 404."""
    report = opinion_report_get(user=request.user, report_id=report_id)
    if report.outgoing is None or report.state != ApprovalState.ISSUED:
        raise Http404("Báo cáo chưa ban hành.")
    return outgoing_file_response(
        request=request, document=report.outgoing, suffix=request.GET.get("dinh_dang", "")
    )
