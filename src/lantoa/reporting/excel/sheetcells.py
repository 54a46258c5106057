"""A sheet's rows streamed from its XML, each cell typed or named as a problem; no Django."""

from __future__ import annotations

import datetime
from typing import Any

from lxml import etree
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.xml.constants import SHEET_MAIN_NS

from lantoa.core.dates import typed_date, why_not_a_date
from lantoa.core.numbers import looks_whole, typed_whole
from lantoa.core.uploads import UploadRefused

MAX_ROWS = 100_000
_NS = f"{{{SHEET_MAIN_NS}}}"
_ROW, _VALUE, _FORMULA, _INLINE, _TEXT, _MERGE = (
    f"{_NS}{tag}" for tag in ("row", "v", "f", "is", "t", "mergeCell")
)
_NO_CACHED_VALUE = object()


class _CellError(str):
    """An error value a formula left in a cell (#DIV/0!, #REF!, …)."""


_DIGITS = "0123456789"


class Sheet:
    """What turning a cell into a value needs from the workbook, read once."""

    def __init__(self, workbook: Any) -> None:
        self.shared = workbook.shared_strings
        self.date_styles = {str(index) for index in workbook._date_formats}
        self.epoch = workbook.epoch
        self.columns: dict[str, int] = {}
        # Merged ranges ("C2:C3"), listed after the rows in the sheet's XML.
        self.merges: list[str] = []

    def column(self, reference: str) -> int:
        """Return the column number of a reference ("AB12" -> 28), remembered per letters."""
        letters = reference.rstrip(_DIGITS)
        number = self.columns.get(letters)
        if number is None:
            number = 0
            for letter in letters.upper():
                if not "A" <= letter <= "Z":
                    raise UploadRefused(f"Ô có địa chỉ không hợp lệ ('{reference[:20]}').")
                number = number * 26 + ord(letter) - 64
            self.columns[letters] = number
        return number

    def value(self, cell: Any) -> Any:
        """Return the typed value of a <c> element."""
        kind = cell.get("t")
        if kind == "inlineStr":
            inline = cell.find(_INLINE)
            if inline is None:
                return None
            if len(inline) == 1 and inline[0].tag == _TEXT:  # the usual <is><t>…</t></is>
                return inline[0].text or ""
            return "".join(inline.itertext(_TEXT))
        value = cell.findtext(_VALUE)
        if value is None or value == "":
            return _NO_CACHED_VALUE if cell.find(_FORMULA) is not None else None
        if kind is None or kind == "n":
            number: int | float = (
                int(value) if value.isdigit() or value[1:].isdigit() else float(value)
            )
            if cell.get("s") in self.date_styles:
                try:
                    return from_excel(number, self.epoch)
                except (OverflowError, ValueError):
                    return _CellError("#VALUE!")
            return number
        if kind == "s":
            return self.shared[int(value)]
        if kind == "str":
            return value
        if kind == "b":
            return value == "1"
        if kind == "e":
            return _CellError(value)
        if kind == "d":
            return from_ISO8601(value)
        return value


def sheet_rows(source: Any, sheet: Sheet) -> Any:
    """Yield (row number, [(column, value)]) from a sheet's XML, streaming, with lxml.

    Faster than openpyxl's own row parser (the import's largest cost); entities and
    network access are off, and the file was checked for DOCTYPE before it came here.
    Merged ranges go to sheet.merges.
    """
    counter = 0
    for _event, row in etree.iterparse(
        source,
        events=("end",),
        tag=(_ROW, _MERGE),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    ):
        if row.tag == _MERGE:
            if len(sheet.merges) < MAX_ROWS:
                sheet.merges.append(str(row.get("ref") or ""))
            continue
        reference = row.get("r")
        counter = int(reference) if reference and reference.isdigit() else counter + 1
        cells = []
        position = 0
        for cell in row:
            where = cell.get("r")
            position = sheet.column(where) if where else position + 1
            cells.append((position, sheet.value(cell)))
        row.clear()
        while row.getprevious() is not None:
            del row.getparent()[0]
        yield counter, cells


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date):
        return f"{value:%d/%m/%Y}"
    return str(value).strip()


def _number(value: Any) -> tuple[int | None, str]:
    if isinstance(value, bool):
        return None, "phải là số nguyên, không phải giá trị đúng/sai."
    if isinstance(value, int):
        return value, ""
    if isinstance(value, float):
        if value.is_integer():
            return int(value), ""
        return None, f"phải là số nguyên (ô đang có {value:g})."
    if isinstance(value, datetime.date | datetime.time | datetime.timedelta):
        return None, "phải là số nguyên, không phải ngày giờ."
    text = str(value).strip()
    if not text:
        return None, ""
    if (number := typed_whole(text)) is not None:
        return number, ""
    if looks_whole(text):
        # Beyond 18 digits: no count, and beyond Python's 4,300 int() would fail the file.
        return None, f"số quá lớn ({sum(c.isdigit() for c in text)} chữ số)."
    return None, f"phải là số nguyên, không phải chữ ('{text[:40]}')."


def _date(value: Any, epoch: datetime.datetime) -> tuple[datetime.date | None, str]:
    if isinstance(value, datetime.datetime):
        return value.date(), ""
    if isinstance(value, datetime.date):
        return value, ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20_000 <= value <= 80_000:
            return from_excel(value, epoch).date(), ""
        return None, f"không phải ngày hợp lệ ({value:g}); nhập theo dạng dd/mm/yyyy."
    text = str(value).strip()
    if (found := typed_date(text)) is not None:
        return found, ""
    return None, f"không phải ngày hợp lệ ('{text[:40]}'): {why_not_a_date(text)}."


def convert(kind: str, value: Any, epoch: datetime.datetime) -> tuple[Any, str]:
    """Return a cell's value as its column's kind reads it, and its problem ("" when none)."""
    if value is _NO_CACHED_VALUE:
        return None, (
            "ô có công thức nhưng chưa có giá trị tính sẵn; hãy mở tệp bằng Excel, "
            "lưu lại rồi tải lên (hoặc nhập giá trị thay cho công thức)."
        )
    if isinstance(value, _CellError):
        return None, f"ô có lỗi công thức ({value})."
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, ""
    if kind == "number":
        return _number(value)
    if kind == "date":
        return _date(value, epoch)
    return _text(value), ""
