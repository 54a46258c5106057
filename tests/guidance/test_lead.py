"""A news copy's first sentence (parsing/lead.py): which document, its kind, number and date."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document


def test_it_reads_no_document_from_a_law_quoted_on_a_question_page() -> None:
    doc = parse_document(
        "# Vận chuyển tiền giả bị xử lý như thế nào?\n"
        "Căn cứ Điều 207 Bộ luật Hình sự 2015 có quy định như sau:\n"
        "Tội làm, tàng trữ, vận chuyển, lưu hành tiền giả\n"
    ).document
    assert (doc.type, doc.issuer) == (None, None)


def test_it_reads_no_document_from_ban_hanh_quy_dinh_nhu_sau() -> None:
    doc = parse_document(
        "Việc đăng ký tài khoản tại Kho bạc Nhà nước khi thực hiện mô hình chính quyền địa "
        "phương 2 cấp do Bộ Tài chính ban hành quy định như sau:\n- Căn cứ Nghị quyết.\n"
    ).document
    assert (doc.type, doc.issuer) == (None, None)


def test_it_reads_the_signing_date_of_a_lead_that_cites_its_source_first() -> None:
    doc = parse_document(
        "Theo Cổng TTĐT Đảng Cộng sản Việt Nam, ngày 22/10/2025, đồng chí Trần Cẩm Tú, Ủy viên "
        "Bộ Chính trị, Thường trực Ban Bí thư đã ký ban hành Quy định số 379-QĐ/TW của Ban Bí "
        "thư quy định về thực hiện giao dịch điện tử.\n"
    ).document
    assert (doc.number, doc.issuer, doc.date) == ("379-QĐ/TW", "Ban Bí thư", date(2025, 10, 22))


def test_it_reads_a_concluding_notice_as_a_thong_bao() -> None:
    doc = parse_document(
        "Văn phòng Trung ương Đảng ban hành Thông báo kết luận 177-TB/VPTW của Tổng Bí thư Tô "
        "Lâm tại buổi làm việc về giáo dục và đào tạo.\n"
    ).document
    assert (doc.type, doc.number) == ("Thông báo", "177-TB/VPTW")
    assert (doc.issuer, doc.date) == ("Văn phòng Trung ương Đảng", None)


def test_it_reads_a_lead_that_says_released_for_issued() -> None:
    doc = parse_document(
        "Ngày 09/12/2020, Ban Tuyên giáo Trung ương phát hành Hướng dẫn 165-HD/BTGTW về tuyên "
        "truyền kỷ niệm những ngày lễ lớn trong năm 2021.\n"
    ).document
    assert (doc.type, doc.number) == ("Hướng dẫn", "165-HD/BTGTW")
    assert (doc.issuer, doc.date) == ("Ban Tuyên giáo Trung ương", date(2020, 12, 9))


def test_it_takes_nothing_from_a_sentence_reporting_two_numbered_documents() -> None:
    doc = parse_document(
        "Ngày 03 tháng 3 năm 2024 Bộ Nội vụ có Văn bản chỉ đạo số 812/BNV-VP về việc tuyên "
        "truyền; Ban Tuyên giáo Trung ương có Hướng dẫn số 31-HD/BTGTW ngày 10/02/2024 hướng "
        "dẫn tuyên truyền; Sở Nội vụ đề nghị các phòng thực hiện các nội dung sau:\n"
    ).document
    assert (doc.number, doc.date, doc.type) == (None, None, None)
    assert doc.issuer != "Ban Tuyên giáo Trung ương"


def test_it_takes_nothing_from_the_owner_of_a_cited_document() -> None:
    doc = parse_document(
        "Thực hiện Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ ban hành "
        "Chương trình chăm sóc dinh dưỡng, UBND tỉnh xây dựng Kế hoạch hành động như sau:\n"
    ).document
    assert doc.type != "Chương trình"
    assert doc.issuer not in ("Thủ tướng Chính phủ", "Chính phủ")


def test_it_reads_the_subject_after_the_owner_of_a_cited_document() -> None:
    doc = parse_document(
        "Thực hiện Kế hoạch số 12-KH/TU ngày 3/2/2024 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo "
        "Tỉnh ủy ban hành Hướng dẫn số 45-HD/BTGTU ngày 5/3/2024 về tuyên truyền kỷ niệm.\n"
    ).document
    assert (doc.number, doc.issuer) == ("45-HD/BTGTU", "Ban Tuyên giáo Tỉnh ủy")
    assert doc.date == date(2024, 3, 5)


def test_it_reads_a_lower_case_type_issued_in_a_headline_only() -> None:
    doc = parse_document(
        "Bộ Nội vụ ban hành hướng dẫn mới về đánh giá công chức\n"
        "Hướng dẫn nêu rõ các tiêu chí đánh giá, xếp loại công chức hằng năm.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Hướng dẫn", "Bộ Nội vụ")
    # In a body sentence the same words report the document too, when nothing names it better:
    # pages annotated by hand from real sites read them so (dev10: exc_211, exc_219).
    body = parse_document(
        "Đánh giá công chức năm 2025\n"
        "Theo đó, Bộ Nội vụ ban hành hướng dẫn mới về đánh giá công chức.\n"
    ).document
    assert (body.type, body.issuer) == ("Hướng dẫn", "Bộ Nội vụ")
    # "có kế hoạch", "ban hành quy định": an intention or a rule's wording, no document.
    for sentence in (
        "Theo đó, Bộ Nội vụ có kế hoạch về đánh giá công chức.",
        "Theo đó, Bộ Nội vụ ban hành quy định về đánh giá công chức.",
    ):
        plan = parse_document(f"Đánh giá công chức năm 2025\n{sentence}\n").document
        assert plan.type is None, sentence


def test_it_reads_a_headline_that_runs_into_the_lead_below_it() -> None:
    doc = parse_document(
        "Ban Thường vụ T.Ư Hội ban hành kế hoạch tổ chức Tháng hành động vì môi trường năm 2025\n"
        "TPO - Tháng hành động sẽ là đợt sinh hoạt sâu rộng với nhiều hoạt động thiết thực được "
        "triển khai trên cả nước.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Kế hoạch", "Ban Thường vụ T.Ư Hội")


def test_it_reads_a_plan_that_opens_its_own_text_with_xay_dung() -> None:
    doc = parse_document(
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Đảng ủy Khối Cơ quan "
        "và Doanh nghiệp tỉnh xây dựng kế hoạch thực hiện năm 2024 như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    ).document
    assert (doc.type, doc.issuer) == ("Kế hoạch", "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh")
    todo = parse_document(
        "Thực hiện Chỉ thị số 05-CT/TW, Đảng ủy Khối Doanh nghiệp tỉnh xây dựng kế hoạch "
        "học tập chuyên đề năm 2024. Các chi bộ báo cáo kết quả trước ngày 30/6.\n"
    ).document
    assert todo.type is None


def test_it_reads_a_news_item_that_opens_on_what_it_reports() -> None:
    after = parse_document(
        "Siết chặt kỷ cương hành chính\n"
        "Đó là nội dung tại Chỉ thị số 07/CT-UBND của Chủ tịch UBND tỉnh về việc tăng cường kỷ "
        "luật, kỷ cương hành chính.\n"
    ).document
    assert (after.type, after.number, after.issuer) == (
        "Chỉ thị",
        "07/CT-UBND",
        "Chủ tịch UBND tỉnh",
    )
    before = parse_document(
        "Đó là chỉ đạo của UBND tỉnh đối với các sở, ngành tại Công văn số 812/UBND-VX ngày 4/5.\n"
    ).document
    assert (before.type, before.number, before.issuer) == ("Công văn", "812/UBND-VX", "UBND tỉnh")


def test_it_reads_the_day_of_a_lead_opening_with_the_time_and_an_agency_tag() -> None:
    doc = parse_document(
        "(BNĐT) - Chiều nay 12/5/2024, đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy đã ký ban hành "
        "Kế hoạch số 45-KH/TU của Tỉnh ủy về tổ chức Tháng hành động.\n"
    ).document
    assert (doc.number, doc.date) == ("45-KH/TU", date(2024, 5, 12))


def test_it_takes_the_number_of_a_headline_document_from_the_paragraph_below() -> None:
    doc = parse_document(
        "Sở Nội vụ ban hành Kế hoạch cải cách hành chính năm 2025\n\n"
        "Để nâng cao chỉ số cải cách hành chính. Ngày 10/01/2025, Sở Nội vụ ban hành Kế hoạch số "
        "05/KH-SNV về cải cách hành chính năm 2025.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Kế hoạch", "05/KH-SNV", date(2025, 1, 10))
    other = parse_document(
        "Sở Nội vụ ban hành Kế hoạch cải cách hành chính năm 2025\n\n"
        "Trước đó, Sở Nội vụ đã ban hành Quyết định số 12/QĐ-SNV về kiện toàn tổ công tác.\n"
    ).document
    assert (other.type, other.number) == ("Kế hoạch", None)


def test_it_reads_the_number_a_lead_gives_in_brackets_after_its_type() -> None:
    doc = parse_document(
        "Sở Văn hóa, Thể thao và Du lịch vừa có Công văn đề nghị các huyện tăng cường tuyên truyền "
        "(Công văn số 1236/SVHTTDL-QLVH, ngày 30/10/2019).\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Công văn", "1236/SVHTTDL-QLVH", date(2019, 10, 30))
    direct = parse_document(
        "Ngày 14-1, Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo các Bộ.\n"
    ).document
    assert (direct.number, direct.date) == ("73/TTg-CN", None)
    cited = parse_document(
        "Sở Y tế vừa có Công văn đề nghị các huyện thực hiện Kế hoạch (số 12/KH-UBND) và "
        "(Công văn số 5/SYT, ngày 1/2/2020), (Công văn số 6/SYT, ngày 2/2/2020).\n"
    ).document
    assert (cited.type, cited.number, cited.date) == ("Công văn", None, None)


def test_it_reads_a_lead_in_the_passive_but_not_a_document_carried_out() -> None:
    doc = parse_document(
        "Đây là một trong những nội dung Chỉ thị số 06-CT/TU của Ban Thường vụ Thành ủy Hà Nội về "
        "“Tiếp tục nâng cao hiệu quả công tác phòng, chống dịch” vừa được đồng chí Đinh Tiến Dũng, "
        "Bí thư Thành ủy Hà Nội ký ban hành ngày 01/9/2021.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Chỉ thị", "06-CT/TU", date(2021, 9, 1))
    assert doc.issuer == "Ban Thường vụ Thành ủy Hà Nội"
    plan = parse_document(
        "Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Trường Sơn ký ban hành, yêu cầu các cơ quan "
        "triển khai thực hiện.\n"
    ).document
    assert (plan.type, plan.number, plan.issuer) == ("Kế hoạch", None, None)
    carried = parse_document(
        "Thực hiện Kế hoạch số 12/KH-UBND do Chủ tịch UBND tỉnh ký ban hành ngày 3/2/2024, các "
        "xã tổ chức tuyên truyền.\n"
    ).document
    assert (carried.type, carried.number, carried.date) == (None, None, None)
    recalled = parse_document(
        "Tỉnh ủy tổ chức hội nghị quán triệt. Nghị quyết số 57-NQ/TW của Bộ Chính trị được Tổng "
        "Bí thư ký ban hành ngày 22/12/2024 xác định khoa học công nghệ là đột phá.\n"
    ).document
    assert (recalled.type, recalled.number, recalled.date) == (None, None, None)


def test_it_dates_an_editor_s_note_and_a_dashed_day() -> None:
    doc = parse_document(
        "LTS: Ngày 14-11-2024, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 10-NQ/TU về "
        "phát triển hạ tầng. Báo trân trọng giới thiệu toàn văn Nghị quyết.\n"
    ).document
    assert (doc.number, doc.date) == ("10-NQ/TU", date(2024, 11, 14))


def test_it_reads_the_owner_after_a_date_in_words() -> None:
    doc = parse_document(
        "Đà Nẵng 07/06/2023\n"
        "Hướng dẫn số 12-HD/BTGTW, ngày 7 tháng 12 năm 2011 của Ban Tuyên giáo Trung ương.\n"
    ).document
    assert (doc.number, doc.issuer, doc.date) == (
        "12-HD/BTGTW",
        "Ban Tuyên giáo Trung ương",
        date(2011, 12, 7),
    )


def test_it_reads_ra_as_issuing_only_after_an_aspect_word() -> None:
    doc = parse_document(
        "UBND tỉnh vừa ra Thông báo Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về phòng dịch.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Thông báo", "UBND tỉnh")
    said = parse_document("Hội nghị đưa ra Kế hoạch hành động cụ thể cho năm tới.\n").document
    assert said.issuer is None


def test_it_reads_a_letter_s_abbreviation_before_its_number() -> None:
    doc = parse_document(
        "UBND tỉnh Lai Châu có công văn CV 9229/UBND-VHXH về phòng, chống dịch.\n"
    ).document
    assert (doc.type, doc.number) == ("Công văn", "9229/UBND-VHXH")


def test_it_reads_a_resolution_a_council_passed() -> None:
    doc = parse_document(
        "Hội đồng nhân dân tỉnh Điện Biên thông qua Nghị quyết số 12/2024/NQ-HĐND quy định "
        "mức chi.\n"
    ).document
    assert (doc.type, doc.number) == ("Nghị quyết", "12/2024/NQ-HĐND")
    assert doc.issuer == "Hội đồng nhân dân tỉnh Điện Biên"


def test_it_reads_the_agency_s_lead_before_a_later_article_on_the_page() -> None:
    doc = parse_document(
        "Hoãn phiên tiếp công dân\n- icon youtube (QBĐT) - UBND tỉnh vừa có công văn thông báo "
        "hoãn phiên tiếp công dân định kỳ tháng 9-2021.\nTin khác\n"
        "(QBĐT) - Ngày 7-9-2021, đồng chí Bí thư Tỉnh ủy đã ký ban hành Quyết định số 355-QĐ/TU "
        "về việc thành lập Ban Chỉ đạo.\n"
    ).document
    assert (doc.type, doc.number, doc.issuer) == ("Công văn", None, "UBND tỉnh")


def test_it_reads_a_closing_this_is_what_the_decree_requires_and_a_post_s_run_in_date() -> None:
    decree = parse_document(
        "Chỉ được tổ chức lễ kỷ niệm vào năm tròn\nTrên đây là yêu cầu của Chính phủ tại Nghị định "
        "111/2018/NĐ-CP quy định về ngày thành lập, ngày truyền thống.\n"
    ).document
    assert (decree.type, decree.number, decree.issuer) == (
        "Nghị định",
        "111/2018/NĐ-CP",
        "Chính phủ",
    )
    post = parse_document(
        "Sắp xếp các hội bởi Linh 21 Tháng 9, 2025 Ủy ban Trung ương MTTQ Việt Nam hướng dẫn sắp "
        "xếp, tinh gọn các hội ở cấp tỉnh và xã.\n"
    ).document
    assert post.issuer == "Ủy ban Trung ương MTTQ Việt Nam"


def test_it_takes_the_subject_after_a_cited_document_s_clause() -> None:
    doc = parse_document(
        "Thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ; chỉ đạo của Ban cán sự "
        "đảng Ủy ban nhân dân tỉnh tại Công văn số 571-CV/UBND ngày 06/12/2022, Ủy ban nhân dân "
        "tỉnh xây dựng Kế hoạch triển khai thực hiện trên địa bàn tỉnh Cà Mau, với các nội dung "
        "chính như sau:\n"
    ).document
    assert (doc.type, doc.issuer) == ("Kế hoạch", "Ủy ban nhân dân tỉnh")


def test_it_reads_a_lower_case_document_issued_on_a_day_the_sentence_opens_with() -> None:
    doc = parse_document(
        "Ngày 17 tháng 8 năm 2018, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh đã ban hành kế "
        "hoạch kỷ niệm 10 năm ngày thành lập Đảng bộ Khối.\n"
    ).document
    assert (doc.type, doc.date) == ("Kế hoạch", date(2018, 8, 17))
    assert doc.issuer == "Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh"
    # Undated, the same words may report work in hand: no document is read from them.
    undated = parse_document(
        "Tin hoạt động\nHôm qua, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh đã ban hành kế "
        "hoạch kỷ niệm 10 năm.\n"
    ).document
    assert undated.type is None


def test_it_reads_decisions_issued_together_but_not_other_kinds_in_the_plural() -> None:
    doc = parse_document(
        "Tin tổ chức\nBộ Chính trị vừa ban hành các quyết định chuẩn y nhân sự Bí thư Tỉnh ủy.\n"
    ).document
    assert (doc.type, doc.issuer, doc.number) == ("Quyết định", "Bộ Chính trị", None)
    policies = parse_document(
        "Tin chính sách\nChính phủ đã ban hành các nghị định hướng dẫn thi hành luật.\n"
    ).document
    assert policies.type is None


def test_it_reads_a_lower_case_document_just_issued() -> None:
    doc = parse_document(
        "Tin văn hóa\nBộ Văn hóa, thể thao và du lịch vừa ban hành hướng dẫn tổ chức Đại hội thể "
        "dục thể thao các cấp.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Hướng dẫn", "Bộ Văn hóa, thể thao và du lịch")


def test_it_reads_a_lead_whose_verb_is_capitalised_mid_sentence() -> None:
    # "… Tỉnh Ủy tỉnh Bình Phước Ban hành Chỉ thị số 17-CT/TU" (dev34 exc_1924): the lead with
    # the number and day, not the later sentence naming the board.
    doc = parse_document(
        "Ngày 14/07/2022, Tỉnh Ủy tỉnh Bình Phước Ban hành Chỉ thị số 17-CT/TU về việc định hướng "
        "thông tin trên mạng xã hội.\nĐể làm chuyển biến nhận thức, Ban thường vụ Tỉnh Ủy tỉnh "
        "Bình Phước ban hành Chỉ thị số 17-CT/TU yêu cầu các tổ chức đảng thực hiện.\n"
    ).document
    assert (doc.issuer, doc.date) == ("Tỉnh Ủy tỉnh Bình Phước", date(2022, 7, 14))


def test_a_decision_signed_years_before_the_document_reported_below_is_history() -> None:
    # dev16 exc_812: the 2008 decision founding the day, then the 2022 letter the news reports.
    doc = parse_document(
        "Ngày 16/9/2008 Thủ tướng Chính phủ đã ký Quyết định số 1277/QĐ-TTg lấy ngày 2/10 hàng năm "
        "là Ngày Khuyến học Việt Nam.\n\n"
        "Để kỷ niệm Ngày Khuyến học năm 2022, Thường vụ Trung ương Hội Khuyến học Việt Nam đã "
        "ban hành văn bản số 283/CV-KHVN ngày 23/8/2022 về Kế hoạch tổ chức hoạt động.\n"
    ).document
    assert (doc.number, doc.date) == ("283/CV-KHVN", date(2022, 8, 23))
    assert doc.issuer == "Thường vụ Trung ương Hội Khuyến học Việt Nam"


def test_a_decision_signed_the_same_year_as_a_document_below_stays_the_pages() -> None:
    doc = parse_document(
        "Ngày 16/9/2022 Thủ tướng Chính phủ đã ký Quyết định số 1277/QĐ-TTg về Ngày Khuyến học.\n"
        "Thường vụ Trung ương Hội Khuyến học Việt Nam đã ban hành văn bản số 283/CV-KHVN ngày "
        "23/8/2022 về Kế hoạch tổ chức hoạt động.\n"
    ).document
    assert doc.number == "1277/QĐ-TTg"
