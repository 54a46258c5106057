"""Title lines and a leader's conclusion (parsing/leadtitles.py), read when no lead names one."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document


def test_it_reads_a_page_titled_by_the_document_s_type_and_number() -> None:
    parsed = parse_document(
        "Quyết định 512/QĐ-UBND 2024 phê duyệt đề án chuyển đổi số tỉnh Lai Châu\n"
    )
    doc = parsed.document
    assert (doc.type, doc.number, doc.issuer) == ("Quyết định", "512/QĐ-UBND", None)
    assert parsed.origins["document.number"] == "title"


def test_it_reads_the_document_a_leader_concluded_in_not_the_meeting_s_day() -> None:
    doc = parse_document(
        "Ngày 02/5/2024, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về du lịch. Sau khi nghe báo cáo, "
        "Phó Chủ tịch UBND tỉnh kết luận tại Thông báo số 88/TB-UBND ngày 09/5/2024.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Thông báo", "88/TB-UBND", date(2024, 5, 9))
    carried = parse_document(
        "Thực hiện chỉ đạo của UBND tỉnh, theo yêu cầu tại Thông báo số 88/TB-UBND ngày "
        "09/5/2024, các huyện rà soát điểm du lịch.\n"
    ).document
    assert carried.number is None


def test_it_reads_the_type_a_title_line_names_without_a_number() -> None:
    doc = parse_document("Quy định mức thu học phí các trường công lập tỉnh Lai Châu\n").document
    assert (doc.type, doc.number) == ("Quy định", None)
    upper = parse_document(
        "HƯỚNG DẪN: Công tác tuyên truyền phòng, chống ma túy năm 2025\n"
    ).document
    assert upper.type == "Hướng dẫn"
    # A menu's short item is no title.
    menu = parse_document("Hướng dẫn sử dụng\nTrang chủ\n").document
    assert menu.type is None


def test_it_reads_a_plan_deployed_in_the_title_without_its_issuer() -> None:
    doc = parse_document(
        "Đảng ủy xã Mường So triển khai kế hoạch tổ chức Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030\n"
        "Đảng ủy xã tổ chức hội nghị triển khai kế hoạch tổ chức Đại hội.\n"
    ).document
    assert (doc.type, doc.issuer, doc.number) == ("Kế hoạch", None, None)


def test_it_reads_a_plan_deployed_by_a_committee_named_in_two_words() -> None:
    doc = parse_document(
        "admin's picture\nHuyện ủy triển khai kế hoạch tuyên truyền nghị quyết đại hội Đảng bộ\n"
    ).document
    assert (doc.type, doc.issuer) == ("Kế hoạch", None)


def test_it_reads_the_document_a_closing_source_line_names_and_its_issuer_above() -> None:
    parsed = parse_document(
        "Tin chỉ đạo điều hành\n"
        "Thực hiện Hướng dẫn số 06-HD/HU ngày 15/3/2025 của Huyện ủy về tuyên truyền; Ủy ban "
        "nhân dân huyện Mường Tè có ý kiến như sau:\n"
        "1. Phòng Văn hóa và Thông tin chủ trì tuyên truyền trên địa bàn huyện.\n"
        "(Nguồn: Từ Công văn số 1150/UBND-VP ngày 22/04/2025)\n"
        "Tin tức liên quan\n"
    )
    doc = parsed.document
    assert (doc.type, doc.number, doc.date) == ("Công văn", "1150/UBND-VP", date(2025, 4, 22))
    assert doc.issuer == "Ủy ban nhân dân huyện Mường Tè"
    # The review screen says where each came from: the closing line, the preamble's sentence.
    origins = parsed.origins
    assert (origins["document.number"], origins["document.issuer"]) == ("source", "sentence")


def test_it_reads_a_numbered_document_issued_by_a_subject_it_cannot_name() -> None:
    doc = parse_document(
        "BVR&MT – Ngày 02/12/2024 UBDN tỉnh Lai Châu đã ban hành Công văn số:3817/UBND-KGVX gửi "
        "các sở về việc phối hợp tuyên truyền.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Công văn", "3817/UBND-KGVX", date(2024, 12, 2))
    cited = parse_document(
        "Thực hiện chỉ đạo của tỉnh, huyện đã ban hành Kế hoạch số 12/KH-UBND ngày 03/01/2024 "
        "về tuyên truyền, nay tiếp tục triển khai.\n"
    ).document
    assert cited.number is None


def test_it_reads_a_document_signed_on_a_day_in_the_passive() -> None:
    doc = parse_document(
        "Kế hoạch triển khai Đề án mở rộng thành phố\n"
        "Đây là phạm vi của Đề án được Chủ tịch UBND tỉnh ký ban hành ngày 21/02/2024 tại Kế hoạch "
        "số 20/KH-UBND về việc triển khai Đề án.\n"
    ).document
    assert (doc.number, doc.date) == ("20/KH-UBND", date(2024, 2, 21))


def test_it_reads_a_title_case_type_issued_by_an_unnamed_subject() -> None:
    doc = parse_document(
        "thi đua lập thành tích\n"
        "Tỉnh Lai Châu vừa ban hành Kế hoạch tổ chức kỷ niệm 50 năm giải phóng tỉnh.\n"
    ).document
    assert (doc.type, doc.number) == ("Kế hoạch", None)
    lower = parse_document("Tỉnh Lai Châu vừa ban hành kế hoạch tổ chức kỷ niệm.\n").document
    assert lower.type is None


def test_it_reads_a_document_named_in_the_passive_with_its_issuer() -> None:
    doc = parse_document(
        "BT- Theo kế hoạch tổ chức các hoạt động kỷ niệm Ngày Thương binh - Liệt sĩ do UBND tỉnh "
        "ban hành, các ngành cần tăng cường tuyên truyền.\n"
    ).document
    assert (doc.type, doc.issuer, doc.number) == ("Kế hoạch", "UBND tỉnh", None)


def test_it_reads_a_link_to_the_full_text_as_a_title() -> None:
    doc = parse_document(
        "Ngày 22/7, Bí thư Thành ủy TP.HCM kí ban hành Chỉ thị tăng cường phòng, chống dịch.\n"
        "Mục tiêu là kiềm chế tốc độ lây lan của dịch.\n"
        "Xem Toàn văn Chỉ thị của Bí thư Thành ủy TP.HCM về tăng cường phòng, chống dịch.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Chỉ thị", "Bí thư Thành ủy TP.HCM")


def test_it_reads_a_digest_entry_and_a_notice_titled_by_its_day() -> None:
    entry = parse_document(
        "1. Chính phủ: Nghị quyết số 169/NQ-CP ngày 11/11/2020 Phiên họp Chính phủ thường kỳ\n"
        "Theo đó, Chính phủ thống nhất đánh giá tình hình kinh tế - xã hội.\n"
    ).document
    assert (entry.type, entry.number, entry.issuer) == ("Nghị quyết", "169/NQ-CP", "Chính phủ")
    assert entry.date == date(2020, 11, 11)
    notice = parse_document(
        "Thông báo Khẩn ngày 18/10/2020\nKính gửi: Hiệu trưởng các trường\n"
        "Do tình trạng ngập lụt nghiêm trọng, Phòng GD&ĐT yêu cầu các trường cho học sinh nghỉ.\n"
    ).document
    assert (notice.type, notice.date) == ("Thông báo", date(2020, 10, 18))


def test_it_reads_a_page_opening_on_what_a_document_lays_down() -> None:
    doc = parse_document(
        "Tại Quy định số 219-QĐ/TW ngày 27/12/2013 của Ban Bí thư ban hành về chức năng, nhiệm "
        "vụ, tổ chức bộ máy cơ quan chuyên trách, Văn phòng Tỉnh ủy có chức năng nhiệm vụ sau:\n"
    ).document
    assert (doc.type, doc.number, doc.issuer) == ("Quy định", "219-QĐ/TW", "Ban Bí thư")
    assert doc.date == date(2013, 12, 27)


def test_it_reads_the_document_a_page_points_to_as_its_attachment() -> None:
    parsed = parse_document("Cụ thể xem trong công văn số 2092/BNN-KN trong file đính kèm\n")
    assert (parsed.document.type, parsed.document.number) == ("Công văn", "2092/BNN-KN")
    # The review screen says where they were read: a pointer to an attached file.
    assert parsed.origins["document.number"] == "attachment"
    letter = parse_document(
        "Theo đó, Chủ tịch UBND tỉnh đề nghị các sở, ban, ngành triển khai thực hiện.\n"
        "Xem chi tiết công văn đính kèm./.\n"
    ).document
    assert letter.type == "Công văn"
    # A pointer to a page, not to an attached document, names none.
    assert parse_document("Xem thêm tin khác tại đây.\n").document.type is None


def test_it_reads_the_issuer_a_law_database_s_title_names_last() -> None:
    doc = parse_document(
        "Thông Tư 03/2004/TTBYT Hướng Dẫn Xếp Hạng Bệnh Viện Do Bộ Y Tế Ban Hành [Download]\n"
    ).document
    assert (doc.type, doc.number, doc.issuer) == ("Thông tư", "03/2004/TTBYT", "Bộ Y Tế")


def test_it_reads_a_page_opening_on_the_document_it_reports_with_its_number_in_brackets() -> None:
    doc = parse_document(
        "Điều chỉnh thời gian treo cờ\nTheo thông báo (số 34/TB-UBND ngày 19/4/2017), Chủ tịch "
        "UBND tỉnh đã điều chỉnh vấn đề trên như sau.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Thông báo", "34/TB-UBND", date(2017, 4, 19))
    letter_parse = parse_document(
        "Chủ động phòng dịch\nTrong nội dung Công văn số 4913/VP-KT, ban hành ngày 15/6, UBND "
        "thành phố Hà Nội yêu cầu các sở, ngành chủ động phòng, chống dịch.\n"
    )
    letter = letter_parse.document
    assert (letter.type, letter.number) == ("Công văn", "4913/VP-KT")
    # Read from the page's opening sentence, not from a title.
    assert letter_parse.origins["document.number"] == "lead"
    assert letter.issuer == "UBND thành phố Hà Nội"


def test_it_reads_no_shorter_type_out_of_a_longer_ones_words() -> None:
    # "Chương trình hành động số 07": the number is bare, and "Chương trình" followed by "hành
    # động" is not a Chương trình.
    doc = parse_document(
        "Nông dân tham gia chuyển đổi số\n"
        "Sau khi Chính phủ ban hành Quyết định số 749/QĐ-TTg, Ban Thường vụ Hội Nông dân tỉnh "
        "đã ban hành Chương trình hành động số 07, đồng thời chỉ đạo các cấp Hội thực hiện.\n"
    ).document
    assert doc.type != "Chương trình"


def test_it_leaves_a_councils_term_and_sitting_out_of_its_name() -> None:
    doc = parse_document(
        "Hội đồng nhân dân tỉnh khóa XVI, kỳ họp thứ 20 đã thông qua Nghị quyết số "
        "12/2024/NQ-HĐND quy định mức hỗ trợ.\n"
    ).document
    assert (doc.number, doc.issuer) == ("12/2024/NQ-HĐND", "Hội đồng nhân dân tỉnh")


def test_it_reads_no_type_from_a_closing_clause() -> None:
    doc = parse_document(
        "Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành "
        "chịu trách nhiệm thi hành Quyết định này./.\n"
    ).document
    assert doc.type is None


def test_it_reads_no_document_from_a_list_of_documents() -> None:
    doc = parse_document(
        "Danh sách văn bản\nKế hoạch số 12/KH-UBND ngày 5/1/2024\n"
        "Công văn số 34/UBND-VX ngày 8/1/2024\nQuyết định số 56/QĐ-UBND ngày 9/1/2024\n"
    ).document
    assert (doc.type, doc.number, doc.date) == (None, None, None)


def test_it_reads_the_body_of_a_document_issued_in_the_passive() -> None:
    doc = parse_document(
        "Nghị quyết 57-NQ/TW: Động lực mới cho phát triển khoa học công nghệ\n"
        "Nghị quyết số 57-NQ/TW của Bộ Chính trị được ban hành ngày 22/12/2024 đã tạo ra luồng "
        "sinh khí mới.\n"
    ).document
    assert doc.issuer == "Bộ Chính trị"


def test_it_reads_the_numbered_document_a_page_links_to_download() -> None:
    doc = parse_document(
        "Căn cứ Kế hoạch số 72/KH-VKSTC ngày 15/5/2020 của VKSND tối cao, các đơn vị báo cáo sơ "
        "kết công tác 6 tháng đầu năm 2020 theo công văn đính kèm.\n"
        "- Các đơn vị cấp huyện gửi thống kê trước 16 giờ ngày 31/5/2020.\n"
        "Các đơn vị tải Công văn số 319/VKS-VP tại đây: soket6thangdaunam2020.PDF\n"
    ).document
    assert (doc.type, doc.number) == ("Công văn", "319/VKS-VP")


def test_it_reads_no_document_from_a_link_without_a_number_or_a_cue() -> None:
    unnumbered = parse_document(
        "Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương tuyên truyền kỷ niệm ngày lễ lớn.\n"
        "Xem nội dung Công văn tại đây.\n"
    ).document
    uncued = parse_document(
        "Các đơn vị thực hiện theo Kế hoạch số 72/KH-VKSTC ngày 15/5/2020.\n"
        "Ý kiến góp ý theo Kế hoạch số 72/KH-VKSTC gửi tại đây.\n"
    ).document
    assert unnumbered.number is None
    assert uncued.number is None


_HEAD = (
    '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<title>{title}</title>\n'
    '<meta name="author" content="UBND xã Mường Than">\n'
)


def test_it_reads_the_kind_an_html_heads_title_names() -> None:
    text = _HEAD.format(title="Đề án Thành lập, sắp xếp, tổ chức lại các bản trên địa bàn xã")
    assert parse_document(text).document.type == "Đề án"


def test_an_html_title_naming_no_kind_gives_none() -> None:
    text = _HEAD.format(title="Phê duyệt danh sách thôn đặc biệt khó khăn giai đoạn 2021 - 2025")
    assert parse_document(text).document.type is None


def test_it_numbers_a_title_whose_symbol_is_written_in_lower_case() -> None:
    doc = parse_document("Thông tư 77/2014/tt-btc hướng dẫn nghị định 46/2014/nđ-cp\n").document
    assert (doc.type, doc.number) == ("Thông tư", "77/2014/tt-btc")


def test_a_lower_case_symbol_of_another_kind_is_not_the_titles_number() -> None:
    # "Thông tư … hướng dẫn 46/2014/nđ-cp": a decree's symbol after a circular's title.
    doc = parse_document("Thông tư hướng dẫn 46/2014/nđ-cp về tiền thuê đất mới nhất\n").document
    assert (doc.type, doc.number) == ("Thông tư", None)


def test_a_ministry_named_after_a_titles_number_is_the_issuer() -> None:
    doc = parse_document("Thông tư số 02/2013/TT-BNV ngày 10/4/2013 của Bộ Nội vụ\n").document
    assert (doc.number, doc.issuer) == ("02/2013/TT-BNV", "Bộ Nội vụ")


def test_a_military_command_named_without_its_place_is_not() -> None:
    # "Bộ Chỉ huy Quân sự" is a province's: without its place it names no one body.
    doc = parse_document("Quyết định số 12/QĐ-BCH ngày 10/4/2013 của Bộ Chỉ huy Quân sự\n").document
    assert (doc.number, doc.issuer) == ("12/QĐ-BCH", None)


def test_a_letter_whose_direction_a_page_carries_out_is_not_the_pages() -> None:
    # "Thực hiện chỉ đạo tại công văn số …" opens the line: carried out, not reported (exc_1806).
    doc = parse_document(
        "(NT)- Về việc treo cờ Tổ quốc Lễ Giỗ tổ Hùng Vương\n"
        "Thực hiện chỉ đạo tại công văn số 1142/UBND-VX của UBND tỉnh Tây Ninh về việc quốc tang.\n"
        "- Đề nghị các khu phố vận động các hộ dân treo cờ Tổ quốc.\n"
    )
    assert doc.document.number is None
    assert "1142/UBND-VX" in [r.number for r in doc.references]


def test_a_leaders_conclusion_in_a_numbered_notice_is_still_the_pages() -> None:
    doc = parse_document(
        "Về việc chuẩn bị Tết\n"
        "Phó Chủ tịch thường trực UBND tỉnh kết luận tại Thông báo số 139/TB-UBND ngày 06/6/2018.\n"
    ).document
    assert doc.number == "139/TB-UBND"


def test_it_ends_a_title_lines_owner_at_the_day_after_it() -> None:
    doc = parse_document(
        "Quyết định số 461/QĐ-TTg của Thủ tướng Chính phủ ngày 27 tháng 4 năm 2018 về việc phê "
        "duyệt Đề án phát triển 15.000 hợp tác xã nông nghiệp.\n"
    ).document
    assert (doc.issuer, doc.date) == ("Thủ tướng Chính phủ", date(2018, 4, 27))


def test_it_takes_no_day_printed_after_the_subject_for_the_owners() -> None:
    # Only a day right after the owner's name is the document's: one inside the subject is not.
    doc = parse_document(
        "Quyết định số 461/QĐ-TTg của Thủ tướng Chính phủ về việc phê duyệt Đề án đã trình ngày "
        "27/4/2018.\n"
    ).document
    assert (doc.issuer, doc.date) == ("Thủ tướng Chính phủ", None)
