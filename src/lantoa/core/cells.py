"""The one writer of spreadsheet cells (.xlsx and .csv): text that leaves Lan Tỏa never runs.

Every workbook or CSV the product hands out writes its values here (a test scans the source
for other writers). In .xlsx, text is stored as a text cell, exactly as typed, with Excel's
own "leading apostrophe" flag when it looks like a formula: Excel shows "=1+1", keeps it as
text when the cell is edited, and an uploaded template reads back the very same text. A CSV
has no cell types, so formula-like text gets a real apostrophe in front.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

# What makes a spreadsheet run a cell as a formula (or DDE command): OWASP's list, plus the
# line breaks, which some programs trim like the tab.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_TRIGGERS = ("=", "+", "-", "@")


def looks_like_formula(text: str) -> bool:
    """Return whether a spreadsheet could run the text, also once its leading blanks are trimmed."""
    return text.startswith(FORMULA_STARTS) or text.lstrip().startswith(_TRIGGERS)


def neutralise(value: Any) -> Any:
    """Return a CSV field that a spreadsheet will not run as a formula; non-text is unchanged."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def csv_text(rows: Iterable[Sequence[Any]]) -> str:
    """Return the rows as CSV text with every field neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([neutralise(value) for value in row])
    return buffer.getvalue()


def _fill(cell: Cell, value: Any) -> Cell:
    from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE  # slow: not at start-up

    if not isinstance(value, str):
        cell.value = value
        return cell
    # Control characters cannot be stored in .xlsx at all (openpyxl refuses the whole file).
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.value = text
    # openpyxl turns text starting with "=" into a formula and "#N/A" into an error value.
    cell.data_type = "s"
    if looks_like_formula(text) or text in ERROR_CODES:
        cell.quotePrefix = True
    return cell


def put(sheet: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Write one value into a cell of the sheet (text stays text) and return the cell."""
    return _fill(sheet.cell(row, column), value)


def append_row(sheet: Worksheet, values: Iterable[Any]) -> list[Cell]:
    """Append one row below the sheet's last (text stays text) and return its cells."""
    from openpyxl.cell.cell import Cell  # slow to import: not at start-up

    cells = [_fill(Cell(sheet), value) for value in values]
    sheet.append(cells)
    return cells
