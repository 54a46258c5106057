"""An agency's plan and items as .xlsx: download the pre-filled workbook, upload it filled."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.uploadedfile import UploadedFile
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from lantoa.accounts.selectors import signed_in_user
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.core.errors import Refused
from lantoa.core.exports import XLSX_TYPE, file_response
from lantoa.core.numbers import whole_number
from lantoa.organization.models import Unit
from lantoa.press.selectors import can_file, press_unit_get
from lantoa.press.services_workbook import WorkbookSaved, press_workbook_apply
from lantoa.press.views import campaigns_of, require_file
from lantoa.reporting.excel.layout import MAX_BYTES
from lantoa.reporting.excel.views import workbook_posted


@login_required
@require_GET
def workbook_download(request: HttpRequest, unit_id: int) -> HttpResponse:
    """Send the agency's workbook of one campaign (?dot=, else its newest), filled in."""
    # openpyxl is slow to import: not at start-up
    from lantoa.press.workbook import press_template, press_template_filename

    unit = press_unit_get(user=request.user, unit_id=unit_id)
    chosen = whole_number(request.GET.get("dot"))
    campaigns = campaigns_of(unit)
    # Without ?dot= the agency's newest campaign, as the board's press overview opens.
    campaign = campaigns.filter(pk=chosen).first() if chosen is not None else campaigns.first()
    if campaign is None:
        raise Http404("Cơ quan không có nhiệm vụ trong đợt tuyên truyền này.")
    audit_record(
        action=AuditAction.EXPORT,
        request=request,
        target=f"press-workbook:{unit.pk}:{campaign.pk}",
    )
    return file_response(
        press_template(campaign=campaign, unit=unit),
        content_type=XLSX_TYPE,
        filename=press_template_filename(campaign=campaign, unit=unit),
    )


@login_required
@csrf_exempt  # checked in workbook_posted, after the size check (as the activity upload does)
@require_http_methods(["GET", "POST"])
def workbook_upload(request: HttpRequest, unit_id: int) -> HttpResponse:
    """The workbooks to download (anyone who reads the agency), and the upload (its editor)."""
    # openpyxl is slow to import: not at start-up
    from lantoa.press.workbook import press_upload_read

    unit = press_unit_get(user=request.user, unit_id=unit_id)
    if request.method == "POST":
        require_file(request, unit)

    def take(file: UploadedFile) -> HttpResponse:
        upload = press_upload_read(data=file.read(), filename=file.name or "")
        campaign = campaigns_of(unit).filter(pk=upload.campaign_id).first()
        if campaign is None or upload.unit_id != unit.pk:
            raise Refused(
                "Tệp này được tạo cho cơ quan hoặc đợt tuyên truyền khác; hãy tải mẫu của cơ "
                "quan và đợt này rồi điền lại."
            )
        saved = press_workbook_apply(
            unit=unit, campaign=campaign, upload=upload, user=signed_in_user(request)
        )
        messages.success(request, _saved_text(saved))
        return redirect("press:unit", unit_id=unit.pk)

    return workbook_posted(
        request,
        show=lambda errors, status: _render(request, unit, errors=errors, status=status),
        take=take,
    )


def _saved_text(saved: WorkbookSaved) -> str:
    parts = [
        f"{count} {label}"
        for count, label in (
            (saved.items_new, "tin, bài mới"),
            (saved.items_changed, "tin, bài sửa"),
            (saved.plans_saved, "tháng kế hoạch"),
        )
        if count
    ]
    if not parts:
        return "Tệp không có thay đổi nào so với dữ liệu đã lưu."
    return "Đã lưu từ tệp Excel: " + ", ".join(parts) + "."


def _render(
    request: HttpRequest,
    unit: Unit,
    *,
    errors: list[str] | None = None,
    status: int = 200,
) -> HttpResponse:
    context = {
        "unit": unit,
        "campaigns": campaigns_of(unit),
        "errors": errors or [],
        "max_mb": MAX_BYTES // 1024 // 1024,
        "can_file": can_file(user=request.user, unit=unit),
    }
    return render(request, "press/workbook_upload.html", context, status=status)
