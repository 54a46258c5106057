"""Helpers of the Excel round-trip tests: fill a template, run an import to its end."""

from __future__ import annotations

import datetime
import io
import struct
import zipfile
from typing import Any

import openpyxl

from lantoa.reporting.excel.importer import (
    excel_import_apply,
    excel_import_apply_start,
    excel_import_check,
    excel_import_start,
    has_changes,
)
from lantoa.reporting.excel.layout import COLUMNS, SHEET
from lantoa.reporting.models import ExcelImport

JUNE = datetime.date(2026, 6, 25)
CONFERENCE = "Hội nghị quán triệt, chuyên đề"


def column(field: str) -> int:
    """Return the 1-based column of a field in the activities sheet."""
    return list(COLUMNS).index(field) + 1


def edit(data: bytes, rows: dict[int, dict[str, Any]]) -> bytes:
    """Return the workbook with cells of the activities sheet set: {row: {field: value}}."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book[SHEET]
    for number, values in rows.items():
        for field, value in values.items():
            sheet.cell(number, column(field)).value = value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def new_conference(**extra: Any) -> dict[str, Any]:
    """Return the cells of a new conference row."""
    return {
        "date": JUNE,
        "channel": CONFERENCE,
        "title": "Hội nghị quán triệt Kết luận 51",
        "sessions": 1,
        "party_members_present": 120,
        **extra,
    }


def run_import(campaign: Any, user: Any, data: bytes, *, apply: bool = True) -> ExcelImport:
    """Upload, check and (if it previews cleanly with changes) apply, synchronously."""
    upload = excel_import_start(
        campaign=campaign, user=user, filename="bao-cao.xlsx", content=data, enqueue=False
    )
    excel_import_check(upload=upload)
    if apply and upload.status == "preview" and has_changes(upload):
        excel_import_apply_start(upload=upload, user=user, enqueue=False)
        excel_import_apply(upload=upload)
    upload.refresh_from_db()
    return upload


def rewrite_zip(
    data: bytes, change: dict[str, bytes], add: dict[str, bytes] | None = None
) -> bytes:
    """Return a copy of a zip with some entries replaced and others added."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info.filename, change.get(info.filename, source.read(info.filename)))
        for name, payload in (add or {}).items():
            target.writestr(name, payload)
    return out.getvalue()


def forge_size(data: bytes, entry: str, declared: int) -> bytes:
    """Rewrite the declared uncompressed size of one entry in both zip headers."""
    raw = bytearray(data)
    name = entry.encode()
    for signature, size_at, name_length_at, name_at in (
        (b"PK\x03\x04", 22, 26, 30),
        (b"PK\x01\x02", 24, 28, 46),
    ):
        position = raw.find(signature)
        while position != -1:
            length = struct.unpack_from("<H", raw, position + name_length_at)[0]
            if raw[position + name_at : position + name_at + length] == name:
                struct.pack_into("<I", raw, position + size_at, declared)
            position = raw.find(signature, position + 4)
    return bytes(raw)


def sheet_xml(data: bytes) -> bytes:
    """Return the activities sheet's XML of a template."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("xl/worksheets/sheet1.xml")
