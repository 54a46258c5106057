"""Reads of campaigns, tasks and assignments, scoped to what the user may see."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.http import Http404

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, is_province_wide, unit_ids_where, units_where
from lantoa.campaigns.models import Assignment, Campaign, Task
from lantoa.core.lookups import one_or_404
from lantoa.core.text import fold
from lantoa.organization.models import Unit


def campaigns_for(*, user: AnyUser, can: Capability) -> QuerySet[Campaign]:
    """Return the campaigns where the user may do `can`: all province-wide, else their units'."""
    campaigns = Campaign.objects.select_related("directive", "owner")
    province, unit_ids = unit_ids_where(user=user, can=can)
    if province:
        return campaigns.all()
    return campaigns.filter(tasks__assignments__unit__in=unit_ids).distinct()


def campaign_get(*, user: AnyUser, campaign_id: int) -> Campaign:
    """Return one campaign whose reporting the user may read, or raise 404."""
    return one_or_404(
        campaigns_for(user=user, can=Capability.REPORTING_READ).filter(pk=campaign_id),
        "Không tìm thấy đợt tuyên truyền.",
    )


def number_key(number: str) -> str:
    """Return a guidance number folded for comparison (one rule for campaigns and drafts)."""
    # "150-HD/BTGDVTU", "150 - HĐ/BTGDVTU" and "150-hd/btgdvtu" are one number.
    return re.sub(r"[^0-9a-z]", "", fold(number))


def _title_key(title: str) -> str:
    return " ".join(re.findall(r"\w+", fold(title)))


@dataclass(frozen=True)
class SameCampaign:
    """An existing campaign with the same guidance number or title, and which one matched."""

    campaign: Campaign
    same_number: bool
    same_title: bool

    @property
    def message(self) -> str:
        """Return the warning, in Vietnamese."""
        what = " và ".join(
            word for word, on in (("số hiệu", self.same_number), ("tiêu đề", self.same_title)) if on
        )
        return f"Đã có đợt “{self.campaign.title}” với cùng {what}."


def campaigns_same_as(*, user: AnyUser, number: str, title: str) -> list[SameCampaign]:
    """Return the campaigns the user sees whose guidance number or folded title is the same."""
    number_wanted, title_wanted = number_key(number), _title_key(title)
    if not number_wanted and not title_wanted:
        return []
    found = []
    # A province has tens of campaigns: folding each in Python keeps one rule for both keys.
    campaigns = (
        campaigns_for(user=user, can=Capability.REPORTING_READ)
        .select_related(None)
        .only("pk", "title", "guidance_number")
    )
    for campaign in campaigns.order_by("-created_at", "-pk"):
        same_number = bool(number_wanted) and number_key(campaign.guidance_number) == number_wanted
        same_title = bool(title_wanted) and _title_key(campaign.title) == title_wanted
        if same_number or same_title:
            found.append(SameCampaign(campaign, same_number, same_title))
    return found


@dataclass(frozen=True)
class TaskRow:
    """A task as the user may see it: with the unit count for the board, or the own units."""

    task: Task
    unit_count: int
    own_units: list[Unit]


def campaign_tasks(*, user: AnyUser, campaign: Campaign) -> list[TaskRow]:
    """Return the campaign's tasks the user may see, in document order."""
    # GROUP BY queries ignore Meta.ordering: the document order must be explicit.
    tasks = (
        campaign.tasks.select_related("named_unit")
        .annotate(unit_count=Count("assignments"))
        .order_by("position")
    )
    if is_province_wide(user=user):
        return [TaskRow(task=t, unit_count=t.unit_count, own_units=[]) for t in tasks]
    # A subquery, not a list read first: the assignments' join brings each unit once.
    units = units_where(user=user, can=Capability.REPORTING_READ)
    assigned = Assignment.objects.filter(task__campaign=campaign, unit__in=units).select_related(
        "unit"
    )
    by_task: dict[int, list[Unit]] = {}
    for assignment in assigned:
        by_task.setdefault(assignment.task_id, []).append(assignment.unit)
    return [
        TaskRow(task=t, unit_count=len(by_task[t.pk]), own_units=by_task[t.pk])
        for t in tasks
        if t.pk in by_task
    ]


def campaign_units(*, user: AnyUser, campaign: Campaign) -> list[Unit]:
    """Return the visible units that hold at least one task of the campaign, in Vietnamese order."""
    units = (
        units_where(user=user, can=Capability.REPORTING_READ)
        .filter(assignments__task__campaign=campaign)
        .annotate(task_count=Count("assignments"))
        .distinct()
    )
    return sorted(units, key=lambda unit: unit.sort_key)


def unit_tasks(*, user: AnyUser, campaign: Campaign, unit_id: int) -> tuple[Unit, list[Task]]:
    """Return one visible unit and its tasks in the campaign, or raise 404."""
    unit = one_or_404(
        units_where(user=user, can=Capability.REPORTING_READ).filter(pk=unit_id),
        "Không tìm thấy đơn vị.",
    )
    tasks = list(
        Task.objects.filter(campaign=campaign, assignments__unit=unit).order_by("position")
    )
    if not tasks:
        raise Http404("Đơn vị không có nhiệm vụ trong đợt này.")
    return unit, tasks
