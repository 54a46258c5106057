"""Reads a workbook for `lantoa awareness import`: paper-sheet totals or a question bank.

No models here, so the limited child process can load it. A tally sheet is titled
"Phiếu giấy" (or starts with the header "Mã kiểm tra"): one row per question of a check,
numbered as on the printed sheet; a bank is the question-bank template.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from lantoa.awareness.bank.reader import BankRow, read_bank
from lantoa.core.numbers import typed_whole
from lantoa.core.text import fold
from lantoa.core.uploads import UploadRefused

TALLY_SHEET = "Phiếu giấy"
TALLY_HEADERS = ["Mã kiểm tra", "Câu", "Số người trả lời", "Số người trả lời đúng"]
MAX_ROWS = 5000


@dataclass(frozen=True)
class TallyRow:
    """One question's paper totals of a check, as typed (numbers checked by the service)."""

    row: int
    code: str
    number: int | None
    answered: int | None
    correct: int | None


def _count(value: object) -> int | None:
    """Return a whole number typed in a cell (3, 3.0, "3" or "1.200"), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = "" if value is None else str(value).strip()
    return typed_whole(text)


def _is_tally(title: str, first: object) -> bool:
    return fold(title) == fold(TALLY_SHEET) or fold(str(first or "")) == fold(TALLY_HEADERS[0])


def read_workbook(data: bytes, spec: dict[str, Any]) -> tuple[str, list[TallyRow] | list[BankRow]]:
    """Return ("tallies", rows) or ("bank", rows), telling them apart by the first sheet."""
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    sheet = workbook.worksheets[0]
    header = next(sheet.iter_rows(max_row=1, values_only=True), ())
    if not _is_tally(sheet.title, header[0] if header else None):
        if not header or fold(str(header[0] or "")) != fold("Loại câu hỏi"):
            raise UploadRefused(
                "Không nhận ra tệp: trang đầu phải là 'Phiếu giấy' (tổng hợp phiếu giấy, cột "
                "Mã kiểm tra, Câu, Số người trả lời, Số người trả lời đúng) hoặc mẫu ngân hàng "
                "câu hỏi (cột đầu 'Loại câu hỏi')."
            )
        workbook.close()
        return "bank", read_bank(data, spec)
    rows: list[TallyRow] = []
    for number, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        cells = list(values[:4]) + [None] * 4
        if all(c is None or str(c).strip() == "" for c in cells[:4]):
            continue
        if len(rows) >= MAX_ROWS:
            raise UploadRefused(f"Tệp có quá {MAX_ROWS} dòng.")
        rows.append(
            TallyRow(
                row=number,
                code=str(cells[0] or "").strip().upper(),
                number=_count(cells[1]),
                answered=_count(cells[2]),
                correct=_count(cells[3]),
            )
        )
    return "tallies", rows
