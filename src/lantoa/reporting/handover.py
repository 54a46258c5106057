"""What a unit merging into another hands on: its open tasks and awaited reports (a read).

The merger itself is reporting.services.unit_merge; the merger page shows this first.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from lantoa.campaigns.models import Assignment, Campaign, Task, running
from lantoa.organization.models import Unit
from lantoa.reporting.models import ReportRequest, Submission, UnitCampaignSummary


@dataclass(frozen=True)
class Handover:
    """What a merger hands from the old unit to the one it merged into, campaign by campaign."""

    predecessor: Unit
    # Per running campaign: the tasks the old unit had not carried out (handed on) and those it
    # had (kept as its history).
    open_tasks: dict[Campaign, list[Task]] = field(default_factory=dict)
    done_tasks: dict[Campaign, list[Task]] = field(default_factory=dict)
    # Report requests of running campaigns still awaiting the old unit, none on record from it.
    requests: list[ReportRequest] = field(default_factory=list)

    @property
    def tasks_handed(self) -> int:
        return sum(len(tasks) for tasks in self.open_tasks.values())

    @property
    def tasks_kept(self) -> int:
        return sum(len(tasks) for tasks in self.done_tasks.values())

    def summary(self, successor_name: str) -> str:
        """Say in one Vietnamese sentence what passes to the successor."""
        if not self.tasks_handed and not self.requests:
            return (
                "Đơn vị không còn nhiệm vụ hay báo cáo nào đang chờ trong các đợt đang triển khai."
            )
        parts = []
        if self.tasks_handed:
            parts.append(
                f"{self.tasks_handed} nhiệm vụ chưa thực hiện của "
                f"{len(self.open_tasks)} đợt tuyên truyền"
            )
        if self.requests:
            parts.append(f"{len(self.requests)} yêu cầu báo cáo chưa nộp")
        return f"Chuyển sang {successor_name}: {' và '.join(parts)}."


def unit_handover_plan(*, predecessor: Unit) -> Handover:
    """Return what the unit still owes in running campaigns and what it has carried out."""
    done: dict[int, set[int]] = {
        campaign_id: set(tasks)
        for campaign_id, tasks in UnitCampaignSummary.objects.filter(
            running("campaign__"), unit=predecessor
        ).values_list("campaign_id", "done_tasks")
    }
    open_tasks: dict[Campaign, list[Task]] = defaultdict(list)
    done_tasks: dict[Campaign, list[Task]] = defaultdict(list)
    assigned = (
        Assignment.objects.filter(running("task__campaign__"), unit=predecessor)
        .select_related("task__campaign")
        .order_by("task__campaign_id", "task__position", "task_id")
    )
    campaigns: dict[int, Campaign] = {}
    for assignment in assigned:
        task = assignment.task
        campaign = campaigns.setdefault(task.campaign_id, task.campaign)
        task.campaign = campaign
        carried_out = task.pk in done.get(campaign.pk, set())
        (done_tasks if carried_out else open_tasks)[campaign].append(task)
    sent = Submission.objects.filter(unit=predecessor).values("request_id")
    requests = list(
        ReportRequest.objects.filter(running("campaign__"), expected_units=predecessor)
        .exclude(pk__in=sent)
        .order_by("due_date", "pk")
    )
    return Handover(
        predecessor=predecessor,
        open_tasks=dict(open_tasks),
        done_tasks=dict(done_tasks),
        requests=requests,
    )
