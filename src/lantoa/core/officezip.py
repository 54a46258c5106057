"""The one zip check of every Office file (.docx, .xlsx): entries, sizes, macros, XML, cells."""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from lantoa.core.uploads import MB, PDF_MAGIC, UploadRefused, UploadRule, read_head

# An XML part may not declare a document type or entities: that is how XXE and
# "billion laughs" attacks enter a file.
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_MACRO_PARTS = ("vbaproject.bin", "vbadata.xml", "activex")

# A worksheet's extent: a sheet reaching past it is refused before any parser opens it.
MAX_SHEET_ROWS = 200_000
MAX_SHEET_COLUMNS = 256
MAX_SHEET_CELLS = 5_000_000
_CHUNK = 64 * 1024
_MACRO_CONTENT_TYPE = re.compile(rb"macroEnabled|vbaProject|ms-office\.activeX", re.IGNORECASE)
_DIMENSION = re.compile(
    rb"dimension\s+ref=[\"']([A-Za-z]{1,3})?(\d+)?(?::([A-Za-z]{1,3})(\d+))?[\"']"
)
# Cell and row references (the only `r` attributes of a sheet) that may be out of bounds: a
# column past IV (256: three letters or more, J–Z then a letter, IW–IZ), or a row of six
# digits or more. Anything else is within the limits and stays in the regex engine.
_FAR_REF = re.compile(
    rb"\sr=[\"'](?:([A-Za-z]{3,}|[J-Zj-z][A-Za-z]|[Ii][W-Zw-z])(\d*)|([A-Za-z]{0,2})(\d{6,}))[\"']"
)
_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s/>]")
_FORGED = (
    "Tệp nén bị hỏng hoặc kích thước khai báo không khớp dữ liệu thật (nghi tệp giả mạo); "
    "không được nhận."
)
_REQUIRED_PART = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml"}
# What a file named .docx/.xlsx is when it lacks its part: the part that says so, and its name.
_OTHER_KINDS = (
    ("word/document.xml", "văn bản Word (.docx)"),
    ("xl/workbook.xml", "bảng tính Excel (.xlsx)"),
    ("ppt/presentation.xml", "bản trình chiếu PowerPoint (.pptx)"),
)
_OPEN_DOCUMENT = {
    b"application/vnd.oasis.opendocument.spreadsheet": "bảng tính OpenDocument (.ods, LibreOffice)",
    b"application/vnd.oasis.opendocument.text": "văn bản OpenDocument (.odt, LibreOffice)",
}
_SAVE_AS = {".xlsx": "bảng tính Excel (.xlsx)", ".docx": "văn bản Word (.docx)"}


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + (letter - 64)
    return number


def _read_tail(data: bytes | Path, count: int) -> bytes:
    if isinstance(data, bytes):
        return data[-count:]
    with open(data, "rb") as handle:
        handle.seek(max(0, os.fstat(handle.fileno()).st_size - count))
        return handle.read()


def _source(data: bytes | Path) -> BinaryIO | Path:
    return io.BytesIO(data) if isinstance(data, bytes) else Path(data)


def office_zip_check(data: bytes | Path, *, ext: str, rule: UploadRule) -> None:
    """The one zip check: polyglot, entries, declared and actual sizes, macros, XML, cells."""
    if PDF_MAGIC in read_head(data, 1024) or _read_tail(data, 1024).rstrip().endswith(b"%%EOF"):
        raise UploadRefused("Tệp vừa là tệp nén vừa là PDF (tệp đa định dạng); không được nhận.")
    try:
        archive = zipfile.ZipFile(_source(data))
    except _DAMAGED_ZIP:
        raise UploadRefused(f"Tệp {ext} không hợp lệ (không đọc được định dạng zip).") from None
    with archive:
        entries = archive.infolist()
        _check_declared(entries, rule=rule)
        names = {info.filename.lower(): info for info in entries}
        required = _REQUIRED_PART.get(ext)
        if required and required not in names:
            raise UploadRefused(_missing_part(archive, names, ext=ext, required=required))
        content_types = names.get("[content_types].xml")
        try:
            if content_types is not None and _MACRO_CONTENT_TYPE.search(
                _read_entry(archive, content_types, cap=4 * MB)
            ):
                raise UploadRefused(
                    "Tệp là bảng tính/văn bản có macro (đổi đuôi thành .xlsx/.docx); "
                    "không được nhận."
                )
        except UploadRefused:
            raise
        except _DAMAGED_ZIP as exc:
            raise UploadRefused(_FORGED) from exc
        actual_total = 0
        for info in entries:
            lower = info.filename.lower()
            is_xml = lower.endswith((".xml", ".rels", ".vml"))
            scan_cells = ext == ".xlsx" and lower.startswith("xl/worksheets/") and is_xml
            actual_total += _stream_entry(
                archive, info, budget=rule.zip_total - actual_total, xml=is_xml, cells=scan_cells
            )


def _missing_part(
    archive: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], *, ext: str, required: str
) -> str:
    """Say what a zip named .docx/.xlsx really is, so the person knows to save it again."""
    kind = next((label for part, label in _OTHER_KINDS if part in names), "")
    mimetype = names.get("mimetype")
    if not kind and mimetype is not None and mimetype.file_size <= 200:
        try:
            kind = _OPEN_DOCUMENT.get(archive.read(mimetype).strip(), "")
        except _DAMAGED_ZIP:
            kind = ""
    if kind:
        return (
            f"Tệp có đuôi {ext} nhưng thực ra là {kind}; hãy mở tệp, lưu lại thành "
            f"{_SAVE_AS[ext]} rồi tải lên."
        )
    return f"Tệp {ext} không hợp lệ (thiếu {required})."


def _check_declared(entries: list[zipfile.ZipInfo], *, rule: UploadRule) -> None:
    """Refuse on what the zip's directory declares, before anything is decompressed."""
    if len(entries) > rule.zip_entries:
        raise UploadRefused("Tệp có quá nhiều thành phần bên trong; không thể xử lý an toàn.")
    total = 0
    for entry in entries:
        if any(part in entry.filename.lower() for part in _MACRO_PARTS):
            raise UploadRefused("Tệp có chứa macro hoặc điều khiển ActiveX; không được nhận.")
        if entry.flag_bits & 0x1:
            raise UploadRefused("Tệp được mã hóa bằng mật khẩu; hãy bỏ mật khẩu rồi tải lại.")
        total += entry.file_size
        if entry.file_size > MB and entry.file_size / max(entry.compress_size, 1) > rule.zip_ratio:
            raise UploadRefused(
                "Tệp có tỷ lệ nén bất thường (nghi là tệp độc hại); không được nhận."
            )
    if total > rule.zip_total:
        raise UploadRefused("Dữ liệu giải nén của tệp quá lớn; không thể xử lý an toàn.")


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, cap: int) -> bytes:
    with archive.open(info) as handle:
        return handle.read(cap)


def _stream_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, budget: int, xml: bool, cells: bool
) -> int:
    """Decompress one entry with a cap; refuse forged sizes, DTDs and far-away cells."""
    produced = 0
    tail = b""
    cell_count = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(_CHUNK):
                produced += len(chunk)
                if produced > info.file_size or produced > budget:
                    raise UploadRefused(_FORGED)
                window = tail + chunk
                if xml and _DOCTYPE.search(window):
                    raise UploadRefused(
                        "Tệp chứa khai báo DOCTYPE/ENTITY trong XML; không được nhận."
                    )
                if cells:
                    cell_count += _check_cells(window, tail=tail)
                    if cell_count > MAX_SHEET_CELLS:
                        raise UploadRefused("Bảng tính có quá nhiều ô; hãy chia thành nhiều tệp.")
                tail = window[-256:]
    except UploadRefused:
        raise
    except _DAMAGED_ZIP as exc:
        raise UploadRefused(_FORGED) from exc
    if produced != info.file_size:
        raise UploadRefused(_FORGED)
    return produced


# What zipfile raises on a damaged archive: a directory claiming an unknown version
# (NotImplementedError), a local header pointing before the file (ValueError), bad data.
_DAMAGED_ZIP = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OSError)


def _refuse_extent(column: int, row: int, ref: str) -> None:
    if row > MAX_SHEET_ROWS or column > MAX_SHEET_COLUMNS:
        rows = f"{MAX_SHEET_ROWS:,}".replace(",", ".")
        raise UploadRefused(
            f"Bảng tính có ô ở vị trí {ref}, vượt giới hạn {rows} dòng × "
            f"{MAX_SHEET_COLUMNS} cột; hãy xóa các ô thừa rồi tải lại."
        )


def _check_cells(window: bytes, *, tail: bytes) -> int:
    """Refuse a dimension or a cell/row reference beyond the limits; return new cells seen.

    `tail` is the end of the previous window, repeated at the start of this one so that a
    tag cut by the chunking is still seen; its cells were counted then.
    """
    for match in _DIMENSION.finditer(window):
        for letters, digits in ((match.group(1), match.group(2)), (match.group(3), match.group(4))):
            if letters or digits:
                column = _column_number(letters) if letters else 1
                row = int(digits) if digits else 1
                ref = (letters or b"").decode() + (digits or b"").decode()
                _refuse_extent(column, row, ref)
    # Cell references first: "XFD1048576" tells the person more than "dòng 1048576".
    found = sorted(_FAR_REF.finditer(window), key=lambda m: not (m.group(1) or m.group(3)))
    for match in found:
        letters = match.group(1) or match.group(3)
        digits = match.group(2) or match.group(4) or b"1"
        if letters:
            _refuse_extent(_column_number(letters), int(digits), (letters + digits).decode())
        elif int(digits) > MAX_SHEET_ROWS:
            _refuse_extent(1, int(digits), f"dòng {digits.decode()}")
    return _CELL_TAG.subn(b"", window)[1] - _CELL_TAG.subn(b"", tail)[1]
