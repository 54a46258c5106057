"""The dashboard table as CSV or XLSX: numbers stay numeric, text is guarded by core.cells."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from lantoa.accounts.selectors import AnyUser
from lantoa.campaigns.models import Campaign, Channel
from lantoa.core.exports import table_bytes
from lantoa.reporting.dashboard.selectors import Dashboard

NOT_REPORTED = "Chưa báo cáo"

# Columns a higher app adds to the table, as the page adds them through that app's template
# tags (awareness: the share correct after sessions). reporting may not import those apps, so
# the project wires them in at start (project/apps.py). Each gives its headers and, per unit
# id, its values; a unit it has nothing for is left blank.
Columns = tuple[list[str], dict[int, list[Any]]]
ColumnsOf = Callable[..., Columns]  # (*, user: AnyUser, campaign: Campaign)
DASHBOARD_COLUMNS: list[ColumnsOf] = []


def extra_columns(*, user: AnyUser, campaign: Campaign) -> list[Columns]:
    """Return the columns the wired apps add to the campaign's table, for what the user reads."""
    return [columns(user=user, campaign=campaign) for columns in DASHBOARD_COLUMNS]


def table_rows(
    dashboard: Dashboard, *, extra: Sequence[Columns] = ()
) -> tuple[list[str], list[list[Any]]]:
    """Return the header and one row per unit, numbers as numbers, blank when not reported."""
    channels = [(code, str(label)) for code, label in Channel.choices]
    header = [
        "Mã đơn vị",
        "Tên đơn vị",
        "Loại đơn vị",
        "Nhiệm vụ đã thực hiện",
        "Tổng số nhiệm vụ",
        "Nhiệm vụ quá hạn",
        "Số đảng viên",
        "Số đảng viên được quán triệt",
        "Tỷ lệ đảng viên được quán triệt (%)",
        "Số người được tiếp cận",
        "Số hoạt động",
        *[f"Hoạt động: {label}" for _code, label in channels],
        "Báo cáo gần nhất",
        "Hạn nộp",
        "Ngày nộp",
        "Đúng hạn",
        "Số ngày làm việc trễ",
        *[name for headers, _values in extra for name in headers],
        "Ghi chú",
    ]
    rows: list[list[Any]] = []
    for row in dashboard.rows:
        status = row.status
        report = status.report
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
                status.party_members,
                status.briefed,
                round(coverage, 1) if coverage is not None else None,
                status.people_reached,
                status.activities,
                *[status.by_channel.get(code, 0) for code, _label in channels],
                report.label if report else "Không phải nộp",
                report.due if report else None,
                report.submitted_on if report else None,
                None if status.on_time is None else ("Có" if status.on_time else "Không"),
                status.working_days_late,
                *[
                    value
                    for headers, values in extra
                    for value in values.get(status.unit.pk, [None] * len(headers))
                ],
                "; ".join(notes),
            ]
        )
    totals = dashboard.status
    rates = [
        f"Tỷ lệ đảng viên được quán triệt: {totals.briefed_rate.text}, đơn vị chưa báo cáo tính 0"
    ]
    reporting = totals.briefed_rate_reporting
    if reporting.units:
        rates.append(f"riêng các đơn vị đã báo cáo: {reporting.text}")
    if totals.completeness is not None:
        rates.append(f"đã nộp báo cáo: {totals.completeness.text}")
    if totals.on_time_rate is not None:
        rates.append(f"nộp đúng hạn: {totals.on_time_rate.text}")
    total_row: list[Any] = [None] * len(header)
    scope = totals.scope_text()
    total_row[1] = f"Tổng ({len(totals.headline_rows)} đơn vị{f'; {scope}' if scope else ''})"
    total_row[6] = totals.briefed_rate.whole
    total_row[7] = totals.briefed_rate.part
    total_row[8] = totals.briefed_rate.rounded
    total_row[-1] = "; ".join(rates)
    rows.append(total_row)
    return header, rows


def dashboard_table(
    dashboard: Dashboard, *, fmt: str, extra: Sequence[Columns] = ()
) -> tuple[bytes, str]:
    """Return the export bytes and content type for "csv" or "xlsx"."""
    header, rows = table_rows(dashboard, extra=extra)
    return table_bytes(
        header=header,
        rows=rows,
        fmt=fmt,
        sheet_title="Theo dõi",
        title=dashboard.campaign.title[:200] if fmt == "xlsx" else "",
    )
