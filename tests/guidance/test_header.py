"""The header's date (parsing/header.py): a date line, not a page title that holds a date."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.namecheck import place_checked


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


def test_it_takes_no_date_from_a_page_heading_and_joins_a_split_type_word() -> None:
    assert (
        parse_document(
            "## Điểm tin kinh tế nổi bật ngày 17/12/2025\n\nGiá vàng tăng.\n"
        ).document.date
        is None
    )
    parsed = parse_document(
        "BỘ CÔNG\nTHƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 58/2025/TT-BCT\n"
        "Hà Nội, ngày 02 tháng 12 năm 2025\nTHÔNG\nTƯ\nQUY ĐỊNH PHƯƠNG PHÁP XÁC ĐỊNH GIÁ\n"
        "Căn cứ Luật Điện lực;\nĐiều 1. Phạm vi điều chỉnh\n"
    )
    doc = parsed.document
    assert (doc.type, doc.number, doc.date) == ("Thông tư", "58/2025/TT-BCT", date(2025, 12, 2))
    assert doc.issuer is not None and doc.issuer.casefold() == "bộ công thương"


def test_it_reads_the_place_and_date_below_a_subject_ending_in_a_full_stop() -> None:
    doc = parse_document(
        "BỘ NỘI VỤ\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số:10988/BNV-CQĐP\nV/v tuyên truyền chủ trương, chính sách của Đảng, Nhà nước.\n"
        "Hà Nội, ngày 21 tháng 11 năm 2025\nKính gửi: Báo Nhân dân.\n"
        "Thời gian gần đây, trên các trang mạng xã hội xuất hiện thông tin sai lệch.\n"
    ).document
    assert (doc.number, doc.place, doc.date) == ("10988/BNV-CQĐP", "Hà Nội", date(2025, 11, 21))


def test_it_leaves_an_unknown_type_line_below_the_number_and_date_out_of_the_issuer() -> None:
    doc = parse_document(
        "TỈNH ỦY LÀO CAI\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-QT/TU\n"
        "Lào Cai, ngày 02 tháng 3 năm 2026\nQUY TRÌNH\nvề công tác văn thư\n"
        "- Căn cứ Điều lệ Đảng;\nI. MỤC ĐÍCH\n1. Mục đích\nNâng cao nhận thức.\n"
    ).document
    assert (doc.issuer, doc.number) == ("Tỉnh ủy Lào Cai", "12-QT/TU")


def test_it_leaves_the_rest_of_a_spaced_number_out_of_the_place() -> None:
    doc = parse_document(
        "BAN CHẤP HÀNH TRUNG ƯƠNG          ĐOÀN TNCS HỒ CHÍ MINH\n***\n"
        "Số: 225 - KH/TWĐTN-CTTN          Hà Nội, ngày 16 tháng 5 năm 2024\n"
        "KẾ HOẠCH\nTổ chức các hoạt động hè\nI. MỤC ĐÍCH, YÊU CẦU\n1. Hưởng ứng Tháng hành động.\n"
    ).document
    assert (doc.number, doc.place, doc.date) == ("225-KH/TWĐTN-CTTN", "Hà Nội", date(2024, 5, 16))


def test_it_takes_no_issuer_from_a_page_heading_without_motto_number_or_date() -> None:
    doc = parse_document(
        "THÔNG TIN THỜI SỰ TUẦN THỨ 02 THÁNG 03/2024\n(Các sự kiện nổi bật trong tuần)\n"
        "I.\nTIN THẾ GIỚI\n1.\nHội nghị Cấp cao đặc biệt ASEAN - Australia được tổ chức.\n"
    ).document
    assert doc.issuer is None


def test_it_still_takes_the_issuer_of_a_draft_or_of_a_header_above_a_title() -> None:
    draft = parse_document(
        "BAN TUYÊN GIÁO TỈNH ỦY\nSố:     -HD/BTGTU\nĐiện Biên, ngày     tháng     năm 2026\n"
        "HƯỚNG DẪN\ntuyên truyền kỷ niệm\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n"
    ).document
    titled = parse_document(
        "BAN TUYÊN GIÁO TỈNH ỦY\nHƯỚNG DẪN\ntuyên truyền kỷ niệm\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Nâng cao nhận thức.\n"
    ).document
    assert draft.issuer == titled.issuer == "Ban Tuyên giáo Tỉnh ủy"


def test_it_takes_the_issuer_above_a_subject_line_without_number_or_date() -> None:
    doc = parse_document(
        "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nV/v tuyên truyền kỷ niệm ngày thành lập\n"
        "Kính gửi: Các sở, ban, ngành tỉnh\n"
        "Để tổ chức tốt các hoạt động, Ủy ban nhân dân tỉnh đề nghị các đơn vị thực hiện.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Công văn", "Ủy ban nhân dân tỉnh Điện Biên")


def test_it_takes_no_place_or_date_from_a_page_dated_by_its_weekday() -> None:
    doc = parse_document(
        "Chủ Nhật, ngày 24 tháng 10 năm 2021\n\nTPHCM đẩy mạnh tuyên truyền\n\n"
        "Ngày 4/6, Sở Thông tin và Truyền thông TPHCM ban hành Công văn số 1209/STTTT-BC đề nghị "
        "các đơn vị đẩy mạnh tuyên truyền.\n"
    ).document
    assert (doc.number, doc.date, doc.place) == ("1209/STTTT-BC", None, None)
    dated = parse_document(
        "UBND TỈNH LẠNG SƠN\nSố: 12/KH-UBND\nLạng Sơn, ngày 3 tháng 2 năm 2024\n"
    )
    assert (dated.document.place, dated.document.date) == ("Lạng Sơn", date(2024, 2, 3))


def test_it_takes_no_date_from_a_dateline_alone_above_a_news_story() -> None:
    parsed = parse_document(
        "Hải Phòng, ngày 27 tháng 02 năm 2020\n\nSáng 24/7, Quận ủy tổ chức Hội nghị quán triệt "
        "Nghị quyết 45 của Bộ Chính trị.\n"
    )
    assert (parsed.document.date, parsed.document.place) == (None, None)
    assert "Hải Phòng, ngày 27 tháng 02 năm 2020" in parsed.unparsed
    titled = parse_document(
        "Hải Phòng, ngày 27 tháng 02 năm 2020\nKẾ HOẠCH\ntuyên truyền Đại hội\n"
        "Thực hiện Nghị quyết 45 của Bộ Chính trị.\n"
    ).document
    assert (titled.date, titled.place) == (date(2020, 2, 27), "Hải Phòng")


def test_it_reads_the_body_s_name_from_lines_it_shares_with_the_motto() -> None:
    doc = parse_document(
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH LAI CHÂU Độc Lập - Tự Do - Hạnh Phúc\n"
        "Số: 454/UBND-VX Lai Châu, ngày 6 tháng 4 năm 2025\n"
        "V/v tuyên truyền kỷ niệm các ngày lễ lớn\n"
        "Kính gửi: Sở Văn hóa, Thể thao và Du lịch.\n"
    ).document
    assert (doc.issuer, doc.number, doc.place) == (
        "Ủy ban nhân dân tỉnh Lai Châu",
        "454/UBND-VX",
        "Lai Châu",
    )


def test_it_parts_a_left_column_name_from_the_place_sharing_its_row() -> None:
    doc = parse_document(
        "ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "BAN CHẤP HÀNH ĐẢNG BỘ XÃ MƯỜNG SO         Mường So, ngày 15  tháng 02  năm 2025\n"
        "Số: 12-KH/ĐU\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2025\n"
    ).document
    assert (doc.place, doc.date) == ("Mường So", date(2025, 2, 15))
    assert doc.issuer is not None and doc.issuer.casefold() == "ban chấp hành đảng bộ xã mường so"


def test_it_takes_no_place_from_a_sentence_that_holds_a_date() -> None:
    doc = parse_document(
        "Nhằm đảm bảo tổ công tác tuyên truyền phục vụ Tết Nguyên đán 2025, ngày 21/01/2025 Ủy ban "
        "nhân dân xã đã ban hành kế hoạch số 05/KH-UBND về việc tuyên truyền Tết.\n"
    ).document
    assert doc.place is None


def test_it_reads_an_open_letter_as_a_type_of_its_own() -> None:
    doc = parse_document(
        "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nMường Tè, ngày 10 tháng 3 năm 2025\nTHƯ NGỎ\n"
        "Kính gửi: các doanh nghiệp trên địa bàn huyện.\n"
    ).document
    assert doc.type == "Thư ngỏ"
    assert doc.issuer is not None and doc.issuer.casefold() == "ủy ban nhân dân huyện mường tè"


def test_it_names_a_school_by_itself_under_its_commune() -> None:
    doc = parse_document(
        "UBND XÃ MƯỜNG SO\nTRƯỜNG THCS MƯỜNG SO\nSố: 08/KH-THCS\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n"
        "Mường So, ngày 04 tháng 09 năm 2025\nKẾ HOẠCH\nGiáo dục năm học 2025 – 2026\n"
    ).document
    assert doc.issuer is not None and doc.issuer.casefold() == "trường thcs mường so"


def _issuer(*org: str) -> str | None:
    lines = [
        *org,
        "*",
        "Số 45-KH/ĐU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Điện Biên, ngày 2 tháng 3 năm 2025",
    ]
    return parse_document(
        "\n".join([*lines, "KẾ HOẠCH", "Tuyên truyền Kết luận 51"])
    ).document.issuer


def test_it_takes_the_lower_header_line_when_it_is_a_body_of_its_own() -> None:
    # The upper line names the body the issuer answers to (Hướng dẫn 36-HD/VPTW).
    assert _issuer("ĐẢNG BỘ TỈNH ĐIỆN BIÊN", "ĐẢNG ỦY XÃ THANH NƯA") == "Đảng ủy xã Thanh Nưa"
    assert _issuer("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY SỞ TƯ PHÁP") == "Đảng ủy Sở Tư pháp"
    assert _issuer("BỘ Y TẾ", "CỤC QUẢN LÝ DƯỢC") == "Cục Quản lý dược"
    assert _issuer("MẶT TRẬN TỔ QUỐC VIỆT NAM", "ỦY BAN MTTQ TỈNH ĐIỆN BIÊN") == (
        "Ủy ban MTTQ tỉnh Điện Biên"
    )
    assert _issuer("UBND HUYỆN MƯỜNG NHÉ", "TRƯỜNG THCS SEN THƯỢNG") == "Trường THCS Sen Thượng"


def test_it_names_a_unit_after_the_body_it_belongs_to() -> None:
    assert _issuer("TỈNH ỦY ĐIỆN BIÊN", "BAN TUYÊN GIÁO VÀ DÂN VẬN") == (
        "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên"
    )
    assert _issuer("UBND TỈNH ĐIỆN BIÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO") == (
        "Sở Giáo dục và Đào tạo tỉnh Điện Biên"
    )
    assert _issuer("CÔNG AN TỈNH ĐIỆN BIÊN", "PHÒNG THAM MƯU") == (
        "Phòng Tham mưu Công an tỉnh Điện Biên"
    )
    # A name wrapped onto a second line is one name.
    assert (
        _issuer("HỘI LIÊN HIỆP PHỤ NỮ", "TỈNH ĐIỆN BIÊN") == "Hội Liên hiệp phụ nữ tỉnh Điện Biên"
    )


def test_it_takes_no_place_from_words_before_a_date_in_running_text() -> None:
    assert place_checked("tổ công tác tuyên truyền phục vụ Tết nguyên đán Tân Sửu 2021") is None
    assert place_checked("Đội tuyên truyền lưu động của huyện") is None
    assert place_checked("Thành phố Hồ Chí Minh") == "Thành phố Hồ Chí Minh"
    assert place_checked("Thanh Nưa") == "Thanh Nưa"


def test_it_ends_a_decision_s_title_at_the_body_deciding_and_names_it_when_the_header_did_not() -> (
    None
):
    parsed = parse_document(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 05/2013/QĐ-UBND | Ninh Thuận, ngày 06 tháng 02 năm 2013 |\nQUYẾT ĐỊNH\n"
        "BAN HÀNH QUY ĐỊNH VỀ LẬP KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI\n"
        "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    doc = parsed.document
    assert doc.title == "BAN HÀNH QUY ĐỊNH VỀ LẬP KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI"
    assert doc.issuer == "Ủy ban nhân dân tỉnh Ninh Thuận"


def test_it_takes_no_issuer_from_the_office_deciding() -> None:
    doc = parse_document(
        "Số: 12/QĐ-UBND\nĐiện Biên, ngày 2 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc khen thưởng\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nCăn cứ Luật Thi đua, khen thưởng;\n"
    ).document
    assert doc.title == "khen thưởng" and doc.issuer is None


def test_it_keeps_a_commune_s_name_the_page_gave_before_its_level_alone() -> None:
    doc = parse_document(
        "Chiều ngày 21/12/2022 Đảng ủy xã Bình Sơn tổ chức học tập Nghị quyết.\n"
        "Đảng ủy xã xây dựng Kế hoạch số 44-KH/ĐU ngày 19/12/2022 về học tập Nghị quyết.\n"
    ).document
    assert (doc.number, doc.issuer) == ("44-KH/ĐU", "Đảng ủy xã Bình Sơn")


def test_it_skips_a_page_s_capital_labels_above_the_header() -> None:
    doc = parse_document(
        "Luật công đoàn mới nhất\nMỤC LỤC VĂN BẢN\nIn mục lục\n"
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 1271/HD-TLĐ\nHà Nội, ngày 7 tháng 8 năm 2017\nHƯỚNG DẪN\nCông đoàn với ban thanh tra\n"
    ).document
    assert doc.issuer == "Tổng liên đoàn lao động Việt Nam"


def test_it_puts_a_name_wrapped_in_the_header_back_on_one_line() -> None:
    # Which words of a school's own name are proper names the reader cannot know: case aside.
    school = _issuer("UBND THÀNH PHỐ HỒ CHÍ MINH", "TRƯỜNG CAO ĐẲNG CÔNG NGHỆ", "THỦ ĐỨC")
    assert (school or "").casefold() == "trường cao đẳng công nghệ thủ đức"
    assert _issuer("ỦY", "BAN NHÂN DÂN", "TỈNH TIỀN GIANG") == "Ủy ban nhân dân tỉnh Tiền Giang"
    assert _issuer("ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN TRƯỜNG THPT PHƯỚC LONG") == (
        "BCH Đoàn trường THPT Phước Long"
    )


def test_it_reads_a_header_below_a_page_title_in_the_body_s_words() -> None:
    doc = parse_document(
        "Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 về chuyển đổi số\n"
        "ỦY BAN NHÂN DÂN XÃ TỊNH TRÀ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: /KH-UBND\n"
        "Tịnh Trà, ngày 26 tháng 4 năm 2024\nKẾ HOẠCH\nTriển khai thực hiện Nghị quyết\n"
    ).document
    assert (doc.issuer, doc.place) == ("Ủy ban nhân dân xã Tịnh Trà", "Tịnh Trà")
    assert doc.date == date(2024, 4, 26)


def test_it_reads_the_number_a_database_title_line_carries_with_the_date_below() -> None:
    doc = parse_document(
        "TƯ VẤN & DỊCH VỤ |\nTHÔNG TƯ15/2017/TT-BCT\nngày\n31 tháng 8 năm 2017\n"
        "QUY ĐỊNH, HƯỚNG DẪN THỰC HIỆN MỘT SỐ NỘI DUNG CỦA NGHỊ ĐỊNH\n"
        "Căn cứ Nghị định số 98/2017/NĐ-CP ngày 18 tháng 8 năm 2017 của Chính phủ;\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Thông tư", "15/2017/TT-BCT", date(2017, 8, 31))


def test_it_prefers_the_number_line_to_a_title_line_s_number() -> None:
    doc = parse_document(
        "BỘ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/2017/TT-BCT\n"
        "Hà Nội, ngày 31 tháng 8 năm 2017\nTHÔNG TƯ 16/2017/TT-BCT\nQuy định về cụm công nghiệp\n"
        "Căn cứ Nghị định số 98/2017/NĐ-CP;\n"
    ).document
    assert (doc.number, doc.date) == ("15/2017/TT-BCT", date(2017, 8, 31))


def test_it_names_the_one_body_of_a_header_pasted_as_one_line() -> None:
    flat = (
        "{org} --- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- "
        "Số: 09/2009/TT-BKHCN Hà Nội, ngày 08 tháng 04 năm 2009 THÔNG TƯ HƯỚNG DẪN VỀ YÊU CẦU\n"
        "Căn cứ Nghị định số 28/2008/NĐ-CP;\n"
    )
    one = parse_document(flat.format(org="BỘ KHOA HỌC VÀ CÔNG NGHỆ")).document
    assert (one.issuer, one.number) == ("Bộ Khoa học và Công nghệ", "09/2009/TT-BKHCN")
    # A superior and the body under it, their columns lost: which one issued is not guessed.
    two = parse_document(flat.format(org="BỘ TÀI CHÍNH TỔNG CỤC THUẾ")).document
    assert two.issuer is None


def test_it_reads_a_flattened_header_a_document_site_prints_below_its_own_page() -> None:
    chrome = "".join(f"Dòng trang {i}: chia sẻ, tải xuống, lượt xem\n" for i in range(12))
    doc = parse_document(
        chrome + "Nội dung Text: Quyết định số 5556/2021/QĐ-BYT\n"
        "1. BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 5556/QĐ-BYT "
        "Hà Nội, ngày 04 tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG\n"
        "Căn cứ Nghị định số 75/2017/NĐ-CP;\n"
    ).document
    assert (doc.number, doc.date, doc.place) == ("5556/QĐ-BYT", date(2021, 12, 4), "Hà Nội")


def test_it_reads_the_header_below_a_page_title_in_sentence_case() -> None:
    doc = parse_document(
        "Công văn số: 5452/TCHQ-GSQL V/v vướng mắc Luật Quản lý ngoại thương.\n"
        "BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 5452/TCHQ-GSQL\n"
        "V/v vướng mắc Luật Quản lý ngoại thương.\n"
        "Hà Nội, ngày 19 tháng 09 năm 2018\nKính gửi: Bộ Công Thương.\n"
        "Trong quá trình thực hiện thủ tục hải quan, Tổng cục Hải quan nhận được các vướng mắc.\n"
    ).document
    assert (doc.issuer, doc.date, doc.place) == ("Tổng cục Hải quan", date(2018, 9, 19), "Hà Nội")


def test_it_reads_a_letter_with_a_subject_line_as_such_whatever_its_title_repeats() -> None:
    doc = parse_document(
        "TÒA ÁN NHÂN DÂN TỐI CAO\n-------\nSố: 36/TANDTC-KHTC\n"
        "V/v: Hướng dẫn quản lý, sử dụng ngân sách chi thường xuyên năm 2020\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 24 tháng 2 năm 2020\n"
        "HƯỚNG DẪN QUẢN LÝ, SỬ DỤNG NGÂN SÁCH CHI THƯỜNG XUYÊN NĂM 2020\n"
        "Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25 tháng 6 năm 2015;\n"
    ).document
    assert (doc.type, doc.number) == ("Công văn", "36/TANDTC-KHTC")


def test_it_reads_the_place_beside_a_number_spaced_around_its_dash() -> None:
    doc = parse_document(
        "UỶ BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
        "Số : 4144 /GDĐT – VP    Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018\n"
        "Về cho học sinh nghỉ học\nKính gửi : Chủ tịch Ủy ban nhân dân các quận, huyện.\n"
    ).document
    assert (doc.place, doc.date) == ("Thành phố Hồ Chí Minh", date(2018, 11, 25))


def test_it_takes_the_kind_a_sentence_case_title_names_over_its_subject_line() -> None:
    doc = parse_document(
        "Thông báo tiếp tục thực hiện tiếp nhận hồ sơ trực tiếp tại Công an huyện Nghi Xuân\n\n"
        "Về việc tiếp tục thực hiện tiếp nhận hồ sơ trực tiếp tại Bộ phận một cửa.\n\n"
        "Công an tỉnh yêu cầu Công an huyện Nghi Xuân tiếp tục tổ chức việc tiếp nhận hồ sơ.\n"
    ).document
    assert doc.type == "Thông báo"


def test_it_keeps_a_subject_line_under_a_title_naming_no_kind_a_letter() -> None:
    doc = parse_document(
        "Tăng cường sử dụng vật liệu xây dựng không nung\n"
        "V/v lấy ý kiến dự thảo Chỉ thị tăng cường sử dụng vật liệu xây dựng không nung\n\n"
        "Sở Xây dựng đề nghị các đơn vị gửi văn bản góp ý trước ngày 20/3/2022.\n"
    ).document
    assert doc.type == "Công văn"


def test_it_reads_the_issuer_from_a_table_row_with_its_rule() -> None:
    parsed = parse_document(
        "| ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
        "Tự do - Hạnh phúc --------------- |\n|---|---|\n| Số: 254/QĐ-UBND | Sơn La, ngày 17 "
        "tháng 02 năm 2023 |\n\nQUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH BẢO VỆ BÍ MẬT NHÀ NƯỚC\n\n"
        "Căn cứ Luật Bảo vệ bí mật nhà nước;\n"
    )
    assert parsed.document.issuer == "Ủy ban nhân dân tỉnh Sơn La"


def test_a_table_row_name_keeps_its_own_dash() -> None:
    parsed = parse_document(
        "| SỞ VĂN HÓA - THỂ THAO TỈNH LAI CHÂU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
        "Tự do - Hạnh phúc |\n| Số: 12/KH-SVHTT | Lai Châu, ngày 3 tháng 4 năm 2024 |\n\n"
        "KẾ HOẠCH\n\nTuyên truyền bầu cử\n\nCăn cứ Luật Bầu cử;\n"
    )
    assert (parsed.document.issuer or "").lower() == "sở văn hóa - thể thao tỉnh lai châu"


DIRECTIVE = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 05/CT-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Điện Biên, ngày 02 tháng 3 năm 2026\nCHỈ THỊ\n{title}\n"
    "Thời gian qua, công tác bảo hộ quyền sở hữu trí tuệ đã đạt kết quả.\n"
    "1. Sở Khoa học và Công nghệ hướng dẫn doanh nghiệp đăng ký nhãn hiệu.\n"
)


def test_it_reads_a_subject_in_sentence_case_below_the_type_as_the_title() -> None:
    parsed = parse_document(
        DIRECTIVE.format(title="Về tăng cường công tác bảo hộ quyền sở hữu trí tuệ")
    )
    assert parsed.document.title == "Về tăng cường công tác bảo hộ quyền sở hữu trí tuệ"


def test_a_sentence_about_something_below_the_type_is_no_title() -> None:
    parsed = parse_document(
        DIRECTIVE.format(title="Về công tác này, Ủy ban nhân dân tỉnh đã có nhiều văn bản.")
    )
    assert parsed.document.title is None


def test_a_sentence_case_title_ends_before_the_authority_line() -> None:
    parsed = parse_document(
        "QUỐC HỘI\nNghị quyết số: 196/2025/QH15\nHà Nội, ngày 17 tháng 2 năm 2025\nNGHỊ QUYẾT\n"
        "Về điều chỉnh, bổ sung dự toán\nngân sách nhà nước năm 2025\nQUỐC HỘI\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQUYẾT NGHỊ:\n"
        "Điều 1. Điều chỉnh dự toán.\n"
    )
    assert parsed.document.title == "Về điều chỉnh, bổ sung dự toán ngân sách nhà nước năm 2025"
