"""Reads of the press: an agency's own plans and items, and the board's planned vs published."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import QuerySet, Sum

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, units_where
from lantoa.campaigns.models import Campaign
from lantoa.core.lookups import one_or_404
from lantoa.organization.models import Unit
from lantoa.press.models import PressItem, PressPlan
from lantoa.press.services import PRESS_KINDS
from lantoa.reporting.models import Activity, ActivityQuerySet

# Activities on these channels can be the same article as a press item.
PUBLISHED_CHANNELS = ("print", "online")


def press_units_of(*, user: AnyUser) -> QuerySet[Unit]:
    """Return the press units the user edits for (the press role at a press unit)."""
    units = units_where(user=user, can=Capability.PRESS_WRITE)
    return units.filter(kind__in=PRESS_KINDS).order_by("sort_key")


def can_file(*, user: AnyUser, unit: Unit) -> bool:
    """Tell whether the user files plans and items for this agency."""
    return press_units_of(user=user).filter(pk=unit.pk).exists()


def _agencies(*, user: AnyUser) -> QuerySet[Unit]:
    """Return the agencies the user may open (all of them, for the board)."""
    return units_where(user=user, can=Capability.PRESS_READ).filter(kind__in=PRESS_KINDS)


def press_unit_get(*, user: AnyUser, unit_id: int) -> Unit:
    """Return an agency the user edits for (or any, for the board), else 404."""
    return one_or_404(_agencies(user=user).filter(pk=unit_id), "Không tìm thấy cơ quan báo chí.")


def press_plan_get(*, user: AnyUser, plan_id: int) -> PressPlan:
    """Return one plan line of an agency the user may open, else 404."""
    plans = PressPlan.objects.filter(pk=plan_id, unit__in=_agencies(user=user))
    return one_or_404(plans.select_related("campaign", "unit"), "Không tìm thấy kế hoạch.")


def press_item_get(*, user: AnyUser, item_id: int) -> PressItem:
    """Return one published item of an agency the user may open, else 404."""
    items = PressItem.objects.filter(pk=item_id, unit__in=_agencies(user=user))
    return one_or_404(items.select_related("campaign", "unit"), "Không tìm thấy tin, bài.")


@dataclass
class AgencyRow:
    """Planned vs published for one agency in one campaign."""

    unit: Unit
    planned: int = 0
    published: int = 0

    @property
    def rate(self) -> float | None:
        return round(100 * self.published / self.planned, 1) if self.planned else None


@dataclass
class PressOverview:
    """The board's view of the press in a campaign, each article counted once."""

    rows: list[AgencyRow]
    # channel -> distinct publications (press items and units' activities, counted once)
    by_channel: dict[str, int] = field(default_factory=dict)
    total: int = 0
    duplicates: int = 0  # reports of an article already counted


def _published_reports(
    items: QuerySet[PressItem], activities: ActivityQuerySet
) -> list[tuple[int, str, str]]:
    """Return (unit id, channel, key) of each report of a published article among these rows.

    The press items, and the activities on a published channel that carry a key: a link or an
    issue an agency's or a commune's reporter recorded on the activity form or in Excel.
    """
    reported = (
        activities.kept()
        .filter(channel__in=PUBLISHED_CHANNELS)
        .exclude(publication_key="")
        # A press item's own activity is the item itself, not a second report of the article.
        .filter(press_item__isnull=True)
        .values_list("unit_id", "channel", "publication_key")
    )
    return list(items.values_list("unit_id", "channel", "canonical_key")) + list(reported)


def _published_by_unit(reports: list[tuple[int, str, str]]) -> dict[int, int]:
    """Return each unit's published articles: a key once, however often reported; a keyless item."""
    keys: dict[int, set[str]] = defaultdict(set)
    unkeyed: dict[int, int] = defaultdict(int)
    for unit_id, _channel, key in reports:
        if key:
            keys[unit_id].add(key)
        else:
            unkeyed[unit_id] += 1
    return {unit_id: len(keys[unit_id]) + unkeyed[unit_id] for unit_id in {*keys, *unkeyed}}


def press_overview(*, campaign: Campaign) -> PressOverview:
    """Return planned vs published per agency and the distinct publications per channel.

    An article's key (normalised URL, or outlet + issue + title) counts once however many
    units report it: the newspaper's item and a commune's activity with the same link are one.
    Items without a key (no link, no issue) each count once.
    """
    reports = _published_reports(
        PressItem.objects.filter(campaign=campaign), Activity.objects.filter(campaign=campaign)
    )
    seen: dict[str, str] = {}
    by_channel: dict[str, int] = defaultdict(int)
    for _unit_id, channel, key in reports:
        if not key:
            by_channel[channel] += 1
        elif key not in seen:
            seen[key] = channel
            by_channel[channel] += 1
    distinct = sum(by_channel.values())
    published = _published_by_unit(reports)
    planned = dict(
        PressPlan.objects.filter(campaign=campaign)
        .values("unit_id")
        .annotate(n=Sum("planned_items"))
        .values_list("unit_id", "n")
    )
    units = Unit.objects.filter(kind__in=PRESS_KINDS).order_by("sort_key")
    rows = [
        AgencyRow(
            unit=unit,
            planned=planned.get(unit.pk, 0) or 0,
            published=published.get(unit.pk, 0),
        )
        for unit in units
        if unit.pk in planned or unit.pk in published
    ]
    return PressOverview(
        rows=rows, by_channel=dict(by_channel), total=distinct, duplicates=len(reports) - distinct
    )


def press_month(*, user: AnyUser, month: datetime.date) -> list[AgencyRow]:
    """Return planned vs published this month for each agency the user files for."""
    first = month.replace(day=1)
    after = (first + datetime.timedelta(days=32)).replace(day=1)
    units = list(press_units_of(user=user))
    planned = dict(
        PressPlan.objects.filter(unit__in=units, month=first)
        .values("unit_id")
        .annotate(n=Sum("planned_items"))
        .values_list("unit_id", "n")
    )
    # Counted as the board's overview counts an agency's articles, over the month's days.
    published = _published_by_unit(
        _published_reports(
            PressItem.objects.filter(unit__in=units, date__gte=first, date__lt=after),
            Activity.objects.filter(unit__in=units, date__gte=first, date__lt=after),
        )
    )
    return [
        AgencyRow(
            unit=unit, planned=planned.get(unit.pk, 0) or 0, published=published.get(unit.pk, 0)
        )
        for unit in units
    ]
