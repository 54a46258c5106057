"""Writes of an agency's filled workbook: its plan months and items, all or nothing."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.db import transaction

from lantoa.audit.context import audit_covered
from lantoa.audit.services import audit_change
from lantoa.campaigns.models import Campaign
from lantoa.core.rowkeys import KeptRows, moved_row_message
from lantoa.core.text import fold
from lantoa.organization.models import Unit
from lantoa.press.models import PressItem, PressPlan
from lantoa.press.services import (
    NOT_THIS_AGENCY,
    PressError,
    PressItemInput,
    agency_errors,
    press_item_save,
    press_plan_save,
)
from lantoa.press.sheetrows import (
    ITEM_COLUMNS,
    ITEMS_SHEET,
    PLAN_COLUMNS,
    PLAN_SHEET,
    ItemRow,
    PlanRow,
    PressUpload,
    channel_labels,
    unit_task_labels,
)


@dataclass
class WorkbookSaved:
    """What a filled workbook changed: new and corrected items, plan months set."""

    items_new: int = 0
    items_changed: int = 0
    items: list[int] = field(default_factory=list)
    plans: list[datetime.date] = field(default_factory=list)

    @property
    def plans_saved(self) -> int:
        return len(self.plans)


@transaction.atomic
def press_workbook_apply(
    *, unit: Unit, campaign: Campaign, upload: PressUpload, user: User | None
) -> WorkbookSaved:
    """Store a filled workbook's plan months and items, all or nothing; every bad row named."""
    if (upload.unit_id, upload.campaign_id) != (unit.pk, campaign.pk):
        raise PressError(
            "Tệp này được tạo cho cơ quan hoặc đợt tuyên truyền khác; hãy tải mẫu của cơ quan "
            "và đợt này rồi điền lại."
        )
    if errors := agency_errors(unit, campaign):
        raise PressError(errors)
    problems = list(upload.cell_errors)
    saved = WorkbookSaved()
    # One entry for the file, as an Excel import of activities has: the rows are its parts.
    with audit_covered("press_workbook_apply"):
        _plans_apply(unit, campaign, upload.plans, user, problems, saved)
        _items_apply(unit, campaign, upload.items, user, problems, saved)
    if problems:
        # Raised inside the transaction: whatever the good rows wrote is rolled back.
        raise PressError(
            f"Tệp có {len(problems)} lỗi; chưa lưu gì. Sửa các dòng dưới đây rồi tải lên lại.",
            problems=problems,
        )
    if saved.items or saved.plans:
        audit_change(
            op="press_workbook_apply",
            user=user,
            target=f"Kế hoạch và tin bài của đơn vị {unit.pk}",
            detail={
                "campaign": campaign.pk,
                "items_new": saved.items_new,
                "items_changed": saved.items_changed,
                "items": saved.items,
                "plans": [month.isoformat() for month in saved.plans],
            },
        )
    return saved


def _row_problems(sheet: str, row: int, labels: dict[str, str], exc: PressError) -> list[str]:
    place = f"Trang '{sheet}', dòng {row}"
    return [
        f"{place}, cột '{labels[field]}': {message}" if field in labels else f"{place}: {message}"
        for field, message in (exc.errors or {"": exc.message}).items()
    ]


def _plans_apply(
    unit: Unit,
    campaign: Campaign,
    rows: list[PlanRow],
    user: User | None,
    problems: list[str],
    saved: WorkbookSaved,
) -> None:
    stored = {p.month: p for p in PressPlan.objects.filter(unit=unit, campaign=campaign)}
    seen: dict[datetime.date, int] = {}
    for row in rows:
        place = f"Trang '{PLAN_SHEET}', dòng {row.row}"
        if row.planned_items is None and not row.columns.strip():
            kept = stored.get(row.month) if row.month is not None else None
            if kept is not None:
                # A stored plan is never lost to a cleared cell: say so instead of keeping it
                # silently while the unit believes it gone.
                problems.append(
                    f"{place}: tháng {kept.month:%m/%Y} đã có kế hoạch {kept.planned_items} tin, "
                    "bài; để trống không xóa được kế hoạch, hãy ghi số mới (ghi 0 nếu không còn)."
                )
            continue  # a month left without a plan
        if row.month is None:
            typed = f" ('{row.month_text[:20]}')" if row.month_text.strip() else ""
            problems.append(f"{place}: tháng{typed} không đúng dạng mm/yyyy, ví dụ 07/2026.")
            continue
        if row.month in seen:
            problems.append(f"{place}: tháng {row.month:%m/%Y} đã ghi ở dòng {seen[row.month]}.")
            continue
        seen[row.month] = row.row
        if row.planned_items is None:
            problems.append(f"{place}: chưa ghi số tin, bài, chương trình dự kiến.")
            continue
        plan = stored.get(row.month)
        if plan and (plan.planned_items, plan.columns) == (row.planned_items, row.columns.strip()):
            continue
        try:
            with transaction.atomic():
                press_plan_save(
                    unit=unit,
                    campaign=campaign,
                    month=row.month,
                    planned_items=row.planned_items,
                    columns=row.columns,
                    user=user,
                )
        except PressError as exc:
            problems.extend(_row_problems(PLAN_SHEET, row.row, PLAN_COLUMNS, exc))
        else:
            saved.plans.append(row.month)


def _items_apply(
    unit: Unit,
    campaign: Campaign,
    rows: list[ItemRow],
    user: User | None,
    problems: list[str],
    saved: WorkbookSaved,
) -> None:
    channels = {fold(label): code for code, label in channel_labels().items()}
    channels.update({code: code for code in channels.values()})
    tasks = {
        fold(label): pk for pk, label in unit_task_labels(campaign=campaign, unit=unit).items()
    }
    stored = PressItem.objects.filter(unit=unit, campaign=campaign).in_bulk()
    seen: dict[int, int] = {}
    # The stored items the file keeps by their ids, with each id's row.
    kept = KeptRows()
    for row in rows:
        if row.item is not None and (found := stored.get(row.item)) is not None:
            kept.keep(values=_item_values(found), key=found.pk, row=row.row)
    for row in rows:
        place = f"Trang '{ITEMS_SHEET}', dòng {row.row}"
        item = stored.get(row.item) if row.item is not None else None
        if row.item is not None and item is None:
            problems.append(
                f"{place}: mã tin, bài {row.item} không phải tin, bài của cơ quan trong đợt "
                "này (dòng mới thì để trống cột mã)."
            )
            continue
        if row.item is not None and row.item in seen:
            problems.append(f"{place}: mã tin, bài {row.item} đã có ở dòng {seen[row.item]}.")
            continue
        if row.item is not None:
            seen[row.item] = row.row
        channel = channels.get(fold(row.channel), "")
        task_id = tasks.get(fold(row.task)) if row.task.strip() else None
        if row.channel.strip() and not channel:
            problems.append(f"{place}, cột 'Loại hình': chọn loại hình trong danh sách.")
            continue
        if row.task.strip() and task_id is None:
            problems.append(f"{place}, cột 'Thực hiện nhiệm vụ': {NOT_THIS_AGENCY.lower()}.")
            continue
        data = PressItemInput(
            title=row.title,
            outlet=row.outlet,
            date=row.date,
            channel=channel,
            url=row.url.strip(),
            issue_number=row.issue_number.strip(),
            task_id=task_id,
            showcase_id=item.showcase_id if item else None,  # chosen on the web page only
        )
        if item is not None and _item_values(item) == _input_values(data):
            continue
        first = kept.moved_from(values=_input_values(data), key=item.pk if item else None)
        if first is not None:
            what = "nội dung của tin, bài"
            column = ITEM_COLUMNS["item"]
            problems.append(
                f"{place}: {moved_row_message(first_row=first, what=what, key_column=column)}"
            )
            continue
        try:
            with transaction.atomic():
                written = press_item_save(
                    unit=unit, campaign=campaign, data=data, user=user, item=item
                )
        except PressError as exc:
            problems.extend(_row_problems(ITEMS_SHEET, row.row, ITEM_COLUMNS, exc))
        else:
            saved.items.append(written.pk)
            if item is None:
                saved.items_new += 1
            else:
                saved.items_changed += 1


def _item_values(item: PressItem) -> tuple[object, ...]:
    return (
        item.title,
        item.outlet,
        item.date,
        item.channel,
        item.url,
        item.issue_number,
        item.task_id,
    )


def _input_values(data: PressItemInput) -> tuple[object, ...]:
    """Return a row's values as _item_values gives a stored item's (texts as stored)."""
    return (
        data.title.strip(),
        data.outlet.strip(),
        data.date,
        data.channel,
        data.url,
        data.issue_number,
        data.task_id,
    )
