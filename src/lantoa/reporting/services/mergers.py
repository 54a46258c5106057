"""A unit merged into another mid-campaign: its lineage recorded, what it still owed handed on.

After a merger the old unit has nobody left to do its open tasks or send its reports, so a
campaign still running would keep counting it late and reminding it for ever. What it did stays
its own history (its activities, the tasks it carried out, the reports it sent); what it still
owed in a running campaign passes to the unit it merged into, which from then on is counted,
reminded and reported on instead (reporting.standing reads assignments and expected units, so
every screen, reminder and report follows from here):
- its open tasks become the successor's, one assignment per task whether or not the successor
  had it already; a handed task that named it, or listed it in its group, names the successor;
- report requests it sent nothing for await the successor, with the old unit's extension where
  the successor was not asked on its own;
- the successor is told, campaign by campaign, what it now carries;
- refused, with nothing changed, when either unit is not in force today, when they are the same
  unit or the board, or when the date is in the future.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from lantoa.audit.context import audit_covered
from lantoa.audit.services import audit_change
from lantoa.campaigns.models import Assignment, Task
from lantoa.notifications.services import Message, notifications_send_many
from lantoa.organization.models import LineageEvent, Unit, UnitKind
from lantoa.organization.selectors import unit_in_force
from lantoa.organization.services import unit_lineage_record
from lantoa.reporting.handover import Handover, unit_handover_plan
from lantoa.reporting.models import Extension, ReportRequest
from lantoa.reporting.services.base import ReportingError
from lantoa.reporting.services.summaries import summaries_refresh

SOURCE_MAX_CHARS = 255
EXTENSION_REASON_MAX_CHARS = 300


def _refusals(
    *, predecessor: Unit, successor: Unit, effective: datetime.date, today: datetime.date
) -> dict[str, str]:
    problems: dict[str, str] = {}
    if predecessor.kind == UnitKind.BOARD:
        problems[""] = "Ban Tuyên giáo và Dân vận không sáp nhập vào đơn vị khác theo cách này."
    elif not unit_in_force(predecessor, on=today):
        problems[""] = f"{predecessor.name} đã không còn hoạt động (đã sáp nhập hoặc hết hiệu lực)."
    if predecessor.pk == successor.pk:
        problems["successor"] = "Một đơn vị không thể sáp nhập vào chính nó."
    elif successor.kind == UnitKind.BOARD:
        problems["successor"] = "Hãy chọn đơn vị tiếp nhận là một cấp ủy, không phải Ban."
    elif not unit_in_force(successor, on=today):
        problems["successor"] = (
            f"{successor.name} không còn hoạt động; hãy chọn đơn vị đang hoạt động."
        )
    if effective > today:
        problems["effective"] = (
            f"Ngày sáp nhập {effective:%d/%m/%Y} chưa đến: hãy ghi nhận khi quyết định có hiệu lực."
        )
    elif predecessor.valid_from and effective <= predecessor.valid_from:
        problems["effective"] = (
            f"Ngày sáp nhập phải sau ngày {predecessor.valid_from:%d/%m/%Y}, "
            "ngày đơn vị bắt đầu hoạt động."
        )
    return problems


def _successor_notify(*, plan: Handover, successor: Unit) -> None:
    """Tell the successor, campaign by campaign, what it now carries for the old unit."""
    from django.urls import reverse

    messages = [
        Message(
            unit=successor,
            title=f"Tiếp nhận nhiệm vụ của {plan.predecessor.name}"[:200],
            body=(
                f"{plan.predecessor.name} đã sáp nhập vào đơn vị. Đơn vị tiếp nhận {len(tasks)} "
                f"nhiệm vụ chưa thực hiện trong đợt tuyên truyền “{campaign.title}”."
            ),
            url=reverse("reporting:unit_campaign", args=[campaign.pk, successor.pk]),
        )
        for campaign, tasks in plan.open_tasks.items()
    ]
    if plan.requests:
        messages.append(
            Message(
                unit=successor,
                title=f"Tiếp nhận yêu cầu báo cáo của {plan.predecessor.name}"[:200],
                body=(
                    f"{plan.predecessor.name} đã sáp nhập vào đơn vị. Đơn vị báo cáo thay cho "
                    f"{len(plan.requests)} yêu cầu báo cáo đơn vị đó chưa nộp."
                ),
                url=reverse("reporting:unit_home"),
            )
        )
    notifications_send_many(messages=messages)


@transaction.atomic
def unit_merge(
    *,
    predecessor: Unit,
    successor: Unit,
    effective: datetime.date,
    source: str = "",
    user: User | None = None,
    today: datetime.date | None = None,
) -> Handover:
    """Record a merger and hand on what the old unit owed in running campaigns, or refuse it."""
    today = today or timezone.localdate()
    # Lock the old unit's row: two staff recording the same merger hand its tasks on once.
    predecessor = Unit.objects.select_for_update().get(pk=predecessor.pk)
    problems = _refusals(
        predecessor=predecessor, successor=successor, effective=effective, today=today
    )
    if problems:
        raise ReportingError(problems)
    plan = unit_handover_plan(predecessor=predecessor)
    handed = [task for tasks in plan.open_tasks.values() for task in tasks]
    handed_ids = [task.pk for task in handed]
    with audit_covered("unit_merge"):  # one entry for the merger, below
        unit_lineage_record(
            predecessor=predecessor,
            successor=successor,
            event=LineageEvent.MERGE,
            effective=effective,
            source=source.strip()[:SOURCE_MAX_CHARS],
        )
        Assignment.objects.bulk_create(
            [Assignment(task=task, unit=successor) for task in handed], ignore_conflicts=True
        )
        Assignment.objects.filter(unit=predecessor, task_id__in=handed_ids).delete()
        # A handed task that named the old unit, or listed it in its group, now names the
        # successor; a task the old unit carried out keeps it, as history.
        Task.objects.filter(pk__in=handed_ids, named_unit=predecessor).update(named_unit=successor)
        through = Task.group_units.through
        listing = Task.objects.filter(pk__in=handed_ids, group_units=predecessor)
        through.objects.bulk_create(
            [
                through(task_id=pk, unit_id=successor.pk)
                for pk in listing.values_list("pk", flat=True)
            ],
            ignore_conflicts=True,
        )
        through.objects.filter(task_id__in=handed_ids, unit=predecessor).delete()
        asked = set(
            ReportRequest.expected_units.through.objects.filter(
                unit=successor, reportrequest__in=plan.requests
            ).values_list("reportrequest_id", flat=True)
        )
        for request in plan.requests:
            request.expected_units.remove(predecessor)
            request.expected_units.add(successor)
        # A later due date granted to the old unit (floods, a congress) holds for the report it
        # hands on; a successor asked on its own keeps its own due date.
        Extension.objects.bulk_create(
            [
                Extension(
                    request_id=extension.request_id,
                    unit=successor,
                    due_date=extension.due_date,
                    reason=f"{extension.reason} (gia hạn của {predecessor.name})".strip()[
                        :EXTENSION_REASON_MAX_CHARS
                    ],
                    granted_by_id=extension.granted_by_id,
                )
                for extension in Extension.objects.filter(
                    unit=predecessor, request__in=plan.requests
                ).exclude(request_id__in=asked)
            ],
            ignore_conflicts=True,
        )
        for campaign in plan.open_tasks:
            summaries_refresh(campaign=campaign, units=[predecessor, successor])
        _successor_notify(plan=plan, successor=successor)
    audit_change(
        op="unit_merge",
        user=user,
        target=f"Sáp nhập {predecessor.name} vào {successor.name}",
        detail={
            "predecessor": predecessor.pk,
            "successor": successor.pk,
            "effective": effective.isoformat(),
            "tasks_handed": handed_ids,
            "tasks_kept": plan.tasks_kept,
            "requests_handed": [request.pk for request in plan.requests],
        },
    )
    return plan
