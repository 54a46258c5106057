"""Reporting fragments other apps' pages show, so those apps' views need not import reporting."""

from __future__ import annotations

from typing import Any

from django import template

from lantoa.accounts.selectors import is_province_wide
from lantoa.campaigns.models import Campaign
from lantoa.reporting.selectors import report_requests_for

register = template.Library()


@register.inclusion_tag("reporting/fragments/campaign_requests.html", takes_context=True)
def campaign_report_requests(context: dict[str, Any], campaign: Campaign) -> dict[str, Any]:
    """List the campaign's report requests the signed-in user may see."""
    user = context["request"].user
    return {
        "report_requests": report_requests_for(user=user, campaign=campaign),
        "province_wide": is_province_wide(user=user),
    }
