"""Any table as CSV (UTF-8 with BOM, for Excel) or XLSX: numbers stay numbers, formulas are not."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Sequence
from typing import Any

from django.http import HttpResponse
from openpyxl import Workbook

EXPORT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Return text that a spreadsheet will not run as a formula; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow(
            [
                "" if v is None else v.strftime("%d/%m/%Y") if isinstance(v, datetime.date) else v
                for v in map(neutralise, row)
            ]
        )
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def _xlsx(
    header: Sequence[str], rows: Sequence[Sequence[Any]], *, sheet_title: str, title: str = ""
) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title[:31]
    if title:
        sheet.append([neutralise(title)])
    sheet.append([neutralise(h) for h in header])
    for row in rows:
        sheet.append([neutralise(v) for v in row])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(cell.value, float):
                cell.number_format = "0.0"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def table_bytes(
    *,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fmt: str,
    sheet_title: str = "Bảng",
    title: str = "",
) -> tuple[bytes, str]:
    """Return the table as "csv" or "xlsx" bytes with their content type."""
    if fmt == "csv":
        return _csv(header, rows), EXPORT_TYPES["csv"]
    if fmt == "xlsx":
        return _xlsx(header, rows, sheet_title=sheet_title, title=title), EXPORT_TYPES["xlsx"]
    raise ValueError(f"unknown export format {fmt!r}")


def table_response(
    *,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fmt: str,
    filename: str,
    sheet_title: str = "Bảng",
    title: str = "",
) -> HttpResponse:
    """Return a download of the table (the caller writes the audit entry)."""
    data, content_type = table_bytes(
        header=header, rows=rows, fmt=fmt, sheet_title=sheet_title, title=title
    )
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
