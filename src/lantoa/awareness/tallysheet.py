"""A check's pre-filled .xlsx tally template: download it, fill the counts, upload it back.

The sheet is the one `lantoa awareness import` reads ("Phiếu giấy": Mã kiểm tra, Câu, Số
người trả lời, Số người trả lời đúng first), with each question and its options beside the
counts. Built with the activity template's helpers and read back through the same upload
check, limited child process and reader (reporting/excel), so errors come row by row.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Protection

from lantoa.awareness.models import AwarenessCheck, QuestionKind
from lantoa.awareness.paper import answer_key
from lantoa.awareness.tallies import TALLY_HEADERS, TALLY_SHEET, TallyRow
from lantoa.core.cells import append_row
from lantoa.core.text import fold
from lantoa.reporting.excel.reader import workbook_read
from lantoa.reporting.excel.templateparts import (
    count_validation,
    info_sheet_fill,
    locked_book_bytes,
    protect_sheet,
    style_header,
)

INFO_SHEET = "Thông tin"
# field -> header, in sheet order: the four the CLI reads first, then what the unit reads.
COLUMNS: dict[str, str] = {
    **dict(zip(("code", "number", "answered", "correct"), TALLY_HEADERS, strict=True)),
    "question": "Nội dung câu hỏi",
    "options": "Các phương án",
    "key": "Đáp án đúng",
}
KINDS = {"code": "text", "number": "number", "answered": "number", "correct": "number"}
_WIDTHS = {"code": 13, "number": 7, "answered": 14, "correct": 14, "question": 60}
_OPEN = Protection(locked=False)
_WRAP = Alignment(wrap_text=True, vertical="top")


def tally_template(check: AwarenessCheck) -> bytes:
    """Return the check's tally template: one row a question, its counts as stored (or empty)."""
    book = Workbook()
    sheet = book.active
    sheet.title = TALLY_SHEET
    style_header(append_row(sheet, COLUMNS.values()))
    questions = list(check.questions.order_by("pk"))
    # Pre-filled with the totals already entered: a correction changes only what it changes.
    stored = {
        question_id: (answered, correct)
        for question_id, answered, correct in check.tallies.values_list(
            "question_id", "answered", "correct"
        )
    }
    for number, question in enumerate(questions, start=1):
        options = (
            "\n".join(f"{i}. {text}" for i, text in enumerate(question.options, start=1))
            if question.kind != QuestionKind.SHORT
            else "(trả lời ngắn)"
        )
        answered, correct = stored.get(question.pk, (None, None))
        values = [
            check.code,
            number,
            answered,
            correct,
            question.text,
            options,
            answer_key(question),
        ]
        for cell in append_row(sheet, values):
            cell.alignment = _WRAP
        for column in (3, 4):
            sheet.cell(number + 1, column).protection = _OPEN
    counts = count_validation(error="Nhập số người (số nguyên, không âm).")
    counts.add(f"C2:D{len(questions) + 1}")
    sheet.add_data_validation(counts)
    for letter, field in zip("ABCDEFG", COLUMNS, strict=True):
        sheet.column_dimensions[letter].width = _WIDTHS.get(field, 36)
    sheet.row_dimensions[1].height = 32
    sheet.freeze_panes = "C2"
    protect_sheet(sheet)
    _info_sheet(book, check)
    return locked_book_bytes(book)


def _info_sheet(book: Workbook, check: AwarenessCheck) -> None:
    sheet = book.create_sheet(INFO_SHEET)
    activity = check.activity
    rows = [
        ("Đơn vị", f"{check.unit.name} ({check.unit.code})"),
        ("Hoạt động", activity.title),
        ("Ngày", activity.date.strftime("%d/%m/%Y")),
        ("Lượt kiểm tra", f"{check.title} — {check.get_phase_display()}"),
        ("Mã kiểm tra", check.code),
        ("Ngày tạo tệp", timezone.localtime().strftime("%d/%m/%Y %H:%M")),
        (
            "Cách điền",
            "Trên trang 'Phiếu giấy', mỗi câu ghi số người trả lời và số người trả lời đúng "
            "(số nguyên, không âm; ghi 0 nếu không có). Không sửa các cột khác. Tải tệp lên "
            "lại trên trang kiểm tra của hoạt động; tệp có lỗi thì không lưu gì.",
        ),
    ]
    info_sheet_fill(sheet, title="Bảng tổng hợp phiếu giấy — Lan Tỏa", rows=rows, widths=(18, 80))


def tally_template_filename(check: AwarenessCheck) -> str:
    """Return an ASCII file name for the download."""
    return f"tong-hop-phieu-giay-{check.code}.xlsx"


def _reader_spec() -> dict[str, Any]:
    """Return the layout the activity reader needs to read this sheet (plain data)."""
    return {
        "sheet": TALLY_SHEET,
        "info_sheet": INFO_SHEET,
        "identity_label": fold("Mã nhận dạng tệp"),  # none: each row names its check
        "header_row": 1,
        "columns": {fold(COLUMNS[name]): (name, kind) for name, kind in KINDS.items()},
        "labels": dict(COLUMNS),
        "required": list(KINDS),
        # Shown to the unit, not read back: the question, its options and its key.
        "shown": [fold(label) for name, label in COLUMNS.items() if name not in KINDS],
    }


def tally_upload_read(*, data: bytes, filename: str) -> tuple[list[TallyRow], dict[str, str]]:
    """Check and read a filled template: its rows, and each cell the reader refused, by row."""
    parsed = workbook_read(source=data, filename=filename, kind="excel", spec=_reader_spec())
    errors: dict[str, str] = {}
    for row, field, message in parsed["errors"]:
        errors.setdefault(f"dong_{row}", f"Dòng {row}, cột '{COLUMNS[field]}': {message}")
    rows = [
        TallyRow(
            row=row,
            code=str(values.get("code", "")).strip().upper(),
            number=values.get("number"),
            answered=values.get("answered"),
            correct=values.get("correct"),
        )
        # A row with a refused cell still names its question (the service keeps this message).
        for row, values in parsed["rows"]
    ]
    return rows, errors
