"""Excel round trip pages: download a template, upload it back, follow the check, apply."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from lantoa.accounts.selectors import (
    is_board_staff,
    require_board_staff,
    signed_in_user,
)
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.campaigns.models import Campaign
from lantoa.campaigns.selectors import campaign_get
from lantoa.core.errors import Refused
from lantoa.core.exports import XLSX_TYPE, file_response
from lantoa.core.forms import action_run
from lantoa.organization.models import Unit
from lantoa.reporting.excel.importer import (
    excel_import_apply_start,
    excel_import_start,
    has_changes,
)
from lantoa.reporting.excel.layout import MAX_BYTES
from lantoa.reporting.excel.preview import plan_preview
from lantoa.reporting.excel.selectors import excel_import_get, excel_imports_recent
from lantoa.reporting.models import ExcelImportStatus
from lantoa.reporting.selectors import unit_in_campaign, writable_units

# Multipart framing around the file; a body larger than this cannot hold an allowed file.
_BODY_SLACK = 256 * 1024


@login_required
def template_download(request: HttpRequest, campaign_id: int, unit_id: int) -> HttpResponse:
    """Send a unit's pre-filled template for a campaign."""
    # openpyxl is slow to import: not at start-up
    from lantoa.reporting.excel.template import template_filename, unit_template

    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    unit = unit_in_campaign(user=request.user, campaign=campaign, unit_id=unit_id)
    data = unit_template(campaign=campaign, unit=unit)
    audit_record(
        action=AuditAction.EXPORT,
        request=request,
        target=f"excel-template:{campaign.pk}:{unit.code}",
    )
    return file_response(
        data, content_type=XLSX_TYPE, filename=template_filename(campaign=campaign, unit=unit)
    )


@login_required
def board_workbook_download(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Send the board's workbook covering every unit of a campaign."""
    # openpyxl is slow to import: not at start-up
    from lantoa.reporting.excel.template import board_workbook, template_filename

    require_board_staff(user=request.user)
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    data = board_workbook(campaign=campaign)
    audit_record(action=AuditAction.EXPORT, request=request, target=f"excel-board:{campaign.pk}")
    return file_response(
        data, content_type=XLSX_TYPE, filename=template_filename(campaign=campaign, unit=None)
    )


def body_too_large(request: HttpRequest, *, max_bytes: int = MAX_BYTES) -> bool:
    """Tell from its declared length, before reading it, that a body holds too large a file."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > max_bytes + _BODY_SLACK


def workbook_posted(
    request: HttpRequest,
    *,
    show: Callable[[list[str], int], HttpResponse],
    take: Callable[[UploadedFile], HttpResponse],
) -> HttpResponse:
    """Answer a page that takes a filled workbook (the view is csrf_exempt): `show(errors,
    status)` draws it; a POST is refused by its declared size before anything reads the body
    (not even the CSRF check, which would spool a 200 MB upload to disk first), then checked for
    CSRF and handed to `take(file)`, whose refusal is shown with nothing stored."""
    if request.method != "POST":
        return show([], 200)
    if body_too_large(request):
        return show(
            [f"Tệp quá lớn; tối đa {MAX_BYTES // 1024 // 1024} MB. Hãy chia thành nhiều tệp."], 413
        )

    @csrf_protect
    def checked(request: HttpRequest) -> HttpResponse:
        file = request.FILES.get("tep")
        if file is None:
            return show(["Chưa chọn tệp Excel."], 400)
        try:
            return take(file)
        except Refused as refusal:
            # Each problem on a line of its own: a row's, or a field's when it named fields.
            several = len(refusal.problems) > 1 or not refusal.fields
            return show(refusal.problems if several else list(refusal.fields.values()), 400)

    return checked(request)


@login_required
@csrf_exempt  # checked in workbook_posted, after the size check (Django's pattern)
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Show the download links and take a filled workbook for checking."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    units = writable_units(user=request.user, campaign=campaign)
    if not units:
        raise PermissionDenied("Bạn không có quyền nhập số liệu cho đợt tuyên truyền này.")

    def take(file: UploadedFile) -> HttpResponse:
        created = excel_import_start(
            campaign=campaign,
            user=signed_in_user(request),
            filename=file.name or "bang-tinh.xlsx",
            content=file,
        )
        return redirect("reporting:excel_status", upload_id=created.pk)

    return workbook_posted(
        request,
        show=lambda errors, status: _upload_render(
            request, campaign, units, error=" ".join(errors), status=status
        ),
        take=take,
    )


def _upload_render(
    request: HttpRequest,
    campaign: Campaign,
    units: list[Unit],
    *,
    error: str = "",
    status: int = 200,
) -> HttpResponse:
    return render(
        request,
        "reporting/excel/upload.html",
        {
            "campaign": campaign,
            "units": units,
            "is_board": is_board_staff(user=request.user),
            "recent": excel_imports_recent(user=request.user, campaign=campaign),
            "error": error,
            "max_mb": MAX_BYTES // 1024 // 1024,
        },
        status=status,
    )


@login_required
def status(request: HttpRequest, upload_id: int) -> HttpResponse:
    """Show an upload's progress, then its preview (or its errors)."""
    found = excel_import_get(user=request.user, upload_id=upload_id)
    context = {
        "upload": found,
        "preview": plan_preview(found),
        "running": found.status in (ExcelImportStatus.CHECKING, ExcelImportStatus.APPLYING),
        "can_apply": found.status == ExcelImportStatus.PREVIEW
        and has_changes(found)
        and found.uploaded_by_id == request.user.pk,
    }
    if getattr(request, "htmx", False):
        return render(request, "reporting/excel/_status.html", context)
    return render(request, "reporting/excel/status.html", context)


@login_required
def apply(request: HttpRequest, upload_id: int) -> HttpResponse:
    """Apply a previewed upload (POST), all or nothing, in the background."""
    found = excel_import_get(user=request.user, upload_id=upload_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    # Audited where the rows are written (excel_import_apply), whoever applies them.
    action_run(
        request,
        lambda: excel_import_apply_start(upload=found, user=signed_in_user(request)),
        success="Đang áp dụng các thay đổi; trang này cho biết khi xong.",
    )
    return redirect("reporting:excel_status", upload_id=found.pk)
