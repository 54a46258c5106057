"""The question bank's .xlsx round trip: a template with the bank, read back row by row."""

from __future__ import annotations

import io

import openpyxl

from lantoa.awareness.bankreader import MAX_OPTIONS, BankRow, read_bank
from lantoa.awareness.models import Difficulty, Question, QuestionKind, QuestionTag
from lantoa.core.cells import append_row
from lantoa.core.isolation import parse_in_child
from lantoa.core.uploads import UPLOADS, check_upload

HEADERS = [
    "Loại câu hỏi",
    "Nội dung câu hỏi",
    *[f"Phương án {n}" for n in range(1, MAX_OPTIONS + 1)],
    "Phương án đúng (số thứ tự, cách nhau bằng dấu phẩy)",
    "Phần của văn bản",
    "Độ khó",
]


def bank_template(*, questions: list[Question]) -> bytes:
    """Return the template: a header row, then the bank's questions (to edit or add to)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = "Câu hỏi"
    append_row(sheet, HEADERS)
    for q in questions:
        options = list(q.options) + [""] * (MAX_OPTIONS - len(q.options))
        right = ", ".join(str(i + 1) for i in q.correct)
        append_row(
            sheet,
            [
                q.get_kind_display(),
                q.text,
                *options,
                right,
                q.get_tag_display(),
                q.get_difficulty_display(),
            ],
        )
    help_sheet = workbook.create_sheet("Hướng dẫn")
    append_row(help_sheet, ["Cột", "Giá trị được nhận"])
    append_row(help_sheet, ["Loại câu hỏi", "; ".join(QuestionKind.labels)])
    append_row(help_sheet, ["Phần của văn bản", "; ".join(QuestionTag.labels)])
    append_row(help_sheet, ["Độ khó", "; ".join(Difficulty.labels)])
    append_row(
        help_sheet, ["Câu Đúng / Sai", "Để trống phương án; phương án đúng: 1 = Đúng, 2 = Sai"]
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def bank_read(*, data: bytes, filename: str) -> list[BankRow]:
    """Check an uploaded template, then read it in a limited child process."""
    check_upload(data, filename=filename, kind="excel")
    rule = UPLOADS["excel"]
    spec = {
        "kinds": QuestionKind.choices,
        "tags": QuestionTag.choices,
        "levels": Difficulty.choices,
        "true_false": QuestionKind.TRUE_FALSE.value,
    }
    return parse_in_child(
        read_bank, data, spec, memory_mb=rule.parse_memory_mb, seconds=rule.parse_seconds
    )
