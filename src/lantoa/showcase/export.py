"""The showcase register as CSV (UTF-8 with BOM) or XLSX, formula-like text neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from openpyxl import Workbook

from lantoa.reporting.dashboard.export import EXPORT_TYPES, neutralise
from lantoa.showcase.models import ShowcaseEntry

HEADER = [
    "Tên",
    "Loại",
    "Xã, phường",
    "Số sao OCOP",
    "Tài sản trí tuệ",
    "Mô tả",
    "Dữ liệu minh họa",
]


def _assets(entry: ShowcaseEntry) -> str:
    parts = []
    for asset in entry.assets.all():
        text = f"{asset.get_kind_display()}: {asset.get_status_display()}"
        if asset.number:
            text += f" số {asset.number}"
        if asset.date:
            text += f" ngày {asset.date:%d/%m/%Y}"
        parts.append(text)
    return "; ".join(parts)


def showcase_rows(entries: Iterable[ShowcaseEntry]) -> list[list[Any]]:
    """Return one row per entry; text that a spreadsheet would run is neutralised."""
    return [
        [
            neutralise(value)
            for value in (
                entry.name,
                entry.get_kind_display(),
                entry.commune.name if entry.commune_id else "",
                entry.ocop_stars,
                _assets(entry),
                entry.description,
                "Có" if entry.is_demo else "",
            )
        ]
        for entry in entries
    ]


def showcase_export(entries: Iterable[ShowcaseEntry], *, fmt: str) -> tuple[bytes, str, int]:
    """Return the bytes, content type and row count of the export in "csv" or "xlsx"."""
    rows = showcase_rows(entries)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(HEADER)
        writer.writerows(rows)
        return "\ufeff".encode() + buffer.getvalue().encode("utf-8"), EXPORT_TYPES["csv"], len(rows)
    book = Workbook()
    sheet = book.active
    sheet.title = "Mô hình tiêu biểu"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "B2"
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["E"].width = 60
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), EXPORT_TYPES["xlsx"], len(rows)
