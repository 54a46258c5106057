"""The question bank's .xlsx round trip: a template with the bank, read back row by row."""

from __future__ import annotations

import io

import openpyxl

from lantoa.awareness.bank.reader import MAX_OPTIONS
from lantoa.awareness.models import Difficulty, Question, QuestionKind, QuestionTag
from lantoa.core.cells import append_row

SHEET_TITLE = "Câu hỏi"

HEADERS = [
    "Loại câu hỏi",
    "Nội dung câu hỏi",
    *[f"Phương án {n}" for n in range(1, MAX_OPTIONS + 1)],
    "Phương án đúng (số thứ tự, cách nhau bằng dấu phẩy)",
    "Phần của văn bản",
    "Độ khó",
    "Đáp án được chấp nhận (câu trả lời ngắn; cách nhau bằng dấu ;)",
]


def bank_template(*, questions: list[Question]) -> bytes:
    """Return the template: a header row, then the bank's questions (to edit or add to)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = SHEET_TITLE
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
                "; ".join(q.accepted),
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
    append_row(
        help_sheet,
        [
            "Câu trả lời ngắn",
            "Để trống phương án và phương án đúng; ghi các đáp án được chấp nhận ở cột cuối "
            "(không phân biệt hoa thường, có dấu hay không dấu)",
        ],
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
