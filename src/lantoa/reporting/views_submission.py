"""A unit's report to a request: the web form, its pre-filled .xlsx template and its upload."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from lantoa.accounts.selectors import signed_in_user
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.core.errors import Refused
from lantoa.core.exports import XLSX_TYPE, file_response
from lantoa.core.forms import form_save
from lantoa.core.uploads import UPLOADS
from lantoa.organization.models import Unit
from lantoa.reporting.excel.views import body_too_large
from lantoa.reporting.forms import SubmissionForm
from lantoa.reporting.models import SUBMISSION_PASSAGES, ReportRequest, Submission
from lantoa.reporting.selectors import activities_of, submission_target
from lantoa.reporting.services import submission_submit
from lantoa.reporting.standing import unit_due_date

SUBMITTED = "Đã nộp báo cáo. Ban Tuyên giáo và Dân vận sẽ xem xét."
MAX_BYTES = UPLOADS["submission"].max_bytes or 0


@login_required
@require_http_methods(["GET", "POST"])
def submission_create(request: HttpRequest, request_id: int, unit_id: int) -> HttpResponse:
    """Submit (or resubmit) the unit's report for a request."""
    report_request, unit, existing = submission_target(
        user=request.user, request_id=request_id, unit_id=unit_id
    )
    form = _form(existing, data=request.POST or None)
    if form_save(
        request,
        form,
        lambda data: submission_submit(
            request=report_request,
            unit=unit,
            user=signed_in_user(request),
            **{name: data[name] for name in SUBMISSION_PASSAGES},
        ),
        success=SUBMITTED,
    ):
        return redirect("reporting:unit_home")
    status = 400 if request.method == "POST" else 200
    return _page(request, report_request, unit, existing, form=form, status=status)


@login_required
@require_safe
def submission_template_download(
    request: HttpRequest, request_id: int, unit_id: int
) -> HttpResponse:
    """Send the unit's .xlsx template for a request, pre-filled with what it has saved."""
    # openpyxl is slow to import: not at start-up
    from lantoa.reporting.excel.submission import submission_template, submission_template_filename

    report_request, unit, existing = submission_target(
        user=request.user, request_id=request_id, unit_id=unit_id
    )
    data = submission_template(
        request=report_request,
        unit=unit,
        due=unit_due_date(request=report_request, unit_id=unit.pk),
        submission=existing,
    )
    audit_record(
        action=AuditAction.EXPORT,
        request=request,
        target=f"submission-template:{report_request.pk}:{unit.code}",
    )
    return file_response(
        data,
        content_type=XLSX_TYPE,
        filename=submission_template_filename(request=report_request, unit=unit),
    )


@login_required
@csrf_exempt  # checked in _upload, after the size check (as the activity upload does)
@require_POST
def submission_upload(request: HttpRequest, request_id: int, unit_id: int) -> HttpResponse:
    """Submit the report from its filled template: every bad row named, nothing stored on error."""
    report_request, unit, existing = submission_target(
        user=request.user, request_id=request_id, unit_id=unit_id
    )
    if body_too_large(request, max_bytes=MAX_BYTES):
        error = f"Tệp quá lớn; tối đa {MAX_BYTES // 1024 // 1024} MB."
        return _page(request, report_request, unit, existing, upload_errors=[error], status=413)
    return _upload(request, report_request, unit, existing)


@csrf_protect
def _upload(
    request: HttpRequest, report_request: ReportRequest, unit: Unit, existing: Submission | None
) -> HttpResponse:
    # openpyxl is slow to import: not at start-up
    from lantoa.reporting.excel.submission_upload import submission_upload_read

    def refused(errors: list[str]) -> HttpResponse:
        return _page(request, report_request, unit, existing, upload_errors=errors, status=400)

    file = request.FILES.get("tep")
    if file is None:
        return refused(["Chưa chọn tệp Excel."])
    # Applied at once, not queued like the activity import: the file is small (5 MB cap, four
    # cells), its parsing still runs in the limited child (20 s, memory cap), and the unit
    # sees its row errors on this page just as the web form shows its own.
    try:
        read = submission_upload_read(
            data=file.read(), filename=file.name or "", request=report_request, unit=unit
        )
    except Refused as refusal:
        return refused(refusal.problems)
    try:
        submission_submit(
            request=report_request, unit=unit, user=signed_in_user(request), **read.passages
        )
    except Refused as refusal:
        return refused(read.problems(refusal))
    messages.success(request, SUBMITTED)
    return redirect("reporting:unit_home")


def _form(existing: Submission | None, *, data: QueryDict | None = None) -> SubmissionForm:
    initial = {name: getattr(existing, name) for name in SUBMISSION_PASSAGES} if existing else {}
    return SubmissionForm(data, initial=initial)


def _page(
    request: HttpRequest,
    report_request: ReportRequest,
    unit: Unit,
    existing: Submission | None,
    *,
    form: SubmissionForm | None = None,
    upload_errors: list[str] | None = None,
    status: int = 200,
) -> HttpResponse:
    return render(
        request,
        "reporting/submission_form.html",
        {
            "report_request": report_request,
            "unit": unit,
            # After a refused upload the form shows what is stored: nothing was changed.
            "form": form or _form(existing),
            "existing": existing,
            "due": unit_due_date(request=report_request, unit_id=unit.pk),
            "activities": activities_of(
                user=request.user, campaign=report_request.campaign, unit=unit
            ).count(),
            "upload_errors": upload_errors or [],
            "max_mb": MAX_BYTES // 1024 // 1024,
        },
        status=status,
    )
