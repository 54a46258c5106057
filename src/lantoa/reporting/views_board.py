"""Board pages of reporting: ask for reports, review submissions, grant extensions, lock,
record a unit's merger."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from lantoa.accounts.selectors import (
    is_board_staff,
    is_province_wide,
    require_board_staff,
    signed_in_user,
)
from lantoa.accounts.selectors_units import unit_get
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.campaigns.selectors import campaign_get
from lantoa.core.exports import EXPORT_TYPES, table_response
from lantoa.core.forms import action_run, form_save, posted_form_run, render_form
from lantoa.core.numbers import whole_number
from lantoa.reporting.forms import (
    ExtensionForm,
    LockForm,
    ReopenForm,
    ReportRequestForm,
    ReviewForm,
    UnitMergeForm,
)
from lantoa.reporting.handover import unit_handover_plan
from lantoa.reporting.locks import covered_through
from lantoa.reporting.models import (
    SUBMISSION_PASSAGES,
    PracticeMark,
    Submission,
    SubmissionStatus,
)
from lantoa.reporting.review_flags import PAGE, ReportFlags, request_flags
from lantoa.reporting.rules import HARD, KIND_LABELS, RULES, SOFT
from lantoa.reporting.selectors import report_request_get, submission_get
from lantoa.reporting.services import (
    extension_grant,
    practice_mark_submission,
    practice_unmark,
    report_request_create,
    reporting_lock_set,
    submission_accept,
    submission_reopen,
    submission_return,
    unit_merge,
)
from lantoa.reporting.standing import request_standing


@login_required
@require_http_methods(["GET", "POST"])
def request_create(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Ask every unit of the campaign for a report by a date."""
    require_board_staff(user=request.user)
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    form = ReportRequestForm(request.POST or None)
    created = form_save(
        request,
        form,
        lambda data: report_request_create(campaign=campaign, user=signed_in_user(request), **data),
        success=lambda created: (
            f"Đã gửi yêu cầu báo cáo tới {created.expected_units.count()} đơn vị."
        ),
    )
    if created is not None:
        return redirect("reporting:request_detail", request_id=created.pk)
    return render_form(request, "reporting/request_form.html", {"campaign": campaign, "form": form})


@login_required
def request_detail(request: HttpRequest, request_id: int) -> HttpResponse:
    """Show who submitted, who is late, and let board staff review each submission."""
    report_request = report_request_get(user=request.user, request_id=request_id)
    if not is_province_wide(user=request.user):
        raise PermissionDenied("Chỉ Ban Tuyên giáo và Dân vận xem được báo cáo của tất cả đơn vị.")
    standing = request_standing(request=report_request, today=timezone.localdate())
    units = report_request.expected_units.order_by("sort_key")
    rows: list[dict[str, Any]] = [
        {"unit": unit, "report": standing[unit.pk]} for unit in units if unit.pk in standing
    ]
    fmt = request.GET.get("xuat", "")
    if fmt in EXPORT_TYPES:
        audit_record(action=AuditAction.EXPORT, request=request, target=request.get_full_path())
        return table_response(
            header=[
                "Mã đơn vị",
                "Đơn vị",
                "Hạn nộp",
                "Trạng thái",
                "Ngày nộp",
                "Số ngày làm việc trễ",
                "Lần nộp",
                "Kết quả đạt được",
                "Mô hình, cách làm hay",
                "Khó khăn, hạn chế",
                "Đề xuất, kiến nghị",
                "Lý do trả lại",
            ],
            rows=[
                [
                    row["unit"].code or "",
                    row["unit"].name,
                    report.due,
                    report.label,
                    report.submitted_on,
                    report.working_days_late,
                    report.submission.version if report.submission else None,
                    *(
                        getattr(report.submission, name) if report.submission else ""
                        for name in SUBMISSION_PASSAGES
                    ),
                    report.submission.return_reason if report.submission else "",
                ]
                for row in rows
                for report in [row["report"]]
            ],
            fmt=fmt,
            filename=f"bao-cao-don-vi-yeu-cau-{report_request.pk}",
            sheet_title="Báo cáo",
            title=report_request.title,
        )
    submitted = sum(1 for row in rows if row["report"].counted)
    focus = request.GET.get("xem_lai", "")
    flags = request_flags(
        campaign_id=report_request.campaign_id,
        submissions=[row["report"].submission for row in rows if row["report"].submission],
        focus=whole_number(focus),
    )
    marks: dict[int, list[PracticeMark]] = {}
    for mark in PracticeMark.objects.filter(submission__request=report_request).select_related(
        "marked_by"
    ):
        marks.setdefault(mark.submission_id or 0, []).append(mark)
    for row in rows:
        submission = row["report"].submission
        row["flags"] = flags.get(submission.pk, ReportFlags()) if submission else ReportFlags()
        row["marks"] = marks.get(submission.pk, []) if submission else []
    return render(
        request,
        "reporting/request_detail.html",
        {
            "report_request": report_request,
            "rows": rows,
            "submitted": submitted,
            "flag_count": sum(found.count for found in flags.values()),
            "flagged_reports": sum(1 for found in flags.values() if found.count),
            "flag_page": PAGE,
            "focused": whole_number(focus) is not None,
            "review_form": ReviewForm(),
            "extension_form": ExtensionForm(),
            "is_staff_board": is_board_staff(user=request.user),
        },
    )


@login_required
def rules(request: HttpRequest) -> HttpResponse:
    """List the data rules: what every write path refuses and what the review screen flags."""
    return render(
        request,
        "reporting/rules.html",
        {
            "hard": [rule for rule in RULES if rule.kind == HARD],
            "soft": [rule for rule in RULES if rule.kind == SOFT],
            "kinds": KIND_LABELS,
        },
    )


@login_required
@require_POST
def submission_review(request: HttpRequest, submission_id: int) -> HttpResponse:
    """Accept a submission or return it with a reason."""
    require_board_staff(user=request.user)
    submission = submission_get(user=request.user, submission_id=submission_id)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Thao tác không hợp lệ.")
    else:
        review_apply(request, submission=submission, decision=form.cleaned_data)
    return redirect("reporting:request_detail", request_id=submission.request_id)


def review_apply(request: HttpRequest, *, submission: Submission, decision: dict[str, Any]) -> bool:
    """Accept the submission or return it with the review form's reason; say which happened."""
    reviewer = signed_in_user(request)
    if decision["action"] == "accept":
        return action_run(
            request,
            lambda: submission_accept(submission=submission, user=reviewer),
            success=f"Đã chấp nhận báo cáo của {submission.unit.name}.",
        )
    return action_run(
        request,
        lambda: submission_return(submission=submission, user=reviewer, reason=decision["reason"]),
        success=f"Đã trả lại báo cáo của {submission.unit.name}.",
    )


@login_required
@require_POST
def practice_mark(request: HttpRequest, submission_id: int) -> HttpResponse:
    """Board staff mark a passage of a unit's report as "cách làm hay", or take a mark back."""
    require_board_staff(user=request.user)
    submission = submission_get(user=request.user, submission_id=submission_id)
    remove = request.POST.get("remove", "")
    if not remove:
        action_run(
            request,
            lambda: practice_mark_submission(
                submission=submission,
                text=request.POST.get("text", ""),
                user=signed_in_user(request),
            ),
            success=f"Đã đánh dấu cách làm hay của {submission.unit.name}.",
        )
    elif mark := PracticeMark.objects.filter(
        pk=whole_number(remove) or 0, submission=submission
    ).first():
        action_run(
            request,
            lambda: practice_unmark(mark=mark, user=signed_in_user(request)),
            success="Đã bỏ đánh dấu cách làm hay.",
        )
    else:
        messages.error(request, "Không tìm thấy đoạn đã đánh dấu.")
    return redirect("reporting:request_detail", request_id=submission.request_id)


@login_required
@require_http_methods(["GET", "POST"])
def submission_reopen_view(request: HttpRequest, submission_id: int) -> HttpResponse:
    """Board staff reopen an accepted report's locked figures: a reason, a confirm step."""
    require_board_staff(user=request.user)
    submission = submission_get(user=request.user, submission_id=submission_id)
    if submission.status != SubmissionStatus.ACCEPTED:
        messages.error(request, "Chỉ mở lại được báo cáo đã được chấp nhận.")
        return redirect("reporting:request_detail", request_id=submission.request_id)
    form = ReopenForm(request.POST or None)
    confirming = False
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["confirmed"]:
            action_run(
                request,
                lambda: submission_reopen(
                    submission=submission,
                    user=signed_in_user(request),
                    reason=form.cleaned_data["reason"],
                ),
                success=f"Đã mở lại số liệu báo cáo của {submission.unit.name}.",
            )
            return redirect("reporting:request_detail", request_id=submission.request_id)
        confirming = True  # the reason is given: show what reopens, and ask once more
    context = {
        "submission": submission,
        "through": covered_through(submission),
        "form": form,
        "confirming": confirming,
    }
    if confirming:
        # A reason given is no refusal: the confirm step is answered like a page.
        return render(request, "reporting/reopen_form.html", context)
    return render_form(request, "reporting/reopen_form.html", context)


@login_required
@require_POST
def extension_create(request: HttpRequest, request_id: int) -> HttpResponse:
    """Grant one unit a later due date."""
    require_board_staff(user=request.user)
    report_request = report_request_get(user=request.user, request_id=request_id)
    posted_form_run(
        request,
        ExtensionForm(request.POST),
        lambda data: extension_grant(
            request=report_request,
            # Board staff read every unit; extension_grant refuses one the request does not ask.
            unit=unit_get(user=request.user, unit_id=data["unit"]),
            user=signed_in_user(request),
            due_date=data["due_date"],
            reason=data["reason"],
        ),
        success=lambda extension: f"Đã gia hạn cho {extension.unit.name}.",
        invalid="Hạn mới không hợp lệ (dd/mm/yyyy).",
    )
    return redirect("reporting:request_detail", request_id=report_request.pk)


@login_required
@require_POST
def lock_set(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Lock the campaign's activities up to a date."""
    require_board_staff(user=request.user)
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    posted_form_run(
        request,
        LockForm(request.POST),
        lambda data: reporting_lock_set(
            campaign=campaign, through=data["through"], user=signed_in_user(request)
        ),
        success=lambda lock: f"Đã khóa số liệu đến hết ngày {lock.locked_through:%d/%m/%Y}.",
        invalid="Ngày khóa không hợp lệ (dd/mm/yyyy).",
    )
    return redirect("campaigns:detail", campaign_id=campaign.pk)


@login_required
@require_http_methods(["GET", "POST"])
def unit_merge_view(request: HttpRequest, unit_id: int) -> HttpResponse:
    """Record that a unit merged into another, showing first what passes to the successor."""
    require_board_staff(user=request.user)
    unit = unit_get(user=request.user, unit_id=unit_id)
    form = UnitMergeForm(request.POST or None, predecessor=unit)
    merged = form_save(
        request,
        form,
        lambda data: unit_merge(predecessor=unit, user=signed_in_user(request), **data),
        success=lambda handover: (
            f"Đã ghi nhận {unit.name} sáp nhập vào {form.cleaned_data['successor'].name}. "
            + handover.summary(form.cleaned_data["successor"].name)
        ),
    )
    if merged is not None:
        return redirect("organization:unit", unit_id=unit.pk)
    context = {"unit": unit, "form": form, "plan": unit_handover_plan(predecessor=unit)}
    return render_form(request, "reporting/unit_merge_form.html", context)
