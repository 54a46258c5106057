"""A unit's report to a request as a pre-filled .xlsx: download it, write the passages, upload it.

One sheet: the request, the unit and the due date (locked), a signed identity (locked, hidden
row) tying the file to this request and unit, then one row a passage (label | text) with the
text cells open and wrapping. The upload goes through the one upload check and the limited
child process (excel/submission_upload.py), then to submission_submit like the web form.
"""

from __future__ import annotations

import datetime

from django.core import signing
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from lantoa.core.cells import put
from lantoa.core.numbers import format_vn_number
from lantoa.organization.models import Unit
from lantoa.reporting.excel.layout import IDENTITY_LABEL
from lantoa.reporting.excel.templateparts import locked_book_bytes, protect_sheet, style_header
from lantoa.reporting.models import (
    PASSAGE_LABELS,
    PASSAGE_MAX_CHARS,
    SUBMISSION_PASSAGES,
    ReportRequest,
    Submission,
)

UPLOAD_KIND = "submission"
SHEET = "Báo cáo"
LABEL_HEADER = "Mục"
TEXT_HEADER = "Nội dung"
IDENTITY_ROW = 5
HEADER_ROW = 8
SIGNING_SALT = "lantoa.reporting.submission.identity"
_OPEN = Protection(locked=False)
_WRAP = Alignment(wrap_text=True, vertical="top")


def _identity_sign(*, request_id: int, unit_id: int) -> str:
    return signing.Signer(salt=SIGNING_SALT).sign_object({"request": request_id, "unit": unit_id})


def submission_template(
    *, request: ReportRequest, unit: Unit, due: datetime.date, submission: Submission | None
) -> bytes:
    """Return the unit's template for a request, pre-filled with what the unit has saved."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    put(sheet, 1, 1, "Báo cáo của đơn vị — Lan Tỏa").font = Font(bold=True, size=13)
    guide = (
        f"Viết vào cột '{TEXT_HEADER}' (xuống dòng trong ô: Alt+Enter). "
        f"'{PASSAGE_LABELS['results']}' bắt buộc; mỗi mục tối đa "
        f"{format_vn_number(PASSAGE_MAX_CHARS)} ký tự. "
        "Không sửa các ô khác. Tải tệp lên lại trên trang nộp báo cáo; tệp có lỗi thì "
        "không lưu gì."
    )
    info = [
        ("Yêu cầu báo cáo", request.title),
        ("Đơn vị", f"{unit.name} ({unit.code})" if unit.code else unit.name),
        ("Hạn nộp", f"{due:%d/%m/%Y}"),
        (IDENTITY_LABEL, _identity_sign(request_id=request.pk, unit_id=unit.pk)),
        ("Cách điền", guide),
        ("Ngày tạo tệp", timezone.localtime().strftime("%d/%m/%Y %H:%M")),
    ]
    for row, (label, value) in enumerate(info, start=2):
        put(sheet, row, 1, label).font = Font(bold=True)
        put(sheet, row, 2, value).alignment = _WRAP
    # The identity is for Lan Tỏa, not for people; locked like every cell outside the text.
    sheet.row_dimensions[IDENTITY_ROW].hidden = True
    sheet.row_dimensions[IDENTITY_ROW + 1].height = 48
    style_header([put(sheet, HEADER_ROW, 1, LABEL_HEADER), put(sheet, HEADER_ROW, 2, TEXT_HEADER)])
    for row, name in enumerate(SUBMISSION_PASSAGES, start=HEADER_ROW + 1):
        put(sheet, row, 1, PASSAGE_LABELS[name]).alignment = _WRAP
        text = getattr(submission, name) if submission is not None else ""
        cell = put(sheet, row, 2, text or None)
        cell.alignment = _WRAP
        cell.protection = _OPEN
        sheet.row_dimensions[row].height = 120
    # Excel itself warns at the limit the upload refuses (the upload checks it again anyway).
    length = DataValidation(
        type="textLength",
        operator="lessThanOrEqual",
        formula1=str(PASSAGE_MAX_CHARS),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Nội dung quá dài",
        error=f"Mỗi mục tối đa {format_vn_number(PASSAGE_MAX_CHARS)} ký tự.",
    )
    length.add(f"B{HEADER_ROW + 1}:B{HEADER_ROW + len(SUBMISSION_PASSAGES)}")
    sheet.add_data_validation(length)
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 90
    protect_sheet(sheet)
    return locked_book_bytes(book)


def submission_template_filename(*, request: ReportRequest, unit: Unit) -> str:
    """Return an ASCII file name for the download."""
    return f"lantoa-bao-cao-{request.pk}-don-vi-{unit.code or unit.pk}.xlsx"
