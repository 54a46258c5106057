"""Reads a filled question-bank template (.xlsx or .docx); no models, so the child can load it."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from lantoa.core.text import fold
from lantoa.core.uploads import UploadRefused

MAX_OPTIONS = 6
COLUMNS = 2 + MAX_OPTIONS + 4
MAX_ROWS = 2000
# The labels of a .docx question table's rows, in the order the template writes them.
DOCX_LABELS = [
    "Loại câu hỏi",
    "Nội dung câu hỏi",
    *[f"Phương án {n}" for n in range(1, MAX_OPTIONS + 1)],
    "Phương án đúng",
    "Đáp án được chấp nhận",
    "Phần của văn bản",
    "Độ khó",
]


@dataclass(frozen=True)
class BankRow:
    """One row (or .docx table) of a filled template, its labels read back into bank values."""

    row: int
    kind: str
    text: str
    options: list[str]
    correct: list[int]
    tag: str
    difficulty: int
    problem: str = ""
    accepted: list[str] = field(default_factory=list)
    where: str = ""  # "Dòng 3" in a workbook, "Câu 3" in a Word file

    @property
    def place(self) -> str:
        """Return where a person finds this question in the file they sent."""
        return self.where or f"Dòng {self.row}"


def _by_label(choices: Any) -> dict[str, Any]:
    return {fold(str(label)): value for value, label in choices}


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _answers(text: str) -> list[str]:
    """Split accepted short answers written one a line or separated by semicolons."""
    return [a.strip() for a in text.replace("\n", ";").split(";") if a.strip()]


def _row(number: int, cells: list[str], spec: dict[str, Any], where: str = "") -> BankRow:
    """Read one question's cells: kind, text, six options, right ones, answers, tag, level."""
    kinds, tags, levels = (_by_label(spec[name]) for name in ("kinds", "tags", "levels"))
    kind = kinds.get(fold(cells[0]), "")
    options = [c for c in cells[2 : 2 + MAX_OPTIONS] if c]
    if kind == spec["true_false"] and not options:
        options = ["Đúng", "Sai"]
    problem = ""
    try:
        right = [int(p) - 1 for p in cells[8].replace(";", ",").split(",") if p.strip()]
    except ValueError:
        right, problem = [], "phương án đúng phải là số thứ tự (ví dụ: 1 hoặc 1, 3)"
    return BankRow(
        row=number,
        kind=kind or cells[0],
        text=cells[1],
        options=options,
        correct=right,
        tag=tags.get(fold(cells[10]), cells[10]),
        difficulty=levels.get(fold(cells[11]), 0),
        problem=problem,
        accepted=_answers(cells[9]),
        where=where,
    )


def read_bank(data: bytes, spec: dict[str, Any]) -> list[BankRow]:
    """Read the rows of a filled .xlsx template (run in the limited child).

    `spec` holds the label -> value maps of kinds, tags and difficulties (no models here).
    The accepted short answers are the last column, so a template without it still reads.
    """
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    sheet = workbook.worksheets[0]
    rows: list[BankRow] = []
    for number, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        cells = [_text(v) for v in values] + [""] * COLUMNS
        if not any(cells[:COLUMNS]):
            continue
        if len(rows) >= MAX_ROWS:
            raise UploadRefused(f"Tệp có quá {MAX_ROWS} câu hỏi.")
        # Columns 1–9 as before; the accepted answers were added last (column 12).
        ordered = cells[:9] + [cells[11], cells[9], cells[10]]
        rows.append(_row(number, ordered, spec))
    return rows


def _cell_text(cell: Any) -> str:
    return "\n".join(p.text for p in cell.paragraphs).strip()


def read_bank_docx(data: bytes, spec: dict[str, Any]) -> list[BankRow]:
    """Read the question tables of a filled .docx template (run in the limited child).

    A question is a two-column table whose first column holds the labels of DOCX_LABELS;
    an empty table (the one left for copying) is skipped. Other tables are ignored.
    """
    import docx

    document = docx.Document(io.BytesIO(data))
    wanted = {fold(label): index for index, label in enumerate(DOCX_LABELS)}
    rows: list[BankRow] = []
    number = 0
    for table in document.tables:
        cells = [""] * len(DOCX_LABELS)
        seen = False
        for table_row in table.rows:
            parts = table_row.cells
            if len(parts) < 2:
                continue
            index = wanted.get(fold(_cell_text(parts[0]).rstrip(":")))
            if index is not None:
                seen = True
                cells[index] = _cell_text(parts[-1])
        if not seen:
            continue
        number += 1
        if not any(cells):
            continue
        if len(rows) >= MAX_ROWS:
            raise UploadRefused(f"Tệp có quá {MAX_ROWS} câu hỏi.")
        rows.append(_row(number, cells, spec, where=f"Câu {number}"))
    if number == 0:
        raise UploadRefused(
            "Tệp Word không có bảng câu hỏi theo mẫu; hãy tải mẫu .docx trên trang ngân hàng."
        )
    return rows
