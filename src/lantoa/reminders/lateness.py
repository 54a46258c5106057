"""Which units are behind, and on what: overdue tasks and reports, as reporting.standing says."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from lantoa.campaigns.models import Campaign, Task
from lantoa.core.workdays import WorkCalendar
from lantoa.organization.models import Unit
from lantoa.reporting.standing import ReportStanding, campaign_standing


@dataclass
class LateUnit:
    """A unit that owes at least one overdue task or report of a campaign."""

    unit: Unit
    tasks: list[Task] = field(default_factory=list)
    reports: list[ReportStanding] = field(default_factory=list)


def late_units(
    *, campaign: Campaign, today: datetime.date, calendar: WorkCalendar | None = None
) -> list[LateUnit]:
    """Return the units behind in a campaign on the day, in Vietnamese order of their names."""
    behind = campaign_standing(campaign=campaign, today=today, calendar=calendar).behind()
    units = Unit.objects.in_bulk([standing.unit_id for standing in behind])
    late = [
        LateUnit(
            unit=units[standing.unit_id],
            tasks=[task.task for task in standing.overdue_tasks],
            reports=standing.overdue_reports,
        )
        for standing in behind
    ]
    return sorted(late, key=lambda item: item.unit.sort_key)
