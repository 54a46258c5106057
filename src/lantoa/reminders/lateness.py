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

    def entry(unit: Unit) -> LateUnit:
        return late.setdefault(unit.pk, LateUnit(unit=unit))

    overdue_tasks = {
        task.pk: task for task in campaign.tasks.filter(due_date__lt=today).order_by("position")
    }
    if overdue_tasks:
        done = {
            unit_id: set(tasks)
            for unit_id, tasks in UnitCampaignSummary.objects.filter(campaign=campaign).values_list(
                "unit_id", "done_tasks"
            )
        }
        for assignment in (
            Assignment.objects.filter(task_id__in=overdue_tasks)
            .select_related("unit")
            .order_by("task__position")
        ):
            if assignment.task_id not in done.get(assignment.unit_id, set()):
                entry(assignment.unit).tasks.append(overdue_tasks[assignment.task_id])
    requests = list(
        ReportRequest.objects.filter(campaign=campaign)
        .prefetch_related("expected_units")
        .order_by("due_date", "pk")
    )
    extensions = {
        (e.request_id, e.unit_id): e.due_date
        for e in Extension.objects.filter(request__in=requests)
    }
    submissions = {
        (s.request_id, s.unit_id): s.status for s in Submission.objects.filter(request__in=requests)
    }
    for request in requests:
        for unit in request.expected_units.all():
            due = extensions.get((request.pk, unit.pk), request.due_date)
            status = submissions.get((request.pk, unit.pk))
            if due < today and status not in COUNTED:
                entry(unit).reports.append(
                    LateReport(
                        request=request,
                        due=due,
                        days_late=calendar.working_days_late(due=due, done=today),
                        returned=status is not None,
                    )
                )
    return sorted(late.values(), key=lambda item: item.unit.sort_key)
