"""Extraction from .txt/.docx/.pdf/.html and refusal of hostile or unusable files."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from lantoa.core.uploads import UPLOADS
from lantoa.guidance.parsing import DocumentError, extract_text, parse_document

VN = (
    "HƯỚNG DẪN\ntuyên truyền Kết luận số 51-KL/TW của Bộ Chính trị\n"
    "Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn các đảng ủy xã, phường thực hiện.\n"
)


def _docx(extra: dict[str, bytes] | None = None, document_xml: bytes | None = None) -> bytes:
    """Return a .docx built with python-docx, optionally with extra or replaced parts."""
    import docx

    document = docx.Document()
    document.add_paragraph("HƯỚNG DẪN")
    document.add_paragraph("tuyên truyền Kết luận số 51-KL/TW của Bộ Chính trị")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Nơi nhận:\n- Thường trực Tỉnh ủy;"
    table.cell(0, 1).text = "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nTrần Thị Lan Hương"
    buf = io.BytesIO()
    document.save(buf)
    if not extra and document_xml is None:
        return buf.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml" and document_xml is not None:
                data = document_xml
            dst.writestr(item, data)
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return out.getvalue()


def _cp1258(text: str) -> bytes:
    """Encode text as Windows-1258 (base letter plus combining tone mark)."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return out


def _pdf(text: str | None) -> bytes:
    """Return a one-page PDF whose text layer is text (via a ToUnicode map), or no text."""
    objects: list[bytes] = []
    if text is None:
        content = b"0 0 m 10 10 l S"
        font = b""
    else:
        chars = sorted(set(text))
        codes = {ch: i + 1 for i, ch in enumerate(chars)}
        hexs = "".join(f"{codes[ch]:02X}" for ch in text)
        content = f"BT /F1 12 Tf 50 700 Td <{hexs}> Tj ET".encode()
        pairs = "\n".join(f"<{codes[ch]:02X}> <{ord(ch):04X}>" for ch in chars)
        cmap = (
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            "1 begincodespacerange <00> <FF> endcodespacerange\n"
            f"{len(chars)} beginbfchar\n{pairs}\nendbfchar\nendcmap CMapName currentdict "
            "/CMap defineresource pop end end"
        ).encode()
        font = b"/Resources << /Font << /F1 5 0 R >> >>"
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objects.append(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R " + font + b" >>"
    )
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    if text is not None:
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>")
        objects.append(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def test_it_reads_utf8_bom_utf16_and_cp1258_text() -> None:
    assert extract_text(VN.encode("utf-8"), filename="a.txt").startswith("HƯỚNG DẪN")
    assert extract_text(b"\xef\xbb\xbf" + VN.encode("utf-8"), filename="a.txt").startswith("HƯỚNG")
    assert "Kết luận" in extract_text(VN.encode("utf-16"), filename="a.TXT")
    cp = _cp1258("Ban Tuyên giáo hướng dẫn các đảng ủy thực hiện và báo cáo")
    assert "hướng dẫn" in extract_text(cp, filename="a.txt")


def test_it_strips_markdown_and_rejoins_broken_lines() -> None:
    text = extract_text(
        "**HƯỚNG DẪN**\n\n- Định hướng các cơ quan trên địa\n\nbàn tỉnh.".encode(), filename="x.txt"
    )
    assert "**" not in text
    parsed = parse_document(text + "\n")
    assert parsed.document.type == "Hướng dẫn"


def test_it_reads_literal_line_break_escapes_as_spaces() -> None:
    text = (
        "\\r\\n ỦY BAN NHÂN DÂN | \\r\\n CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n\n"
        "\\r\\n Số: 17/KH-UBND \\r\\n | \\r\\n Bắc Kạn, ngày 02 tháng 4 năm 2021 \\r\\n |\n"
        "Thực hiện Chỉ thị số 05-CT/TW\\r\\nngày 15/5/2016, UBND tỉnh xây dựng Kế hoạch như sau:\n"
    )
    parsed = parse_document(text)
    assert "\\" not in extract_text(text.encode(), filename="a.txt")
    assert parsed.document.number == "17/KH-UBND"
    assert parsed.document.type == "Kế hoạch"
    assert parsed.document.place == "Bắc Kạn"


def test_it_reads_html_with_entities_and_block_breaks() -> None:
    html = (
        "<html><head><style>p{}</style><script>var x=1;</script></head><body>"
        "<p>HƯỚNG DẪN</p><div>Ban Tuyên giáo hướng dẫn &amp; đề nghị các đảng ủy xã thực hiện</div>"
        "<table><tr><td>Nơi nhận:</td><td>K/T TRƯỞNG BAN</td></tr></table></body></html>"
    )
    text = extract_text(html.encode(), filename="trang.htm")
    assert "var x" not in text and "p{}" not in text
    assert "hướng dẫn & đề nghị" in text
    assert text.splitlines()[0] == "HƯỚNG DẪN"


def test_it_reads_docx_paragraphs_and_table_cells_in_order() -> None:
    text = extract_text(_docx(), filename="hd.docx")
    lines = text.splitlines()
    assert lines[0] == "HƯỚNG DẪN"
    assert lines.index("Nơi nhận:") < lines.index("K/T TRƯỞNG BAN")
    assert parse_document(text).document.signer.name == "Trần Thị Lan Hương"


def test_it_refuses_a_docx_that_is_not_a_zip() -> None:
    with pytest.raises(DocumentError, match="không hợp lệ"):
        extract_text(b"PK\x03\x04 this is not really a zip", filename="x.docx")


def test_it_refuses_a_docx_with_a_macro() -> None:
    with pytest.raises(DocumentError, match="macro"):
        extract_text(_docx({"word/vbaProject.bin": b"\x00" * 100}), filename="x.docx")


def test_it_refuses_xxe_and_billion_laughs_docx() -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    with pytest.raises(DocumentError, match="DOCTYPE"):
        extract_text(_docx(document_xml=xxe), filename="x.docx")
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a/>'
    )
    with pytest.raises(DocumentError, match="DOCTYPE"):
        extract_text(_docx({"customXml/item9.xml": laughs}), filename="x.docx")


def test_it_refuses_a_zip_bomb_docx() -> None:
    bomb = _docx({"word/media/bomb.xml": b"\x00" * (30 * 1024 * 1024)})
    assert len(bomb) < 1024 * 1024
    with pytest.raises(DocumentError, match="tỷ lệ nén"):
        extract_text(bomb, filename="x.docx")


def test_it_refuses_a_docx_with_too_many_entries() -> None:
    extra = {f"word/x{i}.txt": b"a" for i in range(1001)}
    with pytest.raises(DocumentError, match="quá nhiều thành phần"):
        extract_text(_docx(extra), filename="x.docx")


def test_it_reads_a_text_pdf_and_refuses_a_scanned_one() -> None:
    text = extract_text(
        _pdf("Ban Tuyên giáo hướng dẫn các đảng ủy xã thực hiện Kết luận"), filename="a.pdf"
    )
    assert "Tuyên giáo hướng dẫn" in text
    with pytest.raises(DocumentError, match="không có lớp văn bản"):
        extract_text(_pdf(None), filename="scan.pdf")
    with pytest.raises(DocumentError, match="PDF.*không đọc được"):
        extract_text(b"%PDF-1.4 garbage", filename="bad.pdf")


def test_it_refuses_empty_foreign_unsupported_and_huge_files() -> None:
    with pytest.raises(DocumentError, match="Tệp rỗng"):
        extract_text(b"", filename="a.txt")
    with pytest.raises(DocumentError, match="Tệp rỗng"):
        extract_text(b"  \n\n 123 ", filename="a.txt")
    with pytest.raises(DocumentError, match="không phải tiếng Việt"):
        extract_text(b"The quick brown fox jumps over the lazy dog. " * 20, filename="a.txt")
    with pytest.raises(DocumentError, match="không được hỗ trợ"):
        extract_text(VN.encode(), filename="a.exe")
    start = time.perf_counter()
    with pytest.raises(DocumentError, match="quá lớn"):
        extract_text(b"a" * (UPLOADS["guidance"].max_bytes + 1), filename="big.txt")
    assert time.perf_counter() - start < 2


def test_it_handles_a_pathological_long_line_quickly() -> None:
    start = time.perf_counter()
    parse_document("HƯỚNG DẪN\n" + "Số 1-" * 200_000 + "\n" + "- a" * 300_000)
    assert time.perf_counter() - start < 10
