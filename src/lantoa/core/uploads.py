"""The one pipeline every upload goes through before a parser sees it: kinds, limits, checks."""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lantoa.core.errors import Refused
from lantoa.core.filekinds import DESCRIBED, IMAGE_KINDS, MEDIA_EXTENSIONS, sniff_media
from lantoa.core.text import utf16_codec

MB = 1024 * 1024
# An XML part may not declare a document type or entities: that is how XXE and
# "billion laughs" attacks enter a file.
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_MACRO_PARTS = ("vbaproject.bin", "vbadata.xml", "activex")


class UploadRefused(Refused):
    """An uploaded file that is refused; the message is Vietnamese, for the person."""


def file_size(source: str | Path | BinaryIO) -> int:
    """Return the size of a path or a seekable file without reading it."""
    if isinstance(source, str | Path):
        return os.stat(source).st_size
    position = source.tell()
    source.seek(0, io.SEEK_END)
    size = source.tell()
    source.seek(position)
    return size


def check_size(source: str | Path | BinaryIO | int, *, max_bytes: int) -> int:
    """Refuse a file (or a size) larger than max_bytes, without reading it; return the size."""
    size = source if isinstance(source, int) else file_size(source)
    if size > max_bytes:
        raise UploadRefused(
            f"Tệp quá lớn ({size / MB:,.0f} MB); tối đa {max_bytes / MB:,.0f} MB. "
            "Hãy chia tệp thành nhiều phần nhỏ hơn.".replace(",", ".")
        )
    if size == 0:
        raise UploadRefused("Tệp rỗng, không có dữ liệu.")
    return size


# ---------------------------------------------------------------- every upload, before parsing

MAX_TEXT_BYTES = 20 * MB
MAX_BINARY_BYTES = 50 * MB
MAX_SHEET_ROWS = 200_000
MAX_SHEET_COLUMNS = 256
MAX_SHEET_CELLS = 5_000_000


@dataclass(frozen=True)
class UploadRule:
    """What one upload point takes: its file types and every limit its files must keep."""

    extensions: tuple[str, ...]
    max_bytes: int | None  # None: 20 MB for text, 50 MB for Office/PDF (points not yet listed)
    zip_entries: int = 2000
    zip_total: int = 200 * MB
    zip_ratio: float = 100.0
    refuse_scripts: bool = True  # text that a person may open as a page must not carry markup
    max_records: int = 200_000
    parse_memory_mb: int = 768
    parse_seconds: float = 30


# The one table of upload points: every check, size cap and parser limit reads it.
UPLOADS = {
    "guidance": UploadRule(
        extensions=(".txt", ".docx", ".pdf", ".html", ".htm"),
        max_bytes=20 * MB,
        zip_entries=1000,
        zip_total=100 * MB,
    ),
    "opinion": UploadRule(
        extensions=(".csv", ".tsv", ".txt", ".xlsx", ".json", ".jsonl", ".ndjson")
        + (".xml", ".rss", ".atom"),
        max_bytes=200 * MB,
        zip_total=500 * MB,
        # Exported comments and feeds quote markup as data; readers keep only the text.
        refuse_scripts=False,
        max_records=2_000_000,
        parse_seconds=600,
    ),
    "excel": UploadRule(extensions=(".xlsx",), max_bytes=20 * MB, parse_seconds=60),
    # A question bank's filled template, as a workbook or a Word file (awareness).
    "question_bank": UploadRule(extensions=(".xlsx", ".docx"), max_bytes=20 * MB, parse_seconds=60),
    # Stored and sent back to people: images are re-encoded, PDFs checked for active content.
    "evidence": UploadRule(extensions=(".jpg", ".jpeg", ".png", ".pdf"), max_bytes=10 * MB),
    # A signed copy of an issued PDF, or a signed PDF guidance; its signatures are checked too.
    "signed_pdf": UploadRule(extensions=(".pdf",), max_bytes=50 * MB),
    "material": UploadRule(
        extensions=(".pdf", ".png", ".jpg", ".jpeg", ".mp3", ".wav", ".ogg", ".m4a", ".mp4")
        + (".webm",),
        max_bytes=None,  # LANTOA_MATERIAL_MAX_MB, passed as max_bytes by core.userfiles
    ),
}
_GENERIC = UploadRule(extensions=(), max_bytes=None)
_MACRO_EXTENSIONS = (".xlsm", ".xltm", ".xlam", ".docm", ".dotm", ".pptm")
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
    **MEDIA_EXTENSIONS,
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
    if media := sniff_media(head):
        return media
    codec = utf16_codec(head)
    if codec:
        head = head.decode(codec, errors="ignore").encode("utf-8")
    elif b"\x00" in head:
        return "binary"
    return "html" if _HTML_START.match(head) else "text"


def _text_probe(data: bytes | Path) -> bytes:
    """Return the first megabyte as UTF-8, so that markup in UTF-16 is seen like any other."""
    head = _read_head(data, MB)
    codec = utf16_codec(head)
    return head.decode(codec, errors="ignore").encode("utf-8") if codec else head


def _read_head(data: bytes | Path, count: int) -> bytes:
    if isinstance(data, bytes):
        return data[:count]
    with open(data, "rb") as handle:
        return handle.read(count)


def _read_tail(data: bytes | Path, count: int) -> bytes:
    if isinstance(data, bytes):
        return data[-count:]
    with open(data, "rb") as handle:
        handle.seek(max(0, os.fstat(handle.fileno()).st_size - count))
        return handle.read()


def _source(data: bytes | Path) -> BinaryIO | Path:
    return io.BytesIO(data) if isinstance(data, bytes) else Path(data)


def check_name(filename: str, *, kind: str = "", allowed: set[str] | None = None) -> str:
    """Refuse a file name whose type the upload point does not take; return its extension."""
    accepted = set((UPLOADS[kind] if kind else _GENERIC).extensions or allowed or ())
    if allowed is not None:
        accepted &= set(allowed)
    name = (filename or "").lower().strip()
    if name.endswith(_MACRO_EXTENSIONS):
        raise UploadRefused(
            "Tệp Office có macro (.xlsm, .docm…) không được nhận; hãy lưu lại thành "
            ".xlsx/.docx rồi tải lên."
        )
    ext = next((e for e in sorted(accepted, key=len, reverse=True) if name.endswith(e)), None)
    if ext is None:
        names = ", ".join(sorted(accepted))
        raise UploadRefused(f"Định dạng tệp không được hỗ trợ; chỉ nhận: {names}.")
    return ext


def check_upload(
    data: bytes | Path,
    *,
    filename: str,
    kind: str = "",
    allowed: set[str] | None = None,
    max_bytes: int | None = None,
) -> str:
    """Refuse a file before any parser sees it; return its kind (zip, pdf, text, html, media).

    `kind` names the upload point in UPLOADS (its types and limits); `allowed` narrows the
    types; `max_bytes` replaces the rule's size limit (one read from settings). Checks:
    extension allowed, size, magic bytes agree with the extension, no polyglot
    (a PDF that is also a zip), no script in plain text (UTF-8 or UTF-16), and for Office
    zips: entry count, declared and actual uncompressed size and ratio, macros (by name and
    content), encryption, DOCTYPE/ENTITY in XML, spreadsheet extent; images decoded in full
    within a pixel limit (core.images), PDFs parsed for active content (core.pdfs) -- run those
    in the limited child process (core.userfiles.clean_upload does).
    """
    rule = UPLOADS[kind] if kind else _GENERIC
    ext = check_name(filename, kind=kind, allowed=allowed)
    expected = KIND_OF_EXTENSION.get(ext, "text")
    head, size = _head_and_size(data)
    binary = expected not in ("text", "html")
    limit = max_bytes or rule.max_bytes or (MAX_BINARY_BYTES if binary else MAX_TEXT_BYTES)
    check_size(size, max_bytes=limit)
    found = sniff(head)
    if found == "ole":
        raise UploadRefused(
            "Tệp theo định dạng Office cũ (.doc/.xls) hoặc có đặt mật khẩu; "
            "hãy lưu lại thành .docx/.xlsx không mật khẩu rồi tải lên."
        )
    if found in ("executable", "binary"):
        raise UploadRefused(f"Nội dung tệp không phải {ext} (tệp nhị phân lạ); không được nhận.")
    if expected == "html" and found == "text":
        found = "html"
    if found != expected:
        described = {"zip": "tệp nén/Office", "pdf": "PDF", "html": "trang HTML", "text": "văn bản"}
        described.update(DESCRIBED)
        raise UploadRefused(
            f"Nội dung tệp là {described.get(found, found)}, không khớp đuôi {ext}; "
            "không được nhận."
        )
    if found == "text" and rule.refuse_scripts and _SCRIPT.search(_text_probe(data)):
        raise UploadRefused("Tệp văn bản có chứa mã HTML/script; không được nhận.")
    if found == "pdf":
        _check_pdf(data)
    if found in IMAGE_KINDS:
        from lantoa.core.images import image_reencode  # Pillow loads only where images come

        image_reencode(_read_all(data), found)
    if found == "zip":
        _check_zip(data, ext=ext, rule=rule)
    return found


def _read_all(data: bytes | Path) -> bytes:
    return data if isinstance(data, bytes) else Path(data).read_bytes()


def _check_pdf(data: bytes | Path) -> None:
    raw = _read_all(data)
    # A PDF that a zip reader also opens is a polyglot: one checker sees one file, another
    # program sees a different one.
    if b"PK\x05\x06" in raw[-70000:] and zipfile.is_zipfile(io.BytesIO(raw)):
        raise UploadRefused("Tệp vừa là PDF vừa là tệp nén (tệp đa định dạng); không được nhận.")
    from lantoa.core.pdfs import check_pdf  # pypdf loads only where PDFs come

    check_pdf(raw)


def _check_zip(data: bytes | Path, *, ext: str, rule: UploadRule) -> None:
    """The one zip check: polyglot, entries, declared and actual sizes, macros, XML, cells."""
    if _PDF_MAGIC in _read_head(data, 1024) or _read_tail(data, 1024).rstrip().endswith(b"%%EOF"):
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
            raise UploadRefused(f"Tệp {ext} không hợp lệ (thiếu {required}).")
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
