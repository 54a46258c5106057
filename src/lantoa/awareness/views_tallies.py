"""A check's paper totals as .xlsx: download the pre-filled template, upload it filled."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from lantoa.accounts.selectors import signed_in_user
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.awareness.models import AwarenessCheck
from lantoa.awareness.selectors import check_for
from lantoa.awareness.services import check_tally_upload
from lantoa.core.exports import XLSX_TYPE, file_response
from lantoa.reporting.excel.layout import MAX_BYTES
from lantoa.reporting.excel.views import workbook_posted
from lantoa.reporting.selectors import require_write_for


@login_required
@require_GET
def tally_template_download(request: HttpRequest, check_id: int) -> HttpResponse:
    """Send the check's tally template, its questions and options filled in."""
    # openpyxl is slow to import: not at start-up
    from lantoa.awareness.tallysheet import tally_template, tally_template_filename

    check = check_for(user=request.user, pk=check_id)
    audit_record(
        action=AuditAction.EXPORT, request=request, target=f"awareness-tally-template:{check.pk}"
    )
    return file_response(
        tally_template(check), content_type=XLSX_TYPE, filename=tally_template_filename(check)
    )


@login_required
@csrf_exempt  # checked in workbook_posted, after the size check (as the activity upload does)
@require_http_methods(["GET", "POST"])
def tally_upload(request: HttpRequest, check_id: int) -> HttpResponse:
    """Take the check's filled template: every bad row named, nothing stored on error."""
    # openpyxl is slow to import: not at start-up
    from lantoa.awareness.tallysheet import tally_upload_read

    check = check_for(user=request.user, pk=check_id)
    require_write_for(user=request.user, unit=check.unit)

    def take(file: UploadedFile) -> HttpResponse:
        rows, cell_errors = tally_upload_read(data=file.read(), filename=file.name or "")
        check_tally_upload(
            check=check, rows=rows, cell_errors=cell_errors, user=signed_in_user(request)
        )
        messages.success(request, "Đã lưu tổng hợp phiếu giấy từ tệp Excel.")
        return redirect("awareness:activity", check.activity_id)

    return workbook_posted(
        request,
        show=lambda errors, status: _render(request, check, errors=errors, status=status),
        take=take,
    )


def _render(
    request: HttpRequest,
    check: AwarenessCheck,
    *,
    errors: list[str] | None = None,
    status: int = 200,
) -> HttpResponse:
    context = {"check": check, "errors": errors or [], "max_mb": MAX_BYTES // 1024 // 1024}
    return render(request, "awareness/tally_upload.html", context, status=status)
