"""The header's date (parsing/header.py): a date line, not a page title that holds a date."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document


def test_it_takes_no_date_from_a_web_page_title() -> None:
    parsed = parse_document(
        "# Việc tổ chức lựa chọn nhà thầu trên Hệ thống mạng đấu thầu quốc gia kể từ ngày "
        "01/7/2025 được thực hiện thế nào?\n\nTheo đó, các chủ đầu tư thực hiện như sau.\n"
    )
    assert parsed.document.date is None


def test_it_still_reads_a_date_line_of_its_own() -> None:
    parsed = parse_document(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 45-HD/BTCTW\n"
        "ngày 21 tháng 11 năm 2025\nHƯỚNG DẪN\nmột số nội dung\nI. Về phân cấp\n- Nội dung.\n"
    )
    assert parsed.document.date == date(2025, 11, 21)
