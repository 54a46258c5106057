"""Reads of activities and reports, scoped to the user's units; writers are checked here too."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import (
    AnyUser,
    can_at,
    is_board_staff,
    is_province_wide,
    units_where,
)
from lantoa.campaigns.models import Campaign, Task
from lantoa.campaigns.selectors import campaign_get
from lantoa.core.lookups import Row, one_or_404
from lantoa.organization.models import Unit
from lantoa.reporting.models import (
    Activity,
    Evidence,
    ReportRequest,
    Submission,
    SubmissionStatus,
)
from lantoa.reporting.thumbnails import PHOTO_KINDS


def unit_in_campaign(*, user: AnyUser, campaign: Campaign, unit_id: int) -> Unit:
    """Return a unit whose reporting the user may read that holds tasks in the campaign, or 404."""
    units = units_where(user=user, can=Capability.REPORTING_READ)
    return one_or_404(
        units.filter(pk=unit_id, assignments__task__campaign=campaign),
        "Không tìm thấy đơn vị trong đợt tuyên truyền.",
    )


def can_write_for(*, user: AnyUser, unit: Unit) -> bool:
    """Tell whether the user may record and submit for the unit (its staff, or board staff)."""
    return can_at(user=user, unit=unit, can=Capability.REPORTING_WRITE)


def require_write_for(*, user: AnyUser, unit: Unit) -> None:
    """Refuse with 403 a user who may read the unit but not write for it (a leader)."""
    if not can_write_for(user=user, unit=unit):
        raise PermissionDenied("Bạn chỉ có quyền xem, không được cập nhật số liệu của đơn vị này.")


def writable_units(*, user: AnyUser, campaign: Campaign) -> list[Unit]:
    """Return the units of the campaign the user records for (own units; all for board staff)."""
    units = units_where(user=user, can=Capability.REPORTING_WRITE)
    units = units.filter(assignments__task__campaign=campaign).distinct()
    return list(units.order_by("sort_key"))  # Vietnamese order, not byte order


def unit_tasks_in_campaign(*, campaign: Campaign, unit: Unit) -> QuerySet[Task]:
    """Return the campaign's tasks assigned to the unit, in document order."""
    return Task.objects.filter(campaign=campaign, assignments__unit=unit).order_by("position")


def activities_of(*, user: AnyUser, campaign: Campaign, unit: Unit) -> QuerySet[Activity]:
    """Return the unit's live activities in a campaign (the caller has checked the unit)."""
    if not can_at(user=user, unit=unit, can=Capability.REPORTING_READ):
        raise Http404("Không tìm thấy đơn vị.")
    return (
        Activity.objects.kept()
        .filter(campaign=campaign, unit=unit)
        .select_related("task")
        .prefetch_related("evidence")
    )


def _readable_one(rows: QuerySet[Row], *, user: AnyUser, unit: str, message: str) -> Row:
    """Return the first row whose unit (the lookup `unit`) the user may read, or raise 404."""
    readable = units_where(user=user, can=Capability.REPORTING_READ)
    return one_or_404(rows.filter(**{f"{unit}__in": readable}), message)


def activity_get(*, user: AnyUser, activity_id: int) -> Activity:
    """Return one activity of a unit the user may see, or raise 404."""
    rows = Activity.objects.filter(pk=activity_id).select_related("campaign", "unit", "task")
    return _readable_one(rows, user=user, unit="unit", message="Không tìm thấy hoạt động.")


def evidence_get(*, user: AnyUser, evidence_id: int) -> Evidence:
    """Return one evidence file of a unit the user may see, or raise 404."""
    rows = Evidence.objects.filter(pk=evidence_id).select_related("activity")
    return _readable_one(
        rows, user=user, unit="activity__unit", message="Không tìm thấy minh chứng."
    )


def _requests_seen(requests: QuerySet[ReportRequest], *, user: AnyUser) -> QuerySet[ReportRequest]:
    """Keep the requests the user may see: all, or those asking one of their units."""
    if is_province_wide(user=user):
        return requests
    units = units_where(user=user, can=Capability.REPORTING_READ)
    return requests.filter(expected_units__in=units).distinct()


def report_requests_for(*, user: AnyUser, campaign: Campaign) -> QuerySet[ReportRequest]:
    """Return the campaign's report requests the user may see: all, or those asking their units."""
    requests = ReportRequest.objects.filter(campaign=campaign).order_by("due_date", "pk")
    return _requests_seen(requests, user=user)


def report_request_get(*, user: AnyUser, request_id: int) -> ReportRequest:
    """Return a report request the user may see, of a campaign they open, or raise 404."""
    # A campaign the user opens may hold requests that ask other units only: not theirs.
    request = one_or_404(
        _requests_seen(ReportRequest.objects.filter(pk=request_id), user=user).select_related(
            "campaign"
        ),
        "Không tìm thấy yêu cầu báo cáo.",
    )
    campaign_get(user=user, campaign_id=request.campaign_id)
    return request


def submission_target(
    *, user: AnyUser, request_id: int, unit_id: int
) -> tuple[ReportRequest, Unit, Submission | None]:
    """Return the request, the unit and its submission so far, if the user may submit for it.

    The one check of the submission page, its .xlsx template and its upload: a request the
    user sees, a unit of its campaign the user reads and the request asks (else 404), and the
    right to write for it (else 403: a leader reads but does not submit).
    """
    request = report_request_get(user=user, request_id=request_id)
    unit = unit_in_campaign(user=user, campaign=request.campaign, unit_id=unit_id)
    if not request.expected_units.filter(pk=unit.pk).exists():
        raise Http404("Đơn vị không thuộc diện phải nộp báo cáo này.")
    require_write_for(user=user, unit=unit)
    return request, unit, Submission.objects.filter(request=request, unit=unit).first()


def submission_get(*, user: AnyUser, submission_id: int) -> Submission:
    """Return a submission of a unit the user may see, or raise 404."""
    rows = Submission.objects.filter(pk=submission_id).select_related(
        "request", "unit", "request__campaign"
    )
    return _readable_one(rows, user=user, unit="unit", message="Không tìm thấy báo cáo.")


def submissions_awaiting_review(*, user: AnyUser) -> QuerySet[Submission]:
    """Return the submissions waiting for the board's review, oldest first (none for others)."""
    # Reviewing is board staff's (require_board_staff on the review page): nobody else waits.
    if not is_board_staff(user=user):
        return Submission.objects.none()
    return (
        Submission.objects.filter(status=SubmissionStatus.SUBMITTED)
        .select_related("unit", "request__campaign")
        .order_by("submitted_at", "pk")
    )


def photos_of(*, user: AnyUser, campaign: Campaign, unit: Unit | None = None) -> list[Evidence]:
    """Return the photos of a campaign's evidence (or one unit's) the user may see, by unit."""
    units = units_where(user=user, can=Capability.REPORTING_READ)
    photos = Evidence.objects.filter(
        activity__campaign=campaign,
        activity__unit__in=units,
        activity__is_deleted=False,
        content_type__in=list(PHOTO_KINDS),
    ).exclude(file="")
    if unit is not None:
        photos = photos.filter(activity__unit=unit)
    return list(
        photos.select_related("activity__unit").order_by(
            "activity__unit__sort_key", "-activity__date", "-pk"
        )
    )
