"""Editing a running campaign by hand with the review screen's forms (board staff)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods

from lantoa.accounts.selectors import require_board_staff
from lantoa.campaigns.proposal import GroupProposal, TaskProposal, proposal_from_campaign
from lantoa.campaigns.selectors import campaign_get
from lantoa.campaigns.services import CampaignError, campaign_update, task_add
from lantoa.core.forms import render_form
from lantoa.guidance.forms import (
    CampaignReviewForm,
    GroupReviewForm,
    TaskReviewForm,
    reference_from_line,
)


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
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        for name in CampaignReviewForm.base_fields:
            if name != "references":
                setattr(current, name, data[name])
        current.references = [reference_from_line(line) for line in data["references"]]
        try:
            campaign_update(campaign=campaign, proposal=current)
        except CampaignError as exc:
            errors = exc.messages
        else:
            messages.success(request, "Đã lưu đợt tuyên truyền.")
            return redirect("campaigns:detail", campaign_id=campaign.pk)
    return render_form(
        request,
        "guidance/campaign_edit.html",
        {"campaign": campaign, "form": form, "errors": errors},
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
    errors: list[str] = []
    if request.method == "POST" and group_form.is_valid() and task_form.is_valid():
        group_data, task_data = group_form.cleaned_data, task_form.cleaned_data
        unit = task_data.get("unit")
        try:
            added = task_add(
                campaign=campaign,
                group=GroupProposal(
                    heading=group_data["heading"] or "",
                    kinds=group_data["kinds"],
                    unit_ids=[u.pk for u in group_data["units"]],
                ),
                task=TaskProposal(
                    text=task_data["text"] or "",
                    deadline_kind=task_data["deadline_kind"] or "",
                    deadline_text=task_data["deadline_text"] or "",
                    due_date=task_data["due_date"],
                    unit_id=unit.pk if unit else None,
                ),
            )
        except CampaignError as exc:
            errors = exc.messages
        else:
            messages.success(request, f"Đã giao nhiệm vụ cho {added.unit_count} đơn vị.")
            return redirect("campaigns:detail", campaign_id=campaign.pk)
    return render_form(
        request,
        "guidance/task_form.html",
        {
            "campaign": campaign,
            "group_form": group_form,
            "task_form": task_form,
            "errors": errors,
        },
    )
