"""The showcase register as CSV (UTF-8 with BOM) or XLSX (core.cells keeps text from running)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lantoa.core.exports import table_bytes
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
    """Return one row per entry, values as stored (the table writer guards them)."""
    return [
        [
            entry.name,
            entry.get_kind_display(),
            entry.commune.name if entry.commune is not None else "",
            entry.ocop_stars,
            _assets(entry),
            entry.description,
            "Có" if entry.is_demo else "",
        ]
        for entry in entries
    ]


def showcase_export(entries: Iterable[ShowcaseEntry], *, fmt: str) -> tuple[bytes, str, int]:
    """Return the bytes, content type and row count of the export in "csv" or "xlsx"."""
    rows = showcase_rows(entries)
    data, content_type = table_bytes(
        header=HEADER, rows=rows, fmt=fmt, sheet_title="Mô hình tiêu biểu"
    )
    return data, content_type, len(rows)
