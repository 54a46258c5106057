"""Writes of the press: a plan line per month, and published items checked against tasks."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction

from lantoa.audit.context import audit_covered
from lantoa.audit.services import audit_change
from lantoa.campaigns.models import Assignment, Campaign
from lantoa.campaigns.window import campaign_end, campaign_start
from lantoa.core.errors import Refused
from lantoa.organization.models import Unit, UnitKind
from lantoa.press.models import PRESS_CHANNELS, PressItem, PressPlan
from lantoa.reporting.locks import CLOSED_REASON
from lantoa.reporting.models import ActivitySource
from lantoa.reporting.publications import publication_key
from lantoa.reporting.rules import date_named
from lantoa.reporting.services import (
    ActivityInput,
    ReportingError,
    activity_delete,
    activity_record,
    activity_update,
)
from lantoa.showcase.models import ShowcaseEntry

PRESS_KINDS = (UnitKind.PRESS, UnitKind.CENTRAL_PRESS)
NOT_THIS_AGENCY = "Nhiệm vụ không được giao cho cơ quan này"


# The item's date as its form and workbook name it; the activity's date rules say it too.
DATE_LABEL = "Ngày đăng, phát"


class PressError(Refused):
    """Input that cannot be stored; `errors` maps a field (or "") to a Vietnamese message."""


def agency_errors(unit: Unit, campaign: Campaign) -> dict[str, str]:
    """Return why the unit may not file for the campaign (empty: it may)."""
    if unit.kind not in PRESS_KINDS:
        return {"": "Chỉ cơ quan báo chí mới lập kế hoạch và ghi nhận tin, bài."}
    if not Assignment.objects.filter(task__campaign=campaign, unit=unit).exists():
        return {"campaign": "Cơ quan chưa được giao nhiệm vụ trong đợt tuyên truyền này."}
    if not campaign.is_running:
        # An ended campaign asks nothing more (campaigns.models.running), as its locked
        # activities say: a plan line is refused with the same words as an item.
        return {"campaign": CLOSED_REASON}
    return {}


def _month_errors(campaign: Campaign, month: datetime.date) -> dict[str, str]:
    """Refuse a plan month wholly before the campaign starts or after it ends, as activities are."""
    start, end = campaign_start(campaign), campaign_end(campaign)
    if start is not None and month < start.replace(day=1):
        return {"month": f"Tháng kế hoạch trước khi bắt đầu đợt tuyên truyền ({start:%d/%m/%Y})."}
    if end is not None and month > end:
        return {"month": f"Tháng kế hoạch sau khi kết thúc đợt tuyên truyền ({end:%d/%m/%Y})."}
    return {}


@transaction.atomic
def press_plan_save(
    *,
    unit: Unit,
    campaign: Campaign,
    month: datetime.date,
    planned_items: int,
    columns: str = "",
    user: User | None,
    plan: PressPlan | None = None,
) -> PressPlan:
    """Set the agency's plan for one month of a campaign (one line a month); `plan` edits one."""
    errors = agency_errors(unit, campaign)
    if planned_items < 0 or planned_items > 100_000:
        errors["planned_items"] = "Số tin, bài dự kiến không hợp lệ."
    month = month.replace(day=1)
    errors.update(_month_errors(campaign, month))
    if plan is not None:
        # An edited line may move to another month or campaign, never onto another line.
        taken = PressPlan.objects.filter(unit=unit, campaign=campaign, month=month)
        if taken.exclude(pk=plan.pk).exists():
            errors["month"] = "Đã có kế hoạch tháng này của đợt này; hãy sửa dòng đó."
    if errors:
        raise PressError(errors)
    if plan is not None:
        plan = PressPlan.objects.select_for_update().get(pk=plan.pk, unit=unit)
        plan.campaign, plan.month, plan.planned_items = campaign, month, planned_items
        plan.columns, plan.updated_by = columns.strip(), user
        plan.save()
    else:
        plan, _created = PressPlan.objects.update_or_create(
            unit=unit,
            campaign=campaign,
            month=month,
            defaults={
                "planned_items": planned_items,
                "columns": columns.strip(),
                "updated_by": user,
            },
        )
    audit_change(
        op="press_plan_save",
        user=user,
        target=f"Kế hoạch báo chí {plan.pk} của đơn vị {unit.pk}",
        detail={"plan": plan.pk, "campaign": campaign.pk, "month": month.isoformat()},
    )
    return plan


@dataclass
class PressItemInput:
    """A published item as the editor types it."""

    title: str
    outlet: str
    date: datetime.date | None
    channel: str
    url: str = ""
    issue_number: str = ""
    task_id: int | None = None
    showcase_id: int | None = None


@transaction.atomic
def press_item_save(
    *,
    unit: Unit,
    campaign: Campaign,
    data: PressItemInput,
    user: User | None,
    item: PressItem | None = None,
) -> PressItem:
    """Record (or correct) a published item; refuse a task assigned to another agency."""
    errors = agency_errors(unit, campaign)
    if item is not None and item.campaign_id != campaign.pk:
        # Its activity, and what the unit reported with it, stay in the campaign it was in.
        errors["campaign"] = (
            "Không chuyển tin, bài sang đợt tuyên truyền khác; hãy ghi nhận tin, bài ở đợt đó."
        )
    if not data.title.strip():
        errors["title"] = "Chưa nhập tiêu đề."
    if not data.outlet.strip():
        errors["outlet"] = "Chưa nhập ấn phẩm, kênh."
    if data.date is None:
        errors["date"] = "Chưa nhập ngày đăng (dd/mm/yyyy)."
    if data.channel not in dict(PRESS_CHANNELS):
        errors["channel"] = "Loại hình không hợp lệ."
    if not data.url.strip() and not data.issue_number.strip():
        errors["url"] = "Nhập đường dẫn hoặc số báo, số chương trình."
    if (
        data.task_id is not None
        and not Assignment.objects.filter(
            task_id=data.task_id, task__campaign=campaign, unit=unit
        ).exists()
    ):
        errors["task"] = f"{NOT_THIS_AGENCY}."
    if (
        data.showcase_id is not None
        and not ShowcaseEntry.objects.filter(pk=data.showcase_id).exists()
    ):
        errors["showcase"] = "Không tìm thấy mô hình, sản phẩm."
    key = publication_key(
        url=data.url, outlet=data.outlet, issue=data.issue_number, title=data.title
    )
    duplicate = PressItem.objects.filter(unit=unit, campaign=campaign, canonical_key=key)
    if item is not None:
        duplicate = duplicate.exclude(pk=item.pk)
    if key and duplicate.exists():
        errors["url"] = "Tin, bài này đã được ghi nhận."
    if errors:
        raise PressError(errors)
    item = item or PressItem(unit=unit, campaign=campaign, created_by=user)
    item.title = data.title.strip()[:300]
    item.outlet = data.outlet.strip()[:200]
    assert data.date is not None  # refused above when missing
    item.date = data.date
    item.channel = data.channel
    item.url = data.url.strip()
    item.issue_number = data.issue_number.strip()
    item.task_id = data.task_id
    item.showcase_id = data.showcase_id
    item.canonical_key = key
    item.save()
    _activity_save(item, user)
    audit_change(
        op="press_item_save",
        user=user,
        target=f"Tin bài {item.pk} của đơn vị {unit.pk}",
        detail={"item": item.pk, "campaign": campaign.pk},
    )
    return item


def _activity_input(item: PressItem) -> ActivityInput:
    """Return the item as an activity of its channel: one article, with where it appeared."""
    figure = "posts" if item.channel == "social" else "items"
    where = item.outlet + (f", số {item.issue_number}" if item.issue_number else "")
    return ActivityInput(
        channel=item.channel,
        date=item.date,
        title=item.title,
        task_id=item.task_id,
        figures={figure: 1},
        url=item.url,
        notes=where,
    )


def _activity_save(item: PressItem, user: User | None) -> None:
    """Record or correct the item's activity, refusing the item when the activity is refused."""
    try:
        # Part of the item's own audited write: no entry of its own.
        with audit_covered("press_item_save"):
            if item.activity_id is None:
                item.activity = activity_record(
                    campaign=item.campaign,
                    unit=item.unit,
                    data=_activity_input(item),
                    user=user,
                    source=ActivitySource.PRESS,
                )
                item.save(update_fields=["activity"])
            else:
                assert item.activity is not None
                activity_update(
                    activity=item.activity,
                    data=_activity_input(item),
                    user=user,
                    source=ActivitySource.PRESS,
                )
    except ReportingError as exc:
        errors = dict(exc.errors)
        if "date" in errors:
            errors["date"] = date_named(errors["date"], DATE_LABEL)
        raise PressError(errors) from None


@transaction.atomic
def press_item_delete(*, item: PressItem, user: User | None) -> None:
    """Withdraw an item recorded by mistake, and its activity (kept, marked deleted)."""
    # The item's row alone: PostgreSQL refuses FOR UPDATE on the nullable side of a join. The
    # item's lock serialises two withdrawals; its activity is read after it.
    locked = PressItem.objects.select_for_update().get(pk=item.pk)
    try:
        with audit_covered("press_item_delete"):  # part of this write's own entry
            if locked.activity is not None and not locked.activity.is_deleted:
                activity_delete(activity=locked.activity, user=user, source=ActivitySource.PRESS)
    except ReportingError as exc:
        raise PressError(exc.errors) from None
    audit_change(
        op="press_item_delete",
        user=user,
        target=f"Tin bài {locked.pk} của đơn vị {locked.unit_id}",
        detail={
            "item": locked.pk,
            "campaign": locked.campaign_id,
            "title": locked.title,
            "url": locked.url,
            "activity": locked.activity_id,
        },
    )
    locked.delete()
