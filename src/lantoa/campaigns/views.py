"""Campaign pages: the list, one campaign, and its documents."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.text import slugify

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import is_province_wide
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.campaigns.documents import guidance_docx, unit_plan_docx
from lantoa.campaigns.models import Channel
from lantoa.campaigns.selectors import (
    campaign_get,
    campaign_tasks,
    campaign_units,
    campaigns_for,
    unit_tasks,
)
from lantoa.core.exports import DOCX_TYPE, file_response


@login_required
def campaign_list(request: HttpRequest) -> HttpResponse:
    """List the campaigns the user takes part in."""
    campaigns = campaigns_for(user=request.user, can=Capability.REPORTING_READ)
    return render(request, "campaigns/list.html", {"campaigns": campaigns})


@login_required
def campaign_detail(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Show a campaign: all tasks for the board, the own unit's tasks for a unit."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    labels = dict(Channel.choices)
    return render(
        request,
        "campaigns/detail.html",
        {
            "campaign": campaign,
            "rows": campaign_tasks(user=request.user, campaign=campaign),
            "units": campaign_units(user=request.user, campaign=campaign),
            "channel_labels": [labels.get(code, code) for code in campaign.channels],
            "province_wide": is_province_wide(user=request.user),
        },
    )


@login_required
def campaign_guidance_docx(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Download the campaign written back as a guidance .docx."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    audit_record(action=AuditAction.EXPORT, request=request, target=request.path)
    return file_response(
        guidance_docx(campaign=campaign),
        content_type=DOCX_TYPE,
        filename=f"huong-dan-dot-{campaign.pk}.docx",
    )


@login_required
def unit_plan(request: HttpRequest, campaign_id: int, unit_id: int) -> HttpResponse:
    """Download a unit's draft implementation plan; 404 for another unit's."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    unit, tasks = unit_tasks(user=request.user, campaign=campaign, unit_id=unit_id)
    name = slugify(unit.code or str(unit.pk))
    audit_record(action=AuditAction.EXPORT, request=request, target=request.path)
    return file_response(
        unit_plan_docx(campaign=campaign, unit=unit, tasks=tasks),
        content_type=DOCX_TYPE,
        filename=f"ke-hoach-{name}-dot-{campaign.pk}.docx",
    )
