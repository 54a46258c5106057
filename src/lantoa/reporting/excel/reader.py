"""Reads the activities sheet of an uploaded workbook; runs in a child process, without Django.

The caller has checked the file (lantoa.core.uploads.check_upload) and passes the layout as
plain data. Values come back typed (str, int, datetime.date or None) with per-cell problems
as (row, field, Vietnamese message); the caller validates the domain rules.
"""

from __future__ import annotations

import bisect
import tempfile
import uuid
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter, range_boundaries

from lantoa.core.isolation import parse_in_child
from lantoa.core.memory import collector_paused
from lantoa.core.text import fold
from lantoa.core.uploads import UPLOADS, UploadRefused, check_upload
from lantoa.reporting.excel.sheetcells import MAX_ROWS, Sheet, convert, sheet_rows


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
        reading = Sheet(workbook)
        epoch = reading.epoch
        with sheet._get_source() as source:
            for number, cells in sheet_rows(source, reading):
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
                    # The common cells (text typed as text, whole numbers) skip convert.
                    if kind == "text" and type(raw) is str:
                        if text := raw.strip():
                            values[name] = text
                        continue
                    if kind == "number" and type(raw) is int:
                        values[name] = raw
                        continue
                    value, problem = convert(kind, raw, epoch)
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
