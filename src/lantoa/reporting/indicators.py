"""Indicators computed from stored facts, never typed twice: coverage, reach, timeliness."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import QuerySet

from lantoa.campaigns.models import Assignment, Campaign, Task
from lantoa.core.workdays import WorkCalendar
from lantoa.organization.models import FigureKind, Unit, UnitFigure
from lantoa.reporting.calendar import work_calendar
from lantoa.reporting.models import (
    Extension,
    ReportRequest,
    Submission,
    SubmissionStatus,
    UnitCampaignSummary,
)

REACH_FIGURES = ("party_members_present", "other_attendees", "listeners")
COUNTED = (SubmissionStatus.SUBMITTED, SubmissionStatus.ACCEPTED)


def share(part: int | None, whole: int | None) -> float | None:
    """Return part ÷ whole as a percentage capped at 100, or None when either is unknown."""
    if part is None or not whole:
        return None
    return min(100.0, 100.0 * part / whole)


@dataclass
class UnitStatus:
    """One unit's standing in a campaign, as the board dashboard shows it."""

    unit: Unit
    tasks_total: int = 0
    tasks_done: int = 0
    done_tasks: set[int] = field(default_factory=set)
    assigned_tasks: list[int] = field(default_factory=list)  # ids, in document order
    activities: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)
    figures: dict[str, int] = field(default_factory=dict)
    party_members: int | None = None
    briefed: int | None = None
    last_activity: datetime.date | None = None
    last_submission: Submission | None = None
    expected: bool = False  # asked for the latest report
    submitted: bool = False
    on_time: bool | None = None
    days_late: int = 0
    overdue_tasks: int = 0
    overdue_reports: int = 0

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
    def late(self) -> bool:
        return bool(self.overdue_tasks or self.overdue_reports)


@dataclass
class CampaignStatus:
    """Every unit's status plus the campaign totals."""

    campaign: Campaign
    rows: list[UnitStatus]
    tasks: list[Task]
    requests: list[ReportRequest]

    @property
    def units_reported(self) -> int:
        return sum(1 for row in self.rows if row.activities)

    @property
    def completeness(self) -> float | None:
        """Units that submitted the latest report ÷ units expected to, as a percentage."""
        expected = [row for row in self.rows if row.expected]
        return (
            share(sum(1 for row in expected if row.submitted), len(expected)) if expected else None
        )

    @property
    def on_time_rate(self) -> float | None:
        judged = [row for row in self.rows if row.on_time is not None]
        return share(sum(1 for row in judged if row.on_time), len(judged)) if judged else None

    @property
    def coverage(self) -> float | None:
        rows = [row for row in self.rows if row.briefed is not None and row.party_members]
        return (
            share(
                sum(row.briefed or 0 for row in rows), sum(row.party_members or 0 for row in rows)
            )
            if rows
            else None
        )

    def figure_total(self, name: str) -> int | None:
        values = [row.figures[name] for row in self.rows if name in row.figures]
        return sum(values) if values else None

    def channel_totals(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for row in self.rows:
            for channel, count in row.by_channel.items():
                totals[channel] = totals.get(channel, 0) + count
        return totals


def campaign_status(
    *,
    campaign: Campaign,
    units: QuerySet[Unit],
    today: datetime.date,
    calendar: WorkCalendar | None = None,
) -> CampaignStatus:
    """Return the status of the given units in a campaign, in Vietnamese order of unit names."""
    calendar = calendar or work_calendar()
    unit_ids = list(
        units.filter(assignments__task__campaign=campaign).values_list("pk", flat=True).distinct()
    )
    rows = {unit.pk: UnitStatus(unit=unit) for unit in Unit.objects.filter(pk__in=unit_ids)}
    for summary in UnitCampaignSummary.objects.filter(campaign=campaign, unit_id__in=unit_ids):
        row = rows[summary.unit_id]
        row.activities, row.by_channel, row.figures = (
            summary.activities,
            summary.by_channel,
            summary.figures,
        )
        row.done_tasks = set(summary.done_tasks)
        row.party_members, row.briefed = summary.party_members, summary.briefed
        row.last_activity = summary.last_activity
    _fill_missing_denominators(campaign=campaign, rows=rows)
    tasks = list(campaign.tasks.order_by("position"))
    due = {task.pk: task.due_date for task in tasks}
    for unit_id, task_id in (
        Assignment.objects.filter(task__campaign=campaign, unit_id__in=unit_ids)
        .order_by("task__position")
        .values_list("unit_id", "task_id")
    ):
        row = rows[unit_id]
        row.tasks_total += 1
        row.assigned_tasks.append(task_id)
        if task_id in row.done_tasks:
            row.tasks_done += 1
        elif due[task_id] and due[task_id] < today:
            row.overdue_tasks += 1
    requests = list(ReportRequest.objects.filter(campaign=campaign).order_by("due_date", "pk"))
    _apply_submissions(rows=rows, requests=requests, today=today, calendar=calendar)
    ordered = sorted(rows.values(), key=lambda row: row.unit.sort_key)
    return CampaignStatus(campaign=campaign, rows=ordered, tasks=tasks, requests=requests)


def _fill_missing_denominators(*, campaign: Campaign, rows: dict[int, UnitStatus]) -> None:
    """Give units without a summary yet their party members at the campaign date (one query)."""
    from lantoa.reporting.services.activities import campaign_reference_date

    missing = [unit_id for unit_id, row in rows.items() if row.party_members is None]
    if not missing:
        return
    figures = (
        UnitFigure.objects.filter(
            unit_id__in=missing,
            kind=FigureKind.PARTY_MEMBERS,
            valid_from__lte=campaign_reference_date(campaign),
        )
        .order_by("unit_id", "valid_from")
        .values_list("unit_id", "value")
    )
    for unit_id, value in figures:  # ascending dates: the last one read is the one in force
        rows[unit_id].party_members = value


def _apply_submissions(
    *,
    rows: dict[int, UnitStatus],
    requests: list[ReportRequest],
    today: datetime.date,
    calendar: WorkCalendar,
) -> None:
    """Mark, per unit, the latest request's submission, lateness and overdue requests."""
    if not requests:
        return
    extensions = {
        (e.request_id, e.unit_id): e.due_date
        for e in Extension.objects.filter(request__in=requests)
    }
    expected = {
        (request.pk, unit_id)
        for request in requests
        for unit_id in request.expected_units.values_list("pk", flat=True)
    }
    submissions = {
        (s.request_id, s.unit_id): s
        for s in Submission.objects.filter(request__in=requests, unit_id__in=rows)
    }
    latest = requests[-1]
    for unit_id, row in rows.items():
        for request in requests:
            if (request.pk, unit_id) not in expected:
                continue
            due = extensions.get((request.pk, unit_id), request.due_date)
            submission = submissions.get((request.pk, unit_id))
            if (submission is None or submission.status not in COUNTED) and due < today:
                row.overdue_reports += 1
            if request is latest:
                row.expected = True
            if request is latest and submission is not None:
                row.last_submission = submission
                row.submitted = submission.status in COUNTED
                done = submission.first_submitted_at.date()
                row.days_late = calendar.working_days_late(due=due, done=done)
                row.on_time = row.days_late == 0
            elif request is latest and due < today:
                row.on_time = False
                row.days_late = calendar.working_days_late(due=due, done=today)
