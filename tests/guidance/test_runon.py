"""A crawled page's header whose parts run on in a few lines (thuvienphapluat.vn's saved text)."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.runon import unrun_header

LETTER = (
    "Công văn 512/BXD-QLN\n"
    "BỘ XÂY DỰNG --------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------------\n"
    "Số: 512/BXD-QLN V/v hướng dẫn thực hiện chính sách nhà ở\n"
    "Hà Nội, ngày 12 tháng 3 năm 2021 Kính gửi: Sở Xây dựng các tỉnh, thành phố.\n"
    "Bộ Xây dựng hướng dẫn một số nội dung như sau:\n"
    "1. Về hồ sơ đề nghị.\n"
)
RESOLUTION = (
    "Nghị quyết 45/2021/QH15\n"
    "QUỐC HỘI -------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc -------- Nghị quyết số:\n"
    "45/2021/QH15\n"
    "Hà Nội, ngày 16 tháng 6 năm 2021 NGHỊ QUYẾT VỀ CHƯƠNG TRÌNH GIÁM SÁT QUỐC HỘI\n"
    "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
    "QUYẾT NGHỊ:\n"
    "Điều 1. Phạm vi điều chỉnh\n"
)


def test_it_reads_a_crawled_header_whose_parts_run_on() -> None:
    letter = parse_document(LETTER).document
    assert (letter.type, letter.number) == ("Công văn", "512/BXD-QLN")
    assert (letter.issuer or "").lower() == "bộ xây dựng"
    assert (str(letter.date), letter.place) == ("2021-03-12", "Hà Nội")
    resolution = parse_document(RESOLUTION).document
    assert (resolution.type, resolution.number) == ("Nghị quyết", "45/2021/QH15")
    assert (str(resolution.date), resolution.place) == ("2021-06-16", "Hà Nội")
    assert (resolution.issuer or "").lower() == "quốc hội"
    lines, _flat = unrun_header(RESOLUTION.splitlines(), False)
    assert lines[3:6] == [
        "Số: 45/2021/QH15",
        "Hà Nội, ngày 16 tháng 6 năm 2021",
        "NGHỊ QUYẾT VỀ CHƯƠNG TRÌNH GIÁM SÁT QUỐC HỘI",
    ]


def test_a_header_one_part_a_line_in_a_table_or_flat_stays_as_it_is() -> None:
    parted = [
        "BỘ XÂY DỰNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 512/BXD-QLN",
        "Hà Nội, ngày 12 tháng 3 năm 2021",
        "Kính gửi: Sở Xây dựng các tỉnh, thành phố.",
    ]
    assert unrun_header(parted, False) == (parted, False)
    # The dateline runs on into no salutation and no title: the line is left whole.
    dated = [*parted[:4], "Hà Nội, ngày 12 tháng 3 năm 2021 (bản in)"]
    assert unrun_header(dated, False) == (dated, False)
    row = [
        "| ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự"
        " do - Hạnh phúc --------------- |",
        "Số: 254/QĐ-UBND",
        "Sơn La, ngày 17 tháng 02 năm 2023 QUYẾT ĐỊNH",
    ]
    assert unrun_header(row, False) == (row, False)
    flat = ["BỘ XÂY DỰNG Số: 5/BXD Hà Nội, ngày 1 tháng 2 năm 2021 Kính gửi: …"]
    assert unrun_header(flat, True) == (flat, True)


DIRECTIVE = (
    "Chỉ thị 299/TTg\n"
    "PHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc -------\n"
    "Số:\n"
    "299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC RUỘNG ĐẤT Ngày 24 "
    "tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác thống kê.\n"
    "1. Các ngành, các cấp thực hiện tốt những việc sau đây.\n"
)


def test_it_keeps_a_symbol_ending_in_a_capitalised_word_off_the_dateline() -> None:
    document = parse_document(DIRECTIVE).document
    assert (document.number, document.place) == ("299/TTg", "Hà Nội")
    assert str(document.date) == "1980-11-10"


def test_it_ends_an_upper_case_title_before_the_date_opening_the_text() -> None:
    assert parse_document(DIRECTIVE).document.type == "Chỉ thị"
    lines, _flat = unrun_header(DIRECTIVE.splitlines(), False)
    assert "CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC RUỘNG ĐẤT" in lines
    # A date in capitals inside the title stays in it.
    plan = DIRECTIVE.replace("RUỘNG ĐẤT Ngày 24", "THEO KẾ HOẠCH NGÀY 18 THÁNG 12 CỦA BỘ Ngày 24")
    assert (
        "CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC THEO KẾ HOẠCH NGÀY 18 THÁNG 12 CỦA BỘ"
        in (unrun_header(plan.splitlines(), False)[0])
    )


def test_a_place_starting_its_own_word_still_starts_the_dateline() -> None:
    directive = DIRECTIVE.replace("299/TTg Hà Nội", "299/CT-UBND Đà Nẵng")
    document = parse_document(directive).document
    assert (document.number, document.place) == ("299/CT-UBND", "Đà Nẵng")


def test_it_reads_the_number_run_onto_the_motto_above_a_dateline_alone() -> None:
    # No caption line above it gives the number this time (a crawl's caption may be cut off).
    decree = parse_document(
        "CHÍNH PHỦ -------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        "Số: 99/2026/NĐ-CP\n"
        "Hà Nội, ngày 10 tháng 3 năm 2026\n"
        "NGHỊ ĐỊNH QUY ĐỊNH VỀ QUẢN LÝ THƯ VIỆN CỘNG ĐỒNG\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
        "Điều 1. Phạm vi điều chỉnh\n"
    ).document
    assert (decree.type, decree.number, decree.issuer) == (
        "Nghị định",
        "99/2026/NĐ-CP",
        "Chính phủ",
    )
    assert (str(decree.date), decree.place) == ("2026-03-10", "Hà Nội")


def test_a_dateline_alone_under_a_motto_without_a_number_stays_as_it_is() -> None:
    parted = [
        "CHÍNH PHỦ -------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
        "Số: 99/2026/NĐ-CP",
        "Hà Nội, ngày 10 tháng 3 năm 2026",
    ]
    assert unrun_header(parted, False) == (parted, False)
