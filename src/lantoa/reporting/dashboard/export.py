"""The dashboard table as CSV or XLSX: numbers stay numeric, text is guarded by core.cells."""

from __future__ import annotations

from typing import Any

from lantoa.campaigns.models import Channel
from lantoa.core.exports import table_bytes
from lantoa.reporting.dashboard.selectors import Dashboard

NOT_REPORTED = "Chưa báo cáo"


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


def dashboard_table(dashboard: Dashboard, *, fmt: str) -> tuple[bytes, str]:
    """Return the export bytes and content type for "csv" or "xlsx"."""
    header, rows = table_rows(dashboard)
    return table_bytes(
        header=header,
        rows=rows,
        fmt=fmt,
        sheet_title="Theo dõi",
        title=dashboard.campaign.title[:200] if fmt == "xlsx" else "",
    )
