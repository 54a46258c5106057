"""The parts every unit template shares: locked sheets, the information sheet, the header look,
count checks, lists."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from lantoa.core.cells import append_row, put
from lantoa.reporting.excel.layout import LISTS_SHEET

DATE_FORMAT = "DD/MM/YYYY"
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="9C1C1C")
_WRAP = Alignment(wrap_text=True, vertical="top")


def locked_book_bytes(book: Workbook) -> bytes:
    """Return a finished template's .xlsx bytes, its sheets locked in place (none added, moved)."""
    book.security = WorkbookProtection(lockStructure=True)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def protect_sheet(sheet: Worksheet) -> None:
    """Lock a sheet's structure and locked cells (every template of a unit uses it)."""
    # Structure and headers are locked; unlocked cells stay editable. No password: this
    # guards against slips, not people (the upload validates everything again anyway).
    sheet.protection.sheet = True
    sheet.protection.formatColumns = True
    sheet.protection.insertColumns = True
    sheet.protection.deleteColumns = True
    sheet.protection.sort = False
    sheet.protection.autoFilter = False


def style_header(cells: list[Cell]) -> None:
    """Give a template's header row its look: white bold on the Party red, wrapped."""
    for cell in cells:
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def info_sheet_fill(
    sheet: Worksheet, *, title: str, rows: list[tuple[str, str]], widths: tuple[int, int]
) -> None:
    """Fill a template's locked "Thông tin" sheet: its title, then a label and a value a row."""
    append_row(sheet, [title])
    sheet["A1"].font = Font(bold=True, size=13)
    for row, (label, value) in enumerate(rows, start=2):
        put(sheet, row, 1, label)
        put(sheet, row, 2, value).alignment = _WRAP
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = widths
    protect_sheet(sheet)


def count_validation(*, error: str, most: int | None = None) -> DataValidation:
    """Return the drop-in check of a count column: a whole number from 0 (to `most`), or blank."""
    bounds = (
        {"operator": "between", "formula1": "0", "formula2": str(most)}
        if most is not None
        else {"operator": "greaterThanOrEqual", "formula1": "0"}
    )
    return DataValidation(
        type="whole",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Giá trị không hợp lệ",
        error=error,
        **bounds,
    )


def lists_sheet(book: Workbook, columns: dict[str, tuple[str, list[str]]]) -> dict[str, str]:
    """Add the hidden sheet the drop-down lists point at: one column a list, headed by its title;
    return each list's cell range ("" for an empty list)."""
    sheet = book.create_sheet(LISTS_SHEET)
    sheet.sheet_state = "hidden"
    append_row(sheet, [title for title, _values in columns.values()])
    lists = [values for _title, values in columns.values()]
    for index in range(max((len(values) for values in lists), default=0)):
        # The drop-down lists point at these cells: task texts are text, never formulas.
        append_row(sheet, [values[index] if index < len(values) else None for values in lists])
    protect_sheet(sheet)
    quoted = f"'{LISTS_SHEET}'"
    return {
        name: f"{quoted}!${letter}$2:${letter}${len(values) + 1}" if values else ""
        for (name, (_title, values)), letter in zip(
            columns.items(), (get_column_letter(n) for n in range(1, len(columns) + 1)), strict=True
        )
    }
