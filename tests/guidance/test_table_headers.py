"""A header copied from a web page as a table, a page's title run into its first row."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.locate import split_run_in_row

ROW = (
    "| ỦY BAN NHÂN DÂN TỈNH GIA LAI -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do "
    "- Hạnh phúc -------- |\n|---|---|\n| Số: 31/2011/QĐ-UBND | Gia Lai, ngày 10 tháng 11 năm "
    "2011 |\n\nKẾ HOẠCH\n\nTRIỂN KHAI CHẾ ĐỘ MIỄN, GIẢM TIỀN SỬ DỤNG ĐẤT\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Bảo đảm đúng đối tượng.\n"
)


def test_it_reads_the_header_below_a_page_title_in_a_subjects_words() -> None:
    short = "# Về việc ban hành Quy định miễn, giảm tiền sử dụng đất\n\n" + ROW
    long = (
        "# Về việc ban hành Quy định trình tự, thủ tục giải quyết chế độ miễn, giảm tiền sử dụng "
        "đất đối với người có công với cách mạng trên địa bàn tỉnh Gia Lai theo quy định mới\n\n"
    ) + ROW
    for text in (short, long):
        doc = parse_document(text).document
        assert (doc.type, doc.issuer) == ("Kế hoạch", "Ủy ban nhân dân tỉnh Gia Lai")


def test_a_row_is_parted_only_from_a_sentence_before_an_upper_case_cell() -> None:
    run_in = "Về việc phê duyệt Đề án | BAN CHỈ ĐẠO QUỐC GIA ----- | CỘNG HÒA … |"
    assert split_run_in_row([run_in]) == [
        "Về việc phê duyệt Đề án",
        "| BAN CHỈ ĐẠO QUỐC GIA ----- | CỘNG HÒA … |",
    ]
    kept = ["| ỦY BAN NHÂN DÂN | CỘNG HÒA |", "Họ và tên | Chức vụ | Ghi chú |"]
    assert split_run_in_row(kept) == kept
    letter = parse_document(
        "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/UBND-VX\nV/v tuyên truyền bầu cử\n"
        "Lai Châu, ngày 3 tháng 4 năm 2024\nKính gửi: Các sở, ngành.\n"
        "Đề nghị các đơn vị thực hiện.\n"
    )
    assert letter.document.type == "Công văn"


def test_a_header_line_with_its_rule_is_read_without_it() -> None:
    parsed = parse_document(
        "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG -------\nĐẢNG CỘNG SẢN VIỆT NAM ---------------\n"
        "Số: 36-HD/VPTW\nHà Nội, ngày 03 tháng 4 năm 2018\nHƯỚNG DẪN\nthể thức văn bản của Đảng\n"
        "I. HƯỚNG DẪN CHUNG\n1. Phạm vi điều chỉnh\n"
    )
    assert (parsed.document.issuer, parsed.document.type) == (
        "Văn phòng Trung ương Đảng",
        "Hướng dẫn",
    )
    # A name's own dash stays ("Văn hóa - Thể thao").
    other = parse_document(
        "SỞ VĂN HÓA - THỂ THAO TỈNH LAI CHÂU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-SVHTT\n"
        "Lai Châu, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH\nTuyên truyền bầu cử\nI. MỤC ĐÍCH\n"
    )
    assert other.document.issuer == "Sở Văn hóa - Thể thao tỉnh Lai Châu"


def test_a_cell_holding_two_header_parts_is_read_part_by_part() -> None:
    # A Word page's header row: the body, its standing board and the number in one cell, the
    # motto and the dateline in the other.
    doc = parse_document(
        "| ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH BAN THƯỜNG TRỰC Số: 16/KH-MTTQ-BTT | CỘNG HÒA XÃ "
        "HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lương Minh, ngày 18 tháng 11 năm "
        "2025 |\n\nKẾ HOẠCH\n\nThực hiện công tác bầu cử\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
        "1. Bảo đảm đúng luật.\n"
    ).document
    assert (doc.issuer, doc.number, doc.place) == (
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh",
        "16/KH-MTTQ-BTT",
        "Lương Minh",
    )


def test_a_cell_with_prose_beside_a_number_is_not_parted() -> None:
    # "Số:" inside a sentence of a table, the next words lower case: no header part.
    from lantoa.guidance.parsing.tablecells import join_table_cells

    row = "| Kế hoạch của UBND TỈNH Số: 12/KH-UBND về tuyên truyền | Triển khai trong tháng 5 |"
    assert join_table_cells([row]) == [row]


def test_an_ocr_copys_letter_spaced_header_and_signature_are_read() -> None:
    text = (
        "| ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
        "VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n|---|\n| Số: 3210/QĐ-UBND | T hành phố Hồ Chí "
        "M inh, ngày 28 tháng 6 năm 2014 |\n\nQUYẾT ĐỊNH\n\nVỀ BAN HÀNH KẾ HOẠCH NHÀ Ở\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ủy ban nhân dân "
        "Thành phố Hồ Chí Minh ban hành kế hoạch.\n\n| Nơi nhận: - Như Điều 1; - Lưu: VT. | "
        "KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Nguyễn Hữu Tín |\n"
    )
    doc = parse_document(text).document
    assert (doc.issuer, doc.place) == (
        "Ủy ban nhân dân thành phố Hồ Chí Minh",
        "Thành phố Hồ Chí Minh",
    )
    assert (doc.signer.mode, doc.signer.title) == ("K/T", "Phó Chủ tịch")


def test_single_letters_of_an_ordinary_line_stay_apart() -> None:
    from lantoa.guidance.parsing.letterspaced import unspace_letters

    # Points "a", "b" and "c" are no pieces of a word the text spells.
    lines = ["Thực hiện điểm a, b và c khoản 1 Điều 3 của Quyết định này.", "Ban hành kế hoạch."]
    assert unspace_letters(lines) == lines
