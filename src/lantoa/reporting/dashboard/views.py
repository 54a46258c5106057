"""The board dashboard of a campaign and its CSV/XLSX export (board staff and leaders)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.core.exports import EXPORT_TYPES, file_response
from lantoa.reporting.dashboard.charts import CHARTS, dashboard_chart_svg
from lantoa.reporting.dashboard.export import dashboard_table, extra_columns
from lantoa.reporting.dashboard.selectors import (
    SORTS,
    dashboard_get,
    dashboard_kind,
    province_campaign_get,
)


def _dashboard(request: HttpRequest, campaign_id: int):
    campaign = province_campaign_get(user=request.user, campaign_id=campaign_id)
    return dashboard_get(
        user=request.user,
        campaign=campaign,
        kind=request.GET.get("loai", "")[:20],
        sort=request.GET.get("sap_xep", "")[:20],
        today=timezone.localdate(),
    )


@login_required
@require_GET
def board_dashboard(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Show every unit's standing in a campaign, with totals and charts; htmx swaps the body."""
    dashboard = _dashboard(request, campaign_id)
    descending = dashboard.sort.startswith("-")
    current = dashboard.sort.lstrip("-")
    headers = [
        {
            "key": key,
            "label": label,
            "active": key == current,
            "descending": descending and key == current,
            # Clicking the active column flips it; another column starts ascending.
            "next": f"-{key}" if key == current and not descending else key,
        }
        for key, (label, _key) in SORTS.items()
    ]
    context = {
        "dashboard": dashboard,
        "campaign": dashboard.campaign,
        "headers": {h["key"]: h for h in headers},
        "today": timezone.localdate(),
        "chart_names": [("bao-phu", "tỷ lệ quán triệt"), ("hoat-dong", "hoạt động theo tuần")],
    }
    template = (
        "reporting/dashboard/_body.html"
        if getattr(request, "htmx", False)
        else "reporting/dashboard/board.html"
    )
    return render(request, template, context)


@login_required
@require_GET
def dashboard_chart(request: HttpRequest, campaign_id: int, which: str) -> HttpResponse:
    """Return one chart of the dashboard as an SVG fragment (loaded after the table by htmx)."""
    if which not in CHARTS:
        raise Http404("Không có biểu đồ này.")
    campaign = province_campaign_get(user=request.user, campaign_id=campaign_id)
    kind = dashboard_kind(campaign=campaign, kind=request.GET.get("loai", "")[:20])
    svg = dashboard_chart_svg(
        campaign=campaign,
        kind=kind,
        which=which,
        build=lambda: _dashboard(request, campaign_id),
    )
    template = (
        "reporting/dashboard/_chart.html"
        if getattr(request, "htmx", False)
        else "reporting/dashboard/chart.html"
    )
    return render(request, template, {"svg": svg, "which": which, "campaign": campaign})


@login_required
@require_GET
def dashboard_export(request: HttpRequest, campaign_id: int, fmt: str) -> HttpResponse:
    """Download the dashboard table as CSV (UTF-8 with BOM) or XLSX; every export is audited."""
    if fmt not in EXPORT_TYPES:
        raise Http404("Định dạng không hỗ trợ.")
    dashboard = _dashboard(request, campaign_id)
    # The page's columns of other apps (awareness) too: the file says what the page says.
    extra = extra_columns(user=request.user, campaign=dashboard.campaign)
    data, content_type = dashboard_table(dashboard, fmt=fmt, extra=extra)
    audit_record(
        action=AuditAction.EXPORT,
        request=request,
        target=request.get_full_path(),
        detail={
            "campaign": dashboard.campaign.pk,
            "format": fmt,
            "rows": len(dashboard.rows),
            "kind": dashboard.kind,
        },
    )
    stamp = timezone.localdate().strftime("%Y%m%d")
    filename = f"theo-doi-dot-{dashboard.campaign.pk}-{stamp}.{fmt}"
    return file_response(data, content_type=content_type, filename=filename)
