"""Unit-facing reporting pages: work list, activities with evidence (reports: views_submission)."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import is_board_staff, memberships_held, signed_in_user
from lantoa.campaigns.selectors import campaign_get
from lantoa.core.forms import action_run, errors_text, form_save, posted_form_run, render_form
from lantoa.core.numbers import whole_number
from lantoa.core.userfiles import user_file_response
from lantoa.reporting.figures import FIGURE_LABELS, figures_for
from lantoa.reporting.forms import (
    ActivityForm,
    ActivityWithEvidenceForm,
    EvidenceForm,
)
from lantoa.reporting.locks import campaign_locks, lock_reason
from lantoa.reporting.models import Activity, ActivitySource
from lantoa.reporting.selectors import (
    activities_of,
    activity_get,
    can_write_for,
    evidence_get,
    require_write_for,
    unit_in_campaign,
    unit_tasks_in_campaign,
)
from lantoa.reporting.services import (
    activity_delete,
    activity_record,
    activity_update,
    evidence_add,
)
from lantoa.reporting.standing import units_standing
from lantoa.reporting.worklist import worklist_for


@dataclass(frozen=True)
class ActivityLine:
    """An activity on its unit's page, with its channel's figures and whether its date is locked."""

    activity: Activity
    figure_rows: list[tuple[str, int | None]]
    locked: bool


@login_required
def unit_home(request: HttpRequest) -> HttpResponse:
    """Show each of the user's units its tasks, what is due and what came back."""
    today = timezone.localdate()
    held = memberships_held(user=request.user)
    return render(
        request,
        "reporting/unit_home.html",
        {
            "items": worklist_for(user=request.user, today=today),
            "is_board": is_board_staff(user=request.user),
            # An opinion collaborator reports no activity (accounts.capabilities): the page says
            # what the account is for rather than that the unit has no task.
            "reports_nothing": not any(Capability.REPORTING_READ in m.capabilities for m in held),
            "sends_opinion": any(Capability.OPINION_SEND in m.capabilities for m in held),
            "today": today,
        },
    )


@login_required
def unit_campaign(request: HttpRequest, campaign_id: int, unit_id: int) -> HttpResponse:
    """Show a unit's activities, evidence and submissions in a campaign."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    unit = unit_in_campaign(user=request.user, campaign=campaign, unit_id=unit_id)
    locks = campaign_locks(campaign_id=campaign.pk, unit_ids=[unit.pk])
    activities = [
        ActivityLine(
            activity=activity,
            figure_rows=[
                (FIGURE_LABELS[n], getattr(activity, n)) for n in figures_for(activity.channel)
            ],
            locked=locks.locked(unit_id=unit.pk, date=activity.date),
        )
        for activity in activities_of(user=request.user, campaign=campaign, unit=unit)
    ]
    # Each task and each report the unit owes, with its state and lateness as reporting.standing
    # tells them on the dashboard and the request page, not the stored status alone ("Đã chấp
    # nhận" of a report 7 working days late); the standing reads the submissions on record too.
    standing = units_standing(
        today=timezone.localdate(), campaign=campaign, unit_ids=[unit.pk]
    ).get((campaign.pk, unit.pk))
    return render(
        request,
        "reporting/unit_campaign.html",
        {
            "campaign": campaign,
            "unit": unit,
            "activities": activities,
            "tasks": standing.tasks if standing else [],
            "reports": standing.reports if standing else [],
            "can_write": can_write_for(user=request.user, unit=unit),
            "locked_through": locks.accepted_through.get(unit.pk),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def activity_create(request: HttpRequest, campaign_id: int, unit_id: int) -> HttpResponse:
    """Record an activity, with an optional photo or PDF as evidence."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    unit = unit_in_campaign(user=request.user, campaign=campaign, unit_id=unit_id)
    require_write_for(user=request.user, unit=unit)
    tasks = unit_tasks_in_campaign(campaign=campaign, unit=unit)
    channel = request.GET.get("channel") if request.method == "GET" else None
    # Opened from a task's deadline ("Ghi nhận" on the home): that task chosen, if it is the unit's.
    asked = whole_number(request.GET.get("nhiem_vu"))
    task = tasks.filter(pk=asked).first() if asked is not None else None
    form = ActivityWithEvidenceForm(
        request.POST or None,
        request.FILES or None,
        campaign=campaign,
        tasks=tasks,
        channel=channel,
        initial={"date": timezone.localdate(), "task": task},
    )
    if getattr(request, "htmx", False) and request.method == "GET":
        return render(request, "reporting/_figure_fields.html", {"form": form})
    # The activity and its evidence are one transaction: a refusal of either stores nothing.
    if form_save(
        request,
        form,
        lambda data: activity_record(
            campaign=campaign,
            unit=unit,
            data=form.to_input(),
            user=signed_in_user(request),
            source=ActivitySource.WEB,
            evidence_upload=data["file"],
            evidence_link=data["link"] or "",
        ),
        success="Đã ghi nhận hoạt động.",
        aliases={"evidence": "file"},
    ):
        return redirect("reporting:unit_campaign", campaign_id=campaign.pk, unit_id=unit.pk)
    return render_form(
        request,
        "reporting/activity_form.html",
        {"campaign": campaign, "unit": unit, "form": form, "evidence": True},
    )


@login_required
def activity_detail(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Show an activity with its figures, evidence and full change history."""
    activity = activity_get(user=request.user, activity_id=activity_id)
    locks = campaign_locks(campaign_id=activity.campaign_id, unit_ids=[activity.unit_id])
    return render(
        request,
        "reporting/activity_detail.html",
        {
            "activity": activity,
            "locked": locks.reason(unit_id=activity.unit_id, date=activity.date),
            "figure_rows": [
                (FIGURE_LABELS[n], getattr(activity, n)) for n in figures_for(activity.channel)
            ],
            "evidence": activity.evidence.all(),
            "changes": activity.changes.select_related("changed_by"),
            "evidence_form": EvidenceForm(),
            "can_write": can_write_for(user=request.user, unit=activity.unit)
            and not activity.is_deleted,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def activity_edit(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Correct an activity; every change is kept old → new."""
    activity = activity_get(user=request.user, activity_id=activity_id)
    require_write_for(user=request.user, unit=activity.unit)
    # The rule activity_update refuses by, said before a form is filled in for nothing.
    locked = lock_reason(
        campaign_id=activity.campaign_id, unit_id=activity.unit_id, date=activity.date
    )
    if locked and request.method == "GET":
        return render(
            request,
            "reporting/activity_form.html",
            {
                "campaign": activity.campaign,
                "unit": activity.unit,
                "activity": activity,
                "locked": locked,
            },
        )
    initial = {
        "channel": activity.channel,
        "date": activity.date,
        "title": activity.title,
        "task": activity.task_id,
        "material": activity.material_id,
        "url": activity.url,
        "notes": activity.notes,
        **{n: getattr(activity, n) for n in figures_for(activity.channel)},
    }
    channel = request.GET.get("channel") if request.method == "GET" else None
    form = ActivityForm(
        request.POST or None,
        campaign=activity.campaign,
        channel=channel,
        tasks=unit_tasks_in_campaign(campaign=activity.campaign, unit=activity.unit),
        initial=initial,
    )
    if getattr(request, "htmx", False) and request.method == "GET":
        return render(request, "reporting/_figure_fields.html", {"form": form})
    changes = form_save(
        request,
        form,
        lambda _data: activity_update(
            activity=activity, data=form.to_input(), user=signed_in_user(request)
        ),
        success=lambda changes: (
            f"Đã lưu {len(changes)} thay đổi." if changes else "Không có thay đổi nào."
        ),
    )
    if changes is not None:
        return redirect("reporting:activity_detail", activity_id=activity.pk)
    return render_form(
        request,
        "reporting/activity_form.html",
        {
            "campaign": activity.campaign,
            "unit": activity.unit,
            "form": form,
            "activity": activity,
        },
    )


@login_required
@require_POST
def activity_remove(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Withdraw an activity (kept in history, marked deleted)."""
    activity = activity_get(user=request.user, activity_id=activity_id)
    require_write_for(user=request.user, unit=activity.unit)
    if not action_run(
        request,
        lambda: activity_delete(activity=activity, user=signed_in_user(request)),
        success="Đã xóa hoạt động (vẫn lưu trong lịch sử).",
    ):
        return redirect("reporting:activity_detail", activity_id=activity.pk)
    return redirect(
        "reporting:unit_campaign", campaign_id=activity.campaign_id, unit_id=activity.unit_id
    )


@login_required
@require_POST
def evidence_upload(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Attach evidence to an existing activity."""
    activity = activity_get(user=request.user, activity_id=activity_id)
    require_write_for(user=request.user, unit=activity.unit)
    form = EvidenceForm(request.POST, request.FILES)
    posted_form_run(
        request,
        form,
        lambda data: evidence_add(
            activity=activity,
            user=signed_in_user(request),
            upload=data["file"],
            link=data["link"] or "",
        ),
        success="Đã thêm minh chứng.",
        invalid=f"Minh chứng không hợp lệ: {errors_text(form)}",
    )
    return redirect("reporting:activity_detail", activity_id=activity.pk)


@login_required
def evidence_download(request: HttpRequest, evidence_id: int) -> FileResponse:
    """Send an evidence file to a user who may see its unit."""
    evidence = evidence_get(user=request.user, evidence_id=evidence_id)
    if not evidence.file:
        # Link evidence is shown as a link on the page; never redirect to a stored URL.
        raise Http404("Minh chứng này là đường dẫn, không phải tệp.")
    # A download, typed by the kind checked at intake; only re-encoded photos show inline.
    return user_file_response(
        evidence.file, filename=evidence.original_name, content_type=evidence.content_type
    )
