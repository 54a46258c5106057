"""The awareness chart: each unit's share correct before and after sessions, with intervals."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from django.core.cache import cache

from lantoa.awareness.results import TOO_FEW, Share
from lantoa.awareness.selectors import UnitResult
from lantoa.core.charts import BarChart, render_svg

BEFORE, AFTER = "Trước buổi học", "Sau buổi học"
CACHE_SECONDS = 600


def _bar(share: Share) -> tuple[float, tuple[float, float] | None]:
    if share.rate is None or share.interval is None:
        return 0.0, None
    low, high = share.interval
    return round(share.rate * 100, 1), (low * 100, high * 100)


def _label(name: str, before: Share, after: Share) -> str:
    missing = [word for word, share in (("trước", before), ("sau", after)) if not share.shown]
    if not missing:
        return name
    return f"{name} ({' và '.join(missing)}: {TOO_FEW})"


def awareness_chart(units: Sequence[UnitResult]) -> BarChart | None:
    """Return bars of each unit's share correct before and after, with 95 % Wilson whiskers.

    None when no unit has a group of five answers; a unit short of five in a phase stays on
    the chart with that bar empty and the reason in its label, never a figure.
    """
    rows = [row for row in units if row.change.before.shown or row.change.after.shown]
    if not rows:
        return None
    befores = [_bar(row.change.before) for row in rows]
    afters = [_bar(row.change.after) for row in rows]
    return BarChart(
        title="Tỷ lệ trả lời đúng trước và sau buổi học theo đơn vị (%, khoảng tin cậy 95%)",
        labels=[_label(row.unit.name, row.change.before, row.change.after) for row in rows],
        series={BEFORE: [v for v, _ in befores], AFTER: [v for v, _ in afters]},
        intervals={BEFORE: [i for _, i in befores], AFTER: [i for _, i in afters]},
        horizontal=True,
        stacked=False,
        value_suffix="%",
        max_value=100,
        counts=False,
    )


def awareness_chart_svg(units: Sequence[UnitResult]) -> str:
    """Return the chart as inline SVG ("" without figures), cached by what it draws."""
    chart = awareness_chart(units)
    if chart is None:
        return ""
    drawn = repr((chart.labels, chart.series, chart.intervals)).encode()
    key = "awareness-chart:" + hashlib.sha256(drawn).hexdigest()[:40]
    svg = cache.get(key)
    if svg is None:
        svg = render_svg(chart, width_in=9.0)
        cache.set(key, svg, CACHE_SECONDS)
    return str(svg)
