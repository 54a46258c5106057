"""A corpus of hostile files, made here (nothing downloaded), and misbehaving parsers."""

from __future__ import annotations

import io
import os
import struct
import time
import zipfile
from dataclasses import dataclass

MB = 1024 * 1024
GUIDANCE_TYPES = {".txt", ".docx", ".pdf", ".html", ".htm"}

_CONTENT_TYPES_DOCX = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_DOC_START = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>"
)
_DOC_END = "</w:t></w:r></w:p></w:body></w:document>"


@dataclass(frozen=True)
class Hostile:
    """One hostile file: its name, bytes, the types the receiving form accepts, and the refusal."""

    label: str
    filename: str
    data: bytes
    allowed: frozenset[str]
    message: str


def docx(document_xml: str | bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """Return a minimal .docx zip holding the given document.xml."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES_DOCX)
        archive.writestr("word/document.xml", document_xml)
        for name, payload in (extra or {}).items():
            archive.writestr(name, payload)
    return buffer.getvalue()


def xlsx(cells: dict[str, object]) -> bytes:
    """Return an .xlsx written by openpyxl with the given cells."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for ref, value in cells.items():
        sheet[ref] = value
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rewrite_zip(data: bytes, change: dict[str, bytes], add: dict[str, bytes]) -> bytes:
    """Return a copy of a zip with some entries replaced and others added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, change.get(info.filename, source.read(info.filename)))
        for name, payload in add.items():
            target.writestr(name, payload)
    return out.getvalue()


def forge_size(data: bytes, entry: str, declared: int) -> bytes:
    """Rewrite the declared uncompressed size of one entry in both zip headers."""
    raw = bytearray(data)
    name = entry.encode()
    position = raw.find(b"PK\x03\x04")
    while position != -1:
        name_length = struct.unpack_from("<H", raw, position + 26)[0]
        if raw[position + 30 : position + 30 + name_length] == name:
            struct.pack_into("<I", raw, position + 22, declared)
        position = raw.find(b"PK\x03\x04", position + 4)
    position = raw.find(b"PK\x01\x02")
    while position != -1:
        name_length = struct.unpack_from("<H", raw, position + 28)[0]
        if raw[position + 46 : position + 46 + name_length] == name:
            struct.pack_into("<I", raw, position + 24, declared)
        position = raw.find(b"PK\x01\x02", position + 4)
    return bytes(raw)


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
    + _DOC_START
    + "&lol9;"
    + _DOC_END
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    + _DOC_START
    + "&xxe;"
    + _DOC_END
)
# A DOCTYPE hidden after 1 MB of comment in the prolog, past any "first 4 KB" probe.
# Random hex, so that a compression-ratio check does not catch it first.
XXE_DEEP = '<?xml version="1.0"?><!--' + os.urandom(MB // 2).hex() + "-->" + XXE.split("?>", 1)[1]
# An honest PDF: one page, a cross-reference table, nothing active (readers refuse less).
PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
    b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"
    b"0000000115 00000 n \ntrailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n186\n%%EOF\n"
)


def corpus() -> list[Hostile]:
    """Return every hostile file, made on the spot (images and PDFs from hostile_media)."""
    from tests.security.hostile_imports import imports_corpus
    from tests.security.hostile_media import media_corpus

    guidance = frozenset(GUIDANCE_TYPES)
    sheets = frozenset({".xlsx"})
    plain_sheet = xlsx({"A1": "Đơn vị", "B1": 1})
    zip_only = io.BytesIO()
    with zipfile.ZipFile(zip_only, "w") as archive:
        archive.writestr("a.txt", "xin chào")
    polyglot = PDF + zip_only.getvalue()
    macro_types = zipfile.ZipFile(io.BytesIO(plain_sheet)).read("[Content_Types].xml")
    macro_types = macro_types.replace(
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    honest = docx(_DOC_START + os.urandom(300_000).hex() + _DOC_END)
    return [
        Hostile(
            "zip bomb",
            "bom.docx",
            docx(_DOC_START + " " * (60 * MB) + _DOC_END),
            guidance,
            "tỷ lệ nén",
        ),
        Hostile("billion laughs", "cuoi.docx", docx(BILLION_LAUGHS), guidance, "DOCTYPE"),
        Hostile("external entity", "xxe.docx", docx(XXE), guidance, "DOCTYPE"),
        Hostile("entity after 1 MB", "xxe-sau.docx", docx(XXE_DEEP), guidance, "DOCTYPE"),
        Hostile(
            "forged size",
            "gia.docx",
            forge_size(honest, "word/document.xml", 1000),
            guidance,
            "không khớp",
        ),
        Hostile(
            "forged huge size",
            "gia-lon.docx",
            forge_size(honest, "word/document.xml", 4_000_000_000),
            guidance,
            "quá lớn|tỷ lệ nén",
        ),
        Hostile(
            "cell at XFD1048576",
            "o-xa.xlsx",
            xlsx({"A1": 1, "XFD1048576": 1}),
            sheets,
            "XFD1048576",
        ),
        Hostile(
            "xlsm with macro renamed .xlsx",
            "macro.xlsx",
            rewrite_zip(
                plain_sheet,
                {"[Content_Types].xml": macro_types},
                {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\x00" * 512},
            ),
            sheets,
            "macro",
        ),
        Hostile(
            "macro content type only",
            "macro2.xlsx",
            rewrite_zip(plain_sheet, {"[Content_Types].xml": macro_types}, {}),
            sheets,
            "macro",
        ),
        Hostile(
            "xlsx billion laughs",
            "cuoi.xlsx",
            rewrite_zip(plain_sheet, {"xl/worksheets/sheet1.xml": BILLION_LAUGHS.encode()}, {}),
            sheets,
            "DOCTYPE",
        ),
        Hostile("PDF+ZIP polyglot", "da-dang.pdf", polyglot, guidance, "đa định dạng"),
        Hostile("PDF named .docx", "pdf.docx", polyglot, guidance, "không khớp đuôi"),
        Hostile(
            "50 MB text",
            "lon.txt",
            ("Tuyên truyền " * (4 * MB)).encode()[: 50 * MB],
            guidance,
            "quá lớn",
        ),
        Hostile(
            "HTML in .txt",
            "trang.txt",
            b"<html><body><script>alert(1)</script>",
            guidance,
            "không khớp đuôi",
        ),
        Hostile(
            "script in .txt",
            "mau.txt",
            "Kế hoạch <script>x()</script>".encode(),
            guidance,
            "script",
        ),
        Hostile(
            "executable renamed .pdf", "hd.pdf", b"MZ\x90\x00" + b"\x00" * 64, guidance, "nhị phân"
        ),
        Hostile(
            "old Office file",
            "cu.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512,
            guidance,
            "Office cũ",
        ),
        *media_corpus(),
        *imports_corpus(),
    ]


# ---------------------------------------------------------------- parsers that misbehave


def eat_memory(megabytes: int) -> int:
    """Allocate far more memory than a parser may."""
    blocks = [bytearray(MB) for _ in range(megabytes)]
    return len(blocks)


def sleep_for(seconds: float) -> str:
    """Take longer than a parser may."""
    time.sleep(seconds)
    return "xong"


def crash() -> None:
    """Fail with an error that carries no message for people."""
    raise KeyError("internal")


def refuse() -> None:
    """Refuse with a Vietnamese message, as a parser does for a bad file."""
    from lantoa.guidance.parsing import DocumentError

    raise DocumentError("Tệp hỏng: thử lỗi có thông điệp.")


def double(value: int) -> int:
    """Answer normally."""
    return value * 2


def die_silently(code: int) -> None:
    """End the process at once, sending nothing back (a parser's C library aborting)."""
    import os

    os._exit(code)


def killed() -> None:
    """Be killed as the kernel's out-of-memory killer kills (SIGKILL), sending nothing back."""
    import os
    import signal

    os.kill(os.getpid(), signal.SIGKILL)
