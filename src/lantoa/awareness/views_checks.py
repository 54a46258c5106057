"""A campaign's list of checks, and the chart of its results the dashboard loads after the table."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from lantoa.awareness.charts import awareness_chart_svg
from lantoa.awareness.selectors import check_rows, results_for
from lantoa.campaigns.selectors import campaign_get


@login_required
@require_GET
def campaign_checks(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Every check of the campaign the user reads (a unit's reporter: only their unit's)."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    rows = check_rows(user=request.user, campaign=campaign)
    return render(request, "awareness/checks.html", {"campaign": campaign, "rows": rows})


@login_required
@require_GET
def campaign_chart(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """The chart of each unit's share correct before and after, for the units the user reads.

    Drawn apart from the dashboard's table (a page of many units takes seconds to draw the
    first time; the drawing is then cached by what it shows).
    """
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    units = results_for(user=request.user, campaign=campaign).units
    context = {"svg": awareness_chart_svg(units), "any": bool(units)}
    return render(request, "awareness/_chart_body.html", context)
