"""Line preparation: paragraphs of a text wrapped at a fixed width are rejoined."""

from __future__ import annotations

from lantoa.guidance.parsing.sections import prepare_lines


def test_it_joins_a_wrapped_paragraph_even_after_a_full_stop() -> None:
    # A portal copy: every line cut near 78 characters, paragraphs apart by a blank line.
    filler = (
        "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu các giải pháp đẩy\n"
        "mạnh xây dựng, hoàn thiện đồng bộ hạ tầng cơ sở vật chất tiên tiến, hiện đại.\n"
        "Nghiên cứu, xây dựng và ban hành quy chuẩn, tiêu chuẩn kỹ thuật về hạ tầng bảo\n"
        "mật đáp ứng yêu cầu chuyển đổi số trong tình hình hiện nay, nhất là ở cấp xã.\n"
        "Tổ chức kiểm tra, giám sát việc thực hiện các nhiệm vụ nêu trên theo kế hoạch.\n"
    )
    lines = prepare_lines("\n".join([filler] * 6))
    assert len(lines) == 6
    assert "hiện đại. Nghiên cứu, xây dựng" in lines[0]


def test_it_keeps_lines_of_an_unwrapped_text_apart() -> None:
    text = "\n".join(
        f"- Nhiệm vụ số {n} được giao cho đơn vị, hoàn thành trong năm." for n in range(30)
    )
    assert len(prepare_lines(text)) == 30


def test_it_keeps_a_headline_apart_from_the_lead_below_a_blank_line() -> None:
    headline = (
        "Công điện của Ban Thường vụ Tỉnh ủy về tăng cường phòng, chống dịch trên địa bàn tỉnh"
    )
    lead = "Ban Thường vụ Tỉnh ủy vừa ban hành Công điện số 07-CĐ/TU về phòng, chống dịch."
    assert prepare_lines(f"{headline}\n\n{lead}\n") == [headline, lead]
    # Without the blank line the capital still continues a long wrapped line.
    assert prepare_lines(f"{headline}\n{lead}\n") == [f"{headline} {lead}"]


def test_it_keeps_a_portal_summary_row_off_the_title_above_it() -> None:
    lines = prepare_lines(
        "Văn bản điều hành\n\nKế hoạch Phát triển du lịch tỉnh Yên Bái năm 2020\n"
        "Số ký hiệu 32/KH-UBND\nNội dung\n\nCăn cứ Chương trình hành động số 83-CTr/TU.\n"
    )
    assert lines[1] == "Kế hoạch Phát triển du lịch tỉnh Yên Bái năm 2020"
    assert lines[2].startswith("Số ký hiệu 32/KH-UBND")


def test_it_keeps_a_sites_search_word_and_image_path_off_the_title_below() -> None:
    text = (
        "Tìm kiếm\n/UploadFiles/TuyChonLk/tailieuhdnd_230x61.png\n"
        "Báo cáo tình hình kinh tế - xã hội Quý II năm 2018\nNgày cập nhật 04/07/2018\n\n"
        "A. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ:\n\nI. Về phát triển kinh tế: đạt 50,06% kế hoạch.\n\n"
    )
    lines = prepare_lines(text)
    assert lines[:3] == [
        "Tìm kiếm",
        "/UploadFiles/TuyChonLk/tailieuhdnd_230x61.png",
        "Báo cáo tình hình kinh tế - xã hội Quý II năm 2018 Ngày cập nhật 04/07/2018",
    ]


def test_it_still_joins_a_wrapped_line_of_a_blank_separated_page() -> None:
    text = (
        "Sở Xây dựng đề nghị các đơn vị gửi văn bản góp ý dự thảo Chỉ thị tăng cường sử dụng\n"
        "vật liệu xây không nung trên địa bàn tỉnh.\n\nTrân trọng./.\n\n"
    )
    assert prepare_lines(text)[0].endswith("sử dụng vật liệu xây không nung trên địa bàn tỉnh.")


def test_it_joins_an_items_number_alone_on_its_line_to_the_text_below() -> None:
    text = (
        "Tổ chức thực hiện:\n1\n- Thời gian áp dụng mức hỗ trợ như sau:\n- Từ ngày 01/01/2025.\n"
        "2 - Sở Tài chính có trách nhiệm bố trí kinh phí.\n3\n- Ủy ban nhân dân các huyện:\n"
        "- Lập danh sách đối tượng.\n"
    )
    lines = prepare_lines(text)
    assert lines[1] == "1 - Thời gian áp dụng mức hỗ trợ như sau:"
    assert lines[4] == "3 - Ủy ban nhân dân các huyện:"


def test_a_number_out_of_turn_alone_on_its_line_stays_apart() -> None:
    # A page's number between two bullets of item 2 does not follow item 2.
    text = "2 - Sở Tài chính có trách nhiệm:\n- Bố trí kinh phí.\n7\n- Thẩm định dự toán.\n"
    assert prepare_lines(text)[2:] == ["7", "- Thẩm định dự toán."]
    assert prepare_lines("Kế hoạch:\n- Bố trí kinh phí.\n1\n- Lập danh sách.\n")[2:] == [
        "1",
        "- Lập danh sách.",
    ]


def test_it_moves_an_items_number_run_onto_the_line_above_to_its_item() -> None:
    text = (
        "III. TỔ CHỨC THỰC HIỆN 1.\n"
        "Các sở, ban, ngành xây dựng kế hoạch triển khai thực hiện.\n"
        "2. Nâng cao năng lực quản lý nhà nước về lao động 2.1.\n"
        "Rà soát các quy định về giải quyết tranh chấp lao động.\n"
    )
    assert prepare_lines(text) == [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Các sở, ban, ngành xây dựng kế hoạch triển khai thực hiện.",
        "2. Nâng cao năng lực quản lý nhà nước về lao động",
        "2.1. Rà soát các quy định về giải quyết tranh chấp lao động.",
    ]


def test_a_sentence_ending_on_a_number_keeps_it() -> None:
    text = (
        "1. Sở Tài chính bố trí kinh phí theo quy định tại mục 1.1.\n"
        "Sở Nội vụ hướng dẫn thực hiện kế hoạch năm 2.\n"
        "Ủy ban nhân dân các huyện ứng phó với bão số 1.\n"
        "Tổ chức tổng kết.\n"
    )
    assert prepare_lines(text)[0].endswith("mục 1.1.")
    assert prepare_lines(text)[1].endswith("năm 2.")
    assert prepare_lines(text)[2].endswith("bão số 1.")


def test_it_joins_a_list_of_cited_documents_broken_after_one_of_them() -> None:
    text = (
        "4.\nĐề nghị Ủy ban MTTQ tỉnh: Căn cứ chức năng, nhiệm vụ của mình phối hợp các đơn vị "
        "tăng cường công tác tuyên truyền Chỉ thị số 37-CT/TW;\n"
        "Quyết định số 416/QĐ- TTg; Kế hoạch số 119-KH/TU cho toàn thể hội viên."
    )
    assert len(prepare_lines(text)) == 1


def test_a_bulleted_line_citing_a_document_stays_apart() -> None:
    bulleted = "Thực hiện các văn bản: Chỉ thị số 37-CT/TW;\n- Quyết định số 416/QĐ-TTg."
    assert len(prepare_lines(bulleted)) == 2


def test_it_puts_back_a_sentence_a_crawl_broke_before_the_word_chuong() -> None:
    lines = prepare_lines(
        "2. Doanh nghiệp xây dựng quy chế trả lương theo quy định tại\n"
        "Nghị định 99/2026/NĐ-CP. Chương III Nghị định này, gửi cơ quan đại diện chủ sở hữu.\n"
        "3. Bộ Nội vụ hướng dẫn thực hiện.\n"
    )
    assert lines == [
        "2. Doanh nghiệp xây dựng quy chế trả lương theo quy định tại Chương III Nghị định này, "
        "gửi cơ quan đại diện chủ sở hữu.",
        "3. Bộ Nội vụ hướng dẫn thực hiện.",
    ]


def test_a_crawled_chapter_heading_stays_its_own_line() -> None:
    chapter = "Nghị định 99/2026/NĐ-CP. Chương VI TRÁCH NHIỆM THỰC HIỆN"
    lines = prepare_lines(f"Điều 27. Quỹ phúc lợi\nDoanh nghiệp trích lập quỹ.\n{chapter}\n")
    assert lines[-1] == chapter


def test_a_cited_number_a_wrap_cut_at_its_dash_is_joined() -> None:
    text = (
        "1. Các bộ, ngành tổ chức triển khai Chương trình hành động thực hiện Chỉ thị số 49-\n"
        "CT/TW, đồng thời cụ thể hóa các nhiệm vụ trong kế hoạch công tác năm.\n"
        "2. Bộ Tài chính bố trí kinh phí."
    )
    assert prepare_lines(text)[0].endswith(
        "Chỉ thị số 49- CT/TW, đồng thời cụ thể hóa các nhiệm vụ trong kế hoạch công tác năm."
    )
    assert len(prepare_lines(text)) == 2


def test_a_heading_after_a_year_range_cut_at_its_dash_stays_apart() -> None:
    # "giai đoạn 2021-" / "II/TỔ CHỨC THỰC HIỆN": a part's heading, not the rest of a number.
    text = "1. Tổng kết việc thực hiện trong giai đoạn 2021-\nII/TỔ CHỨC THỰC HIỆN"
    assert len(prepare_lines(text)) == 2


def test_a_numbered_item_wrapped_over_three_lines_goes_on_past_a_capital() -> None:
    text = (
        "2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ ban hành tiêu chuẩn, quy chuẩn kỹ\n"
        "thuật hoặc tiêu chuẩn nghề đối với những ngành, nghề được cắt giảm tại Nghị quyết\n"
        "này để quản lý theo phương thức hậu kiểm trước ngày 01 tháng 7 năm 2026. Bộ\n"
        "Khoa học và Công nghệ có trách nhiệm phối hợp với các bộ, ngành ban hành quy chuẩn.\n"
        "3. Bộ Tài chính rà soát, đề xuất sửa đổi Phụ lục IV của Luật Đầu tư."
    )
    lines = prepare_lines(text)
    assert len(lines) == 2
    assert "năm 2026. Bộ Khoa học và Công nghệ có trách nhiệm" in lines[0]


def test_a_numbered_heading_over_two_lines_keeps_its_paragraph_apart() -> None:
    text = (
        "1. Tăng cường sự lãnh đạo của Đảng; đổi mới tư duy, thống nhất cao về nhận thức\n"
        "và hành động trong công tác phi chính phủ nước ngoài trong tình hình mới hiện nay\n"
        "Các cấp ủy, tổ chức đảng tổ chức quán triệt sâu rộng nội dung Chỉ thị.\n"
        "2. Bộ Ngoại giao chủ trì theo dõi việc thực hiện."
    )
    assert len(prepare_lines(text)) == 3


def test_a_wrapped_line_opening_on_a_cited_roman_numeral_continues_its_sentence() -> None:
    # "… Ban Chấp hành Trung ương khóa" / "XI. Sơ kết …" under "III.": the term's numeral, cut
    # at a line end, is no part "XI" (the next part would be "IV").
    lines = prepare_lines(
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Bộ Lao động - Thương binh và Xã hội\n\n"
        "- Tổng kết, rà soát việc công nhận người có công với cách mạng theo Kết\n"
        "luận số 63-KL/TW ngày 27 tháng 5 năm 2013 của Ban Chấp hành Trung ương khóa\n"
        "XI. Sơ kết việc thực hiện Chỉ thị số 31/CT-TTg ngày 28 tháng 11 năm 2012\n"
        "của Thủ tướng Chính phủ.\n\n"
        "- Xây dựng cơ sở dữ liệu quản lý về chi trả trợ cấp, hồ sơ người có công\n"
        "với cách mạng.\n\n"
        "IV. KINH PHÍ THỰC HIỆN\n"
    )
    assert lines[2].endswith(
        "Trung ương khóa XI. Sơ kết việc thực hiện Chỉ thị số 31/CT-TTg ngày"
        " 28 tháng 11 năm 2012 của Thủ tướng Chính phủ."
    )
    assert lines[-1] == "IV. KINH PHÍ THỰC HIỆN"


def test_a_lower_case_word_after_a_dash_cut_at_a_line_start_is_no_bullet() -> None:
    # "… Phòng Lao động - Thương binh và Xã hội quận" / "- huyện.": "quận - huyện" cut before its
    # dash; a bullet opens with a capital, or after ":" or ";".
    lines = prepare_lines(
        "2. Chi trả trợ cấp ở các Phòng Lao động - Thương binh và Xã hội quận\n"
        "- huyện.\n"
        "3. Báo cáo kết quả chi trả hằng tháng.\n"
    )
    assert lines[0].endswith("Xã hội quận - huyện.")
    assert len(lines) == 2


def test_a_department_name_cut_before_its_dash_is_no_bullet() -> None:
    # "… các đơn vị thuộc Sở Lao động" / "- Thương binh và Xã hội có …": the name's two halves.
    lines = prepare_lines(
        "2. Chi trả trợ cấp ưu đãi của các đơn vị thuộc Sở Lao động\n"
        "- Thương binh và Xã hội có sử dụng kinh phí thực hiện chính sách.\n"
        "- Báo cáo kết quả chi trả hằng tháng.\n"
    )
    assert lines == [
        "2. Chi trả trợ cấp ưu đãi của các đơn vị thuộc Sở Lao động - Thương binh và Xã hội có sử "
        "dụng kinh phí thực hiện chính sách.",
        "- Báo cáo kết quả chi trả hằng tháng.",
    ]


def test_a_table_rows_roman_numeral_after_an_open_cell_stays_a_part() -> None:
    # A gazette's table of tasks: "Thường xuyên, hằng năm" (a cell with no stop) / "VI Đẩy mạnh
    # …" after "IV" (no row "V" read): no word above cites the numeral, and a code's digits
    # ("IX.8.8 …") do not follow it.
    lines = prepare_lines(
        "IV Huy động và sử dụng hiệu quả nguồn lực cho công tác phòng, chống thiên tai\n"
        "Bộ Tài chính\nThường xuyên, hằng năm\n"
        "VI Đẩy mạnh đối ngoại, hội nhập và tăng cường hợp tác quốc tế\n"
    )
    assert lines[-1] == "VI Đẩy mạnh đối ngoại, hội nhập và tăng cường hợp tác quốc tế"
    cited = prepare_lines(
        "1. Cập nhật thông tin container đủ điều kiện qua khu vực giám sát thông qua chức năng\n"
        "IX.8.8 “Thêm/sửa/xóa container đủ điều kiện qua KVGS”.\n"
    )
    assert len(cited) == 1
