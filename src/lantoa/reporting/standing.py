"""Where a unit stands: its tasks and reports, and the one rule for lateness (working days).

Every screen, document, export, reminder, API answer and CLI line reads a unit's standing
from here. A report is submitted when a submission is on record that was not returned; its
due date is the request's, or the unit's extension; it is late exactly when it came (or, still
missing, is) at least one working day after that due date — a Friday deadline seen on Saturday
is not late yet, and a due date on a day off moves to the next working day. A unit's figures
(submitted, on time, late) speak of the latest request already due (request_in_force): a
request asked today for next month does not replace it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from lantoa.campaigns.models import Assignment, Campaign, Task
from lantoa.core.workdays import ONE_DAY, WorkCalendar
from lantoa.reporting.calendar import work_calendar
from lantoa.reporting.models import (
    Extension,
    ReportRequest,
    Submission,
    SubmissionStatus,
    UnitCampaignSummary,
)

# A report not yet submitted is "due soon" this many working days ahead of its due date.
DUE_SOON_WORKING_DAYS = 3

NOT_DUE = "not_due"
DUE_SOON = "due_soon"
SUBMITTED_ON_TIME = "submitted_on_time"
SUBMITTED_LATE = "submitted_late"
OVERDUE_MISSING = "overdue_missing"
RETURNED = "returned"
ACCEPTED = "accepted"
REPORT_STATES: dict[str, str] = {
    NOT_DUE: "Chưa đến hạn",
    DUE_SOON: "Sắp hết hạn, chưa nộp",
    SUBMITTED_ON_TIME: "Đã nộp đúng hạn, chờ duyệt",
    SUBMITTED_LATE: "Đã nộp trễ hạn, chờ duyệt",
    OVERDUE_MISSING: "Quá hạn, chưa nộp",
    RETURNED: "Bị trả lại, chưa nộp lại",
    ACCEPTED: "Đã chấp nhận",
}

TASK_DONE = "done"
TASK_OVERDUE = "overdue"
TASK_OPEN = "open"
TASK_NOT_DUE = "not_due"
TASK_STATES: dict[str, str] = {
    TASK_DONE: "Đã thực hiện",
    TASK_OVERDUE: "Quá hạn",
    TASK_OPEN: "Chưa thực hiện",
    TASK_NOT_DUE: "Chưa đến hạn",
}


@dataclass(frozen=True)
class ReportStanding:
    """One unit's answer to one report request, as of a day."""

    request: ReportRequest
    unit_id: int
    due: datetime.date  # the effective due date: the unit's extension, else the request's
    extended: bool
    submission: Submission | None  # whatever is on record, returned ones included
    submitted_on: datetime.date | None  # the day the counted version came; None if none counts
    working_days_late: int
    state: str

    @property
    def late(self) -> bool:
        return self.working_days_late > 0

    @property
    def label(self) -> str:
        label = REPORT_STATES[self.state]
        if self.late and self.state in (ACCEPTED, RETURNED, OVERDUE_MISSING, SUBMITTED_LATE):
            label += f" (trễ {self.working_days_late} ngày làm việc)"
        return label

    @property
    def counted(self) -> bool:
        """Tell whether a submission counts (submitted or accepted, not returned)."""
        return self.submitted_on is not None

    @property
    def on_time(self) -> bool:
        return self.counted and not self.late

    @property
    def returned(self) -> bool:
        return self.state == RETURNED

    @property
    def overdue(self) -> bool:
        """Tell whether the unit still owes it and is at least one working day late."""
        return not self.counted and self.late


@dataclass(frozen=True)
class TaskStanding:
    """One task of one unit, as of a day."""

    task: Task
    unit_id: int
    state: str

    @property
    def label(self) -> str:
        return TASK_STATES[self.state]

    @property
    def done(self) -> bool:
        return self.state == TASK_DONE

    @property
    def overdue(self) -> bool:
        return self.state == TASK_OVERDUE


@dataclass
class UnitStanding:
    """A unit's tasks and reports in one campaign."""

    campaign_id: int
    unit_id: int
    today: datetime.date | None = None  # the day the standing is read as of
    tasks: list[TaskStanding] = field(default_factory=list)  # in document order
    reports: list[ReportStanding] = field(default_factory=list)  # by due date

    @property
    def latest(self) -> ReportStanding | None:
        """Return the standing on the latest request already due, else on the next one to come.

        The one rule of which request a unit's figures (submitted, on time, late) speak of: a
        request asked today for next week does not replace the one whose deadline has come.
        """
        chosen = request_in_force([report.request for report in self.reports], today=self.today)
        return next((r for r in self.reports if r.request is chosen), None)

    @property
    def working_days_late(self) -> int:
        return self.latest.working_days_late if self.latest else 0

    @property
    def late(self) -> bool:
        """Tell whether the latest report came, or is still missing, a working day late."""
        return self.working_days_late > 0

    @property
    def overdue_tasks(self) -> list[TaskStanding]:
        return [task for task in self.tasks if task.overdue]

    @property
    def overdue_reports(self) -> list[ReportStanding]:
        return [report for report in self.reports if report.overdue]

    @property
    def behind(self) -> bool:
        """Tell whether the unit still owes an overdue task or report (what reminders chase)."""
        return bool(self.overdue_tasks or self.overdue_reports)


def request_in_force(
    requests: list[ReportRequest], *, today: datetime.date | None
) -> ReportRequest | None:
    """Return the request the figures speak of: the latest already due, else the next to come.

    The requests come by due date. The one rule for the unit's report (UnitStanding.latest) and
    for the request the campaign's rates name (indicators.CampaignStatus.request_in_force).
    """
    if not requests:
        return None
    due = [request for request in requests if today is None or request.due_date <= today]
    return due[-1] if due else requests[0]


def last_day(due: datetime.date, calendar: WorkCalendar) -> datetime.date:
    """Return the last day a due date allows: itself, or the next working day after a day off.

    A time limit ending on a day off ends on the next working day (Bộ luật Dân sự 2015,
    Điều 148): a report due on Quốc khánh and sent the next working day is on time.
    """
    day = due
    while not calendar.is_working_day(day):
        day += ONE_DAY
    return day


def report_state(
    *,
    due: datetime.date,
    submission: Submission | None,
    today: datetime.date,
    calendar: WorkCalendar,
) -> tuple[str, datetime.date | None, int]:
    """Return (state, day the counted version came, working days late) of one report."""
    counted = submission is not None and submission.status != SubmissionStatus.RETURNED
    if counted:
        assert submission is not None
        # The version on record is what the board reads: a report returned and sent again
        # after the deadline came late, whenever its first version came.
        submitted_on = timezone.localdate(submission.submitted_at)
        late = calendar.working_days_late(due=last_day(due, calendar), done=submitted_on)
        if submission.status == SubmissionStatus.ACCEPTED:
            return ACCEPTED, submitted_on, late
        return (SUBMITTED_LATE if late else SUBMITTED_ON_TIME), submitted_on, late
    late = calendar.working_days_late(due=last_day(due, calendar), done=today)
    if submission is not None:
        return RETURNED, None, late
    if late:
        return OVERDUE_MISSING, None, late
    if due < today or calendar.add_working_days(today, DUE_SOON_WORKING_DAYS) >= due:
        return DUE_SOON, None, 0
    return NOT_DUE, None, 0


def task_state(*, task: Task, done: bool, today: datetime.date, calendar: WorkCalendar) -> str:
    """Return a task's state for a unit: done, overdue (a working day past), open or not due."""
    if done:
        return TASK_DONE
    if task.due_date is None:
        return TASK_OPEN
    if calendar.working_days_late(due=last_day(task.due_date, calendar), done=today):
        return TASK_OVERDUE
    return TASK_OPEN if task.due_date < today else TASK_NOT_DUE


def units_standing(
    *,
    today: datetime.date,
    campaign: Campaign | None = None,
    unit_ids: Iterable[int] | None = None,
    requests: list[ReportRequest] | None = None,
    calendar: WorkCalendar | None = None,
) -> dict[tuple[int, int], UnitStanding]:
    """Return each (campaign id, unit id)'s standing in a fixed number of queries.

    Give a campaign (all its units, or only unit_ids), or unit_ids alone (their campaigns), or
    the requests to read (their expected units) — the request page reads one request.
    """
    calendar = calendar or work_calendar()
    ids = None if unit_ids is None else sorted(set(unit_ids))
    found: dict[tuple[int, int], UnitStanding] = {}

    def entry(campaign_id: int, unit_id: int) -> UnitStanding:
        key = (campaign_id, unit_id)
        if key not in found:
            found[key] = UnitStanding(campaign_id=campaign_id, unit_id=unit_id, today=today)
        return found[key]

    if requests is None:
        assignments = Assignment.objects.order_by("task__campaign_id", "task__position", "task_id")
        summaries = UnitCampaignSummary.objects.all()
        if campaign is not None:
            assignments = assignments.filter(task__campaign=campaign)
            summaries = summaries.filter(campaign=campaign)
        if ids is not None:
            assignments = assignments.filter(unit_id__in=ids)
            summaries = summaries.filter(unit_id__in=ids)
        done = {
            (campaign_id, unit_id): set(tasks)
            for campaign_id, unit_id, tasks in summaries.values_list(
                "campaign_id", "unit_id", "done_tasks"
            )
        }
        # Each task (and its campaign) is read once, not once per unit it is assigned to: a
        # campaign row carries nine JSON columns, decoded again for every assignment otherwise.
        tasks = Task.objects.filter(pk__in=assignments.values("task_id")).order_by()
        if campaign is None:
            tasks = tasks.select_related("campaign")
        by_id = {task.pk: task for task in tasks}
        for task_id, unit_id in assignments.values_list("task_id", "unit_id"):
            task = by_id[task_id]
            if campaign is not None:
                task.campaign = campaign
            key = (task.campaign_id, unit_id)
            entry(*key).tasks.append(
                TaskStanding(
                    task=task,
                    unit_id=unit_id,
                    state=task_state(
                        task=task,
                        done=task.pk in done.get(key, ()),
                        today=today,
                        calendar=calendar,
                    ),
                )
            )
        asked = ReportRequest.objects.all()
        if campaign is not None:
            asked = asked.filter(campaign=campaign)
        if ids is not None:
            asked = asked.filter(pk__in=_requests_expecting(ids))
        requests = list(asked.order_by("due_date", "pk"))
    _reports(requests=requests, unit_ids=ids, today=today, calendar=calendar, entry=entry)
    return found


def _requests_expecting(unit_ids: list[int]) -> QuerySet[Any, Any]:
    through = ReportRequest.expected_units.through
    return through.objects.filter(unit_id__in=unit_ids).values("reportrequest_id")


def _reports(
    *,
    requests: list[ReportRequest],
    unit_ids: list[int] | None,
    today: datetime.date,
    calendar: WorkCalendar,
    entry,  # noqa: ANN001 - the caller's accumulator
) -> None:
    """Add each expected unit's standing on each request (three queries for all)."""
    if not requests:
        return
    through = ReportRequest.expected_units.through
    expected = through.objects.filter(reportrequest_id__in=[r.pk for r in requests])
    extensions = Extension.objects.filter(request__in=requests)
    submissions = Submission.objects.filter(request__in=requests)
    if unit_ids is not None:
        expected = expected.filter(unit_id__in=unit_ids)
        extensions = extensions.filter(unit_id__in=unit_ids)
        submissions = submissions.filter(unit_id__in=unit_ids)
    by_request: dict[int, list[int]] = {}
    for request_id, unit_id in expected.values_list("reportrequest_id", "unit_id"):
        by_request.setdefault(request_id, []).append(unit_id)
    granted = {(e.request_id, e.unit_id): e.due_date for e in extensions}
    on_record = {(s.request_id, s.unit_id): s for s in submissions}
    for request in sorted(requests, key=lambda r: (r.due_date, r.pk)):
        for unit_id in sorted(by_request.get(request.pk, [])):
            key = (request.pk, unit_id)
            due = granted.get(key, request.due_date)
            submission = on_record.get(key)
            state, submitted_on, late = report_state(
                due=due, submission=submission, today=today, calendar=calendar
            )
            entry(request.campaign_id, unit_id).reports.append(
                ReportStanding(
                    request=request,
                    unit_id=unit_id,
                    due=due,
                    extended=key in granted,
                    submission=submission,
                    submitted_on=submitted_on,
                    working_days_late=late,
                    state=state,
                )
            )


@dataclass
class CampaignStanding:
    """Every unit's standing in one campaign."""

    campaign: Campaign
    today: datetime.date
    units: dict[int, UnitStanding]

    def of(self, unit_id: int) -> UnitStanding:
        """Return a unit's standing (an empty one when it has no task nor report)."""
        return self.units.get(unit_id) or UnitStanding(
            campaign_id=self.campaign.pk, unit_id=unit_id, today=self.today
        )

    def behind(self) -> list[UnitStanding]:
        """Return the units that owe an overdue task or report."""
        return [standing for standing in self.units.values() if standing.behind]


def campaign_standing(
    *,
    campaign: Campaign,
    today: datetime.date,
    unit_ids: Iterable[int] | None = None,
    calendar: WorkCalendar | None = None,
) -> CampaignStanding:
    """Return the standing of a campaign's units (or only some) in a fixed number of queries."""
    found = units_standing(today=today, campaign=campaign, unit_ids=unit_ids, calendar=calendar)
    return CampaignStanding(
        campaign=campaign,
        today=today,
        units={unit_id: standing for (_c, unit_id), standing in found.items()},
    )


def request_standing(
    *, request: ReportRequest, today: datetime.date, calendar: WorkCalendar | None = None
) -> dict[int, ReportStanding]:
    """Return, per expected unit id, its standing on one report request."""
    found = units_standing(today=today, requests=[request], calendar=calendar)
    return {unit_id: standing.reports[0] for (_c, unit_id), standing in found.items()}


def unit_due_date(*, request: ReportRequest, unit_id: int) -> datetime.date:
    """Return one unit's effective due date on a request: its extension, else the request's."""
    granted = (
        Extension.objects.filter(request=request, unit_id=unit_id)
        .values_list("due_date", flat=True)
        .first()
    )
    return granted or request.due_date
