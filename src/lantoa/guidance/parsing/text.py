"""Text extraction from uploaded files (.txt, .docx, .pdf, .html) and normalisation."""

from __future__ import annotations

import io
import re
import unicodedata
from typing import TYPE_CHECKING, Any

from lantoa.core.encodings import decode_text
from lantoa.core.errors import Refused
from lantoa.core.text import html_to_text
from lantoa.core.uploads import UPLOADS, UploadRefused, check_upload

from .numbers import TYPE_ALT
from .pagefurniture import without_page_furniture
from .pdflayout import columns_in_order, in_drawing_order

if TYPE_CHECKING:  # python-docx is imported when a .docx is read, not when this module loads
    from docx.blkcntnr import BlockItemContainer
    from docx.document import Document as DocxDocument

MAX_PDF_PAGES = 2000
MIN_VIETNAMESE_SHARE = 0.03
MIN_COMMON_WORD_SHARE = 0.08

# The types, sizes and zip limits are the guidance row of the one upload table.
SUPPORTED_EXTENSIONS = UPLOADS["guidance"].extensions


class DocumentError(Refused):
    """A file that cannot or must not be parsed; the message is in Vietnamese."""


# ---------------------------------------------------------------- normalisation

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]+")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-"})
# "Công điện 2954/CÐ-BVHTTDL": the Latin eth (U+00D0, U+00F0) typed for "Đ"/"đ", a letter
# Vietnamese never uses, would end a symbol or a word.
_ETH = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ"})
_GLUED_NGAY = re.compile(r"(?<=[A-ZĐ])ngày\b")
_NGAY_DIGIT = re.compile(r"\bngày(?=\d)")
# "THÔNG TƯ15/2017/TT-BCT": a title's type in capitals glued to its number.
_GLUED_TYPE_NUMBER = re.compile(rf"^((?:{TYPE_ALT}))(?=\d)", re.IGNORECASE)
_DECOR_LINE = re.compile(r"^[\s\-_=*|~.·•]*$")
# A page scraped from a JSON feed keeps its line breaks as the four characters "\r\n": they are
# breaks inside a paragraph (the real ones are still there), read as spaces.
_ESCAPED_BREAKS = re.compile(r"(?:\\r\\n|\\n|\\r|\\t)+")


def normalise_text(text: str) -> str:
    """Return NFC text with unified line breaks, spaces and dashes and no markdown emphasis."""
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH)
    text = _ESCAPED_BREAKS.sub(" ", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    out: list[str] = []
    bullet = False
    for raw in text.split("\n"):
        line = raw.translate(_DASHES).translate(_ETH)
        stripped = line.strip()
        if stripped.startswith("* ") or stripped.startswith("\u2022"):
            line = "- " + stripped[1:].lstrip()
        line = line.replace("*", "").replace("__", "")
        line = _SPACES.sub(" ", line).strip()
        # "-" / "Trường hợp chất lượng không khí …": a bullet's dash alone on its line marks the
        # capitalised line after it (a table's empty cell "-" before "|" stays decoration).
        if line == "-":
            bullet = True
            out.append("")
            continue
        if bullet and line:
            line = f"- {line}" if line[:1].isupper() else line
            bullet = False
        line = _GLUED_NGAY.sub(" ngày", line)
        line = _NGAY_DIGIT.sub("ngày ", line)
        if line[:1].isupper() and line[:12].isupper():
            line = _GLUED_TYPE_NUMBER.sub(r"\1 ", line)
        if line.startswith("#"):
            line = line.lstrip("#").strip()
        # "🎯 Chỉ thị số 1112/CT-BGDĐT …", "📌 Kế hoạch …": a page's pictograph before a line.
        while line and unicodedata.category(line[0]) == "So":
            line = line[1:].lstrip(" \ufe0f")
        if line and _DECOR_LINE.match(line) and not line.startswith("-"):
            line = ""
        if line and set(line) <= set("-_= "):
            line = ""
        out.append(line)
    return "\n".join(without_page_furniture(out)).strip()


# ---------------------------------------------------------------- language check

_VN_SPECIFIC = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹãĩõũý")
_COMMON_WORDS = frozenset(
    [
        "và",
        "của",
        "các",
        "được",
        "trong",
        "những",
        "cho",
        "với",
        "người",
        "không",
        "là",
        "có",
        "này",
        "để",
        "theo",
        "đến",
        "tới",
        "về",
        "một",
        "tỉnh",
        "đảng",
        "cán",
        "bộ",
        "nhân",
        "dân",
        "thực",
        "hiện",
        "tuyên",
        "truyền",
        "công",
        "tác",
    ]
)


def looks_vietnamese(text: str) -> bool:
    """Return True when the share of Vietnamese letters or common words is high enough."""
    sample = text[:50000].lower()
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return False
    vn = sum(1 for ch in letters if ch in _VN_SPECIFIC)
    if vn / len(letters) >= MIN_VIETNAMESE_SHARE:
        return True
    words = re.findall(r"\w+", sample)
    common = sum(1 for w in words if w in _COMMON_WORDS)
    return bool(words) and common / len(words) >= MIN_COMMON_WORD_SHARE and vn > 0


# ---------------------------------------------------------------- decoders


# ---------------------------------------------------------------- docx


def _docx_text(data: bytes) -> str:
    """Return paragraphs and table cells of a .docx in document order."""
    import docx  # noqa: PLC0415 - heavy import kept local
    from docx.table import Table  # noqa: PLC0415
    from docx.text.paragraph import Paragraph  # noqa: PLC0415

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types
        raise DocumentError("Tệp .docx không đọc được (tệp hỏng hoặc sai định dạng).") from exc

    lines: list[str] = []

    def walk(container: DocxDocument | BlockItemContainer) -> None:
        for item in container.iter_inner_content():
            if isinstance(item, Paragraph):
                lines.append(item.text)
            elif isinstance(item, Table):
                for row in item.rows:
                    seen: set[int] = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk(cell)

    walk(document)
    return "\n".join(lines)


# ---------------------------------------------------------------- pdf


def _page_text(page: Any) -> str:
    """Return a page's text in reading order, two-column blocks left column first."""
    # Layout mode places each glyph at its column, so the header's issuing body and motto, and
    # Nơi nhận and the signature block, come apart instead of sharing lines.
    try:
        laid_out = page.extract_text(extraction_mode="layout")
    except (ValueError, KeyError, TypeError, IndexError, ZeroDivisionError):
        laid_out = ""
    try:
        plain = page.extract_text() or ""
    except (ValueError, KeyError, TypeError, IndexError, ZeroDivisionError):
        plain = ""
    if laid_out.strip():
        return in_drawing_order(columns_in_order(laid_out), plain)
    return plain


def _pdf_text(data: bytes) -> str:
    """Return the text layer of a PDF, refusing scans without text."""
    from pypdf import PdfReader  # noqa: PLC0415
    from pypdf.errors import PdfReadError  # noqa: PLC0415

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("Tệp PDF được mã hóa bằng mật khẩu; không đọc được.")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise DocumentError(f"Tệp PDF có quá nhiều trang (trên {MAX_PDF_PAGES}).")
        pages = [_page_text(page) for page in reader.pages]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError("Tệp PDF không đọc được (tệp hỏng hoặc sai định dạng).") from exc
    text = "\n".join(pages)
    if sum(1 for ch in text if ch.isalpha()) < 20:
        raise DocumentError(
            "Tệp PDF không có lớp văn bản (bản quét); hãy tải lên tệp .docx hoặc PDF có chữ."
        )
    return text


# ---------------------------------------------------------------- entry point


def extract_text(data: bytes, *, filename: str) -> str:
    """Return the normalised text of an uploaded guidance file or raise DocumentError."""
    # The one upload check (types, size, zip bombs, macros, XML entities, scripts) comes first,
    # whoever calls: the web upload, `lantoa guidance parse` or the corpus evaluation.
    try:
        check_upload(data, filename=filename, kind="guidance")
    except UploadRefused as exc:
        raise DocumentError(exc.message) from exc
    ext = next(e for e in SUPPORTED_EXTENSIONS if filename.lower().strip().endswith(e))
    if ext == ".txt":
        raw = decode_text(data)
    elif ext in (".html", ".htm"):
        raw = html_to_text(decode_text(data))
    elif ext == ".docx":
        raw = _docx_text(data)
    else:
        raw = _pdf_text(data)
    text = normalise_text(raw)
    if not any(ch.isalpha() for ch in text):
        raise DocumentError("Tệp rỗng hoặc không có nội dung văn bản.")
    if not looks_vietnamese(text):
        raise DocumentError(
            "Văn bản không phải tiếng Việt (hoặc sai bảng mã); không thể phân tích."
        )
    return text
