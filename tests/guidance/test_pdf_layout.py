"""A PDF whose header and signature are laid out in two columns is read column by column."""

from __future__ import annotations

from datetime import date

import pytest

from lantoa.guidance.parsing import extract_text, parse_document
from lantoa.guidance.parsing.pdflayout import columns_in_order, in_drawing_order

weasyprint = pytest.importorskip("weasyprint")


def _row(left: str, right: str, align: str = "center") -> str:
    # One line holding both columns, so the PDF's text runs line by line across the page,
    # as word processors write a header table (the flat stream the issue describes).
    return (
        f'<div class="row"><span class="l" style="text-align:{align}">{left}</span>'
        f'<span class="r">{right}</span></div>'
    )


def _pdf() -> bytes:
    html = (
        "<html><head><style>@page{size:A4;margin:2cm} body{font-family:'DejaVu Serif';"
        "font-size:12pt} .row{display:flex} .l{width:45%;text-align:center} .r{width:55%;"
        "text-align:center} p{text-align:justify;margin:0 0 6pt}</style></head><body>"
        + _row("TỈNH ỦY LÀO CAI", "ĐẢNG CỘNG SẢN VIỆT NAM")
        + _row("*", "")
        + _row("Số 12-CTr/TU", "<i>Lào Cai, ngày 02 tháng 3 năm 2026</i>")
        + '<p style="text-align:center"><b>CHƯƠNG TRÌNH HÀNH ĐỘNG</b><br>thực hiện Kết luận '
        "số 51-KL/TW của Bộ Chính trị</p><p>I. MỤC ĐÍCH, YÊU CẦU</p><p>1. Quán triệt sâu sắc "
        "Kết luận số 51-KL/TW, ngày 17/6/2026 của Bộ Chính trị và Kết luận số<br>75-KL/TW, ngày "
        "12/4/2024 của Bộ Chính trị trong toàn Đảng bộ tỉnh và Nhân dân.</p>"
        "<p>II. TỔ CHỨC THỰC HIỆN</p><p>1. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy "
        "xây dựng kế hoạch thực hiện.</p>"
        + _row("<b><i>Nơi nhận:</i></b>", "<b>T/M BAN THƯỜNG VỤ</b>", "left")
        + _row("- Ban Bí thư Trung ương Đảng;", "<b>BÍ THƯ</b>", "left")
        + _row("- Các huyện ủy, thành ủy;", "", "left")
        + _row("- Lưu Văn phòng Tỉnh ủy.", "", "left")
        + _row("", "<b>Đặng Xuân Phong</b>")
        + "</body></html>"
    )
    return weasyprint.HTML(string=html).write_pdf()


@pytest.fixture(scope="module")
def parsed():  # noqa: ANN201
    """Return the parse of the two-column PDF read through the upload's text reader."""
    return parse_document(extract_text(_pdf(), filename="ctr-12.pdf"))


def test_it_separates_the_header_columns(parsed) -> None:  # noqa: ANN001
    doc = parsed.document
    assert doc.issuer == "Tỉnh ủy Lào Cai"
    assert (doc.type, doc.number, doc.place, doc.date) == (
        "Chương trình hành động",
        "12-CTr/TU",
        "Lào Cai",
        date(2026, 3, 2),
    )


def test_it_separates_the_signature_block_from_the_recipients(parsed) -> None:  # noqa: ANN001
    signer = parsed.document.signer
    assert (signer.mode, signer.title, signer.name) == ("T/M", "Bí thư", "Đặng Xuân Phong")
    assert parsed.recipients == [
        "Ban Bí thư Trung ương Đảng",
        "Các huyện ủy, thành ủy",
        "Lưu Văn phòng Tỉnh ủy",
    ]


def test_it_does_not_read_a_cited_number_at_a_line_start_as_an_item(parsed) -> None:  # noqa: ANN001
    part = parsed.sections[0]
    assert [child.label for child in part.children] == ["1"]
    refs = [r.number for r in parsed.references]
    assert "75-KL/TW" in refs


def test_it_keeps_a_centred_title_out_of_the_left_column() -> None:
    page = (
        "           TỈNH ỦY LÀO CAI                     ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "                    *                       Lào Cai, ngày 02 tháng 3 năm 2026\n"
        "             Số 12-CTr/TU\n"
        "                       CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
    )
    assert [line for line in columns_in_order(page).split("\n") if line] == [
        "TỈNH ỦY LÀO CAI",
        "*",
        "Số 12-CTr/TU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Lào Cai, ngày 02 tháng 3 năm 2026",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG",
    ]


def test_it_reads_a_line_the_layout_text_scrambles_in_its_drawing_order() -> None:
    # pypdf's layout text of a Word PDF: a bold heading's pieces placed out of order, words run
    # together; the page's plain text draws the same letters in order.
    laid_out = (
        "CÁC  CỦA THỂ CỤNHIỆM VỤIII.  TRONG CÔNG TÁC RÀ CẤP ỦY\n1. Chi bộ (kể cả chi bộ cơ sở)"
    )
    plain = "III. NHIỆM VỤ CỤ THỂ CỦA CÁC CẤP ỦY TRONG CÔNG TÁC RÀ \n1. Chi bộ (kể cả chi bộ cơ sở)"
    assert in_drawing_order(laid_out, plain).split("\n") == [
        "III. NHIỆM VỤ CỤ THỂ CỦA CÁC CẤP ỦY TRONG CÔNG TÁC RÀ",
        "1. Chi bộ (kể cả chi bộ cơ sở)",
    ]
    # Two columns the layout text parts stay apart: the plain line holds both.
    header = "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM"
    assert in_drawing_order(header, "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM") == header
