"""Keeps the per unit and campaign summary row current, so dashboards read one row per unit."""

from __future__ import annotations

import datetime
from collections import Counter

from django.db.models import Count, Max, QuerySet, Sum

from lantoa.campaigns.models import Assignment, Campaign
from lantoa.organization.models import FigureKind, Unit
from lantoa.organization.selectors import unit_figure_at
from lantoa.reporting.figures import ALL_FIGURES, BRIEFING_CHANNELS
from lantoa.reporting.models import Activity, UnitCampaignSummary, UnitWeekChannelCount


def summary_refresh(*, campaign: Campaign, unit: Unit) -> UnitCampaignSummary:
    """Recompute one unit's totals for one campaign from its activities (deleted ones excluded)."""
    from lantoa.reporting.services.activities import campaign_reference_date

    activities = Activity.objects.filter(campaign=campaign, unit=unit, is_deleted=False)
    totals = activities.aggregate(
        count=Count("pk"),
        last=Max("date"),
        **{f"sum_{name}": Sum(name) for name in ALL_FIGURES},
        **{f"n_{name}": Count(name) for name in ALL_FIGURES},
    )
    by_channel = dict(activities.values_list("channel").annotate(n=Count("pk")).order_by())
    # Only figures somebody reported appear: a missing key means "not reported", 0 means zero.
    figures = {name: totals[f"sum_{name}"] or 0 for name in ALL_FIGURES if totals[f"n_{name}"]}
    briefing = activities.filter(channel__in=BRIEFING_CHANNELS, party_members_present__isnull=False)
    briefed = briefing.aggregate(total=Sum("party_members_present"))["total"]
    members = unit_figure_at(
        unit=unit, kind=FigureKind.PARTY_MEMBERS, on=campaign_reference_date(campaign)
    )
    assigned = Assignment.objects.filter(task__campaign=campaign, unit=unit)
    # order_by(): Meta.ordering would add date and id to the DISTINCT and repeat task ids.
    done = sorted(
        activities.filter(task__isnull=False).values_list("task", flat=True).order_by().distinct()
    )
    summary, _created = UnitCampaignSummary.objects.update_or_create(
        campaign=campaign,
        unit=unit,
        defaults={
            "activities": totals["count"],
            "by_channel": by_channel,
            "figures": figures,
            "tasks_total": assigned.count(),
            "tasks_done": len(done),
            "done_tasks": done,
            "party_members": members.value if members else None,
            "briefed": briefed,
            "last_activity": totals["last"],
        },
    )
    _weeks_refresh(campaign=campaign, unit=unit, activities=activities)
    return summary


def _weeks_refresh(*, campaign: Campaign, unit: Unit, activities: QuerySet[Activity]) -> None:
    """Rewrite the unit's weekly per-channel counts, which the dashboard's time chart reads."""
    # Counted here rather than by GROUP BY: SQLite would then walk the (campaign, date) index
    # over every unit's rows instead of using the (campaign, unit) one.
    weeks: Counter[tuple[datetime.date, str]] = Counter()
    for day, channel in activities.values_list("date", "channel").order_by().iterator(5000):
        weeks[(day - datetime.timedelta(days=day.weekday()), channel)] += 1
    UnitWeekChannelCount.objects.filter(campaign=campaign, unit=unit).delete()
    UnitWeekChannelCount.objects.bulk_create(
        UnitWeekChannelCount(
            campaign=campaign, unit=unit, week_start=week, channel=channel, count=count
        )
        for (week, channel), count in sorted(weeks.items())
    )
