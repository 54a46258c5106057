"""The question bank's .docx template: one two-column table per question, read back by reader.py."""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from lantoa.awareness.bank.reader import DOCX_LABELS, MAX_OPTIONS
from lantoa.awareness.models import Difficulty, Question, QuestionKind, QuestionTag
from lantoa.campaigns.models import Campaign

if TYPE_CHECKING:  # python-docx is imported when a bank is written, not when this module loads
    from docx.document import Document as DocxDocument

# Characters XML (and so Word) cannot hold; a pasted question may carry them.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _values(q: Question) -> list[str]:
    options = list(q.options) + [""] * (MAX_OPTIONS - len(q.options))
    return [
        q.get_kind_display(),
        q.text,
        *options,
        ", ".join(str(i + 1) for i in q.correct),
        "; ".join(q.accepted),
        q.get_tag_display(),
        q.get_difficulty_display(),
    ]


def _table(document: DocxDocument, values: list[str]) -> None:
    table = document.add_table(rows=len(DOCX_LABELS), cols=2)
    table.style = "Table Grid"
    for table_row, label, value in zip(table.rows, DOCX_LABELS, values, strict=True):
        table_row.cells[0].text = label
        table_row.cells[1].text = _clean(value)


def bank_docx(*, campaign: Campaign, questions: list[Question]) -> bytes:
    """Return the Word template: how to fill it, the bank's questions, and a blank table."""
    import docx

    document = docx.Document()
    document.add_heading("Ngân hàng câu hỏi kiểm tra nhận thức", level=1)
    document.add_paragraph(_clean(campaign.title))
    guide = [
        "Mỗi câu hỏi là một bảng hai cột; giữ nguyên cột trái, điền cột phải. "
        "Để thêm câu hỏi, chép bảng trống ở cuối tệp (mỗi câu một bảng).",
        "Loại câu hỏi: " + "; ".join(QuestionKind.labels) + ".",
        "Phần của văn bản: " + "; ".join(QuestionTag.labels) + ".",
        "Độ khó: " + "; ".join(Difficulty.labels) + ".",
        "Phương án đúng: số thứ tự, cách nhau bằng dấu phẩy (ví dụ 1 hoặc 1, 3); "
        "câu Đúng / Sai để trống phương án, 1 = Đúng, 2 = Sai.",
        "Câu trả lời ngắn: để trống phương án, ghi các đáp án được chấp nhận cách nhau bằng "
        "dấu chấm phẩy (không phân biệt hoa thường, có dấu hay không dấu).",
        "Câu hỏi đã có trong ngân hàng (trùng nội dung) được bỏ qua khi nhập; "
        "câu mới được lưu ở trạng thái dự thảo, chờ lãnh đạo Ban duyệt.",
    ]
    for line in guide:
        document.add_paragraph(line, style="List Bullet")
    for number, q in enumerate(questions, start=1):
        document.add_heading(f"Câu {number}", level=2)
        _table(document, _values(q))
    document.add_heading("Câu mới (chép bảng này để thêm câu hỏi)", level=2)
    _table(document, [""] * len(DOCX_LABELS))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
