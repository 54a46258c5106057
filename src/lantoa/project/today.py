"""Each role's "Việc cần làm": what waits for the signed-in user today, gathered from each app."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import (
    AnyUser,
    is_board_staff,
    is_province_wide,
)
from lantoa.campaigns.models import Campaign, running
from lantoa.campaigns.selectors import campaigns_for
from lantoa.opinion.models import Item
from lantoa.opinion.selectors import collaborator_units, items_sent_by
from lantoa.organization.models import Unit
from lantoa.press.selectors import AgencyRow, press_month, press_units_of
from lantoa.reminders.models import ReminderLetter
from lantoa.reminders.selectors import reminder_letters
from lantoa.reporting.models import Submission
from lantoa.reporting.selectors import submissions_awaiting_review
from lantoa.reporting.standing import ACCEPTED, campaign_standing
from lantoa.reporting.worklist import worklist_for

# How many lines of each list the home shows; the full lists are one click away.
SHOWN = 8


@dataclass(frozen=True)
class CampaignLine:
    """A running campaign on the board's home: its dashboard and the units behind in it."""

    campaign: Campaign
    behind: list[Unit]


@dataclass(frozen=True)
class Deadline:
    """Something a unit still owes, with its due date and where it is done."""

    unit: Unit
    campaign: Campaign
    label: str
    due: datetime.date
    overdue: bool
    request_id: int | None = None  # a report to submit, else a task
    task_id: int | None = None  # the task whose activity form it opens on


@dataclass(frozen=True)
class ReportLine:
    """One of the unit's reports the board decided on (returned or accepted)."""

    unit: Unit
    campaign: Campaign
    title: str
    request_id: int
    reason: str = ""


@dataclass
class Today:
    """Everything the home lists for one user; empty parts are not shown."""

    reviews: list[Submission] = field(default_factory=list)
    reviews_total: int = 0
    campaigns: list[CampaignLine] = field(default_factory=list)
    letter: ReminderLetter | None = None
    deadlines: list[Deadline] = field(default_factory=list)
    returned: list[ReportLine] = field(default_factory=list)
    accepted: list[ReportLine] = field(default_factory=list)
    collaborator: bool = False
    sent: list[Item] = field(default_factory=list)
    press: list[AgencyRow] = field(default_factory=list)


def _board(user: AnyUser, today: datetime.date, found: Today) -> None:
    waiting = submissions_awaiting_review(user=user)
    found.reviews = list(waiting[:SHOWN])
    found.reviews_total = waiting.count() if len(found.reviews) == SHOWN else len(found.reviews)
    found.letter = reminder_letters(user=user).first()
    ongoing = campaigns_for(user=user, can=Capability.REPORTING_READ).filter(running())
    for campaign in ongoing.order_by("-created_at", "-pk"):
        behind_ids = [s.unit_id for s in campaign_standing(campaign=campaign, today=today).behind()]
        behind = list(Unit.objects.filter(pk__in=behind_ids).order_by("sort_key"))
        found.campaigns.append(CampaignLine(campaign=campaign, behind=behind))


def _reporter(user: AnyUser, today: datetime.date, found: Today) -> None:
    for item in worklist_for(user=user, today=today):
        for task in item.tasks:
            if not task.done and task.task.due_date is not None:
                found.deadlines.append(
                    Deadline(
                        item.unit,
                        item.campaign,
                        task.task.text,
                        task.task.due_date,
                        task.overdue,
                        task_id=task.task.pk,
                    )
                )
        for report in item.requests:
            line = ReportLine(item.unit, item.campaign, report.request.title, report.request.pk)
            if report.returned and report.submission is not None:
                reason = report.submission.return_reason
                found.returned.append(
                    ReportLine(item.unit, item.campaign, line.title, line.request_id, reason)
                )
            elif report.state == ACCEPTED:
                found.accepted.append(line)
            elif not report.counted:
                found.deadlines.append(
                    Deadline(
                        item.unit,
                        item.campaign,
                        report.request.title,
                        report.due,
                        report.overdue,
                        report.request.pk,
                    )
                )
    found.deadlines.sort(key=lambda line: line.due)


def today_for(*, user: AnyUser, today: datetime.date) -> Today:
    """Return what the user has to do today, by what their roles let them do."""
    found = Today()
    if is_province_wide(user=user):
        _board(user, today, found)
    else:
        _reporter(user, today, found)
    if collaborator_units(user=user).exists():
        found.collaborator = True
        found.sent = list(items_sent_by(user=user))
    if press_units_of(user=user).exists():
        found.press = press_month(user=user, month=today)
    return found


def todo_count(*, user: AnyUser, today: datetime.date) -> int:
    """Return the number the navigation shows beside "Việc cần làm" (reviews, or reports owed)."""
    if is_board_staff(user=user):
        return submissions_awaiting_review(user=user).count()
    if is_province_wide(user=user):
        return 0
    found = Today()
    _reporter(user, today, found)
    return len(found.returned) + sum(1 for line in found.deadlines if line.overdue)
