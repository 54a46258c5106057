"""PDF checks for uploads: refuse active content, polyglots, truncation and absurd nesting.

Run inside the limited child process (core.isolation.parse_in_child): pypdf parses here.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from lantoa.core.uploads import UploadRefused

if TYPE_CHECKING:  # pypdf is imported when a PDF is checked, not when this module loads
    from pypdf import PdfReader

# Deeper syntactic nesting of arrays/dictionaries than this is refused before any parser
# recurses into it; real documents stay far below (a page tree nests by reference, not syntax).
MAX_PDF_NESTING = 64
# Distinct objects a document may hold: an 80-page tagged PDF saved by Word (a consolidated text
# of the National Assembly's office) has 58,000, about 700 a page, so a 500-page one some 360,000.
MAX_PDF_OBJECTS = 500_000
# Values visited while walking them (every key, number and name counts): that Word PDF's are
# 521,000, nine an object; the cap only bounds the walk's time, well past what real files reach.
MAX_PDF_VISITS = 20 * MAX_PDF_OBJECTS
# Names that make a viewer run or open something: scripts, launched programs, embedded files,
# Flash/3D, XML forms, and forms that send data away.
ACTIVE_NAMES = frozenset(
    {
        "JS",
        "JavaScript",
        "AA",
        "Launch",
        "EmbeddedFile",
        "EmbeddedFiles",
        "RichMedia",
        "XFA",
        "SubmitForm",
        "ImportData",
        "GoToE",
    }
)
_ACTIVE = (
    "Tệp PDF có nội dung chủ động (mã JavaScript, lệnh mở chương trình, tệp nhúng hoặc biểu mẫu "
    "gửi dữ liệu); không được nhận. Hãy in lại thành PDF thường rồi tải lên."
)
_TRUNCATED = "Tệp PDF bị cắt cụt hoặc hỏng (không đọc được trọn vẹn); hãy tải lại tệp đầy đủ."
_NESTED = "Tệp PDF có cấu trúc lồng nhau bất thường (nghi tệp độc hại); không được nhận."
_TOO_MANY = (
    "Tệp PDF có số đối tượng bên trong lớn bất thường (nghi tệp độc hại); không được nhận. "
    "Hãy in lại thành PDF thường rồi tải lên."
)
_POLYGLOT_HTML = "Tệp vừa là PDF vừa chứa trang HTML/mã script (tệp đa định dạng); không được nhận."
_STREAM = re.compile(rb"stream\r?\n.*?endstream", re.S)
_LITERAL = re.compile(rb"\((?:[^()\\]|\\.)*\)", re.S)
_NAME = re.compile(rb"/([^\s/\[\]<>(){}%]+)")
_BRACKET = re.compile(rb"\[|\]|<<|>>")
_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_HTML = re.compile(rb"<\s*(?:script|html|body|iframe|!doctype\s+html)\b", re.I)


def _name(raw: bytes) -> str:
    """Decode a PDF name's #xx escapes: /J#61vaScript is /JavaScript."""
    return _HEX.sub(lambda m: bytes([int(m.group(1), 16)]), raw).decode("latin-1")


def check_pdf_bytes(raw: bytes) -> None:
    """Refuse by the bytes alone: truncation, HTML inside, active-content names, deep nesting."""
    if b"%%EOF" not in raw[-1024:] or b"startxref" not in raw[-4096:]:
        raise UploadRefused(_TRUNCATED)
    if _HTML.search(raw[:1024]):
        raise UploadRefused(_POLYGLOT_HTML)
    # Outside streams (binary data where any byte pattern may occur by chance) and strings.
    syntax = _LITERAL.sub(b"()", _STREAM.sub(b"stream endstream", raw))
    if _HTML.search(syntax):
        raise UploadRefused(_POLYGLOT_HTML)
    for match in _NAME.finditer(syntax):
        if _name(match.group(1)) in ACTIVE_NAMES:
            raise UploadRefused(_ACTIVE)
    depth = 0
    for match in _BRACKET.finditer(syntax):
        if match.group() in (b"[", b"<<"):
            depth += 1
            if depth > MAX_PDF_NESTING:
                raise UploadRefused(_NESTED)
        else:
            depth = max(depth - 1, 0)


def _is_active(key: str, value: object) -> bool:
    from pypdf.generic import NameObject

    if key.lstrip("/") in ACTIVE_NAMES:
        return True
    return isinstance(value, NameObject) and value.lstrip("/") in ACTIVE_NAMES


def _walk(reader: PdfReader) -> None:
    """Visit every object reachable from the trailer, without recursion; refuse active content."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    pending: list[object] = [reader.trailer]
    seen: set[tuple[int, int]] = set()
    visited = 0
    while pending:
        node = pending.pop()
        visited += 1
        if visited > MAX_PDF_VISITS:
            raise UploadRefused(_TOO_MANY)
        if isinstance(node, IndirectObject):
            key = (node.idnum, node.generation)
            if key in seen:
                continue
            seen.add(key)
            if len(seen) > MAX_PDF_OBJECTS:
                raise UploadRefused(_TOO_MANY)
            pending.append(node.get_object())
        elif isinstance(node, DictionaryObject):  # streams too: their dictionary
            for key, value in node.items():
                if _is_active(str(key), value):
                    raise UploadRefused(_ACTIVE)
                if key not in ("/Parent", "/P"):  # back-references, reached from the root anyway
                    pending.append(value)
        elif isinstance(node, ArrayObject):
            for value in node:
                if _is_active("", value):
                    raise UploadRefused(_ACTIVE)
                pending.append(value)


def check_pdf(raw: bytes) -> None:
    """Refuse a PDF that is truncated, unparseable, deeply nested, encrypted or has active content.

    The bytes are checked first (fast, before any parser recurses), then the parsed document,
    which also sees objects compressed inside object streams.
    """
    check_pdf_bytes(raw)
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted and not _decrypted(reader):
            raise UploadRefused("Tệp PDF có đặt mật khẩu hoặc mã hóa; hãy bỏ rồi tải lại.")
        root = reader.trailer.get("/Root")
        if root is None or root.get_object().get("/Pages") is None:
            raise UploadRefused(_TRUNCATED)
        _walk(reader)
        _pages = len(reader.pages)  # the page tree must read too
    except RecursionError:
        raise UploadRefused(_NESTED) from None
    except UploadRefused:
        raise
    except Exception:  # noqa: BLE001 - pypdf raises many kinds of error on a broken file
        raise UploadRefused(_TRUNCATED) from None


def _decrypted(reader: PdfReader) -> bool:
    """Open a PDF encrypted without a password (print protection only); False when that fails."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - a missing cipher library, a broken encryption dictionary
        return False
