"""Official report pages: draft from the data, edit, send to a leader, approve, issue, download."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from lantoa.accounts.selectors import (
    drafted_by,
    is_board_leader,
    is_board_staff,
    is_province_wide,
    signed_in_user,
)
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.campaigns.models import Campaign
from lantoa.campaigns.selectors import campaign_get
from lantoa.core.exports import DOCX_TYPE, PDF_TYPE, file_response
from lantoa.core.forms import (
    LabelledModelChoiceField,
    TextBoxField,
    action_run,
    form_save,
    render_form,
)
from lantoa.core.lookups import one_or_404
from lantoa.core.partydoc import render_docx, render_pdf
from lantoa.core.partydoc.screen import screen_response
from lantoa.core.partydoc.signing import SIGNING_MODE_CHOICES
from lantoa.documents.models import OfficialReport, ReportKind, ReportStatus
from lantoa.documents.reports.builder import report_document
from lantoa.documents.reports.content import (
    SECTION_KEYS,
    SECTION_TITLES,
    figures_of,
    narrative_is_stale,
    report_facts,
)
from lantoa.documents.reports.services import (
    official_report_approve,
    official_report_create,
    official_report_document,
    official_report_issue,
    official_report_redraft,
    official_report_return,
    official_report_submit,
    official_report_update,
)
from lantoa.documents.reports.unitdrafting import unit_sections
from lantoa.reporting.selectors import unit_in_campaign

TYPES = {"docx": DOCX_TYPE, "pdf": PDF_TYPE}


class ReportCreateForm(forms.Form):
    """Which campaign and which kind of report to draft."""

    campaign = LabelledModelChoiceField(label="Đợt tuyên truyền", queryset=Campaign.objects.all())
    kind = forms.ChoiceField(label="Loại báo cáo", choices=ReportKind.choices)


class ReportEditForm(forms.Form):
    """The narrative sections and the signature, editable while the report is a draft."""

    signer_mode = forms.ChoiceField(
        label="Hình thức ký",
        required=False,
        choices=SIGNING_MODE_CHOICES,
    )
    signer_title = forms.CharField(label="Chức vụ người ký", required=False, max_length=120)
    signer_name = forms.CharField(label="Người ký", required=False, max_length=120)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key in SECTION_KEYS:
            self.fields[key] = TextBoxField(label=SECTION_TITLES[key], rows=6)


def _report(request: HttpRequest, report_id: int) -> OfficialReport:
    if not is_province_wide(user=request.user):
        raise Http404("Không tìm thấy báo cáo.")
    return one_or_404(
        OfficialReport.objects.select_related("campaign", "outgoing").filter(pk=report_id),
        "Không tìm thấy báo cáo.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def report_list(request: HttpRequest) -> HttpResponse:
    """List official reports; board staff draft a new one."""
    if not is_province_wide(user=request.user):
        raise Http404("Không tìm thấy trang.")
    form = ReportCreateForm(
        request.POST or None, initial={"campaign": request.GET.get("dot"), "kind": "progress"}
    )
    if request.method == "POST":
        if not is_board_staff(user=request.user):
            raise PermissionDenied("Chỉ chuyên viên Ban được tạo báo cáo.")
        report = form_save(
            request,
            form,
            lambda data: official_report_create(user=signed_in_user(request), **data),
            success="Đã tạo dự thảo báo cáo từ số liệu hiện có.",
        )
        if report is not None:
            return redirect("reports:detail", report_id=report.pk)
    reports = OfficialReport.objects.select_related("campaign", "outgoing")
    return render_form(request, "documents/reports/list.html", {"form": form, "reports": reports})


@login_required
@require_http_methods(["GET", "POST"])
def report_detail(request: HttpRequest, report_id: int) -> HttpResponse:
    """Show a report; board staff edit it while it is a draft."""
    report = _report(request, report_id)
    is_staff = is_board_staff(user=request.user)
    initial = {
        **report.sections,
        "signer_name": report.signer_name,
        "signer_title": report.signer_title,
        "signer_mode": report.signer_mode,
    }
    form = ReportEditForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if not is_staff:
            raise PermissionDenied("Chỉ chuyên viên Ban được sửa báo cáo.")
        if form_save(
            request,
            form,
            lambda data: official_report_update(
                report=report,
                sections={k: data[k] for k in SECTION_KEYS},
                signer_name=data["signer_name"],
                signer_title=data["signer_title"],
                signer_mode=data["signer_mode"],
            ),
            success="Đã lưu dự thảo.",
        ):
            return redirect("reports:detail", report_id=report.pk)
    # An issued report shows the figures frozen in its file, never the live data.
    issued = report.status == ReportStatus.ISSUED and bool(report.issued_figures)
    figures = (
        report.issued_figures
        if issued
        else figures_of(report_facts(campaign=report.campaign, as_of=report.as_of))
    )
    return render_form(
        request,
        "documents/reports/detail.html",
        {
            "report": report,
            "figures": figures,
            "figures_frozen": issued,
            # The narrative was drafted from figures that have moved since: redraft before issue.
            "stale": not issued
            and narrative_is_stale(drafted=report.drafted_figures, figures=figures),
            "form": form,
            "is_staff": is_staff,
            # Only a board leader approves or returns (services refuse anyone else): no button.
            "is_leader": is_board_leader(user=request.user),
            "own": drafted_by(user=request.user, drafter_id=report.created_by_id),
            "editable": is_staff and report.status == ReportStatus.DRAFT,
        },
    )


# The buttons only board staff may press, and what anyone else pressing one is told.
STAFF_ONLY = {
    "submit": "Chỉ chuyên viên Ban được gửi duyệt.",
    "redraft": "Chỉ chuyên viên Ban được soạn lại báo cáo.",
    "issue": "Chỉ chuyên viên Ban được ban hành.",
}


def _issued_message(issued: OfficialReport) -> str:
    assert issued.outgoing is not None  # an issued report has its register entry
    return f"Đã ban hành báo cáo số {issued.outgoing.code}."


@login_required
@require_POST
def report_action(request: HttpRequest, report_id: int) -> HttpResponse:
    """Send for approval, approve, return with a reason, or issue."""
    report = _report(request, report_id)
    action = request.POST.get("action", "")
    if action in STAFF_ONLY and not is_board_staff(user=request.user):
        raise PermissionDenied(STAFF_ONLY[action])
    user = signed_in_user(request)
    buttons: dict[str, tuple[Callable[[], OfficialReport], str | Callable[[OfficialReport], str]]]
    buttons = {
        "submit": (lambda: official_report_submit(report=report), "Đã gửi lãnh đạo duyệt."),
        "redraft": (
            lambda: official_report_redraft(report=report),
            "Đã soạn lại các phần nhận định từ số liệu hiện có.",
        ),
        "approve": (
            lambda: official_report_approve(report=report, user=user),
            "Đã phê duyệt báo cáo.",
        ),
        "return": (
            lambda: official_report_return(
                report=report, user=user, reason=request.POST.get("reason", "")
            ),
            "Đã trả lại dự thảo.",
        ),
        "issue": (lambda: official_report_issue(report=report, user=user), _issued_message),
    }
    chosen = buttons.get(action)
    if chosen is None:
        messages.error(request, "Thao tác không hợp lệ.")
    else:
        run, success = chosen
        action_run(request, run, success=success)
    return redirect("reports:detail", report_id=report.pk)


@login_required
def report_download(request: HttpRequest, report_id: int, fmt: str) -> HttpResponse | FileResponse:
    """Download the issued (frozen) file, or a draft rendered now from the current data."""
    report = _report(request, report_id)
    if fmt not in TYPES:
        raise Http404("Định dạng không hỗ trợ.")
    audit_record(action=AuditAction.DOWNLOAD, request=request, target=request.path)
    if report.status == ReportStatus.ISSUED and report.outgoing:
        stored = report.outgoing.file if fmt == "docx" else report.pdf_file
        return FileResponse(
            stored.open("rb"),
            as_attachment=True,
            content_type=TYPES[fmt],
            filename=f"bao-cao-{report.outgoing.number}-{report.outgoing.year}.{fmt}",
        )
    document = official_report_document(report=report)
    data = render_docx(document) if fmt == "docx" else render_pdf(document)
    return file_response(
        data, content_type=TYPES[fmt], filename=f"du-thao-bao-cao-{report.pk}.{fmt}"
    )


@login_required
def report_preview(request: HttpRequest, report_id: int) -> HttpResponse:
    """The whole draft as it will be issued (tables, charts, appendices), laid out as A4 sheets."""
    report = _report(request, report_id)
    if report.status == ReportStatus.ISSUED:
        # An issued report is its frozen files; a fresh render would show today's data.
        raise Http404("Báo cáo đã ban hành: xem bản .pdf đã ban hành.")
    return screen_response(official_report_document(report=report))


@login_required
def unit_report(request: HttpRequest, campaign_id: int, unit_id: int, fmt: str) -> HttpResponse:
    """A unit's own report upward, drafted from its data, for the unit to sign and send."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    unit = unit_in_campaign(user=request.user, campaign=campaign, unit_id=unit_id)
    if fmt not in TYPES:
        raise Http404("Định dạng không hỗ trợ.")
    facts = report_facts(campaign=campaign, as_of=timezone.localdate(), unit=unit)
    document = report_document(
        facts=facts,
        kind="unit",
        sections=unit_sections(facts),
        number=None,
        issued_on=None,
        signer_name="",
        signer_title="Bí thư",
        signer_mode="T/M",
        issuing_body=unit.name,
        parent_body=f"ĐẢNG BỘ TỈNH {settings.LANTOA_PROVINCE_NAME.upper()}",
        symbol="BC/ĐU",
        authority="ĐẢNG ỦY",
    )
    data = render_docx(document) if fmt == "docx" else render_pdf(document)
    audit_record(action=AuditAction.EXPORT, request=request, target=request.path)
    return file_response(
        data,
        content_type=TYPES[fmt],
        filename=f"bao-cao-{unit.code or unit.pk}-dot-{campaign.pk}.{fmt}",
    )
