"""A letter's header as a blog or page copied it (parsing/header.py): its date line and subject."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document

_HEADER = (
    "BỘ NỘI VỤ\nVỤ TỔ CHỨC\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 415/VTC-TH\n"
)
_BODY = (
    "Kính gửi: Sở Nội vụ tỉnh Phú Thọ.\n"
    "Trả lời công văn số 88/SNV-TCBC ngày 02/3/2019 của Sở Nội vụ, Vụ có ý kiến như sau:\n"
    "Vụ đã có công văn số 120/VTC-TH ngày 15/01/2018 hướng dẫn việc này.\n"
)


def test_it_reads_the_header_below_a_subject_broken_after_its_label() -> None:
    parsed = parse_document(
        _HEADER + "V/v\n: Góp ý dự thảo quy chế.\nHà Nội, ngày 12 tháng 03 năm 2019\n" + _BODY
    )
    doc = parsed.document
    assert (doc.number, doc.date, doc.place) == ("415/VTC-TH", date(2019, 3, 12), "Hà Nội")


def test_a_sentence_below_the_number_still_ends_the_header() -> None:
    # Only the line right under a bare "V/v" is the subject's: a sentence elsewhere ends the
    # header as before, and the date line after it is the body's.
    parsed = parse_document(
        _HEADER + "Góp ý dự thảo quy chế.\nHà Nội, ngày 12 tháng 03 năm 2019\n" + _BODY
    )
    assert parsed.document.place is None


def test_it_skips_the_page_date_line_above_a_copied_letter() -> None:
    parsed = parse_document(
        "Thứ Ba, 26 tháng 3, 2019\n\nCông văn Số: 415/VTC-TH V/v: Góp ý dự thảo quy chế.\n\n"
        + _HEADER
        + "V/v: Góp ý dự thảo quy chế.\nHà Nội, ngày 12 tháng 03 năm 2019\n"
        + _BODY
    )
    doc = parsed.document
    assert (doc.number, doc.date, doc.place) == ("415/VTC-TH", date(2019, 3, 12), "Hà Nội")


def test_a_dated_line_that_says_more_is_no_page_date_line() -> None:
    # "Thứ Ba, 26 tháng 3, 2019, Vụ Tổ chức …" is a sentence of the page, not its date line.
    parsed = parse_document(
        "Thứ Ba, 26 tháng 3, 2019, Vụ Tổ chức gửi văn bản góp ý.\n\n"
        "Công văn Số: 415/VTC-TH V/v: Góp ý dự thảo quy chế.\n\n"
        + _HEADER
        + "V/v: Góp ý dự thảo quy chế.\nHà Nội, ngày 12 tháng 03 năm 2019\n"
        + _BODY
    )
    assert parsed.document.place is None


def test_a_header_without_its_kind_line_takes_the_kind_its_symbol_names() -> None:
    # "| Số: 3557/QĐ-BYT | Hà Nội, ngày …" over "VỀ VIỆC CHO PHÉP …", no "QUYẾT ĐỊNH" (dev48).
    decision = parse_document(
        "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 3557/QĐ-BYT\nHà Nội, ngày 14 tháng 11 năm 2025\n"
        "VỀ VIỆC CHO PHÉP KÝ KẾT BẢN GHI NHỚ HỢP TÁC\nBỘ TRƯỞNG BỘ Y TẾ\n"
        "Căn cứ Nghị định số 42/2025/NĐ-CP ngày 27/02/2025 của Chính phủ;\nQUYẾT ĐỊNH:\n"
        "1. Cho phép ký kết Bản ghi nhớ.\n"
    ).document
    letter = parse_document(
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 5964/UBND-VX\nV/v hướng dẫn nghi lễ Quốc tang\n"
        "Lâm Đồng, ngày 08 tháng 10 năm 2013\nKính gửi: Các sở, ban, ngành.\n"
    ).document
    assert (decision.type, decision.number) == ("Quyết định", "3557/QĐ-BYT")
    assert letter.type == "Công văn"


def test_it_names_the_peoples_committee_for_its_chairmans_decision() -> None:
    # "CHỦ TỊCH ỦY BAN / NHÂN DÂN / TỈNH GIA LAI": the chairman decides for the committee, whose
    # name is the issuer (the portal may break "ỦY / BAN" too), not "Chủ tịch …" or "Ban …".
    for top in (
        "CHỦ TỊCH ỦY BAN\nNHÂN DÂN\nTỈNH GIA LAI",
        "CHỦ TỊCH ỦY\nBAN NHÂN DÂN\nTỈNH GIA LAI",
    ):
        parsed = parse_document(
            f"{top}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 44/2025/QĐ-CTUBND\nGia Lai, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
            "PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH TRONG QUẢN LÝ, SỬ DỤNG TÀI SẢN CÔNG\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
            "Điều 1. Phân cấp thẩm quyền quyết định giao tài sản bằng hiện vật.\n"
        )
        assert parsed.document.issuer == "Ủy ban nhân dân tỉnh Gia Lai", top
