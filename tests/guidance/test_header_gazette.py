"""A gazette's title (parsing/header.py): issuer, number and day named before the subject."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document


def test_it_reads_the_number_and_day_a_gazette_title_names() -> None:
    doc = parse_document(
        "CHỈ THỊ\nCỦA\nTHỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\n"
        "NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH\n"
        "Thực hiện Nghị quyết của Quốc hội, Chính phủ đã ban hành các cơ chế chính sách mới.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Chỉ thị", "16/2001/CT-TTG", date(2001, 6, 21))
    assert doc.title == "XÂY DỰNG KẾ HOẠCH"


def test_a_title_citing_another_number_after_of_is_no_gazette_title() -> None:
    # "… CỦA BAN CHẤP HÀNH … THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW": the cited resolution's number.
    doc = parse_document(
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW\n"
        "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Tỉnh ủy ban hành Chương trình.\n"
    ).document
    assert doc.number is None


GAZETTE_HEADER = (
    "CÔNG BÁO/Số 120/Ngày 05-3-2026\n15\nVĂN BẢN QUY PHẠM PHÁP LUẬT\nBỘ NỘI VỤ\nBỘ NỘI VỤ\n"
    "Số: 03/2026/TT-BNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 02 tháng 3 năm 2026\nTHÔNG TƯ\nHướng dẫn quản lý hồ sơ cán bộ\n"
    "Căn cứ Luật Cán bộ, công chức;\n"
)


def test_it_reads_the_issuer_below_a_gazettes_section_heading() -> None:
    doc = parse_document(GAZETTE_HEADER).document
    assert (doc.issuer, doc.number) == ("Bộ Nội vụ", "03/2026/TT-BNV")


def test_a_body_whose_name_holds_the_heading_s_words_keeps_them() -> None:
    text = GAZETTE_HEADER.replace(
        "VĂN BẢN QUY PHẠM PHÁP LUẬT\nBỘ NỘI VỤ\nBỘ NỘI VỤ\n",
        "HỘI ĐỒNG THẨM ĐỊNH VĂN BẢN QUY PHẠM PHÁP LUẬT\n",
    )
    issuer = parse_document(text).document.issuer or ""
    assert issuer.lower() == "hội đồng thẩm định văn bản quy phạm pháp luật"


STANDING_COMMITTEE = (
    "VĂN BẢN QUY PHẠM PHÁP LUẬT\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n"
    "Nghị quyết số: 89/2025/UBTVQH15\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nNGHỊ QUYẾT\nVề mức chi tổ chức và hoạt động bảo hiểm xã hội\n"
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Luật Bảo hiểm xã hội số 41/2024/QH15;\n"
)


def test_it_reads_a_resolutions_number_line_that_names_its_type() -> None:
    # The Quốc hội's and its standing committee's texts print "Nghị quyết số: …", "Luật số: …".
    doc = parse_document(STANDING_COMMITTEE).document
    assert doc.number == "89/2025/UBTVQH15"
    assert (doc.issuer or "").lower() == "ủy ban thường vụ quốc hội"


def test_a_cited_law_with_its_number_is_no_number_line() -> None:
    text = STANDING_COMMITTEE.replace("Nghị quyết số: 89/2025/UBTVQH15\n", "")
    assert parse_document(text).document.number is None


PASSED = (
    "Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa "
    "XV, phiên họp thứ 47 thông qua ngày 10 tháng 7 năm 2025.\n"
    "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\nTrần Thanh Mẫn\n"
)


def test_a_resolution_without_a_dateline_is_dated_by_the_day_it_passed() -> None:
    doc = parse_document(STANDING_COMMITTEE + "Điều 1. Mức chi tổ chức.\n" + PASSED).document
    assert doc.date == date(2025, 7, 10)
    assert doc.place is None


def test_a_dateline_wins_over_the_day_a_text_passed() -> None:
    dated = STANDING_COMMITTEE.replace(
        "Độc lập - Tự do - Hạnh phúc\n",
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 15 tháng 7 năm 2025\n",
    )
    doc = parse_document(dated + "Điều 1. Mức chi tổ chức.\n" + PASSED).document
    assert doc.date == date(2025, 7, 15)


GOVERNMENT = (
    "CHÍNH PHỦ\nSố: 66.17/2026/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 15 tháng 5 năm 2026\nNGHỊ QUYẾT\n"
    "Cắt giảm, sửa đổi ngành, nghề đầu tư kinh doanh có điều kiện\n"
    "Căn cứ Luật Đầu tư số 143/2025/QH15;\n"
)


def test_it_reads_the_number_of_a_resolution_in_a_numbered_series() -> None:
    assert parse_document(GOVERNMENT).document.number == "66.17/2026/NQ-CP"


def test_a_number_line_without_a_series_reads_as_before() -> None:
    text = GOVERNMENT.replace("66.17/2026/NQ-CP", "16/2026/NQ-CP")
    assert parse_document(text).document.number == "16/2026/NQ-CP"
