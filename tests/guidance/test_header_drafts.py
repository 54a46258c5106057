"""A draft's header (parsing/header.py): its blank day and its "DỰ THẢO" mark."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document

_DRAFT = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG\nLONG ANH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nSố:      /BC-UBND\n"
    "        Long Anh, ngày       tháng 01 năm 2024\n     DỰ THẢO BÁO CÁO\n"
    "Đánh giá kết quả xây dựng phường đạt chuẩn tiếp cận pháp luật năm 2023\n\n"
    "Ủy ban nhân dân phường Long Anh báo cáo kết quả như sau:\nI. KẾT QUẢ\n1. Nội dung.\n"
)


def test_a_drafts_blank_day_names_the_place_and_no_date() -> None:
    doc = parse_document(_DRAFT).document
    assert (doc.place, doc.date) == ("Long Anh", None)


def test_a_drafts_mark_is_no_part_of_the_issuers_name() -> None:
    assert parse_document(_DRAFT).document.issuer == "Ủy ban nhân dân phường Long Anh"


def test_a_template_dateline_with_no_place_names_none() -> None:
    # "………, ngày ….. tháng ……. năm 2021": a form's blank, no place yet.
    doc = parse_document(
        "UBND TỈNH QUẢNG NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:    /KH-UBND\n"
        "………, ngày ….. tháng ……. năm 2021\nKẾ HOẠCH\nTổ chức hội thi\nI. MỤC ĐÍCH\n- Nội dung.\n"
    ).document
    assert (doc.place, doc.date) == (None, None)


def test_a_title_on_drafts_leaves_a_dated_header_as_it_was() -> None:
    # Only "DỰ THẢO" opening a line of the header marks a draft; a title's words do not.
    doc = parse_document(
        "UBND TỈNH ĐIỆN BIÊN\nSỞ TƯ PHÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/KH-STP\nĐiện Biên, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH\nThẩm định dự thảo văn bản\n"
        "I. MỤC ĐÍCH\n- Nội dung.\n"
    ).document
    assert (doc.issuer, doc.place) == ("Sở Tư pháp tỉnh Điện Biên", "Điện Biên")
