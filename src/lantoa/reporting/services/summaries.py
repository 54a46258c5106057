"""Keeps the per unit and campaign summary rows current, so dashboards read one row per unit."""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction
from django.db.models import Count, F, Max, Sum
from django.utils import timezone

from lantoa.campaigns.models import Assignment, Campaign
from lantoa.core.bulk import insert_many
from lantoa.organization.models import Unit
from lantoa.reporting.figures import ALL_FIGURES, BRIEFING_CHANNELS
from lantoa.reporting.models import Activity, UnitCampaignSummary, UnitWeekChannelCount

# SQLite caps the parameters of one query; a campaign has a few hundred units at most.
_CHUNK = 500
_UPDATED = [
    "activities",
    "by_channel",
    "figures",
    "tasks_total",
    "tasks_done",
    "done_tasks",
    "briefed",
    "last_activity",
    "refreshed_at",
]


def summary_refresh(*, campaign: Campaign, unit: Unit) -> UnitCampaignSummary:
    """Recompute one unit's totals for one campaign from its activities (deleted ones excluded)."""
    summaries_refresh(campaign=campaign, units=[unit])
    return UnitCampaignSummary.objects.get(campaign=campaign, unit=unit)


def summary_add(*, activity: Activity) -> None:
    """Count one new activity into its unit's summary without reading the unit's other ones.

    Recording is the hot path: a unit with a hundred thousand activities would otherwise wait
    for a full recount on every save. Corrections, deletions, imports and submissions still
    recount in full (summaries_refresh), and a unit without a summary row gets one that way.
    """
    summary = (
        UnitCampaignSummary.objects.select_for_update()
        .filter(campaign_id=activity.campaign_id, unit_id=activity.unit_id)
        .first()
    )
    if summary is None:
        # The unit's first summary: an empty row first (a second writer racing here waits on
        # it), then a full recount that locks it and counts both writers' activities.
        UnitCampaignSummary.objects.bulk_create(
            [UnitCampaignSummary(campaign_id=activity.campaign_id, unit_id=activity.unit_id)],
            ignore_conflicts=True,
        )
        summaries_refresh(campaign=activity.campaign, units=[activity.unit])
        return
    summary.activities += 1
    summary.by_channel[activity.channel] = summary.by_channel.get(activity.channel, 0) + 1
    for name in ALL_FIGURES:
        value = getattr(activity, name)
        if value is not None:  # a figure not reported stays absent, 0 is counted
            summary.figures[name] = summary.figures.get(name, 0) + value
    if activity.task_id is not None and activity.task_id not in summary.done_tasks:
        summary.done_tasks = sorted([*summary.done_tasks, activity.task_id])
        summary.tasks_done = len(summary.done_tasks)
    present = activity.party_members_present
    if activity.channel in BRIEFING_CHANNELS and present is not None:
        summary.briefed = (summary.briefed or 0) + present
    if summary.last_activity is None or activity.date > summary.last_activity:
        summary.last_activity = activity.date
    summary.refreshed_at = timezone.now()
    summary.save(update_fields=_UPDATED)
    week = activity.date - datetime.timedelta(days=activity.date.weekday())
    counted = UnitWeekChannelCount.objects.filter(
        campaign_id=activity.campaign_id,
        unit_id=activity.unit_id,
        week_start=week,
        channel=activity.channel,
    ).update(count=F("count") + 1)
    if not counted:
        UnitWeekChannelCount.objects.create(
            campaign_id=activity.campaign_id,
            unit_id=activity.unit_id,
            week_start=week,
            channel=activity.channel,
            count=1,
        )


def summaries_refresh(*, campaign: Campaign, units: Iterable[Unit]) -> int:
    """Recompute the totals of many units at once, a few grouped queries for all; return count.

    An Excel import touching every commune refreshes them together instead of one by one.
    """
    ids = sorted({unit.pk for unit in units})
    for start in range(0, len(ids), _CHUNK):
        _refresh(campaign=campaign, unit_ids=ids[start : start + _CHUNK])
    return len(ids)


@transaction.atomic
def _refresh(*, campaign: Campaign, unit_ids: list[int]) -> None:
    # Waits for a writer counting into these summaries (summary_add) and holds it off until
    # this recount commits, so neither loses the other's activity (PostgreSQL; SQLite has
    # one writer at a time anyway).
    list(
        UnitCampaignSummary.objects.select_for_update()
        .filter(campaign=campaign, unit_id__in=unit_ids)
        .order_by("pk")
        .values_list("pk", flat=True)
    )

    activities = Activity.objects.kept().filter(campaign=campaign, unit_id__in=unit_ids)
    totals: dict[int, Mapping[str, Any]] = {
        row["unit_id"]: row
        for row in activities.values("unit_id")
        .annotate(
            count=Count("pk"),
            last=Max("date"),
            **{f"sum_{name}": Sum(name) for name in ALL_FIGURES},
            **{f"n_{name}": Count(name) for name in ALL_FIGURES},
        )
        .order_by()
    }
    by_channel: dict[int, dict[str, int]] = defaultdict(dict)
    for unit_id, channel, count in (
        activities.values_list("unit_id", "channel").annotate(n=Count("pk")).order_by()
    ):
        by_channel[unit_id][channel] = count
    briefed = dict(
        activities.filter(channel__in=BRIEFING_CHANNELS, party_members_present__isnull=False)
        .values_list("unit_id")
        .annotate(total=Sum("party_members_present"))
        .order_by()
    )
    done: dict[int, list[int]] = defaultdict(list)
    # order_by(): Meta.ordering would add date and id to the DISTINCT and repeat task ids.
    for unit_id, task_id in (
        activities.filter(task__isnull=False)
        .values_list("unit_id", "task_id")
        .order_by()
        .distinct()
    ):
        done[unit_id].append(task_id)
    assigned = dict(
        Assignment.objects.filter(task__campaign=campaign, unit_id__in=unit_ids)
        .values_list("unit_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    now = timezone.now()
    rows = []
    for unit_id in unit_ids:
        total = totals.get(unit_id, {})
        # Only figures somebody reported appear: a missing key means "not reported", 0 means zero.
        figures = {
            name: total[f"sum_{name}"] or 0 for name in ALL_FIGURES if total.get(f"n_{name}")
        }
        rows.append(
            UnitCampaignSummary(
                campaign=campaign,
                unit_id=unit_id,
                activities=total.get("count", 0),
                by_channel=by_channel.get(unit_id, {}),
                figures=figures,
                tasks_total=assigned.get(unit_id, 0),
                tasks_done=len(done.get(unit_id, [])),
                done_tasks=sorted(done.get(unit_id, [])),
                briefed=briefed.get(unit_id),
                last_activity=total.get("last"),
                refreshed_at=now,
            )
        )
    # One upsert: safe when two writers refresh the same unit at once.
    UnitCampaignSummary.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["campaign", "unit"], update_fields=_UPDATED
    )
    _weeks_refresh(campaign=campaign, unit_ids=unit_ids)


def _weeks_refresh(*, campaign: Campaign, unit_ids: list[int]) -> None:
    """Rewrite the units' weekly per-channel counts, which the dashboard's time chart reads."""
    # Grouped by day in the database (a campaign has a few hundred days), by week here: the
    # week's Monday is computed the same way on SQLite and PostgreSQL.
    weeks: Counter[tuple[int, datetime.date, str]] = Counter()
    days = (
        Activity.objects.kept()
        .filter(campaign=campaign, unit_id__in=unit_ids)
        .values_list("unit_id", "channel", "date")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for unit_id, channel, day, count in days:
        weeks[(unit_id, day - datetime.timedelta(days=day.weekday()), channel)] += count
    UnitWeekChannelCount.objects.filter(campaign=campaign, unit_id__in=unit_ids).delete()
    insert_many(
        UnitWeekChannelCount,
        [
            {
                "campaign_id": campaign.pk,
                "unit_id": unit_id,
                "week_start": week,
                "channel": channel,
                "count": count,
            }
            for (unit_id, week, channel), count in sorted(weeks.items())
        ],
    )
