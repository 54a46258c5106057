"""An agency's pre-filled .xlsx of one campaign: its plan by month and its published items.

Downloaded from the agency's page, filled offline, uploaded back: read through the one upload
check, limited child process and reader the activity template uses (reporting/excel), so every
bad cell is named by sheet, row and column. Writes are press_workbook_apply's.
"""

from __future__ import annotations

from typing import Any

from django.core import signing
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from lantoa.campaigns.models import Campaign
from lantoa.campaigns.window import campaign_end
from lantoa.core.cells import append_row
from lantoa.core.errors import Refused
from lantoa.core.text import fold
from lantoa.organization.models import Unit
from lantoa.press.models import PressItem, PressPlan
from lantoa.press.sheetrows import (
    IDENTITY_LABEL,
    INFO_SHEET,
    ITEM_COLUMNS,
    ITEM_KINDS,
    ITEMS_SHEET,
    PLAN_COLUMNS,
    PLAN_KINDS,
    PLAN_SHEET,
    ItemRow,
    PlanRow,
    PressUpload,
    channel_labels,
    month_read,
    plan_months,
    unit_task_labels,
)
from lantoa.reporting.excel.layout import LISTS_SHEET
from lantoa.reporting.excel.reader import workbook_read
from lantoa.reporting.excel.templateparts import (
    DATE_FORMAT,
    count_validation,
    info_sheet_fill,
    lists_sheet,
    locked_book_bytes,
    protect_sheet,
    style_header,
)

SIGNING_SALT = "lantoa.press.workbook.identity"
BLANK_ITEM_ROWS = 100
BLANK_PLAN_ROWS = 12
_WIDTHS = {"title": 50, "outlet": 30, "url": 40, "task": 50, "columns": 50, "month": 14}
_OPEN = Protection(locked=False)
_WRAP = Alignment(wrap_text=True, vertical="top")


def press_template(*, campaign: Campaign, unit: Unit) -> bytes:
    """Return the agency's workbook of a campaign, pre-filled with its plan and items."""
    book = Workbook()
    tasks = unit_task_labels(campaign=campaign, unit=unit)
    lists = _lists_sheet(book, list(tasks.values()))
    _plan_sheet(book.active, campaign=campaign, unit=unit)
    _items_sheet(book.create_sheet(ITEMS_SHEET), campaign, unit, tasks, lists)
    _info_sheet(book.create_sheet(INFO_SHEET), campaign=campaign, unit=unit)
    book.move_sheet(LISTS_SHEET, offset=len(book.sheetnames))
    return locked_book_bytes(book)


def press_template_filename(*, campaign: Campaign, unit: Unit) -> str:
    """Return an ASCII file name for the download."""
    return f"lantoa-bao-chi-dot-{campaign.pk}-{unit.code or unit.pk}.xlsx"


def _lists_sheet(book: Workbook, tasks: list[str]) -> dict[str, str]:
    return lists_sheet(
        book,
        {"channel": ("Loại hình", list(channel_labels().values())), "task": ("Nhiệm vụ", tasks)},
    )


def _header(sheet: Worksheet, columns: dict[str, str]) -> None:
    style_header(append_row(sheet, columns.values()))
    for index, field in enumerate(columns, start=1):
        sheet.cell(1, index).alignment = Alignment(wrap_text=True, vertical="center")
        letter = sheet.cell(1, index).column_letter
        sheet.column_dimensions[letter].width = _WIDTHS.get(field, 18)
    sheet.row_dimensions[1].height = 32
    sheet.freeze_panes = "A2"


def _plan_sheet(sheet: Worksheet, *, campaign: Campaign, unit: Unit) -> None:
    sheet.title = PLAN_SHEET
    _header(sheet, PLAN_COLUMNS)
    stored = {p.month: p for p in PressPlan.objects.filter(unit=unit, campaign=campaign)}
    months = sorted(set(plan_months(campaign)) | set(stored))
    for month in months:
        plan = stored.get(month)
        cells = append_row(
            sheet,
            [
                f"{month:%m/%Y}",
                plan.planned_items if plan else None,
                plan.columns if plan else None,
            ],
        )
        for cell in cells[1:]:
            cell.protection = _OPEN
    # A campaign that goes on gets rows to type a later month in.
    for _ in range(BLANK_PLAN_ROWS if campaign_end(campaign) is None else 0):
        for cell in append_row(sheet, [None, None, None]):
            cell.protection = _OPEN
    counts = count_validation(most=100_000, error="Nhập số tin, bài dự kiến (số nguyên, không âm).")
    counts.add(f"B2:B{sheet.max_row}")
    sheet.add_data_validation(counts)
    protect_sheet(sheet)


def _items_sheet(
    sheet: Worksheet,
    campaign: Campaign,
    unit: Unit,
    tasks: dict[int, str],
    lists: dict[str, str],
) -> None:
    _header(sheet, ITEM_COLUMNS)
    labels = channel_labels()
    stored = PressItem.objects.filter(unit=unit, campaign=campaign).order_by("date", "pk")
    for item in stored:
        cells = append_row(
            sheet,
            [
                item.pk,
                item.date,
                labels.get(item.channel, item.channel),
                item.title,
                item.outlet,
                item.issue_number,
                item.url,
                tasks.get(item.task_id or 0, ""),
            ],
        )
        cells[1].number_format = DATE_FORMAT
        for cell in cells[1:]:
            cell.protection = _OPEN
    for _ in range(BLANK_ITEM_ROWS):
        cells = append_row(sheet, [None] * len(ITEM_COLUMNS))
        cells[1].number_format = DATE_FORMAT
        for cell in cells[1:]:
            cell.protection = _OPEN
    last = sheet.max_row
    for column, formula, error in (
        ("C", lists["channel"], "Chọn loại hình trong danh sách."),
        ("H", lists["task"], "Chọn nhiệm vụ trong danh sách (hoặc để trống)."),
    ):
        if not formula:
            continue
        validation = DataValidation(type="list", formula1=formula, allow_blank=True)
        validation.error, validation.errorTitle = error, "Giá trị không hợp lệ"
        validation.showErrorMessage = True
        validation.add(f"{column}2:{column}{last}")
        sheet.add_data_validation(validation)
    protect_sheet(sheet)


def identity_sign(*, campaign: Campaign, unit: Unit) -> str:
    """Return the identity cell's text: which agency and campaign the file was made for."""
    signer = signing.Signer(salt=SIGNING_SALT)
    return signer.sign_object({"campaign": campaign.pk, "unit": unit.pk})


def _identity_read(text: str | None) -> tuple[int, int]:
    refused = Refused(
        "Tệp không có mã nhận dạng hợp lệ của Lan Tỏa (trang 'Thông tin'); hãy tải mẫu báo chí "
        "từ trang của cơ quan và điền vào mẫu đó."
    )
    try:
        value = signing.Signer(salt=SIGNING_SALT).unsign_object((text or "").strip())
    except signing.BadSignature:
        raise refused from None
    if not isinstance(value, dict) or not all(
        isinstance(value.get(k), int) for k in ("campaign", "unit")
    ):
        raise refused
    return value["campaign"], value["unit"]


def _info_sheet(sheet: Worksheet, *, campaign: Campaign, unit: Unit) -> None:
    rows = [
        ("Cơ quan", f"{unit.name} ({unit.code})" if unit.code else unit.name),
        ("Đợt tuyên truyền", campaign.short_title),
        ("Ngày tạo tệp", timezone.localtime().strftime("%d/%m/%Y %H:%M")),
        (
            "Cách điền",
            f"Trang '{PLAN_SHEET}': mỗi tháng ghi số tin, bài, chương trình dự kiến và chuyên "
            "mục (để trống tháng chưa có kế hoạch; tháng đã có kế hoạch thì sửa số, ghi 0 nếu "
            f"không còn). Trang '{ITEMS_SHEET}': mỗi tin, bài đã đăng, phát một dòng; ngày "
            "theo dạng dd/mm/yyyy; loại hình và nhiệm vụ chọn trong "
            "danh sách; có đường dẫn hoặc số báo, số chương trình. Dòng đã có 'Mã tin, bài' là "
            "tin, bài đã ghi nhận: sửa thì ghi đè, không sửa cột mã. Tin, bài ghi nhầm thì xóa "
            "trên trang của cơ quan. Tệp có lỗi thì không lưu gì.",
        ),
        (IDENTITY_LABEL, identity_sign(campaign=campaign, unit=unit)),
    ]
    info_sheet_fill(
        sheet, title="Kế hoạch và tin, bài tuyên truyền — Lan Tỏa", rows=rows, widths=(20, 90)
    )


def _spec(sheet: str, columns: dict[str, str], kinds: dict[str, str]) -> dict[str, Any]:
    """Return the layout the activity reader needs to read one sheet (plain data)."""
    return {
        "sheet": sheet,
        "info_sheet": INFO_SHEET,
        "identity_label": fold(IDENTITY_LABEL),
        "header_row": 1,
        "columns": {fold(columns[name]): (name, kind) for name, kind in kinds.items()},
        "labels": dict(columns),
        "required": list(columns),
    }


def press_upload_read(*, data: bytes, filename: str) -> PressUpload:
    """Check and read a filled workbook: its rows, and each cell the reader refused."""
    plans = workbook_read(
        source=data,
        filename=filename,
        kind="excel",
        spec=_spec(PLAN_SHEET, PLAN_COLUMNS, PLAN_KINDS),
    )
    items = workbook_read(
        source=data,
        filename=filename,
        kind="excel",
        spec=_spec(ITEMS_SHEET, ITEM_COLUMNS, ITEM_KINDS),
    )
    campaign_id, unit_id = _identity_read(plans["identity"])
    errors = [
        f"Trang '{sheet}', dòng {row}, cột '{labels.get(field, field)}': {message}"
        for sheet, labels, parsed in (
            (PLAN_SHEET, PLAN_COLUMNS, plans),
            (ITEMS_SHEET, ITEM_COLUMNS, items),
        )
        for row, field, message in parsed["errors"]
    ]
    return PressUpload(
        campaign_id=campaign_id,
        unit_id=unit_id,
        plans=[
            PlanRow(
                row=row,
                month=month_read(str(v.get("month", ""))),
                month_text=str(v.get("month", "")),
                planned_items=v.get("planned_items"),
                columns=str(v.get("columns", "")),
            )
            for row, v in plans["rows"]
        ],
        items=[
            ItemRow(
                row=row,
                item=v.get("item"),
                date=v.get("date"),
                **{f: str(v.get(f, "")) for f in ("channel", "title", "outlet", "issue_number")},
                url=str(v.get("url", "")),
                task=str(v.get("task", "")),
            )
            for row, v in items["rows"]
        ],
        cell_errors=errors,
    )
