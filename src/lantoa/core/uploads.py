"""The one pipeline every upload goes through before a parser sees it: kinds, limits, checks."""

from __future__ import annotations

import io
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lantoa.core.errors import Refused
from lantoa.core.filekinds import DESCRIBED, IMAGE_KINDS, MEDIA_EXTENSIONS, sniff_media
from lantoa.core.text import utf16_codec

MB = 1024 * 1024


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


SPLIT_ADVICE = "Hãy chia tệp thành nhiều phần nhỏ hơn."


def check_size(
    source: str | Path | BinaryIO | int, *, max_bytes: int, advice: str = SPLIT_ADVICE
) -> int:
    """Refuse a file (or a size) larger than max_bytes, without reading it; return the size."""
    size = source if isinstance(source, int) else file_size(source)
    if size > max_bytes:
        sizes = f"({size / MB:,.0f} MB); tối đa {max_bytes / MB:,.0f} MB".replace(",", ".")
        raise UploadRefused(f"Tệp quá lớn {sizes}. {advice}")
    if size == 0:
        raise UploadRefused("Tệp rỗng, không có dữ liệu.")
    return size


# ---------------------------------------------------------------- every upload, before parsing

MAX_TEXT_BYTES = 20 * MB
MAX_BINARY_BYTES = 50 * MB


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
    too_big: str = SPLIT_ADVICE  # what to do with a file over max_bytes


# The one table of upload points: every check, size cap and parser limit reads it.
UPLOADS = {
    "guidance": UploadRule(
        extensions=(".txt", ".docx", ".pdf", ".html", ".htm"),
        max_bytes=20 * MB,
        zip_entries=1000,
        zip_total=100 * MB,
        # Read in the worker, behind a waiting page. A PDF's pages are read twice (layout, then
        # plain text to put Word's justified lines back in order): about 0.18 s a page of CPU
        # here, so 60 s reads some 340 pages, where 30 s read some 300 when read once.
        parse_seconds=60,
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
    # A unit's report to a request, filled in its .xlsx template: four text cells, read while
    # the person waits (reporting/excel/submission.py), so a smaller file and a shorter parse.
    "submission": UploadRule(
        extensions=(".xlsx",),
        max_bytes=5 * MB,
        zip_entries=200,
        zip_total=50 * MB,
        parse_seconds=20,
    ),
    # A question bank's filled template, as a workbook or a Word file (awareness).
    "question_bank": UploadRule(extensions=(".xlsx", ".docx"), max_bytes=20 * MB, parse_seconds=60),
    # Stored and sent back to people: images are re-encoded, PDFs checked for active content.
    # A phone photo cannot be split: it is sent smaller (the phone's share offers it) or again.
    "evidence": UploadRule(
        extensions=(".jpg", ".jpeg", ".png", ".pdf"),
        max_bytes=10 * MB,
        too_big="Với ảnh: gửi ảnh nhỏ hơn (chọn cỡ ảnh nhỏ khi chia sẻ, hoặc chụp lại); "
        "với tệp PDF: tách thành nhiều tệp.",
    ),
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
# Spreadsheets people save that an .xlsx point does not read: the refusal says how to convert.
_OTHER_SHEETS = {
    ".xls": "Excel 97–2003 (.xls)",
    ".xlsb": "Excel nhị phân (.xlsb)",
    ".ods": "LibreOffice Calc (.ods)",
    ".csv": "CSV (.csv)",
}
_ZIP_MAGIC = b"PK\x03\x04"
PDF_MAGIC = b"%PDF-"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"#!")
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|script)\b", re.I | re.S
)
_SCRIPT = re.compile(rb"<\s*(?:script|iframe|object|embed)\b", re.IGNORECASE)
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


def _head_and_size(data: bytes | Path) -> tuple[bytes, int]:
    if isinstance(data, bytes):
        return data[:4096], len(data)
    with open(data, "rb") as handle:
        return handle.read(4096), os.fstat(handle.fileno()).st_size


def sniff(head: bytes) -> str:
    """Name what the first bytes are: zip, pdf, ole, executable, html or text (or binary)."""
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head.startswith(PDF_MAGIC):
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
    head = read_head(data, MB)
    codec = utf16_codec(head)
    return head.decode(codec, errors="ignore").encode("utf-8") if codec else head


def read_head(data: bytes | Path, count: int) -> bytes:
    """Return the first `count` bytes of the file or the bytes."""
    if isinstance(data, bytes):
        return data[:count]
    with open(data, "rb") as handle:
        return handle.read(count)


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
    if ext is None and ".xlsx" in accepted:
        other = next((e for e in _OTHER_SHEETS if name.endswith(e)), None)
        if other:
            raise UploadRefused(
                f"Tệp {_OTHER_SHEETS[other]} không được nhận ở đây; hãy mở tệp bằng Excel hoặc "
                "LibreOffice, chọn «Lưu thành» (Save As) kiểu «Excel Workbook (.xlsx)» rồi tải "
                "tệp .xlsx lên."
            )
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
    check_size(size, max_bytes=limit, advice=rule.too_big)
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
        # Imported here: officezip raises this module's UploadRefused (as pdfs does).
        from lantoa.core.officezip import office_zip_check

        office_zip_check(data, ext=ext, rule=rule)
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
