"""Safety checks for uploaded files: size limits, and Office zips that are bombs or carry macros."""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path
from typing import BinaryIO

MB = 1024 * 1024
# An XML part may not declare a document type or entities: that is how XXE and
# "billion laughs" attacks enter a file.
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_MACRO_PARTS = ("vbaproject.bin", "vbadata.xml", "activex")


class UploadRefused(Exception):
    """An uploaded file that is refused; the message is Vietnamese, for the person."""

    def __init__(self, message_vi: str) -> None:
        super().__init__(message_vi)
        self.message = message_vi


def file_size(source: str | Path | BinaryIO) -> int:
    """Return the size of a path or a seekable file without reading it."""
    if isinstance(source, str | Path):
        return os.stat(source).st_size
    position = source.tell()
    source.seek(0, io.SEEK_END)
    size = source.tell()
    source.seek(position)
    return size


def check_size(source: str | Path | BinaryIO, *, max_bytes: int) -> int:
    """Refuse a file larger than max_bytes, looking only at its size; return the size."""
    size = file_size(source)
    if size > max_bytes:
        raise UploadRefused(
            f"Tệp quá lớn ({size / MB:,.0f} MB); tối đa {max_bytes / MB:,.0f} MB. "
            "Hãy chia tệp thành nhiều phần nhỏ hơn.".replace(",", ".")
        )
    if size == 0:
        raise UploadRefused("Tệp rỗng, không có dữ liệu.")
    return size


def check_office_zip(
    data_or_path: bytes | str | Path | BinaryIO,
    *,
    max_entries: int = 2000,
    max_total_bytes: int = 500 * MB,
    max_ratio: float = 100.0,
    allow_macros: bool = False,
) -> None:
    """Refuse an Office (.xlsx/.docx) zip that is not a zip, is a zip bomb, has macros or DTDs."""
    source: BinaryIO | str | Path = (
        io.BytesIO(data_or_path) if isinstance(data_or_path, bytes) else data_or_path
    )
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UploadRefused(
            "Tệp không phải tệp Office hợp lệ (không đọc được định dạng zip)."
        ) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > max_entries:
            raise UploadRefused("Tệp có quá nhiều thành phần bên trong; không thể xử lý an toàn.")
        total = 0
        for entry in entries:
            name = entry.filename.lower()
            if not allow_macros and any(part in name for part in _MACRO_PARTS):
                raise UploadRefused("Tệp có chứa macro hoặc điều khiển ActiveX; không được nhận.")
            if entry.flag_bits & 0x1:
                raise UploadRefused("Tệp được mã hóa bằng mật khẩu; hãy bỏ mật khẩu rồi tải lại.")
            total += entry.file_size
            compressed = max(entry.compress_size, 1)
            if entry.file_size > 1 * MB and entry.file_size / compressed > max_ratio:
                raise UploadRefused(
                    "Tệp có tỷ lệ nén bất thường (nghi là tệp độc hại); không được nhận."
                )
        if total > max_total_bytes:
            raise UploadRefused("Dữ liệu giải nén của tệp quá lớn; không thể xử lý an toàn.")
        for entry in entries:
            if entry.filename.lower().endswith((".xml", ".rels", ".vml")):
                with archive.open(entry) as handle:
                    head = handle.read(4096)
                if _DOCTYPE.search(head):
                    raise UploadRefused(
                        "Tệp chứa khai báo DOCTYPE/ENTITY trong XML; không được nhận."
                    )


# ---------------------------------------------------------------- every upload, before parsing

MAX_TEXT_BYTES = 20 * MB
MAX_BINARY_BYTES = 50 * MB
MAX_ZIP_ENTRIES = 2000
MAX_ZIP_TOTAL = 200 * MB
MAX_SHEET_ROWS = 200_000
MAX_SHEET_COLUMNS = 256
MAX_SHEET_CELLS = 5_000_000
_CHUNK = 64 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_PDF_MAGIC = b"%PDF-"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"#!")
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|script)\b", re.I | re.S
)
_SCRIPT = re.compile(rb"<\s*(?:script|iframe|object|embed)\b", re.IGNORECASE)
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
KIND_OF_EXTENSION = {
    ".docx": "zip",
    ".xlsx": "zip",
    ".pdf": "pdf",
    ".txt": "text",
    ".csv": "text",
    ".html": "html",
    ".htm": "html",
}


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + (letter - 64)
    return number


def _head_and_size(data: bytes | Path) -> tuple[bytes, int]:
    if isinstance(data, bytes):
        return data[:4096], len(data)
    with open(data, "rb") as handle:
        return handle.read(4096), os.fstat(handle.fileno()).st_size


def sniff(head: bytes) -> str:
    """Name what the first bytes are: zip, pdf, ole, executable, html or text (or binary)."""
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head.startswith(_PDF_MAGIC):
        return "pdf"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    if head.startswith(_EXECUTABLE_MAGIC):
        return "executable"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    elif b"\x00" in head:
        return "binary"
    return "html" if _HTML_START.match(head) else "text"


def check_upload(data: bytes | Path, *, filename: str, allowed: set[str]) -> str:
    """Refuse a file before any parser sees it; return its kind (zip, pdf, text, html).

    Checks: extension allowed, size, magic bytes agree with the extension, no polyglot
    (a PDF that is also a zip), and for Office zips: entry count, declared and actual
    uncompressed size and ratio, macros, DOCTYPE/ENTITY in XML, spreadsheet extent.
    """
    name = (filename or "").lower().strip()
    ext = next((e for e in sorted(allowed, key=len, reverse=True) if name.endswith(e)), None)
    if ext is None:
        names = ", ".join(sorted(allowed))
        raise UploadRefused(f"Định dạng tệp không được nhận; chỉ nhận: {names}.")
    expected = KIND_OF_EXTENSION.get(ext, "text")
    head, size = _head_and_size(data)
    limit = MAX_BINARY_BYTES if expected in ("zip", "pdf") else MAX_TEXT_BYTES
    if size == 0:
        raise UploadRefused("Tệp rỗng, không có dữ liệu.")
    if size > limit:
        raise UploadRefused(
            f"Tệp quá lớn ({size / MB:.0f} MB); tối đa {limit // MB} MB cho tệp {ext}."
        )
    kind = sniff(head)
    if kind == "ole":
        raise UploadRefused(
            "Tệp theo định dạng Office cũ (.doc/.xls) hoặc có đặt mật khẩu; "
            "hãy lưu lại thành .docx/.xlsx không mật khẩu rồi tải lên."
        )
    if kind in ("executable", "binary"):
        raise UploadRefused(f"Nội dung tệp không phải {ext} (tệp nhị phân lạ); không được nhận.")
    if expected == "html" and kind == "text":
        kind = "html"
    if kind != expected:
        described = {"zip": "tệp nén/Office", "pdf": "PDF", "html": "trang HTML", "text": "văn bản"}
        raise UploadRefused(
            f"Nội dung tệp là {described.get(kind, kind)}, không khớp đuôi {ext}; không được nhận."
        )
    if kind in ("text", "html") and expected == "text" and _SCRIPT.search(_read_all(data)[:MB]):
        raise UploadRefused("Tệp văn bản có chứa mã HTML/script; không được nhận.")
    if kind == "pdf":
        _check_pdf(data)
    if kind == "zip":
        _check_zip(data, ext=ext)
    return kind


def _read_all(data: bytes | Path) -> bytes:
    return data if isinstance(data, bytes) else Path(data).read_bytes()


def _check_pdf(data: bytes | Path) -> None:
    raw = _read_all(data)
    # A PDF that a zip reader also opens is a polyglot: one checker sees one file, another
    # program sees a different one.
    if b"PK\x05\x06" in raw[-70000:] and zipfile.is_zipfile(io.BytesIO(raw)):
        raise UploadRefused("Tệp vừa là PDF vừa là tệp nén (tệp đa định dạng); không được nhận.")


def _check_zip(data: bytes | Path, *, ext: str) -> None:
    raw = _read_all(data)
    if _PDF_MAGIC in raw[:1024] or raw.rstrip().endswith(b"%%EOF"):
        raise UploadRefused("Tệp vừa là tệp nén vừa là PDF (tệp đa định dạng); không được nhận.")
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise UploadRefused(f"Tệp {ext} không hợp lệ (không đọc được định dạng zip).")
    try:
        check_office_zip(raw, max_entries=MAX_ZIP_ENTRIES, max_total_bytes=MAX_ZIP_TOTAL)
    except (zipfile.BadZipFile, zlib_error(), EOFError, NotImplementedError) as exc:
        raise UploadRefused(_FORGED) from exc
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        names = {info.filename.lower(): info for info in archive.infolist()}
        required = _REQUIRED_PART.get(ext)
        if required and required not in names:
            raise UploadRefused(f"Tệp {ext} không hợp lệ (thiếu {required}).")
        content_types = names.get("[content_types].xml")
        if content_types is not None and _MACRO_CONTENT_TYPE.search(
            _read_entry(archive, content_types, cap=4 * MB)
        ):
            raise UploadRefused(
                "Tệp là bảng tính/văn bản có macro (đổi đuôi thành .xlsx/.docx); không được nhận."
            )
        actual_total = 0
        for info in archive.infolist():
            lower = info.filename.lower()
            is_xml = lower.endswith((".xml", ".rels", ".vml"))
            scan_cells = ext == ".xlsx" and lower.startswith("xl/worksheets/") and is_xml
            actual_total += _stream_entry(
                archive, info, budget=MAX_ZIP_TOTAL - actual_total, xml=is_xml, cells=scan_cells
            )


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
    except (zipfile.BadZipFile, zlib_error(), EOFError, NotImplementedError) as exc:
        raise UploadRefused(_FORGED) from exc
    if produced != info.file_size:
        raise UploadRefused(_FORGED)
    return produced


def zlib_error() -> type[Exception]:
    """Return zlib's error type."""
    import zlib

    return zlib.error


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
