"""The daily reminder job: each late unit hears once a day per late thing, in app and by mail."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from lantoa.campaigns.models import Campaign, CampaignState
from lantoa.notifications.services import notifications_send
from lantoa.reminders.lateness import LateUnit, late_units
from lantoa.reminders.models import ReminderKind, ReminderRun, ReminderSent


@dataclass(frozen=True)
class ReminderResult:
    """What one call of the daily job did."""

    date: datetime.date
    skipped: bool
    units: int = 0
    items: int = 0


def _lines(late: LateUnit) -> list[tuple[str, int, str]]:
    """Return (kind, object id, Vietnamese line) for each late thing of a unit."""
    lines = [
        (
            ReminderKind.TASK,
            task.pk,
            f"Nhiệm vụ quá hạn ngày {task.due_date:%d/%m/%Y}: {task.text[:200]}",
        )
        for task in late.tasks
    ]
    for report in late.reports:
        state = "bị trả lại, chưa nộp lại" if report.returned else "chưa nộp"
        lines.append(
            (
                ReminderKind.REPORT,
                report.request.pk,
                f"Báo cáo “{report.request.title}” {state}; hạn {report.due:%d/%m/%Y}, "
                f"đã trễ {report.working_days_late} ngày làm việc.",
            )
        )
    return lines


@transaction.atomic
def reminders_send_due(*, today: datetime.date) -> ReminderResult:
    """Remind every unit late in an active campaign; a second call on the same day sends nothing."""
    run, _created = ReminderRun.objects.get_or_create(date=today)
    # Lock the day's row: a second process waits here, then finds the run finished.
    run = ReminderRun.objects.select_for_update().get(pk=run.pk)
    if run.finished_at is not None:
        return ReminderResult(date=today, skipped=True)
    already = set(
        ReminderSent.objects.filter(date=today).values_list("unit_id", "kind", "object_id")
    )
    url = reverse("reporting:unit_home")
    units = items = 0
    for campaign in Campaign.objects.filter(state=CampaignState.ACTIVE).order_by("pk"):
        for late in late_units(campaign=campaign, today=today):
            lines = [
                line for line in _lines(late) if (late.unit.pk, line[0], line[1]) not in already
            ]
            if not lines:
                continue
            notification = notifications_send(
                unit=late.unit,
                title=f"Đôn đốc: {len(lines)} việc quá hạn — {campaign.title}"[:255],
                body="\n".join(f"- {text}" for _kind, _id, text in lines),
                url=url,
            )
            ReminderSent.objects.bulk_create(
                ReminderSent(
                    date=today,
                    unit=late.unit,
                    kind=kind,
                    object_id=object_id,
                    notification=notification,
                )
                for kind, object_id, _text in lines
            )
            units += 1
            items += len(lines)
    run.finished_at = timezone.now()
    run.units, run.items = units, items
    run.save(update_fields=["finished_at", "units", "items"])
    return ReminderResult(date=today, skipped=False, units=units, items=items)
