"""Which units are late, and on what: tasks past their due date, reports past theirs."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from lantoa.campaigns.models import Assignment, Campaign, Task
from lantoa.core.workdays import WorkCalendar
from lantoa.organization.models import Unit
from lantoa.reporting.calendar import work_calendar
from lantoa.reporting.indicators import COUNTED
from lantoa.reporting.models import Extension, ReportRequest, Submission, UnitCampaignSummary


@dataclass(frozen=True)
class LateReport:
    """A report the unit owes: the request, the unit's due date and how late it is."""

    request: ReportRequest
    due: datetime.date
    days_late: int
    returned: bool


@dataclass
class LateUnit:
    """A unit late on at least one task or report of a campaign."""

    unit: Unit
    tasks: list[Task] = field(default_factory=list)
    reports: list[LateReport] = field(default_factory=list)


def late_units(
    *, campaign: Campaign, today: datetime.date, calendar: WorkCalendar | None = None
) -> list[LateUnit]:
    """Return the units late in a campaign on the day, in Vietnamese order of their names."""
    calendar = calendar or work_calendar()
    late: dict[int, LateUnit] = {}
    units: dict[int, Unit] = {}

    def entry(unit_id: int) -> LateUnit:
        if unit_id not in late:
            if unit_id not in units:
                units[unit_id] = Unit.objects.get(pk=unit_id)
            late[unit_id] = LateUnit(unit=units[unit_id])
        return late[unit_id]

    overdue_tasks = {
        task.pk: task for task in campaign.tasks.filter(due_date__lt=today).order_by("position")
    }
    if overdue_tasks:
        done = {
            s.unit_id: set(s.done_tasks)
            for s in UnitCampaignSummary.objects.filter(campaign=campaign)
        }
        for assignment in (
            Assignment.objects.filter(task_id__in=overdue_tasks)
            .select_related("unit")
            .order_by("task__position")
        ):
            units[assignment.unit_id] = assignment.unit
            if assignment.task_id not in done.get(assignment.unit_id, set()):
                entry(assignment.unit_id).tasks.append(overdue_tasks[assignment.task_id])
    requests = list(ReportRequest.objects.filter(campaign=campaign).order_by("due_date", "pk"))
    extensions = {
        (e.request_id, e.unit_id): e.due_date
        for e in Extension.objects.filter(request__in=requests)
    }
    submissions = {
        (s.request_id, s.unit_id): s.status for s in Submission.objects.filter(request__in=requests)
    }
    for request in requests:
        for unit in request.expected_units.all():
            units.setdefault(unit.pk, unit)
            due = extensions.get((request.pk, unit.pk), request.due_date)
            status = submissions.get((request.pk, unit.pk))
            if due < today and status not in COUNTED:
                entry(unit.pk).reports.append(
                    LateReport(
                        request=request,
                        due=due,
                        days_late=calendar.working_days_late(due=due, done=today),
                        returned=status is not None,
                    )
                )
    return sorted(late.values(), key=lambda item: item.unit.sort_key)
