"""The dashboard table as CSV or XLSX: numbers stay numeric, formula-like text is neutralised."""

from __future__ import annotations

import csv
import io
from typing import Any

from openpyxl import Workbook

from lantoa.campaigns.models import Channel
from lantoa.reporting.dashboard.selectors import Dashboard

EXPORT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NOT_REPORTED = "Chưa báo cáo"


def neutralise(value: Any) -> Any:
    """Return text that a spreadsheet will not run as a formula; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def table_rows(dashboard: Dashboard) -> tuple[list[str], list[list[Any]]]:
    """Return the header and one row per unit, numbers as numbers, blank when not reported."""
    channels = [(code, str(label)) for code, label in Channel.choices]
    header = [
        "Mã đơn vị",
        "Tên đơn vị",
        "Loại đơn vị",
        "Nhiệm vụ đã thực hiện",
        "Tổng số nhiệm vụ",
        "Nhiệm vụ quá hạn",
        "Tỷ lệ đảng viên được quán triệt (%)",
        "Số người được tiếp cận",
        "Số hoạt động",
        *[f"Hoạt động: {label}" for _code, label in channels],
        "Báo cáo gần nhất",
        "Ngày nộp",
        "Đúng hạn",
        "Số ngày làm việc trễ",
        "Ghi chú",
    ]
    rows: list[list[Any]] = []
    for row in dashboard.rows:
        status = row.status
        submission = status.last_submission
        coverage = status.coverage
        notes = []
        if coverage is None:
            notes.append(f"Tỷ lệ quán triệt: {NOT_REPORTED.lower()}")
        if status.late:
            notes.append("Trễ hạn")
        rows.append(
            [
                status.unit.code or "",
                status.unit.name,
                status.unit.get_kind_display(),
                status.tasks_done,
                status.tasks_total,
                status.overdue_tasks,
                round(coverage, 1) if coverage is not None else None,
                status.people_reached,
                status.activities,
                *[status.by_channel.get(code, 0) for code, _label in channels],
                submission.get_status_display() if submission else NOT_REPORTED,
                submission.first_submitted_at.date() if submission else None,
                None if status.on_time is None else ("Có" if status.on_time else "Không"),
                status.days_late,
                "; ".join(notes),
            ]
        )
    return header, rows


def _csv(header: list[str], rows: list[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow(
            [
                "" if v is None else v.strftime("%d/%m/%Y") if hasattr(v, "strftime") else v
                for v in map(neutralise, row)
            ]
        )
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def _xlsx(header: list[str], rows: list[list[Any]], title: str) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Theo dõi"
    sheet.append([neutralise(title)])
    sheet.append(header)
    for row in rows:
        sheet.append([neutralise(v) for v in row])
        for cell in sheet[sheet.max_row]:
            if hasattr(cell.value, "strftime"):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(cell.value, float):
                cell.number_format = "0.0"
    sheet.freeze_panes = "C3"
    sheet.column_dimensions["B"].width = 40
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def dashboard_table(dashboard: Dashboard, *, fmt: str) -> tuple[bytes, str]:
    """Return the export bytes and content type for "csv" or "xlsx"."""
    header, rows = table_rows(dashboard)
    if fmt == "csv":
        return _csv(header, rows), EXPORT_TYPES["csv"]
    return _xlsx(header, rows, dashboard.campaign.title[:200]), EXPORT_TYPES["xlsx"]
