"""The JSON API for units and other systems: tasks, activities, evidence, reports, status,
survey results."""

from __future__ import annotations

from typing import NoReturn, TypeVar

from django.contrib.auth.models import User
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from ninja import File, Router, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile

from lantoa.accounts.capabilities import Capability, Extent
from lantoa.api.auth import scope_of
from lantoa.api.schemas import (
    ActivityIn,
    ActivityOut,
    CampaignStatusOut,
    CampaignTotalsOut,
    ErrorOut,
    EvidenceOut,
    MeOut,
    ReportRequestOut,
    SubmissionIn,
    SubmissionOut,
    SurveyResultsOut,
    TaskOut,
    UnitOut,
    UnitStatusOut,
)
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.awareness.models import Survey
from lantoa.awareness.surveys.selectors import results_of, survey_results_data
from lantoa.campaigns.models import Assignment, Campaign, running
from lantoa.organization.models import Unit
from lantoa.reporting.figures import figures_for
from lantoa.reporting.indicators import campaign_status
from lantoa.reporting.models import (
    SUBMISSION_PASSAGES,
    Activity,
    ActivitySource,
    ReportRequest,
)
from lantoa.reporting.services import (
    ActivityInput,
    activity_record,
    evidence_add,
    submission_submit,
)
from lantoa.reporting.standing import units_standing
from lantoa.reporting.status_data import status_data

router = Router()
# Every operation documents the errors it can answer with, in one shape.
ERRORS = dict.fromkeys((400, 401, 403, 404, 422, 429), ErrorOut)


READ = Capability.REPORTING_READ
WRITE = Capability.REPORTING_WRITE
NOT_FOUND = "Không tìm thấy."
REFUSED = {
    READ: "Mã truy cập này không được xem số liệu báo cáo của đơn vị.",
    WRITE: "Mã truy cập này không được ghi số liệu báo cáo của đơn vị.",
}


Row = TypeVar("Row", bound=Model)


def _refuse(request: HttpRequest, status: int, message: str) -> NoReturn:
    """Record the refusal in the audit log, as the web pages' refusals are, then answer it."""
    token = scope_of(request).token
    audit_record(
        action=AuditAction.ACCESS_DENIED,
        request=request,
        user=token.user,
        target=request.path,
        detail={"status": status, "method": request.method or "", "token": token.prefix},
    )
    raise HttpError(status, message)


def _unit(request: HttpRequest, can: Capability) -> Unit:
    """Return the token's unit when its membership allows `can` there, else refuse with 403."""
    scope = scope_of(request)
    if scope.extent(can=can) == Extent.NONE:
        _refuse(request, 403, REFUSED[can])
    return scope.token.unit


def _writer(request: HttpRequest) -> tuple[Unit, User]:
    """Return the unit the token writes for and the user it writes as, else refuse with 403."""
    return _unit(request, WRITE), scope_of(request).token.user


def _found(request: HttpRequest, rows: QuerySet[Row]) -> Row:
    """Return the first of the rows the token may reach, else record the refusal and answer 404."""
    found = rows.first()
    if found is None:
        _refuse(request, 404, NOT_FOUND)
    return found


def _campaign(request: HttpRequest, campaign_id: int, can: Capability) -> Campaign:
    """Return a campaign in which the token may do `can` (any, province-wide), else 404."""
    scope = scope_of(request)
    campaigns = Campaign.objects.select_related("directive")
    if scope.extent(can=can) != Extent.PROVINCE:
        campaigns = campaigns.filter(tasks__assignments__unit__in=scope.units(can=can)).distinct()
    return _found(request, campaigns.filter(pk=campaign_id))


def _activity_out(activity: Activity) -> ActivityOut:
    return ActivityOut(
        id=activity.pk,
        key=str(activity.key),
        campaign_id=activity.campaign_id,
        unit_id=activity.unit_id,
        task_id=activity.task_id,
        channel=activity.channel,
        date=activity.date,
        title=activity.title,
        url=activity.url,
        notes=activity.notes,
        figures={name: getattr(activity, name) for name in figures_for(activity.channel)},
    )


@router.get(
    "/me", response={200: MeOut, **ERRORS}, summary="Người dùng, đơn vị và vai trò của mã truy cập"
)
def me(request: HttpRequest) -> MeOut:
    token = scope_of(request).token
    unit = token.unit
    return MeOut(
        username=token.user.get_username(),
        role=token.role,
        unit=UnitOut.from_orm(unit),
    )


@router.get(
    "/tasks", response={200: list[TaskOut], **ERRORS}, summary="Nhiệm vụ được giao cho đơn vị"
)
def tasks(request: HttpRequest) -> list[TaskOut]:
    unit = _unit(request, READ)
    # Done as reporting.standing says (a task with at least one activity), campaign by campaign.
    standings = units_standing(today=timezone.localdate(), unit_ids=[unit.pk])
    return [
        TaskOut(
            campaign_id=line.task.campaign_id,
            campaign_title=line.task.campaign.title,
            task_id=line.task.pk,
            text=line.task.text,
            ref=line.task.ref,
            due_date=line.task.due_date,
            deadline_text=line.task.deadline_text,
            done=line.done,
        )
        for standing in standings.values()
        for line in standing.tasks
        # A campaign the board ended asks nothing more of its units, as their work list says.
        if line.task.campaign.is_running
    ]


@router.get(
    "/campaigns/{campaign_id}/status",
    response={200: CampaignStatusOut, **ERRORS},
    summary="Tình hình thực hiện của đợt tuyên truyền",
)
def status(request: HttpRequest, campaign_id: int) -> CampaignStatusOut:
    campaign = _campaign(request, campaign_id, READ)
    result = campaign_status(
        campaign=campaign, units=scope_of(request).units(can=READ), today=timezone.localdate()
    )
    data = status_data(result, today=timezone.localdate())
    return CampaignStatusOut(
        campaign_id=campaign.pk,
        title=campaign.title,
        **{name: data["totals"][name] for name in CampaignTotalsOut.model_fields},
        units=[UnitStatusOut(**unit) for unit in data["units"]],
    )


@router.get(
    "/campaigns/{campaign_id}/activities",
    response={200: list[ActivityOut], **ERRORS},
    summary="Hoạt động của đơn vị trong đợt",
)
def activities(request: HttpRequest, campaign_id: int) -> list[ActivityOut]:
    campaign = _campaign(request, campaign_id, READ)
    unit = _unit(request, READ)
    rows = Activity.objects.kept().filter(campaign=campaign, unit=unit)
    return [_activity_out(activity) for activity in rows.order_by("-date", "-pk")[:1000]]


@router.post(
    "/campaigns/{campaign_id}/activities",
    response={201: ActivityOut, **ERRORS},
    summary="Ghi nhận một hoạt động của đơn vị",
)
def activity_create(request: HttpRequest, campaign_id: int, payload: ActivityIn):
    unit, user = _writer(request)
    campaign = _campaign(request, campaign_id, WRITE)
    if not Assignment.objects.filter(task__campaign=campaign, unit=unit).exists():
        _refuse(request, 404, "Đơn vị không có nhiệm vụ trong đợt này.")
    activity = activity_record(
        campaign=campaign,
        unit=unit,
        user=user,
        source=ActivitySource.API,
        data=ActivityInput(**payload.model_dump()),
    )
    return Status(201, _activity_out(activity))


@router.post(
    "/activities/{activity_id}/evidence",
    response={201: EvidenceOut, **ERRORS},
    summary="Đính kèm ảnh hoặc tệp PDF minh chứng",
)
def evidence_create(request: HttpRequest, activity_id: int, file: File[UploadedFile]):
    unit, user = _writer(request)
    activity = _found(request, Activity.objects.kept().filter(pk=activity_id, unit=unit))
    evidence = evidence_add(activity=activity, user=user, upload=file)
    return Status(201, EvidenceOut.from_orm(evidence))


@router.get(
    "/report-requests",
    response={200: list[ReportRequestOut], **ERRORS},
    summary="Các yêu cầu báo cáo đơn vị phải nộp",
)
def report_requests(request: HttpRequest) -> list[ReportRequestOut]:
    unit = _unit(request, READ)
    # Each request's due date for this unit (its extension, else the request's) and what it has
    # on record, as reporting.standing tells the work list and the report's page.
    standings = units_standing(today=timezone.localdate(), unit_ids=[unit.pk])
    asking = set(
        Campaign.objects.filter(running(), pk__in=[c for c, _u in standings]).values_list(
            "pk", flat=True
        )
    )
    reports = [
        report
        for (campaign_id, _u), standing in standings.items()
        if campaign_id in asking
        for report in standing.reports
    ]
    return [
        ReportRequestOut(
            id=report.request.pk,
            campaign_id=report.request.campaign_id,
            title=report.request.title,
            due_date=report.due,
            submission_status=report.submission.status if report.submission else None,
            return_reason=report.submission.return_reason if report.submission else "",
        )
        for report in sorted(reports, key=lambda report: (report.due, report.request.pk))
    ]


@router.post(
    "/report-requests/{request_id}/submission",
    response={201: SubmissionOut, **ERRORS},
    summary="Nộp (hoặc nộp lại) báo cáo của đơn vị",
)
def submission_create(request: HttpRequest, request_id: int, payload: SubmissionIn):
    unit, user = _writer(request)
    report_request = _found(
        request, ReportRequest.objects.filter(pk=request_id, expected_units=unit)
    )
    submission = submission_submit(
        request=report_request,
        unit=unit,
        user=user,
        **{name: getattr(payload, name) for name in SUBMISSION_PASSAGES},
    )
    return Status(201, SubmissionOut.from_orm(submission))


@router.get(
    "/surveys/{survey_id}/results",
    response={200: SurveyResultsOut, **ERRORS},
    summary="Kết quả tổng hợp của một khảo sát (không số liệu khi dưới 5 phiếu)",
)
def survey_results(request: HttpRequest, survey_id: int) -> SurveyResultsOut:
    scope = scope_of(request)
    units = scope.units(can=READ)
    survey = _found(
        request, Survey.objects.filter(pk=survey_id, unit__in=units).select_related("unit")
    )
    # Open answers are the board's only, as on the survey's page.
    with_open = scope.extent(can=READ) == Extent.PROVINCE
    data = survey_results_data(results_of(survey=survey, with_open=with_open))
    return SurveyResultsOut(**data)
