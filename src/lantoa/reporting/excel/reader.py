"""Reads the activities sheet of an uploaded workbook; runs in a child process, without Django.

The caller has checked the file (lantoa.core.uploads.check_upload) and passes the layout as
plain data. Values come back typed (str, int, datetime.date or None) with per-cell problems
as (row, field, Vietnamese message); the caller validates the domain rules.
"""

from __future__ import annotations

import datetime
import re
import uuid
from typing import Any

import openpyxl
from lxml import etree
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.xml.constants import SHEET_MAIN_NS

from lantoa.core.text import fold
from lantoa.core.uploads import UploadRefused

MAX_ROWS = 100_000
_NS = f"{{{SHEET_MAIN_NS}}}"
_ROW, _VALUE, _FORMULA, _INLINE, _TEXT = (f"{_NS}{tag}" for tag in ("row", "v", "f", "is", "t"))
_LETTERS = re.compile(r"[A-Z]+")
_NO_CACHED_VALUE = object()
_WHOLE = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$|^[+-]?\d+$")
_DATE_TEXT = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


class _CellError(str):
    """An error value a formula left in a cell (#DIV/0!, #REF!, …)."""


def _column(reference: str, cache: dict[str, int]) -> int:
    letters = _LETTERS.match(reference)
    key = letters.group(0) if letters else ""
    number = cache.get(key)
    if number is None:
        number = 0
        for letter in key:
            number = number * 26 + ord(letter) - 64
        cache[key] = number
    return number


def _cell_value(cell: Any, workbook: Any) -> Any:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(_INLINE)
        return "".join(inline.itertext(_TEXT)) if inline is not None else None
    value = cell.findtext(_VALUE)
    if value is None or value == "":
        return _NO_CACHED_VALUE if cell.find(_FORMULA) is not None else None
    if kind == "s":
        return workbook.shared_strings[int(value)]
    if kind in ("str", "inlineStr"):
        return value
    if kind == "b":
        return value == "1"
    if kind == "e":
        return _CellError(value)
    if kind == "d":
        return from_ISO8601(value)
    number: int | float = float(value) if any(c in value for c in ".eE") else int(value)
    style = cell.get("s")
    if style and int(style) in workbook._date_formats:
        try:
            return from_excel(number, workbook.epoch)
        except (OverflowError, ValueError):
            return _CellError("#VALUE!")
    return number


def _sheet_rows(source: Any, workbook: Any) -> Any:
    """Yield (row number, [{column, value}]) from a sheet's XML, streaming, with lxml.

    Faster than openpyxl's own row parser (the import's largest cost); entities and
    network access are off, and the file was checked for DOCTYPE before it came here.
    """
    cache: dict[str, int] = {}
    counter = 0
    for _event, row in etree.iterparse(
        source,
        events=("end",),
        tag=_ROW,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    ):
        reference = row.get("r")
        counter = int(reference) if reference and reference.isdigit() else counter + 1
        cells = []
        position = 0
        for cell in row:
            where = cell.get("r")
            position = _column(where, cache) if where else position + 1
            cells.append({"column": position, "value": _cell_value(cell, workbook)})
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
    if _WHOLE.match(text):
        return int(text.replace(".", "")), ""
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
    match = _DATE_TEXT.match(text)
    parts = (match.group(3), match.group(2), match.group(1)) if match else None
    iso = _ISO_DATE.match(text)
    if iso:
        parts = (iso.group(1), iso.group(2), iso.group(3))
    if parts:
        try:
            return datetime.date(int(parts[0]), int(parts[1]), int(parts[2])), ""
        except ValueError:
            pass
    return None, f"không phải ngày hợp lệ ('{text[:40]}'); nhập theo dạng dd/mm/yyyy."


def _convert(kind: str, value: Any, epoch: datetime.datetime) -> tuple[Any, str]:
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


def _identity(workbook: Any, spec: dict[str, Any]) -> str | None:
    if spec["info_sheet"] not in workbook.sheetnames:
        return None
    sheet = workbook[spec["info_sheet"]]
    for row in sheet.iter_rows(min_row=1, max_row=200, max_col=2, values_only=True):
        if row and isinstance(row[0], str) and fold(row[0]) == spec["identity_label"]:
            return str(row[1]).strip() if len(row) > 1 and row[1] is not None else None
    return None


def _headers(cells: list[dict[str, Any]], spec: dict[str, Any]) -> dict[int, tuple[str, str]]:
    columns: dict[int, tuple[str, str]] = {}
    for cell in cells:
        value = cell["value"]
        if isinstance(value, str) and fold(value) in spec["columns"]:
            columns[cell["column"]] = tuple(spec["columns"][fold(value)])  # type: ignore[assignment]
    present = {name for name, _kind in columns.values()}
    missing = [spec["labels"][name] for name in spec["required"] if name not in present]
    if missing:
        names = ", ".join(f"'{label}'" for label in missing)
        raise UploadRefused(
            f"Trang '{spec['sheet']}' thiếu cột {names} ở dòng {spec['header_row']}; "
            "hãy dùng mẫu tải từ Lan Tỏa."
        )
    return columns


def read_workbook(path: str, spec: dict[str, Any]) -> dict[str, Any]:
    """Return {identity, columns, rows: [(row, {field: value})], errors: [(row, field, msg)]}."""
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except UploadRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged file is refused, never a crash
        raise UploadRefused("Không mở được tệp Excel (tệp hỏng hoặc sai định dạng).") from exc
    try:
        if spec["sheet"] not in workbook.sheetnames:
            raise UploadRefused(
                f"Tệp không có trang '{spec['sheet']}'; hãy dùng mẫu tải từ Lan Tỏa."
            )
        identity = _identity(workbook, spec)
        sheet = workbook[spec["sheet"]]
        rows: list[tuple[int, dict[str, Any]]] = []
        errors: list[tuple[int, str, str]] = []
        columns: dict[int, tuple[str, str]] | None = None
        with sheet._get_source() as source:
            for number, cells in _sheet_rows(source, workbook):
                if number < spec["header_row"]:
                    continue
                if number == spec["header_row"]:
                    columns = _headers(cells, spec)
                    continue
                if columns is None:
                    columns = _headers([], spec)
                if len(rows) >= MAX_ROWS:
                    raise UploadRefused(
                        f"Tệp có hơn {MAX_ROWS:,} dòng; hãy chia thành nhiều tệp.".replace(",", ".")
                    )
                values: dict[str, Any] = {}
                failed = False
                for cell in cells:
                    column = columns.get(cell["column"])
                    if column is None or cell["value"] is None:
                        continue
                    name, kind = column
                    value, problem = _convert(kind, cell["value"], workbook.epoch)
                    if problem:
                        errors.append((number, name, problem))
                        failed = True
                    elif value is not None:
                        values[name] = value
                if problem := _key_problem(values):
                    errors.append((number, "key", problem))
                    failed = True
                if values or failed:
                    rows.append((number, values))
        if columns is None:
            _headers([], spec)
        return {
            "identity": identity,
            "columns": sorted({name for name, _kind in (columns or {}).values()}),
            "rows": rows,
            "errors": errors,
        }
    finally:
        workbook.close()


def _key_problem(values: dict[str, Any]) -> str:
    key = values.get("key")
    if not key:
        return ""
    try:
        values["key"] = str(uuid.UUID(str(key)))
    except ValueError:
        values.pop("key")
        return "mã dòng không hợp lệ (không sửa cột này; dòng mới để trống)."
    return ""
