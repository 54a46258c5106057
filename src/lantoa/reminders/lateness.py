"""Which units are behind, and on what: overdue tasks and reports, as reporting.standing says.

A Công văn đôn đốc does not move a due date (that is an extension, reporting.Extension): a unit
that missed its deadline stays late by it; the letter only sets the date reminders now ask for.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch

from lantoa.campaigns.models import Campaign, Task
from lantoa.core.workdays import WorkCalendar
from lantoa.documents.approval import ApprovalState
from lantoa.documents.models import OutgoingState
from lantoa.organization.models import Unit
from lantoa.reminders.models import ReminderLetter
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


@dataclass(frozen=True)
class LetterDeadline:
    """The date the latest issued Công văn đôn đốc naming a unit asks for, and its number."""

    code: str
    deadline: datetime.date


def letter_deadlines(*, campaign: Campaign) -> dict[int, LetterDeadline]:
    """Return, per unit id, the new date of the latest issued letter of a campaign naming it."""
    # Oldest first: a later letter's date replaces an earlier one's.
    letters = (
        ReminderLetter.objects.filter(
            campaign=campaign,
            state=ApprovalState.ISSUED,
            outgoing__state=OutgoingState.ISSUED,
        )
        .select_related("outgoing")
        .prefetch_related(Prefetch("units", queryset=Unit.objects.only("pk")))
        .order_by("outgoing__issued_at", "pk")
    )
    found: dict[int, LetterDeadline] = {}
    for letter in letters:
        assert letter.outgoing is not None  # filtered on its state above
        for unit in letter.units.all():
            found[unit.pk] = LetterDeadline(letter.outgoing.code, letter.deadline)
    return found
