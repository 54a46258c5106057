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
