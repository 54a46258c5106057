"""Keeps what the review screen counts from current: every write of activities rewrites it.

The outlier flags (ActivityOutlier) and the per-day counts (ActivityDay) are derived from
activities and evidence, which are audited themselves; like the summaries, they are rewritten
inside the writing transaction, so the review page never reads a stale copy.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, Exists, Expression, Max, OuterRef, Q, Value
from django.db.models.functions import Coalesce

from lantoa.reporting.figures import ALL_FIGURES, REACH_FIGURES
from lantoa.reporting.models import Activity, ActivityDay, ActivityOutlier, Evidence
from lantoa.reporting.rules import OutlierHistory

# Rows read per round trip: a unit's whole history on a channel can be tens of thousands.
_CHUNK = 5000


@transaction.atomic
def outliers_refresh(
    *,
    campaign_id: int,
    unit_id: int,
    since: datetime.date | None = None,
    channels: Iterable[str] | None = None,
) -> int:
    """Rewrite the outlier flags of a unit's activities dated on or after `since`; count them.

    A flag depends only on the activities of the same unit and channel dated before it, so a
    write dated D changes no flag before D; the history before D is still read, for the median.
    `channels` limits the rewrite to the channels a write touched (all when None).
    """
    activities = Activity.objects.filter(campaign_id=campaign_id, unit_id=unit_id)
    stale = ActivityOutlier.objects.filter(campaign_id=campaign_id, unit_id=unit_id)
    if channels is not None:
        channels = sorted(set(channels))
        activities = activities.filter(channel__in=channels)
        # An activity moved to another channel is rewritten by the refresh of either.
        stale = stale.filter(activity__channel__in=channels)
    if since is not None:
        stale = stale.filter(date__gte=since)
    history = OutlierHistory()
    found: list[ActivityOutlier] = []
    rows = (
        activities.kept()
        .order_by("date", "pk")
        .values("pk", "unit_id", "channel", "date", *ALL_FIGURES)
    )
    for row in rows.iterator(chunk_size=_CHUNK):
        judged = history.judge(row)
        if since is None or row["date"] >= since:
            found.extend(
                ActivityOutlier(
                    activity_id=row["pk"],
                    campaign_id=campaign_id,
                    unit_id=unit_id,
                    date=row["date"],
                    figure=name,
                    value=value,
                    median=median,
                    count=count,
                )
                for name, value, median, count in judged
            )
    stale.delete()
    ActivityOutlier.objects.bulk_create(found, batch_size=500)
    return len(found)


def _people_sum() -> Expression:
    """Return the SQL sum of the reach figures: 0 when none is reported, which no rule flags."""
    total: Expression = Coalesce(REACH_FIGURES[0], Value(0))
    for name in REACH_FIGURES[1:]:
        total = total + Coalesce(name, Value(0))
    return total


@transaction.atomic
def review_days_refresh(
    *, campaign_id: int, unit_id: int, dates: Iterable[datetime.date | None] | None = None
) -> None:
    """Recount a unit's activities of some days (all days when None) for the review page."""
    activities = Activity.objects.filter(campaign_id=campaign_id, unit_id=unit_id)
    stale = ActivityDay.objects.filter(campaign_id=campaign_id, unit_id=unit_id)
    if dates is not None:
        days = sorted({day for day in dates if day is not None})
        activities = activities.filter(date__in=days)
        stale = stale.filter(date__in=days)
    counted = (
        activities.kept()
        .values("date")
        .annotate(
            bare=Count(
                "pk",
                filter=Q(url="") & ~Q(Exists(Evidence.objects.filter(activity=OuterRef("pk")))),
            ),
            people_max=Max(_people_sum()),
        )
        .order_by()
    )
    rows = [
        ActivityDay(
            campaign_id=campaign_id,
            unit_id=unit_id,
            date=row["date"],
            bare=row["bare"],
            people_max=row["people_max"],
        )
        for row in counted
    ]
    stale.delete()
    ActivityDay.objects.bulk_create(rows, batch_size=500)


def review_refresh(
    *,
    campaign_id: int,
    unit_id: int,
    dates: Iterable[datetime.date | None] | None = None,
    channels: Iterable[str] | None = None,
) -> None:
    """Rewrite both after a write dated on some days (the whole unit when `dates` is None)."""
    days = None if dates is None else [day for day in dates if day is not None]
    review_days_refresh(campaign_id=campaign_id, unit_id=unit_id, dates=days)
    outliers_refresh(
        campaign_id=campaign_id,
        unit_id=unit_id,
        since=min(days) if days else None,
        channels=channels,
    )
