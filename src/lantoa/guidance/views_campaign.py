"""Editing a running campaign with the review screen's forms, and ending it (board staff)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods, require_POST

from lantoa.accounts.selectors import require_board_staff, signed_in_user
from lantoa.campaigns.proposal import (
    CampaignProposal,
    GroupProposal,
    TaskProposal,
    proposal_from_campaign,
)
from lantoa.campaigns.selectors import campaign_get
from lantoa.campaigns.services import campaign_close, campaign_reopen, campaign_update, task_add
from lantoa.core.forms import action_run, form_save, render_form
from lantoa.guidance.forms import (
    CampaignReviewForm,
    GroupReviewForm,
    TaskReviewForm,
    reference_from_line,
)


def _edited(current: CampaignProposal, data: dict[str, Any]) -> CampaignProposal:
    """Return the campaign's proposal with the edit form's fields put in."""
    for name in CampaignReviewForm.base_fields:
        if name != "references":
            setattr(current, name, data[name])
    current.references = [reference_from_line(line) for line in data["references"]]
    return current


@login_required
@require_http_methods(["GET", "POST"])
def campaign_edit(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Edit a campaign's own fields by hand (board staff)."""
    require_board_staff(user=request.user)
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    current = proposal_from_campaign(campaign)
    form = CampaignReviewForm(
        request.POST or None, initial=CampaignReviewForm.initial_from(current)
    )
    if form_save(
        request,
        form,
        lambda data: campaign_update(campaign=campaign, proposal=_edited(current, data)),
        success="Đã lưu đợt tuyên truyền.",
    ):
        return redirect("campaigns:detail", campaign_id=campaign.pk)
    return render_form(request, "guidance/campaign_edit.html", {"campaign": campaign, "form": form})


@login_required
@require_POST
def campaign_state(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """End a campaign, or run an ended one again (board staff)."""
    require_board_staff(user=request.user)
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    user = signed_in_user(request)
    action = request.POST.get("action")
    if action == "reopen":
        action_run(
            request,
            lambda: campaign_reopen(campaign=campaign, user=user),
            success="Đã mở lại đợt tuyên truyền; các đơn vị lại thấy và được đôn đốc.",
        )
    elif action == "close":
        action_run(
            request,
            lambda: campaign_close(campaign=campaign, user=user),
            success="Đã kết thúc đợt tuyên truyền: không còn đôn đốc, các đơn vị không còn "
            "thấy đợt trong việc cần làm; số liệu và báo cáo vẫn xem được.",
        )
    else:
        messages.error(request, "Thao tác không hợp lệ.")
    return redirect("campaigns:detail", campaign_id=campaign.pk)


def _group(data: dict[str, Any]) -> GroupProposal:
    return GroupProposal(
        heading=data["heading"] or "",
        kinds=data["kinds"],
        unit_ids=[unit.pk for unit in data["units"]],
    )


def _task(data: dict[str, Any]) -> TaskProposal:
    unit = data.get("unit")
    return TaskProposal(
        text=data["text"] or "",
        deadline_kind=data["deadline_kind"] or "",
        deadline_text=data["deadline_text"] or "",
        due_date=data["due_date"],
        unit_id=unit.pk if unit else None,
    )


@login_required
@require_http_methods(["GET", "POST"])
def task_create(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Add a task to a running campaign and assign it (board staff)."""
    require_board_staff(user=request.user)
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    group_form = GroupReviewForm(request.POST or None, prefix="group")
    task_form = TaskReviewForm(
        request.POST or None, prefix="task", group_choices=[(0, "Nhóm trên")]
    )
    # The group is checked first: a task is saved only with the units it goes to.
    added = None
    if group_form.is_valid():
        group = _group(group_form.cleaned_data)
        added = form_save(
            request,
            task_form,
            lambda data: task_add(campaign=campaign, group=group, task=_task(data)),
            success=lambda added: f"Đã giao nhiệm vụ cho {added.unit_count} đơn vị.",
            # The one group and its one task, as task_add's refusal names their fields.
            places={f"groups.0.{name}": (group_form, name) for name in group_form.fields}
            | {f"groups.0.tasks.0.{name}": (task_form, name) for name in task_form.fields},
        )
    if added is not None:
        return redirect("campaigns:detail", campaign_id=campaign.pk)
    return render_form(
        request,
        "guidance/task_form.html",
        {
            "campaign": campaign,
            "group_form": group_form,
            "task_form": task_form,
        },
    )
