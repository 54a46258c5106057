"""Builds the pre-filled .xlsx template of a unit (or of every unit, for the board)."""

from __future__ import annotations

import datetime
import uuid

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from lantoa.campaigns.models import Campaign
from lantoa.campaigns.window import campaign_reference_date, campaign_start
from lantoa.core.cells import append_row, put
from lantoa.organization.figures import figures_in_force
from lantoa.organization.models import FigureKind, Unit
from lantoa.reporting.excel.layout import (
    COLUMNS,
    DELETE_MARK,
    GUIDE_SHEET,
    IDENTITY_LABEL,
    INFO_SHEET,
    LISTS_SHEET,
    SHEET,
    Identity,
    channel_labels,
    identity_sign,
    task_labels,
)
from lantoa.reporting.excel.templateparts import (
    DATE_FORMAT,
    count_validation,
    lists_sheet,
    locked_book_bytes,
    protect_sheet,
    style_header,
)
from lantoa.reporting.figures import ALL_FIGURES, CHANNEL_FIGURES, FIGURE_LABELS
from lantoa.reporting.indicators import party_members_in
from lantoa.reporting.locks import campaign_locks
from lantoa.reporting.models import Activity
from lantoa.reporting.rules import MAX_FIGURE

BLANK_ROWS = 300
_OPEN = Protection(locked=False)
_LOCKED_FILL = PatternFill("solid", fgColor="D9D9D9")
_WIDTHS = {
    "key": 38,
    "unit": 11,
    "date": 12,
    "channel": 30,
    "task": 40,
    "title": 45,
    "delete": 12,
}


def _letter(field: str) -> str:
    return get_column_letter(list(COLUMNS).index(field) + 1)


def _lists_sheet(book: Workbook, tasks: list[str], unit_codes: list[str]) -> dict[str, str]:
    return lists_sheet(
        book,
        {
            "channel": ("Hình thức", list(channel_labels().values())),
            "task": ("Nhiệm vụ", tasks),
            "unit": ("Mã đơn vị", unit_codes),
        },
    )


def _validations(
    sheet: Worksheet, *, lists: dict[str, str], start: datetime.date | None, last_row: int
) -> None:
    def add(field: str, validation: DataValidation) -> None:
        validation.errorTitle = "Giá trị không hợp lệ"
        validation.showErrorMessage = True
        validation.add(f"{_letter(field)}2:{_letter(field)}{last_row}")
        sheet.add_data_validation(validation)

    first = start or datetime.date(2000, 1, 1)
    add(
        "date",
        DataValidation(
            type="date",
            operator="between",
            formula1=str(int(to_excel(first))),
            formula2=str(int(to_excel(datetime.date(2100, 12, 31)))),
            error=f"Nhập ngày theo dạng dd/mm/yyyy, từ ngày {first:%d/%m/%Y}.",
        ),
    )
    add(
        "channel",
        DataValidation(
            type="list", formula1=lists["channel"], error="Chọn hình thức trong danh sách."
        ),
    )
    if lists["task"]:
        add(
            "task",
            DataValidation(
                type="list",
                formula1=lists["task"],
                allow_blank=True,
                error="Chọn nhiệm vụ trong danh sách (hoặc để trống).",
            ),
        )
    add(
        "delete",
        DataValidation(
            type="list",
            formula1=f'"{DELETE_MARK}"',
            allow_blank=True,
            error=f"Gõ {DELETE_MARK} để xóa hoạt động của dòng này, hoặc để trống.",
        ),
    )
    for name in ALL_FIGURES:
        add(
            name,
            count_validation(
                most=MAX_FIGURE,
                error=f"{FIGURE_LABELS[name]}: nhập số nguyên từ 0 trở lên (để trống nếu "
                "chưa báo cáo).",
            ),
        )


def _activities_sheet(
    book: Workbook,
    *,
    campaign: Campaign,
    units: list[Unit],
    single: Unit | None,
    lists: dict[str, str],
    tasks: dict[int, str],
) -> None:
    sheet = book.active
    sheet.title = SHEET
    fields = list(COLUMNS)
    style_header(append_row(sheet, COLUMNS.values()))
    channels = channel_labels()
    activities = (
        Activity.objects.kept()
        .filter(campaign=campaign, unit__in=units)
        .select_related("unit")
        .order_by("unit__code", "date", "pk")
    )
    locks = campaign_locks(campaign_id=campaign.pk, unit_ids=[unit.pk for unit in units])
    locked_rows: set[int] = set()
    row = 1
    for activity in activities.iterator(chunk_size=2000):
        row += 1
        if locks.locked(unit_id=activity.unit_id, date=activity.date):
            locked_rows.add(row)
        values = {
            "key": str(activity.key),
            "unit": activity.unit.code,
            "date": activity.date,
            "channel": channels.get(activity.channel, activity.channel),
            "task": tasks.get(activity.task_id or 0),
            "title": activity.title,
            **{name: getattr(activity, name) for name in ALL_FIGURES},
            "url": activity.url or None,
            "notes": activity.notes or None,
            "delete": None,
        }
        append_row(sheet, [values[name] for name in fields])
    filled = row
    last_row = filled + (BLANK_ROWS if single else 2000)
    editable = [
        (index, name)
        for index, name in enumerate(fields, start=1)
        if name != "key" and not (single and name == "unit")
    ]
    for number in range(2, filled + 1):
        locked = number in locked_rows
        for index, name in editable:
            cell = sheet.cell(number, index)
            # A locked activity's row stays protected and grey: the upload would refuse it.
            if locked:
                cell.fill = _LOCKED_FILL
            else:
                cell.protection = _OPEN
            if name == "date":
                cell.number_format = DATE_FORMAT
    key_column = list(COLUMNS).index("key") + 1
    for number in range(filled + 1, last_row + 1):
        # Each blank row already has its own key: uploading the same file twice finds the
        # rows it created the first time instead of creating them again.
        put(sheet, number, key_column, str(uuid.uuid4()))
        if single is not None:
            put(sheet, number, list(COLUMNS).index("unit") + 1, single.code)
    # Blank rows hold no cells: they take the column's style (unlocked, date format).
    for index, name in editable:
        dimension = sheet.column_dimensions[get_column_letter(index)]
        dimension.protection = _OPEN
        if name == "date":
            dimension.number_format = DATE_FORMAT
        elif name == "unit":
            dimension.number_format = "@"
    for name in fields:
        sheet.column_dimensions[_letter(name)].width = _WIDTHS.get(name, 16)
    sheet.column_dimensions[_letter("key")].hidden = True
    sheet.row_dimensions[1].height = 45
    sheet.freeze_panes = "C2"
    if single is None:
        sheet.add_data_validation(
            _unit_validation(lists["unit"], f"{_letter('unit')}2:{_letter('unit')}{last_row}")
        )
    _validations(sheet, lists=lists, start=campaign_start(campaign), last_row=last_row)
    protect_sheet(sheet)


def _unit_validation(formula: str, cells: str) -> DataValidation:
    validation = DataValidation(
        type="list",
        formula1=formula,
        showErrorMessage=True,
        errorTitle="Giá trị không hợp lệ",
        error="Chọn mã đơn vị trong danh sách.",
    )
    validation.add(cells)
    return validation


def _guide_sheet(book: Workbook, *, single: Unit | None) -> None:
    sheet = book.create_sheet(GUIDE_SHEET)
    append_row(sheet, ["Cách điền trang 'Hoạt động'"])
    sheet["A1"].font = Font(bold=True, size=13)
    lines = [
        "Mỗi dòng là một hoạt động. Dòng đã có sẵn là hoạt động đã báo cáo: sửa ô nào thì "
        "chỉ ô đó được cập nhật, có lưu lịch sử. Dòng mới: điền vào các dòng trống bên dưới.",
        "Không sửa, không xóa cột ẩn 'Mã dòng'. Muốn xóa một hoạt động đã báo cáo: gõ "
        f"{DELETE_MARK} vào cột '{COLUMNS['delete']}' của dòng đó (xóa cả dòng trong tệp thì "
        "hoạt động vẫn còn trên Lan Tỏa). Hoạt động bị xóa không tính vào số liệu nhưng vẫn "
        "được lưu lại, kèm lịch sử.",
        "Ô chỉ tiêu để trống = chưa báo cáo; nhập 0 = có báo cáo và bằng không.",
        "Ngày nhập theo dạng dd/mm/yyyy. Chỉ tiêu là số nguyên không âm. Công thức được nhận "
        "theo giá trị đã tính.",
        "Mỗi hình thức chỉ dùng các chỉ tiêu ghi trong bảng dưới; chỉ tiêu khác phải để trống.",
        (
            f"Tệp này dành cho {single.name} (mã {single.code})."
            if single
            else "Tệp tổng hợp: cột 'Mã đơn vị' quyết định hoạt động thuộc đơn vị nào."
        ),
        "Tải tệp lên tại trang 'Nhập hoạt động từ Excel' của đợt tuyên truyền; Lan Tỏa kiểm tra "
        "từng dòng, cho xem trước thay đổi rồi mới áp dụng (tất cả hoặc không gì cả).",
        "Dòng tô xám là hoạt động có số liệu đã khóa (báo cáo đã được Ban chấp nhận, hoặc Ban "
        "khóa số liệu): không sửa được trong tệp; cần Ban mở lại báo cáo.",
    ]
    for line in lines:
        append_row(sheet, [f"• {line}"])
    append_row(sheet, [])
    for cell in append_row(sheet, ["Hình thức", "Chỉ tiêu sử dụng"]):
        cell.font = Font(bold=True)
    labels = channel_labels()
    for channel, names in CHANNEL_FIGURES.items():
        append_row(sheet, [labels[channel], "; ".join(FIGURE_LABELS[name] for name in names)])
    sheet.column_dimensions["A"].width = 60
    sheet.column_dimensions["B"].width = 80
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    protect_sheet(sheet)


def _info_sheet(
    book: Workbook, *, campaign: Campaign, units: list[Unit], single: Unit | None
) -> None:
    sheet = book.create_sheet(INFO_SHEET)
    on = campaign_reference_date(campaign)
    denominators = figures_in_force(unit_ids=[unit.pk for unit in units], on=on)
    append_row(sheet, ["Mẫu báo cáo hoạt động — Lan Tỏa"])
    sheet["A1"].font = Font(bold=True, size=13)
    append_row(sheet, ["Đợt tuyên truyền", campaign.title])
    append_row(sheet, ["Mã đợt", campaign.pk])
    append_row(
        sheet,
        [
            "Đơn vị",
            f"{single.name} ({single.code})" if single else "Nhiều đơn vị (tệp tổng hợp của Ban)",
        ],
    )
    append_row(sheet, ["Ngày tính số liệu nền", on.strftime("%d/%m/%Y")])
    append_row(sheet, ["Ngày tạo tệp", timezone.localtime().strftime("%d/%m/%Y %H:%M")])
    identity = Identity(campaign_id=campaign.pk, unit_id=single.pk if single else None)
    append_row(sheet, [IDENTITY_LABEL, identity_sign(identity)])
    append_row(sheet, ["", "Không sửa mã nhận dạng: Lan Tỏa dùng nó để biết tệp của đơn vị nào."])
    append_row(sheet, [])
    header = ["Đơn vị", "Mã đơn vị", "Số đảng viên", "Số chi bộ", "Dân số", "Ghi chú"]
    for cell in append_row(sheet, header):
        cell.font = Font(bold=True)
    # Party members as the dashboard counts them (those of units merged in after `on` with
    # their successor: reporting.indicators.party_members_in); the other figures the unit's own.
    members = party_members_in(campaign=campaign, unit_ids=[unit.pk for unit in units])
    kinds = (FigureKind.PARTY_CELLS, FigureKind.POPULATION)
    for unit in units:
        own = denominators.get(unit.pk, {})
        values = [members.get(unit.pk)] + [
            own[kind].value if kind in own else None for kind in kinds
        ]
        demo = any(figure.is_demo for figure in own.values())
        append_row(sheet, [unit.name, unit.code, *values, "số liệu minh họa" if demo else ""])
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 60
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 16
    protect_sheet(sheet)


def _build(*, campaign: Campaign, units: list[Unit], single: Unit | None) -> bytes:
    book = Workbook()
    labels = task_labels(campaign)
    if single is not None:
        own = set(campaign.tasks.filter(assignments__unit=single).values_list("pk", flat=True))
        listed = [label for pk, label in labels.items() if pk in own]
    else:
        listed = list(labels.values())
    lists = _lists_sheet(book, listed, [unit.code or "" for unit in units])
    _activities_sheet(
        book, campaign=campaign, units=units, single=single, lists=lists, tasks=labels
    )
    _guide_sheet(book, single=single)
    _info_sheet(book, campaign=campaign, units=units, single=single)
    book.move_sheet(LISTS_SHEET, offset=len(book.sheetnames))
    return locked_book_bytes(book)


def unit_template(*, campaign: Campaign, unit: Unit) -> bytes:
    """Return the .xlsx template of one unit in a campaign, pre-filled with its activities."""
    return _build(campaign=campaign, units=[unit], single=unit)


def board_workbook(*, campaign: Campaign) -> bytes:
    """Return the board's workbook covering every unit with tasks in the campaign."""
    units = list(
        Unit.objects.filter(assignments__task__campaign=campaign).distinct().order_by("code")
    )
    return _build(campaign=campaign, units=units, single=None)


def template_filename(*, campaign: Campaign, unit: Unit | None) -> str:
    """Return an ASCII file name for the download."""
    suffix = f"don-vi-{unit.code}" if unit else "tong-hop"
    return f"lantoa-dot-{campaign.pk}-{suffix}.xlsx"
