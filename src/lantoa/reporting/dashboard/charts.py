"""The dashboard's two charts, drawn by the shared chart code and cached per data version."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable

from django.core.cache import cache

from lantoa.campaigns.models import Campaign, Channel
from lantoa.core.charts import BarChart, render_svg
from lantoa.reporting.dashboard.selectors import Dashboard, data_version, weekly_channel_counts
from lantoa.reporting.indicators import UnitStatus

CACHE_SECONDS = 600


def coverage_chart_for(statuses: list[UnitStatus]) -> BarChart | None:
    """Return bars of the share of party members briefed per unit; None when nobody reported.

    Units that have not reported stay on the chart as 0, marked, never dropped.
    """
    if not any(status.coverage is not None for status in statuses):
        return None
    rows = sorted(statuses, key=lambda status: -(status.coverage or 0))
    return BarChart(
        title=f"Tỷ lệ đảng viên được quán triệt theo đơn vị (%, {len(rows)} đơn vị)",
        labels=[
            status.unit.name
            if status.coverage is not None
            else f"{status.unit.name} (chưa báo cáo)"
            for status in rows
        ],
        series={"Tỷ lệ (%)": [round(status.coverage or 0, 1) for status in rows]},
        horizontal=True,
        value_suffix="%",
        max_value=100,
        counts=False,
    )


def _week_label(week: datetime.date) -> str:
    return f"{week:%d/%m}"


def coverage_chart(dashboard: Dashboard) -> BarChart | None:
    """Return the dashboard's coverage chart (the same chart the reports print).

    Over the units the headline rate is over (CampaignStatus.headline_rows), in its bars too.
    """
    return coverage_chart_for(dashboard.status.headline_rows)


def activity_chart(dashboard: Dashboard) -> BarChart | None:
    """Return the dashboard's weekly activity chart (the same chart the reports print)."""
    return activity_chart_for(dashboard.campaign, [row.unit.pk for row in dashboard.rows])


def activity_chart_for(campaign: Campaign, unit_ids: list[int]) -> BarChart | None:
    """Return weekly stacked bars of activities per channel; None when there are none."""
    weeks = weekly_channel_counts(campaign=campaign, unit_ids=unit_ids)
    if not weeks:
        return None
    ordered = sorted(weeks)
    labels = dict(Channel.choices)
    channels = [code for code in Channel.values if any(code in weeks[w] for w in ordered)]
    return BarChart(
        title="Số hoạt động theo tuần và hình thức (tuần bắt đầu từ thứ Hai)",
        labels=[_week_label(week) for week in ordered],
        series={str(labels[code]): [weeks[w].get(code, 0) for w in ordered] for code in channels},
        horizontal=False,
        stacked=True,
    )


CHARTS = {"bao-phu": coverage_chart, "hoat-dong": activity_chart}


def dashboard_chart_svg(
    *, campaign: Campaign, kind: str, which: str, build: Callable[[], Dashboard]
) -> str:
    """Return one chart as inline SVG ("" when empty); redrawn only when the summaries change.

    `build` makes the dashboard, and only when the chart is not cached: the page loads both
    charts after the table, so a cached chart costs one cheap query instead of a dashboard.
    """
    key = (
        "dash:"
        + hashlib.sha256(
            f"{which}|{campaign.pk}|{kind}|{data_version(campaign)}".encode()
        ).hexdigest()[:40]
    )
    svg = cache.get(key)
    if svg is None:
        chart = CHARTS[which](build())
        svg = render_svg(chart, width_in=9.0) if chart is not None else ""
        cache.set(key, svg, CACHE_SECONDS)
    return svg
