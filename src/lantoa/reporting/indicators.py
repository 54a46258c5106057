"""Indicators computed from stored facts, never typed twice: coverage, reach, timeliness."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import QuerySet

from lantoa.campaigns.models import Campaign, Task
from lantoa.core.numbers import format_vn_number, format_vn_percent
from lantoa.core.workdays import WorkCalendar
from lantoa.organization.figures import values_in_force_through_mergers
from lantoa.organization.models import FigureKind, Unit, UnitKind
from lantoa.reporting.figures import REACH_FIGURES, briefed_counted
from lantoa.reporting.models import ReportRequest, Submission, UnitCampaignSummary
from lantoa.reporting.standing import (
    ReportStanding,
    UnitStanding,
    campaign_standing,
    request_in_force,
)


def share(part: int | None, whole: int | None) -> float | None:
    """Return part ÷ whole as a percentage capped at 100, or None when either is unknown."""
    if part is None or not whole:
        return None
    return min(100.0, 100.0 * part / whole)


@dataclass(frozen=True)
class Rate:
    """A rate that says what it is: numerator, denominator, what they count, over which units."""

    part: int
    whole: int
    units: int
    noun: str  # what part and whole count: "đảng viên", "đơn vị"

    @property
    def value(self) -> float | None:
        return share(self.part, self.whole)

    @property
    def rounded(self) -> float | None:
        return None if self.value is None else round(self.value, 1)

    @property
    def fraction(self) -> str:
        """Return "20.222/48.915 đảng viên, 55 đơn vị" (the units only when not what is counted)."""
        text = f"{format_vn_number(self.part)}/{format_vn_number(self.whole)} {self.noun}"
        return text if self.noun == "đơn vị" else f"{text}, {format_vn_number(self.units)} đơn vị"

    @property
    def text(self) -> str:
        """Return "41,3% (20.222/48.915 đảng viên, 55 đơn vị)", or why there is no rate."""
        if self.value is None:
            return f"chưa có số liệu ({self.fraction})"
        return f"{format_vn_percent(self.value)} ({self.fraction})"


@dataclass
class UnitStatus:
    """One unit's figures in a campaign and its standing (reporting.standing)."""

    unit: Unit
    standing: UnitStanding
    activities: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)
    figures: dict[str, int] = field(default_factory=dict)
    party_members: int | None = None  # in force at the campaign's reference date, read live
    briefed: int | None = None  # None: not reported; 0: reported zero
    last_activity: datetime.date | None = None

    @property
    def coverage(self) -> float | None:
        """Share of party members briefed (quán triệt), None when not reported."""
        return share(self.briefed, self.party_members)

    @property
    def people_reached(self) -> int | None:
        """People reached in person; None when no such figure was reported."""
        values = [self.figures[name] for name in REACH_FIGURES if name in self.figures]
        return sum(values) if values else None

    @property
    def tasks_total(self) -> int:
        return len(self.standing.tasks)

    @property
    def tasks_done(self) -> int:
        return sum(1 for task in self.standing.tasks if task.done)

    @property
    def overdue_tasks(self) -> int:
        return len(self.standing.overdue_tasks)

    @property
    def report(self) -> ReportStanding | None:
        """Return the standing on the request the unit's figures speak of (standing.latest)."""
        return self.standing.latest

    @property
    def last_submission(self) -> Submission | None:
        return self.report.submission if self.report else None

    @property
    def expected(self) -> bool:
        return self.report is not None

    @property
    def submitted(self) -> bool:
        return bool(self.report and self.report.counted)

    @property
    def on_time(self) -> bool | None:
        """True on time, False a working day late or more, None while it cannot be told yet."""
        if self.report is None or not (self.report.counted or self.report.late):
            return None
        return self.report.on_time

    @property
    def working_days_late(self) -> int:
        return self.standing.working_days_late

    @property
    def late(self) -> bool:
        return self.standing.late


@dataclass
class CampaignStatus:
    """Every unit's status plus the campaign totals, each rate with what it counts."""

    campaign: Campaign
    rows: list[UnitStatus]
    tasks: list[Task]
    requests: list[ReportRequest]  # by due date
    today: datetime.date | None = None

    @property
    def request_in_force(self) -> ReportRequest | None:
        """Return the request the submission and lateness rates speak of (standing's rule)."""
        return request_in_force(self.requests, today=self.today)

    @property
    def units_reported(self) -> int:
        return sum(1 for row in self.rows if row.activities)

    @property
    def activities(self) -> int:
        """Activities of every unit in the rows, the board's own included."""
        return sum(row.activities for row in self.rows)

    @property
    def late_units(self) -> int:
        return sum(1 for row in self.rows if row.late)

    @property
    def people_reached(self) -> int | None:
        """People reached in person by every unit in the rows; None when none reported any."""
        values = [row.people_reached for row in self.rows if row.people_reached is not None]
        return sum(values) if values else None

    @property
    def _expected(self) -> list[UnitStatus]:
        return [row for row in self.rows if row.expected]

    @property
    def headline_rows(self) -> list[UnitStatus]:
        """Return the units every headline rate is over: the units expected to report.

        Before any report request, every unit holding tasks but the board, which asks for the
        reports and does not report to itself (report_request_create leaves it out too).
        """
        if self.requests:
            return self._expected
        return [row for row in self.rows if row.unit.kind != UnitKind.BOARD]

    @property
    def left_out(self) -> list[UnitStatus]:
        """Return the rows listed beside the headline but outside its rates (the board)."""
        counted = {id(row) for row in self.headline_rows}
        return [row for row in self.rows if id(row) not in counted]

    def scope_text(self) -> str:
        """Return the words a table's total line adds for the rows its rates leave out."""
        names = ", ".join(row.unit.name for row in self.left_out)
        return f"không tính {names}, đơn vị không phải báo cáo" if names else ""

    @property
    def completeness(self) -> Rate | None:
        """Units that submitted the report in force ÷ units expected to; None without requests."""
        expected = self._expected
        if not expected:
            return None
        done = sum(1 for row in expected if row.submitted)
        return Rate(part=done, whole=len(expected), units=len(expected), noun="đơn vị")

    @property
    def on_time_rate(self) -> Rate | None:
        """Submissions on time ÷ units expected (a unit not yet submitted is not on time)."""
        expected = self._expected
        if not expected:
            return None
        on_time = sum(1 for row in expected if row.report and row.report.on_time)
        return Rate(part=on_time, whole=len(expected), units=len(expected), noun="đơn vị")

    @property
    def briefed_rate(self) -> Rate:
        """Party members briefed ÷ party members of every expected unit (not reported: 0)."""
        known = [row for row in self.headline_rows if row.party_members]
        return Rate(
            part=sum(row.briefed or 0 for row in known),
            whole=sum(row.party_members or 0 for row in known),
            units=len(known),
            noun="đảng viên",
        )

    @property
    def briefed_rate_reporting(self) -> Rate:
        """The same rate among the units that reported a number briefed."""
        reporting = [
            row for row in self.headline_rows if row.party_members and row.briefed is not None
        ]
        return Rate(
            part=sum(row.briefed or 0 for row in reporting),
            whole=sum(row.party_members or 0 for row in reporting),
            units=len(reporting),
            noun="đảng viên",
        )

    def channel_totals(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for row in self.rows:
            for channel, count in row.by_channel.items():
                totals[channel] = totals.get(channel, 0) + count
        return totals


def party_members_in(*, campaign: Campaign, unit_ids: Iterable[int]) -> dict[int, int]:
    """Return each unit's party members in a campaign, the one denominator of its briefed rate.

    The figure in force on the campaign's reference date, with those of units merged into it
    after that date (organization.figures.values_in_force_through_mergers); absent when none.
    """
    from lantoa.campaigns.window import campaign_reference_date

    in_campaign = Unit.objects.filter(assignments__task__campaign=campaign)
    return values_in_force_through_mergers(
        unit_ids=unit_ids,
        kind=FigureKind.PARTY_MEMBERS,
        on=campaign_reference_date(campaign),
        counted=in_campaign.values_list("pk", flat=True),
    )


def campaign_status(
    *,
    campaign: Campaign,
    units: QuerySet[Unit],
    today: datetime.date,
    calendar: WorkCalendar | None = None,
) -> CampaignStatus:
    """Return the status of the given units in a campaign, in Vietnamese order of unit names."""
    unit_ids = list(
        units.filter(assignments__task__campaign=campaign).values_list("pk", flat=True).distinct()
    )
    standing = campaign_standing(
        campaign=campaign, today=today, unit_ids=unit_ids, calendar=calendar
    )
    members = party_members_in(campaign=campaign, unit_ids=unit_ids)
    rows = {
        unit.pk: UnitStatus(
            unit=unit, standing=standing.of(unit.pk), party_members=members.get(unit.pk)
        )
        for unit in Unit.objects.filter(pk__in=unit_ids)
    }
    for summary in UnitCampaignSummary.objects.filter(campaign=campaign, unit_id__in=unit_ids):
        row = rows[summary.unit_id]
        row.activities, row.by_channel, row.figures = (
            summary.activities,
            summary.by_channel,
            summary.figures,
        )
        # The sum of those present stays in figures as «lượt đảng viên».
        row.briefed = briefed_counted(summary.briefed, row.party_members)
        row.last_activity = summary.last_activity
    tasks = list(campaign.tasks.order_by("position"))
    requests = list(ReportRequest.objects.filter(campaign=campaign).order_by("due_date", "pk"))
    ordered = sorted(rows.values(), key=lambda row: row.unit.sort_key)
    return CampaignStatus(
        campaign=campaign, rows=ordered, tasks=tasks, requests=requests, today=today
    )
