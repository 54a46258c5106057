"""Reads a filled question-bank template; no models here, so the limited child can load it."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import openpyxl

from lantoa.core.text import fold

MAX_OPTIONS = 6
COLUMNS = 2 + MAX_OPTIONS + 3
MAX_ROWS = 2000


@dataclass(frozen=True)
class BankRow:
    """One row of a filled template, its labels read back into the bank's values."""

    row: int
    kind: str
    text: str
    options: list[str]
    correct: list[int]
    tag: str
    difficulty: int
    problem: str = ""


def _by_label(choices: Any) -> dict[str, Any]:
    return {fold(str(label)): value for value, label in choices}


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def read_bank(data: bytes, spec: dict[str, Any]) -> list[BankRow]:
    """Read the rows of a filled template (run in the limited child: openpyxl meets the file).

    `spec` holds the label -> value maps of kinds, tags and difficulties (no models here).
    """
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    sheet = workbook.worksheets[0]
    kinds, tags, levels = (_by_label(spec[name]) for name in ("kinds", "tags", "levels"))
    rows: list[BankRow] = []
    for number, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        cells = [_text(v) for v in values] + [""] * COLUMNS
        if not any(cells[:COLUMNS]):
            continue
        if len(rows) >= MAX_ROWS:
            raise ValueError(f"Tệp có quá {MAX_ROWS} câu hỏi.")
        kind = kinds.get(fold(cells[0]), "")
        options = [c for c in cells[2 : 2 + MAX_OPTIONS] if c]
        if kind == spec["true_false"] and not options:
            options = ["Đúng", "Sai"]
        problem = ""
        try:
            right = [int(p) - 1 for p in cells[8].replace(";", ",").split(",") if p.strip()]
        except ValueError:
            right, problem = [], "phương án đúng phải là số thứ tự (ví dụ: 1 hoặc 1, 3)"
        rows.append(
            BankRow(
                row=number,
                kind=kind or cells[0],
                text=cells[1],
                options=options,
                correct=right,
                tag=tags.get(fold(cells[9]), cells[9]),
                difficulty=levels.get(fold(cells[10]), 0),
                problem=problem,
            )
        )
    return rows
