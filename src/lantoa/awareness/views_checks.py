"""The list of a campaign's checks: unit, session, phase, answers and whether it is open."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from lantoa.awareness.selectors import check_rows
from lantoa.campaigns.selectors import campaign_get


@login_required
@require_GET
def campaign_checks(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Every check of the campaign the user reads (a unit's reporter: only their unit's)."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    rows = check_rows(user=request.user, campaign=campaign)
    return render(request, "awareness/checks.html", {"campaign": campaign, "rows": rows})
