"""Reads of campaigns, tasks and assignments, scoped to what the user may see."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.http import Http404

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, is_province_wide, reach, units_where
from lantoa.campaigns.models import Assignment, Campaign, Task
from lantoa.organization.models import Unit


def campaigns_for(*, user: AnyUser, can: Capability) -> QuerySet[Campaign]:
    """Return the campaigns where the user may do `can`: all province-wide, else their units'."""
    campaigns = Campaign.objects.select_related("directive", "owner")
    province, unit_ids = reach(user=user, can=can)
    if province:
        return campaigns.all()
    return campaigns.filter(tasks__assignments__unit__in=unit_ids).distinct()


def campaign_get(*, user: AnyUser, campaign_id: int) -> Campaign:
    """Return one campaign whose reporting the user may read, or raise 404."""
    campaign = (
        campaigns_for(user=user, can=Capability.REPORTING_READ).filter(pk=campaign_id).first()
    )
    if campaign is None:
        raise Http404("Không tìm thấy đợt tuyên truyền.")
    return campaign


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
    units = list(units_where(user=user, can=Capability.REPORTING_READ))
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
    unit = units_where(user=user, can=Capability.REPORTING_READ).filter(pk=unit_id).first()
    if unit is None:
        raise Http404("Không tìm thấy đơn vị.")
    tasks = list(
        Task.objects.filter(campaign=campaign, assignments__unit=unit).order_by("position")
    )
    if not tasks:
        raise Http404("Đơn vị không có nhiệm vụ trong đợt này.")
    return unit, tasks
