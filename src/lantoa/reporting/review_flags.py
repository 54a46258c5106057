"""The review screen's soft flags: counted per report from day rows, listed only as shown.

The rules are those of reporting.rules (soft_flags states them over rows in Python). Here
they are read so that a page costs the same at a thousand activities and at a million: the
per-day counts (ActivityDay) and the stored outlier flags (ActivityOutlier) give each report's
count, and only the activities of the days holding its first PAGE flags are read.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Count, Exists, OuterRef, Q

from lantoa.core.numbers import format_vn_number as vn
from lantoa.organization.figures import Histories, figure_histories, in_force
from lantoa.organization.models import FigureKind
from lantoa.reporting.figures import CHANNEL_FIGURES
from lantoa.reporting.locks import covered_through
from lantoa.reporting.models import (
    Activity,
    ActivityDay,
    ActivityOutlier,
    Evidence,
    Submission,
    SubmissionStatus,
)
from lantoa.reporting.rules import (
    ABOVE_POPULATION,
    COLUMNS,
    NO_EVIDENCE,
    OUTLIER,
    Flag,
    Rule,
    outlier_says,
    people_reached,
)

# The flags listed per report; the others are counted ("… và N điểm khác").
PAGE = 50


@dataclass(frozen=True)
class ReportFlags:
    """One report's flags: how many there are, and the first PAGE of them, oldest first."""

    count: int = 0
    shown: list[Flag] = field(default_factory=list)

    @property
    def more(self) -> int:
        """Return how many flags are counted but not listed."""
        return self.count - len(self.shown)


def request_flags(
    *, campaign_id: int, submissions: Iterable[Submission], focus: int | None = None
) -> dict[int, ReportFlags]:
    """Return, per submission awaiting review, its flags counted and the first ones listed.

    PAGE flags are listed in all: those of the submission in `focus`, else of the first
    reports in the order given, until the page is full; the others are only counted. Only
    submissions awaiting review are read: the flags are there to help decide. Five queries,
    however many activities the reports cover.
    """
    pending = [s for s in submissions if s.status == SubmissionStatus.SUBMITTED]
    if not pending:
        return {}
    through = {s.unit_id: covered_through(s) for s in pending}
    histories = figure_histories(
        unit_ids=through, kinds=[FigureKind.POPULATION], until=max(through.values())
    )
    # unit -> day -> [bare activities, crowded candidates (0/1), outlier flags]
    days: dict[int, dict[datetime.date, list[int]]] = defaultdict(dict)
    for unit_id, day, bare, people_max in ActivityDay.objects.filter(
        campaign_id=campaign_id, unit_id__in=list(through)
    ).values_list("unit_id", "date", "bare", "people_max"):
        if day <= through[unit_id]:
            crowded = people_max is not None and people_max > _population(histories, unit_id, day)
            days[unit_id][day] = [bare, int(crowded), 0]
    for unit_id, day, found in (
        ActivityOutlier.objects.filter(campaign_id=campaign_id, unit_id__in=list(through))
        .values_list("unit_id", "date")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        if day <= through[unit_id]:
            days[unit_id].setdefault(day, [0, 0, 0])[2] = found
    # The days holding the first flags of each report listed; days with a crowd are read for
    # every report (they are rare), since only reading them counts the crowds exactly.
    listing = _listing_units(pending, days, focus)
    wanted: dict[int, list[datetime.date]] = {}
    for unit_id, by_day in days.items():
        total, chosen = 0, []
        for day in sorted(by_day):
            bare, crowd, outliers = by_day[day]
            if unit_id in listing and total < PAGE and (bare or crowd or outliers):
                chosen.append(day)
                total += bare + crowd + outliers
            elif crowd:
                chosen.append(day)
        wanted[unit_id] = chosen
    listed = _listed(campaign_id=campaign_id, wanted=wanted, histories=histories)
    counts = {
        unit_id: sum(bare + outliers for bare, _crowd, outliers in by_day.values())
        + listed.crowds.get(unit_id, 0)
        for unit_id, by_day in days.items()
    }
    found, room = {}, PAGE
    for s in pending:
        shown = listed.flags.get(s.unit_id, [])[:room] if s.unit_id in listing else []
        room -= len(shown)
        found[s.pk] = ReportFlags(count=counts.get(s.unit_id, 0), shown=shown)
    return found


def _listing_units(
    pending: list[Submission], days: dict[int, dict[datetime.date, list[int]]], focus: int | None
) -> set[int]:
    """Return the units whose flags fill the page: the focused report's, else the first ones."""
    if focus is not None:
        return {s.unit_id for s in pending if s.pk == focus}
    units, total = set(), 0
    for s in pending:
        if total >= PAGE:
            break
        flagged = sum(sum(counts) for counts in days.get(s.unit_id, {}).values())
        if flagged:
            units.add(s.unit_id)
            total += flagged
    return units


def _population(histories: Histories, unit_id: int, day: datetime.date) -> float:
    """Return the unit's population in force on a day; infinite when it has none."""
    figure = in_force(histories.get(unit_id, {}).get(FigureKind.POPULATION, []), day)
    return figure.value if figure else float("inf")


@dataclass
class _Listed:
    flags: dict[int, list[Flag]] = field(default_factory=dict)  # unit -> flags, oldest first
    crowds: dict[int, int] = field(default_factory=dict)  # unit -> activities above population


def _listed(
    *, campaign_id: int, wanted: dict[int, list[datetime.date]], histories: Histories
) -> _Listed:
    """Return the flags of the activities of the wanted days, as soft_flags orders them."""
    listed = _Listed()
    terms = [
        # Each term names the whole index (campaign, unit, is_deleted, date): SQLite reads the
        # OR as one index search per unit instead of scanning the campaign.
        Q(campaign_id=campaign_id, unit_id=unit_id, is_deleted=False, date__in=chosen)
        for unit_id, chosen in wanted.items()
        if chosen
    ]
    if not terms:
        return listed
    rows = list(
        Activity.objects.filter(reduce(or_, terms))
        .annotate(has_evidence=Exists(Evidence.objects.filter(activity=OuterRef("pk"))))
        .order_by("date", "pk")
        .values(*COLUMNS, "has_evidence")
    )
    outliers: dict[int, dict[str, ActivityOutlier]] = defaultdict(dict)
    for outlier in ActivityOutlier.objects.filter(activity_id__in=[row["pk"] for row in rows]):
        outliers[outlier.activity_id][outlier.figure] = outlier
    for row in rows:
        found: list[tuple[Rule, str]] = []
        stored = outliers.get(row["pk"], {})
        for name in CHANNEL_FIGURES.get(row["channel"], ()):  # the order soft_flags gives
            if name in stored:
                one = stored[name]
                says = outlier_says(
                    figure=name, value=one.value, median=one.median, count=one.count
                )
                found.append((OUTLIER, says))
        people = people_reached(row)
        population = _population(histories, row["unit_id"], row["date"])
        if people is not None and people > population:
            listed.crowds[row["unit_id"]] = listed.crowds.get(row["unit_id"], 0) + 1
            found.append(
                (
                    ABOVE_POPULATION,
                    ABOVE_POPULATION.says(people=vn(people), population=vn(population)),
                )
            )
        if not row["has_evidence"] and not row["url"]:
            found.append((NO_EVIDENCE, NO_EVIDENCE.says()))
        listed.flags.setdefault(row["unit_id"], []).extend(
            Flag(rule, row["pk"], row["date"], row["title"], text) for rule, text in found
        )
    return listed
