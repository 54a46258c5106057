"""Reads the activities sheet of an uploaded workbook; runs in a child process, without Django.

The caller has checked the file (lantoa.core.uploads.check_upload) and passes the layout as
plain data. Values come back typed (str, int, datetime.date or None) with per-cell problems
as (row, field, Vietnamese message); the caller validates the domain rules.
"""

from __future__ import annotations

import bisect
import datetime
import tempfile
import uuid
from pathlib import Path
from typing import Any

import openpyxl
from lxml import etree
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.xml.constants import SHEET_MAIN_NS

from lantoa.core.dates import typed_date, why_not_a_date
from lantoa.core.isolation import parse_in_child
from lantoa.core.memory import collector_paused
from lantoa.core.numbers import looks_whole, typed_whole
from lantoa.core.text import fold
from lantoa.core.uploads import UPLOADS, UploadRefused, check_upload

MAX_ROWS = 100_000
_NS = f"{{{SHEET_MAIN_NS}}}"
_ROW, _VALUE, _FORMULA, _INLINE, _TEXT, _MERGE = (
    f"{_NS}{tag}" for tag in ("row", "v", "f", "is", "t", "mergeCell")
)
_NO_CACHED_VALUE = object()


class _CellError(str):
    """An error value a formula left in a cell (#DIV/0!, #REF!, …)."""


_DIGITS = "0123456789"


class _Sheet:
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


def _sheet_rows(source: Any, sheet: _Sheet) -> Any:
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


def _headers(cells: list[tuple[int, Any]], spec: dict[str, Any]) -> dict[int, tuple[str, str]]:
    columns: dict[int, tuple[str, str]] = {}
    for position, value in cells:
        if isinstance(value, str) and fold(value) in spec["columns"]:
            columns[position] = tuple(spec["columns"][fold(value)])
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
    # The rows read are kept to the end and hold no cycles: the collector would only slow it.
    with collector_paused():
        return _read_workbook(path, spec)


def _read_workbook(path: str, spec: dict[str, Any]) -> dict[str, Any]:
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except (UploadRefused, MemoryError):
        # Out of memory is the file's size, not its damage: the parent names the limit.
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
        titles: dict[int, str] = {}
        # Columns the reader does not read that hold data: (column -> first such row).
        stray: dict[int, int] = {}
        shown = {str(label) for label in spec.get("shown", ())}
        reading = _Sheet(workbook)
        epoch = reading.epoch
        with sheet._get_source() as source:
            for number, cells in _sheet_rows(source, reading):
                if number < spec["header_row"]:
                    continue
                if number == spec["header_row"]:
                    columns = _headers(cells, spec)
                    titles = {p: v.strip() for p, v in cells if isinstance(v, str) and v.strip()}
                    continue
                if columns is None:
                    columns = _headers([], spec)
                if len(rows) >= MAX_ROWS:
                    raise UploadRefused(
                        f"Tệp có hơn {MAX_ROWS:,} dòng; hãy chia thành nhiều tệp.".replace(",", ".")
                    )
                values: dict[str, Any] = {}
                failed = False
                for position, raw in cells:
                    column = columns.get(position)
                    if column is None or raw is None:
                        blank = raw is None or (isinstance(raw, str) and not raw.strip())
                        if (
                            not blank
                            and position not in stray
                            and fold(titles.get(position, "")) not in shown
                        ):
                            stray[position] = number
                        continue
                    name, kind = column
                    # The common cells (text typed as text, whole numbers) skip _convert.
                    if kind == "text" and type(raw) is str:
                        if text := raw.strip():
                            values[name] = text
                        continue
                    if kind == "number" and type(raw) is int:
                        values[name] = raw
                        continue
                    value, problem = _convert(kind, raw, epoch)
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
        errors.extend(_merge_errors(reading.merges, columns, rows, spec["header_row"]))
        if stray:
            _refuse_stray(spec, titles, stray)
        return {
            "identity": identity,
            "columns": sorted({name for name, _kind in (columns or {}).values()}),
            "rows": rows,
            "errors": errors,
        }
    finally:
        workbook.close()


def _merge_errors(
    merges: list[str],
    columns: dict[int, tuple[str, str]] | None,
    rows: list[tuple[int, dict[str, Any]]],
    header_row: int,
) -> list[tuple[int, str, str]]:
    """Name each read cell under the top of a merged range: it shows a value the file lacks."""
    read = sorted(number for number, _values in rows)
    errors: list[tuple[int, str, str]] = []
    for reference in merges:
        try:
            first_column, first_row, last_column, last_row = range_boundaries(reference)
        except (TypeError, ValueError):
            continue
        if first_row is None or last_row is None or first_column is None or last_column is None:
            continue
        # The template's columns under the range, found first: a range beside them walked
        # every row read and every column it spans for nothing (100,000 ranges outlasted the
        # parse's time), where each row walked now names at least one cell.
        fields = [
            field
            for position, (field, _header) in sorted((columns or {}).items())
            if first_column <= position <= last_column
        ]
        if not fields:
            continue
        top = max(first_row, header_row)
        below = read[bisect.bisect_right(read, top) : bisect.bisect_right(read, last_row)]
        for number in below:
            message = _MERGED.format(row=top, ref=reference)
            errors.extend((number, field, message) for field in fields)
            # One is enough to refuse the file; a hostile merge must not flood the list.
            if len(errors) >= 1000:
                return errors
    return errors


_MERGED = (
    "ô đang gộp với ô dòng {row} (vùng gộp {ref}); Lan Tỏa chỉ đọc được giá trị ở ô đầu vùng "
    "gộp. Hãy bỏ gộp ô (Unmerge) rồi nhập giá trị vào từng dòng."
)


def _refuse_stray(spec: dict[str, Any], titles: dict[int, str], stray: dict[int, int]) -> None:
    """Refuse data under a header the template lacks: a renamed one would read as not reported."""
    position = min(stray)
    title = titles.get(position, "")
    named = f"có tiêu đề '{title[:40]}' không có trong mẫu" if title else "không có tiêu đề"
    raise UploadRefused(
        f"Trang '{spec['sheet']}', cột {get_column_letter(position)} {named} nhưng có số liệu "
        f"(dòng {stray[position]}); Lan Tỏa không đọc cột này. Hãy đặt lại đúng tên cột như "
        "mẫu tải từ Lan Tỏa, hoặc chuyển số liệu sang đúng cột."
    )


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


def workbook_read(
    *, source: Path | bytes, filename: str, kind: str, spec: dict[str, Any]
) -> dict[str, Any]:
    """Check an uploaded workbook (UPLOADS[kind]), then read it by a spec in the limited child."""
    check_upload(source, filename=filename, kind=kind)
    rule = UPLOADS[kind]

    def parsed(path: str) -> dict[str, Any]:
        found: dict[str, Any] = parse_in_child(
            read_workbook, path, spec, memory_mb=rule.parse_memory_mb, seconds=rule.parse_seconds
        )
        return found

    if isinstance(source, Path):
        return parsed(str(source))
    with tempfile.NamedTemporaryFile(suffix=".xlsx") as copy:
        copy.write(source)
        copy.flush()
        return parsed(copy.name)
