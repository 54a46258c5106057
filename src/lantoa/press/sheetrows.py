"""The rows of an agency's filled workbook as the service takes them (no openpyxl here)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone

from lantoa.campaigns.models import Campaign
from lantoa.campaigns.window import campaign_end, campaign_start
from lantoa.core.numbers import typed_whole
from lantoa.organization.models import Unit
from lantoa.press.models import PRESS_CHANNELS
from lantoa.reporting.excel.layout import task_labels

PLAN_SHEET = "Kế hoạch"
ITEMS_SHEET = "Tin, bài"
INFO_SHEET = "Thông tin"
IDENTITY_LABEL = "Mã nhận dạng tệp"
MOST_MONTHS = 36

PLAN_COLUMNS = {
    "month": "Tháng (mm/yyyy)",
    "planned_items": "Số tin, bài, chương trình dự kiến",
    "columns": "Chuyên trang, chuyên mục, chương trình",
}
PLAN_KINDS = {"month": "text", "planned_items": "number", "columns": "text"}
ITEM_COLUMNS = {
    "item": "Mã tin, bài",
    "date": "Ngày đăng, phát",
    "channel": "Loại hình",
    "title": "Tiêu đề",
    "outlet": "Ấn phẩm, kênh",
    "issue_number": "Số báo, số chương trình",
    "url": "Đường dẫn",
    "task": "Thực hiện nhiệm vụ",
}
ITEM_KINDS = {**dict.fromkeys(ITEM_COLUMNS, "text"), "item": "number", "date": "date"}


@dataclass(frozen=True)
class PlanRow:
    """A plan line as typed: its sheet row, the month (None when unreadable) and its figures."""

    row: int
    month: datetime.date | None
    month_text: str
    planned_items: int | None
    columns: str


@dataclass(frozen=True)
class ItemRow:
    """A published item as typed; `item` is the stored item's id (None: a new item)."""

    row: int
    item: int | None
    date: datetime.date | None
    channel: str
    title: str
    outlet: str
    issue_number: str
    url: str
    task: str


@dataclass(frozen=True)
class PressUpload:
    """What a filled workbook holds, and each cell the reader refused, one message a cell."""

    campaign_id: int
    unit_id: int
    plans: list[PlanRow]
    items: list[ItemRow]
    cell_errors: list[str]


def channel_labels() -> dict[str, str]:
    """Return press channel code -> its Vietnamese label (the drop-down's words)."""
    return {code: str(label) for code, label in PRESS_CHANNELS}


def month_read(text: str) -> datetime.date | None:
    """Return the first day of a month typed "07/2026", "7/2026" or as a date "01/07/2026"."""
    parts = text.strip().replace("-", "/").replace(".", "/").split("/")
    if len(parts) == 3:
        parts = parts[1:]
    if len(parts) != 2:
        return None
    month, year = typed_whole(parts[0]), typed_whole(parts[1])
    if month is None or year is None or not 1 <= month <= 12 or not 2000 <= year <= 2100:
        return None
    return datetime.date(year, month, 1)


def unit_task_labels(*, campaign: Campaign, unit: Unit) -> dict[int, str]:
    """Return the labels (as the activity template writes them) of the agency's own tasks."""
    own = set(campaign.tasks.filter(assignments__unit=unit).values_list("pk", flat=True))
    return {pk: label for pk, label in task_labels(campaign).items() if pk in own}


def plan_months(campaign: Campaign) -> list[datetime.date]:
    """Return the first day of each month to plan: the campaign's, or for one that goes on, up
    to its peak's end or two months past this one, whichever is later."""
    start, end = campaign_start(campaign), campaign_end(campaign)
    if end is None and start is not None:
        ahead = (timezone.localdate().replace(day=1) + datetime.timedelta(days=62)).replace(day=1)
        end = max(d for d in (campaign.peak_end, ahead) if d is not None)
    if start is None or end is None or end < start:
        return []
    months: list[datetime.date] = []
    month = start.replace(day=1)
    while month <= end and len(months) < MOST_MONTHS:
        months.append(month)
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return months
