"""Readers of exported comments and posts: CSV, XLSX, JSON/JSON Lines, RSS and Atom.

Each reader streams records from a file on disk and never holds the whole file in memory.
Every file first passes the one upload check (the "opinion" row of lantoa.core.uploads), and
the web and CLI imports read it in a child process with memory and time limits
(records_in_child). Hostile files are refused with a Vietnamese message (UploadRefused): too
large, zip bombs, forged sizes, macros, XML with DOCTYPE/ENTITY (XXE), JSON nested too deep,
malformed XML, unreadable encodings.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import itertools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from lantoa.core import encodings
from lantoa.core.isolation import parse_in_child
from lantoa.core.text import html_to_text
from lantoa.core.uploads import MB, UPLOADS, UploadRefused, check_upload
from lantoa.opinion.exportrecords import (
    MAX_TEXT_CHARS,
    RawRecord,
    column_field,
    record_date,
    record_from_mapping,
)
from lantoa.opinion.textnorm import clean_text

RULE = UPLOADS["opinion"]
MAX_IMPORT_BYTES = RULE.max_bytes or 0
MAX_RECORDS = RULE.max_records
FORMATS = ("csv", "xlsx", "json", "rss")
_XLSX_BROKEN = "Không đọc được tệp Excel (tệp hỏng hoặc không đúng định dạng)."


def detect_format(filename: str, head: bytes) -> str:
    """Return the reader for a file from its name, or its first bytes."""
    name = filename.lower()
    if name.endswith(".xlsx") or head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if name.endswith((".json", ".jsonl", ".ndjson")):
        return "json"
    if name.endswith((".xml", ".rss", ".atom")) or b"<rss" in head or b"<feed" in head:
        return "rss"
    if name.endswith((".csv", ".txt", ".tsv")):
        return "csv"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"[", b"{"):
        return "json"
    raise UploadRefused("Không nhận dạng được định dạng tệp (cần CSV, XLSX, JSON, RSS hoặc Atom).")


def _text_stream(handle: BinaryIO) -> io.TextIOWrapper:
    head = handle.read(65536)
    handle.seek(0)
    encoding = encodings.detect_encoding(head)
    return io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline="")


def read_csv(handle: BinaryIO) -> Iterator[RawRecord | None]:
    """Stream records from a CSV (comma, semicolon or tab) in any supported encoding."""
    stream = _text_stream(handle)
    sample = stream.read(8192)
    stream.seek(0)
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(min(sys.maxsize, MAX_TEXT_CHARS * 10))
    reader = csv.DictReader(stream, dialect=dialect)
    if not reader.fieldnames or not any(column_field(n) == "text" for n in reader.fieldnames):
        raise UploadRefused(
            "Tệp CSV không có cột nội dung (ví dụ: “nội dung”, “text”, “message”, “comment”)."
        )
    try:
        for row in reader:
            where = f"Dòng {reader.line_num}"
            # Cells past the header's columns: an unquoted comma cut a text in two.
            extra = row.get(None) or []
            if any(str(cell).strip() for cell in extra):
                columns = len(reader.fieldnames)
                raise UploadRefused(
                    f"{where}: có {columns + len(extra)} ô, nhiều hơn {columns} cột của dòng "
                    "tiêu đề (nội dung có dấu phẩy mà không đặt trong ngoặc kép?); hãy sửa rồi "
                    "nhập lại. Chưa nhập dòng nào của tệp."
                )
            yield record_from_mapping(row, where=where)
    except csv.Error as exc:
        raise UploadRefused(f"Tệp CSV bị lỗi ở dòng {reader.line_num}: {exc}") from None


def read_xlsx(path: Path) -> Iterator[RawRecord | None]:
    """Stream records from the first sheet of a checked .xlsx (read-only mode)."""
    import openpyxl

    # Opened here, not by name: an upload is kept under a random name without ".xlsx", which
    # openpyxl refuses by its extension alone.
    with path.open("rb") as handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except Exception:  # openpyxl raises many kinds for damaged files
            raise UploadRefused(_XLSX_BROKEN) from None
        try:
            rows = workbook.worksheets[0].iter_rows(values_only=True)
            header = next(rows, None)
            if not header or not any(column_field(h) == "text" for h in header):
                raise UploadRefused("Trang tính đầu tiên không có cột nội dung ở dòng tiêu đề.")
            names = [str(h or "") for h in header]
            for number, values in enumerate(rows, start=2):
                row = dict(zip(names, values, strict=False))
                yield record_from_mapping(row, where=f"Dòng {number}")
        except UploadRefused:
            raise
        except Exception:  # noqa: BLE001 - a damaged sheet fails in openpyxl in many ways
            raise UploadRefused(_XLSX_BROKEN) from None
        finally:
            workbook.close()


def _json_objects(stream: io.TextIOWrapper) -> Iterator[Any]:
    """Yield the elements of a top-level JSON array, or each line of JSON Lines, streaming."""
    decoder = json.JSONDecoder()
    head = stream.read(65536)
    buffer = head.lstrip("\ufeff \t\r\n")
    if not buffer.startswith("["):
        # The rest of the line the first read cut, so no line is split in two.
        lines = itertools.chain(io.StringIO(buffer + stream.readline()), stream)
        first = head[: len(head) - len(buffer)].count("\n") + 1
        for number, line in enumerate(lines, start=first):
            if line.strip():
                try:
                    value = json.loads(line)
                except json.JSONDecodeError:
                    raise UploadRefused(
                        f"Tệp JSON không hợp lệ: dòng {number} không đọc được."
                    ) from None
                yield value
        return
    buffer, position, count = buffer[1:], 0, 0
    while True:
        while True:
            position = _skip(buffer, position)
            if position < len(buffer) or not (chunk := stream.read(65536)):
                break
            buffer, position = buffer[position:] + chunk, 0
        if position >= len(buffer) or buffer[position] == "]":
            return
        try:
            value, end = decoder.raw_decode(buffer, position)
        except json.JSONDecodeError:
            chunk = stream.read(65536)
            if not chunk or len(buffer) > 20 * MB:
                raise UploadRefused(
                    f"Tệp JSON không hợp lệ: phần tử thứ {count + 1} không đọc được."
                ) from None
            buffer, position = buffer[position:] + chunk, 0
            continue
        count += 1
        yield value
        buffer, position = buffer[end:], 0


def _skip(buffer: str, position: int) -> int:
    while position < len(buffer) and buffer[position] in " \t\r\n,":
        position += 1
    return position


def read_json(handle: BinaryIO) -> Iterator[RawRecord | None]:
    """Stream records from a JSON array of objects or from JSON Lines."""
    stream = _text_stream(handle)
    try:
        for number, value in enumerate(_json_objects(stream), start=1):
            where = f"Bản ghi thứ {number}"
            yield record_from_mapping(value, where=where) if isinstance(value, dict) else None
    except UnicodeDecodeError:
        raise UploadRefused("Tệp JSON không hợp lệ: không đọc được bảng mã chữ.") from None
    except RecursionError:
        raise UploadRefused(
            "Tệp JSON lồng nhau quá sâu (nghi tệp độc hại); không được nhận."
        ) from None


_FEED_FIELDS = {
    "title": "title", "description": "body", "summary": "body", "content": "body",
    "encoded": "body", "guid": "id", "id": "id", "link": "link", "pubdate": "date",
    "published": "date", "updated": "date", "date": "date", "author": "author",
    "creator": "author", "name": "author",
}  # fmt: skip


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def read_feed(handle: BinaryIO) -> Iterator[RawRecord | None]:
    """Stream entries of an RSS 2.0 or Atom file saved from a news site (DTDs refused)."""
    fields: dict[str, str] = {}
    inside, number = False, 0
    try:
        for event, element in iterparse(handle, events=("start", "end"), forbid_dtd=True):
            name = _local(element.tag)
            if name in ("item", "entry"):
                if event == "start":
                    fields, inside = {}, True
                    continue
                inside, number = False, number + 1
                title, body = fields.get("title", ""), fields.get("body", "")
                text = clean_text(html_to_text(f"{title}\n{body}" if body else title))
                yield RawRecord(
                    text=text[:MAX_TEXT_CHARS],
                    source_id=(fields.get("id") or fields.get("link", ""))[:200],
                    author=fields.get("author", "")[:200],
                    date=record_date(fields.get("date"), f"Mục {number}"),
                    link=fields.get("link", "")[:500],
                )
                element.clear()
            elif not inside or event != "end":
                continue
            elif name == "link" and element.get("href"):
                fields.setdefault("link", element.get("href", ""))
            elif element.text:
                target = _FEED_FIELDS.get(name)
                if target:
                    fields.setdefault(target, element.text.strip())
    except UploadRefused:  # an entry's unreadable date, said as it is (a ValueError too)
        raise
    except DefusedXmlException:
        raise UploadRefused(
            "Tệp XML có khai báo DOCTYPE/ENTITY; không được nhận (nguy cơ XXE)."
        ) from None
    except SyntaxError as exc:  # ElementTree.ParseError
        raise UploadRefused(f"Tệp RSS/Atom không hợp lệ: {exc}.") from None
    except (RecursionError, UnicodeError, ValueError):
        raise UploadRefused(
            "Tệp RSS/Atom không hợp lệ (lồng nhau quá sâu hoặc sai bảng mã); không được nhận."
        ) from None


def read_records(path: Path, *, filename: str) -> Iterator[RawRecord | None]:
    """Check the file (the one upload check), then stream its records (None for unusable rows)."""
    check_upload(path, filename=filename, kind="opinion")
    with path.open("rb") as handle:
        kind = detect_format(filename, handle.read(512))
        handle.seek(0)
        if kind == "xlsx":
            reader: Iterator[RawRecord | None] = read_xlsx(path)
        elif kind == "json":
            reader = read_json(handle)
        elif kind == "rss":
            reader = read_feed(handle)
        else:
            reader = read_csv(handle)
        for count, record in enumerate(reader, start=1):
            if count > MAX_RECORDS:
                raise UploadRefused(
                    f"Tệp có quá {MAX_RECORDS:,} dòng; hãy chia nhỏ.".replace(",", ".")
                )
            yield record


def write_rows(path: str, filename: str, rows_path: str) -> int:
    """Read a file's records into plain JSON rows (one a line); run in the child process."""
    count = 0
    # Private like the upload itself: rows hold handles and numbers not yet masked.
    descriptor = os.open(rows_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(descriptor, "w", encoding="utf-8") as out:
        for record in read_records(Path(path), filename=filename):
            row = None if record is None else [
                record.text, record.source_id, record.author,
                record.date.isoformat() if record.date else None,
                record.link, record.audience, record.channel,
            ]  # fmt: skip
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def records_in_child(path: Path, *, filename: str) -> Iterator[RawRecord | None]:
    """Check and parse a file in a child process with the table's limits, then stream its rows.

    The child writes plain rows to a private file beside the upload; it is deleted afterwards.
    """
    rows_path = path.with_name(path.name + ".rows")
    try:
        parse_in_child(
            write_rows,
            str(path),
            filename,
            str(rows_path),
            memory_mb=RULE.parse_memory_mb,
            seconds=RULE.parse_seconds,
        )
        with rows_path.open(encoding="utf-8") as rows:
            for line in rows:
                row = json.loads(line)
                if row is None:
                    yield None
                    continue
                text, source_id, author, date, link, audience, channel = row
                yield RawRecord(
                    text=text,
                    source_id=source_id,
                    author=author,
                    date=datetime.date.fromisoformat(date) if date else None,
                    link=link,
                    audience=audience,
                    channel=channel,
                )
    finally:
        rows_path.unlink(missing_ok=True)


codecs.lookup("tcvn3")  # registered by lantoa.core.encodings
