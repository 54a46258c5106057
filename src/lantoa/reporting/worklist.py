"""A unit's work list: its tasks per campaign, what is due, and reports that came back."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, reach
from lantoa.campaigns.models import Assignment, Campaign, Task
from lantoa.organization.models import Unit
from lantoa.reporting.models import Extension, ReportRequest, Submission, UnitCampaignSummary


@dataclass
class TaskLine:
    """A task of the unit and where it stands."""

    task: Task
    done: bool
    overdue: bool


@dataclass
class RequestLine:
    """A report the unit owes or has sent."""

    request: ReportRequest
    due: datetime.date
    submission: Submission | None
    overdue: bool


@dataclass
class WorkItem:
    """One unit in one campaign."""

    campaign: Campaign
    unit: Unit
    tasks: list[TaskLine] = field(default_factory=list)
    requests: list[RequestLine] = field(default_factory=list)
    activities: int = 0

    @property
    def returned(self) -> list[RequestLine]:
        return [
            line
            for line in self.requests
            if line.submission is not None and line.submission.status == "returned"
        ]


def worklist_for(*, user: AnyUser, today: datetime.date) -> list[WorkItem]:
    """Return, for each unit the user reports for, its campaigns' tasks and report requests."""
    # Only the units the user records for by membership: board staff write anywhere but
    # have no work list of their own.
    _province, unit_ids = reach(user=user, can=Capability.REPORTING_WRITE)
    if not unit_ids:
        return []
    items: dict[tuple[int, int], WorkItem] = {}
    assignments = (
        Assignment.objects.filter(unit_id__in=unit_ids)
        .select_related("task", "task__campaign", "unit")
        .order_by("-task__campaign__created_at", "unit__name", "task__position")
    )
    summaries = {
        (s.campaign_id, s.unit_id): s
        for s in UnitCampaignSummary.objects.filter(unit_id__in=unit_ids)
    }
    for assignment in assignments:
        task = assignment.task
        key = (task.campaign_id, assignment.unit_id)
        summary = summaries.get(key)
        if key not in items:
            items[key] = WorkItem(
                campaign=task.campaign,
                unit=assignment.unit,
                activities=summary.activities if summary else 0,
            )
        done = bool(summary and task.pk in summary.done_tasks)
        overdue = not done and task.due_date is not None and task.due_date < today
        items[key].tasks.append(TaskLine(task=task, done=done, overdue=overdue))
    requests = (
        ReportRequest.objects.filter(expected_units__in=unit_ids).distinct().order_by("due_date")
    )
    extensions = {
        (e.request_id, e.unit_id): e.due_date
        for e in Extension.objects.filter(unit_id__in=unit_ids)
    }
    submissions = {
        (s.request_id, s.unit_id): s for s in Submission.objects.filter(unit_id__in=unit_ids)
    }
    for request in requests:
        for unit_id in request.expected_units.filter(pk__in=unit_ids).values_list("pk", flat=True):
            item = items.get((request.campaign_id, unit_id))
            if item is None:
                continue
            due = extensions.get((request.pk, unit_id), request.due_date)
            submission = submissions.get((request.pk, unit_id))
            counted = submission is not None and submission.status != "returned"
            item.requests.append(
                RequestLine(
                    request=request,
                    due=due,
                    submission=submission,
                    overdue=not counted and due < today,
                )
            )
    return list(items.values())
