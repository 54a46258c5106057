"""A news copy's plan made ("đã xây dựng kế hoạch") and a "văn bản" its next sentence names."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document


def test_it_reads_a_plan_a_body_has_already_made() -> None:
    doc = parse_document(
        "Hưởng ứng Ngày Khuyến học\n\n"
        "Để thiết thực kỷ niệm Ngày Khuyến học Việt Nam 2/10, Hội Khuyến học huyện Vĩnh Linh đã "
        "xây dựng kế hoạch triển khai các hoạt động trong hệ thống Hội trên địa bàn.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Kế hoạch", "Hội Khuyến học huyện Vĩnh Linh")


def test_it_reads_an_inspection_board_by_its_abbreviation() -> None:
    doc = parse_document(
        "Hướng tới kỷ niệm 70 năm Ngày truyền thống, UBKT Đảng ủy Khối các cơ quan Trung ương đã "
        "xây dựng kế hoạch tổ chức kỷ niệm, tập trung vào những nội dung sau.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Kế hoạch", "UBKT Đảng ủy Khối các cơ quan Trung ương")


def test_it_reads_no_plan_from_planning_still_to_do_or_work_listed() -> None:
    todo = parse_document(
        "Hội nghị đề nghị Hội Khuyến học huyện Vĩnh Linh xây dựng kế hoạch triển khai các hoạt "
        "động trong thời gian tới.\n"
    ).document
    listed = parse_document(
        "Để chuẩn bị Đại hội, MTTQ huyện Trấn Yên đã xây dựng kế hoạch, hướng dẫn MTTQ các xã "
        "tổ chức đại hội.\n"
    ).document
    assert todo.type is None
    assert listed.type is None


def test_it_takes_the_kind_the_sentence_after_a_bare_van_ban_names() -> None:
    doc = parse_document(
        "Công an tỉnh Đồng Tháp vừa có văn bản gửi Trưởng Công an các đơn vị, các địa phương về "
        "việc tạm ngừng cấp giấy tờ.\n\n"
        "Công văn nêu rõ, các phòng nghiệp vụ tạm ngừng tiếp nhận thủ tục cấp hộ chiếu.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Công văn", "Công an tỉnh Đồng Tháp")


def test_it_keeps_a_named_lead_and_names_no_kind_from_van_ban_alone() -> None:
    named = parse_document(
        "Ngày 10/2/2025, Chính phủ ban hành Nghị quyết số 07/2025/NQ-CP về nhiệm vụ năm 2025.\n"
        "Chỉ thị yêu cầu các bộ, ngành, địa phương đẩy nhanh giải ngân.\n"
    ).document
    bare = parse_document(
        "Sở Văn hóa, Thể thao và Du lịch vừa có văn bản gửi các đơn vị về việc tuyên truyền.\n"
        "Văn bản yêu cầu các huyện tăng cường tuyên truyền.\n"
    ).document
    assert named.type == "Nghị quyết"
    assert bare.type is None


def test_it_reads_a_lower_case_kind_in_a_lead_opening_on_the_part_of_a_day() -> None:
    doc = parse_document(
        "Phòng chống dịch tại Gia Bình\n\n"
        "(BN online) – Chiều 5/3, Ban Thường vụ Huyện ủy Gia Bình ban hành chỉ thị kêu gọi các "
        "tầng lớp nhân dân chung tay phòng, chống dịch bệnh.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Chỉ thị", "Ban Thường vụ Huyện ủy Gia Bình")


def test_it_reads_no_lower_case_kind_after_a_part_of_a_day_without_its_day() -> None:
    doc = parse_document(
        "Phòng chống dịch tại Gia Bình\n\n"
        "(BN online) – Chiều qua, Ban Thường vụ Huyện ủy Gia Bình ban hành chỉ thị kêu gọi các "
        "tầng lớp nhân dân chung tay phòng, chống dịch bệnh.\n"
    ).document
    assert doc.type is None


def test_it_reads_a_report_a_body_has_just_had() -> None:
    doc = parse_document(
        "Rà soát dự án chậm tiến độ\n\n"
        "Sở Tài chính tỉnh Hòa Bình vừa có báo cáo kết quả rà soát các dự án chậm triển khai "
        "trên địa bàn tỉnh.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Báo cáo", "Sở Tài chính tỉnh Hòa Bình")


def test_it_reads_no_plan_a_body_has_just_had_nor_a_report_not_just_had() -> None:
    planned = parse_document(
        "Rà soát dự án chậm tiến độ\n\n"
        "Sở Tài chính tỉnh Hòa Bình vừa có kế hoạch mở rộng việc rà soát các dự án chậm triển "
        "khai trên địa bàn tỉnh.\n"
    ).document
    usual = parse_document(
        "Rà soát dự án chậm tiến độ\n\n"
        "Hằng năm, Sở Tài chính tỉnh Hòa Bình có báo cáo kết quả rà soát các dự án chậm triển "
        "khai trên địa bàn tỉnh.\n"
    ).document
    assert planned.type is None
    assert usual.type is None


def test_it_reads_the_body_that_puts_out_a_van_ban() -> None:
    doc = parse_document(
        "Chỉ đạo cung cấp thông tin\n\n"
        "Ngày 5/3/2024, UBND tỉnh Gia Lai ra văn bản chỉ đạo các huyện cung cấp thông tin cho "
        "báo chí.\n"
    ).document
    assert (doc.issuer, doc.date) == ("UBND tỉnh Gia Lai", date(2024, 3, 5))


def test_it_reads_no_body_that_points_out_a_van_ban() -> None:
    doc = parse_document(
        "Chỉ đạo cung cấp thông tin\n\n"
        "Ngày 5/3/2024, Sở Tư pháp tỉnh Gia Lai chỉ ra văn bản chỉ đạo trái quy định của các "
        "huyện.\n"
    ).document
    assert doc.issuer is None


def test_it_reads_a_notice_a_body_opens_in_its_own_words() -> None:
    doc = parse_document(
        "Tuyển dụng viên chức năm 2026\n\n"
        "Sở Y tế tỉnh Bắc Kạn thông báo xét tuyển viên chức năm 2026, cụ thể như sau:\n"
        "1. Đối tượng dự tuyển\n"
        "Người có đủ điều kiện theo quy định.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Thông báo", "Sở Y tế tỉnh Bắc Kạn")


def test_it_reads_no_notice_from_a_body_informing_without_its_own_text() -> None:
    doc = parse_document(
        "Tuyển dụng viên chức năm 2026\n\n"
        "Kết quả xét tuyển đã được công khai. Sở Y tế tỉnh Bắc Kạn thông báo đến các thí sinh "
        "biết để thực hiện.\n"
    ).document
    assert doc.type is None


def test_it_reads_the_kind_of_a_document_just_signed_and_no_issuer() -> None:
    doc = parse_document(
        "Theo quyết định vừa được Chủ tịch UBND tỉnh Hậu Giang ký ban hành, từ ngày 1/7/2025 "
        "tỉnh sẽ hỗ trợ học phí cho học sinh.\n"
        "Chủ tịch UBND tỉnh Hậu Giang vừa ký công văn gửi các sở về việc khác.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Quyết định", None)


def test_it_reads_no_kind_from_words_just_signed_that_name_none() -> None:
    doc = parse_document(
        "Theo nội dung vừa được Chủ tịch UBND tỉnh Hậu Giang ký ban hành, từ ngày 1/7/2025 tỉnh "
        "sẽ hỗ trợ học phí cho học sinh.\n"
        "Chủ tịch UBND tỉnh Hậu Giang vừa ký công văn gửi các sở về việc khác.\n"
    ).document
    assert doc.type is None


def test_it_reads_a_lower_case_kind_a_body_says_it_has_issued() -> None:
    doc = parse_document(
        "Tin tức sự kiện\n\n"
        "Ngày 10/3/2024, UBND tỉnh Đồng Nai cho biết đã ban hành kế hoạch tổ chức lễ hội xuân.\n"
    ).document
    assert (doc.type, doc.issuer, doc.date) == ("Kế hoạch", "UBND tỉnh Đồng Nai", date(2024, 3, 10))


def test_it_reads_no_lower_case_kind_after_a_name_run_into_a_clause_with_cho() -> None:
    doc = parse_document(
        "Tin tức sự kiện\n\n"
        "Ngày 10/3/2024, Sở Tài chính cho các xã đã ban hành kế hoạch tổ chức lễ hội xuân.\n"
    ).document
    assert doc.type is None


def test_it_reads_the_document_a_page_opens_on_with_trong() -> None:
    doc = parse_document(
        "Tin tức sự kiện\n\n"
        "Trong Kế hoạch số 120/KH-UBND vừa ban hành, UBND tỉnh Hà Tĩnh đặt mục tiêu đến năm 2025 "
        "hoàn thành chuyển đổi số.\n"
    ).document
    assert (doc.type, doc.number) == ("Kế hoạch", "120/KH-UBND")


def test_it_reads_no_document_named_in_a_sentence_not_opening_on_it() -> None:
    doc = parse_document(
        "Tin tức sự kiện\n\n"
        "Mục tiêu nêu trong Kế hoạch số 120/KH-UBND vừa ban hành là hoàn thành chuyển đổi số.\n"
    ).document
    assert (doc.type, doc.number) == (None, None)


def test_it_reads_a_notice_a_body_has_just_put_out() -> None:
    doc = parse_document(
        "Chỉ ra tồn tại trong cải cách thủ tục hành chính\n\n"
        "Văn phòng Chính phủ vừa ra thông báo Kết luận của Phó Thủ tướng tại phiên họp thứ ba của "
        "Tổ công tác cải cách thủ tục hành chính.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Thông báo", "Văn phòng Chính phủ")


def test_it_reads_no_plan_a_body_has_just_put_out() -> None:
    # A plan "ra" is one still being made, as one "had" is (_JUST_HAD_TYPES has no Kế hoạch).
    doc = parse_document(
        "Chuẩn bị mùa mưa bão\n\n"
        "Văn phòng Chính phủ vừa ra kế hoạch làm việc với các bộ về công tác phòng chống thiên "
        "tai trong mùa mưa bão.\n"
    ).document
    assert doc.type is None


def test_it_reads_a_lower_case_kind_signed_on_the_day_a_lead_opens_on() -> None:
    doc = parse_document(
        "Ngày Pháp luật Việt Nam\n\n"
        "(HanoiTV) - Ngày 9/11/2013, Thủ tướng Chính phủ đã ký quyết định lấy ngày 9/11 hằng năm "
        "là Ngày Pháp luật Việt Nam.\n"
    ).document
    assert (doc.type, doc.date) == ("Quyết định", date(2013, 11, 9))


def test_it_reads_no_kind_from_a_van_ban_signed_on_the_day_a_lead_opens_on() -> None:
    doc = parse_document(
        "Cho học sinh nghỉ học\n\n"
        "(QTO) - Chiều nay 8/10/2020, Giám đốc Sở Giáo dục và Đào tạo đã ký văn bản hỏa tốc đề "
        "nghị các phòng cho học sinh nghỉ học.\n"
    ).document
    assert (doc.type, doc.date) == (None, date(2020, 10, 8))


def test_it_reads_the_prime_minister_s_office_as_the_issuer_of_what_he_signs() -> None:
    doc = parse_document(
        "Ngày Pháp luật Việt Nam\n\n"
        "Ngày 9/11/2013, Thủ tướng Chính phủ đã ký quyết định lấy ngày 9/11 hằng năm là Ngày Pháp "
        "luật Việt Nam.\n"
    ).document
    just = parse_document(
        "Thành lập Ban Chỉ đạo\n\nThủ tướng Phạm Minh Chính vừa ký quyết định thành lập Ban Chỉ "
        "đạo quốc gia về chuyển đổi số.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Quyết định", "Thủ tướng Chính phủ")
    assert (just.type, just.issuer) == ("Quyết định", "Thủ tướng")


def test_it_reads_no_issuer_from_a_deputy_prime_minister_s_signature() -> None:
    doc = parse_document(
        "Thành lập Ban Quản lý\n\nPhó Thủ tướng Trần Hồng Hà vừa ký quyết định thành lập Ban Quản "
        "lý Khu kinh tế tỉnh Quảng Trị.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Quyết định", None)


def test_it_reads_the_document_a_lead_opens_by_citing_with_its_body_and_subject() -> None:
    # "TP - Theo kế hoạch của Ban Bí thư T.Ư Đoàn về việc tổ chức …, tháng 7 sẽ là …" (dev48).
    tagged = parse_document(
        "Tháng cao điểm tuyên truyền\n\n"
        "TTXVN - Theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy về việc tuyên truyền kỷ niệm 95 năm "
        "Ngày thành lập Đảng, các chi bộ tổ chức sinh hoạt chuyên đề trong tháng 2.\n"
    ).document
    dotted = parse_document(
        "Theo kế hoạch của Ban Thường vụ T.Ư Hội về tổ chức Tháng hành động, các cấp hội ra quân "
        "từ ngày 1/6.\n"
    ).document
    assert (tagged.type, tagged.issuer, tagged.number) == (
        "Hướng dẫn",
        "Ban Tuyên giáo Tỉnh ủy",
        None,
    )
    assert (dotted.type, dotted.issuer) == ("Kế hoạch", "Ban Thường vụ T.Ư Hội")


def test_a_report_cited_or_a_plan_followed_mid_sentence_is_not_the_page_s_document() -> None:
    report = parse_document(
        "Theo báo cáo của Sở Y tế về tình hình dịch bệnh, số ca mắc trong tuần giảm mạnh.\n"
    ).document
    followed = parse_document(
        "Các xã đã di dời dân theo kế hoạch của Ban Chỉ huy phòng chống thiên tai huyện về ứng "
        "phó bão số 3.\n"
    ).document
    assert report.type is None
    assert followed.type is None


def test_a_document_the_content_is_in_signed_and_issued_by_a_person_is_the_page_s() -> None:
    # "Nội dung nêu trên thể hiện trong Chỉ thị số 26/CT-UBND được Chủ tịch UBND TP Hà Nội …
    # vừa ký và ban hành.", "… trong Công điện số 27 về việc … do Chủ tịch … ký và ban hành ngày
    # 31/12." (dev48).
    recent = parse_document(
        "Các yêu cầu trên có trong Chỉ thị số 05/CT-UBND được Chủ tịch UBND tỉnh Nguyễn Văn A "
        "vừa ký và ban hành.\n"
    ).document
    content = parse_document(
        "Nội dung trên thể hiện trong Công điện số 12 về việc phòng, chống rét do Chủ tịch UBND "
        "tỉnh Nguyễn Văn B ký và ban hành ngày 20/1.\n"
    ).document
    assert (recent.type, recent.number, recent.issuer) == ("Chỉ thị", "05/CT-UBND", None)
    assert (content.type, content.issuer) == ("Công điện", None)


def test_a_resolution_a_meeting_recalls_as_signed_is_not_the_page_s() -> None:
    doc = parse_document(
        "Hội nghị đã quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị được Tổng Bí thư ký và "
        "ban hành ngày 22/12/2024 về phát triển khoa học.\n"
    ).document
    assert doc.number != "57-NQ/TW"


def test_unnumbered_documents_a_person_signs_of_a_central_body_are_that_body_s() -> None:
    # "Tổng Bí thư Tô Lâm ký ban hành các quyết định của Bộ Chính trị về thành lập …" (dev48).
    plural = parse_document(
        "Tổng Bí thư ký ban hành các quyết định của Bộ Chính trị về thành lập đảng bộ các tỉnh.\n"
    ).document
    single = parse_document(
        "Thường trực Ban Bí thư vừa ký ban hành Quy định của Ban Bí thư về công tác kiểm tra.\n"
    ).document
    assert (plural.type, plural.issuer, plural.number) == ("Quyết định", "Bộ Chính trị", None)
    assert (single.type, single.issuer) == ("Quy định", "Ban Bí thư")


def test_an_unnumbered_document_a_person_signs_without_its_owner_keeps_no_issuer() -> None:
    doc = parse_document(
        "Phó Thủ tướng Trần Hồng Hà vừa ký quyết định phê duyệt quy hoạch bảo vệ môi trường.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Quyết định", None)


def test_a_lead_without_its_day_takes_the_day_a_later_line_says_it_was_issued() -> None:
    # "Bộ VH-TT&DL ban hành Công điện 2954/CĐ-BVHTTDL về …" / "Công điện 2954/CĐ-BVHTTDL được
    # ban hành ngày 12/8/2020." (dev48).
    doc = parse_document(
        "Bộ Tài chính ban hành Công văn 1234/BTC-NSNN về việc chi thường xuyên.\n"
        "Theo đó, các bộ rà soát các khoản chi.\n"
        "Công văn 1234/BTC-NSNN được ban hành ngày 05/3/2021.\n"
    ).document
    other = parse_document(
        "Bộ Tài chính ban hành Công văn 1234/BTC-NSNN về việc chi thường xuyên.\n"
        "Thông tư 56/2020/TT-BTC được ban hành ngày 05/3/2020.\n"
    ).document
    assert (doc.number, doc.date) == ("1234/BTC-NSNN", date(2021, 3, 5))
    assert other.date is None


def test_a_headline_on_a_place_issuing_a_kind_gives_the_kind_not_the_place() -> None:
    # "TP.HCM ban hành chỉ thị về chăm lo Tết Quý Mão năm 2023" over a paragraph (dev48).
    doc = parse_document(
        "Thứ Tư 11/01/2023, 07:00\n\nTP.HCM ban hành chỉ thị về phòng, chống cháy nổ dịp Tết\n\n"
        "Theo đó, Chủ tịch UBND thành phố yêu cầu các sở, ngành chăm lo Tết cho Nhân dân.\n"
    ).document
    many = parse_document(
        "Nhiều tỉnh ban hành chỉ thị về phòng, chống rét cho gia súc\n\n"
        "Trước đợt rét đậm, các địa phương khẩn trương chống rét.\n"
    ).document
    sentence = parse_document(
        "Đà Nẵng ban hành chỉ thị về chăm lo Tết, đây là năm thứ ba thành phố làm như vậy và "
        "người dân đồng tình ủng hộ với nhiều ý kiến khác nhau về cách làm.\n"
    ).document
    assert doc.type == "Chỉ thị" and doc.issuer != "TP.HCM"
    assert many.type is None
    assert sentence.type is None


def test_a_body_that_sends_out_a_numbered_document_issues_it() -> None:
    # "Văn phòng Chính phủ vừa phát đi Thông báo số 134/TB-VPCP ngày 4/5/2022 kết luận …" (dev48).
    doc = parse_document(
        "Ban Chỉ đạo quốc gia vừa phát đi Công điện số 05/CĐ-BCĐ ngày 12/9/2024 về ứng phó bão.\n"
    ).document
    message = parse_document("Bộ Y tế vừa phát đi thông điệp 5K để phòng dịch.\n").document
    assert (doc.type, doc.number, doc.issuer, doc.date) == (
        "Công điện",
        "05/CĐ-BCĐ",
        "Ban Chỉ đạo quốc gia",
        date(2024, 9, 12),
    )
    assert message.type is None


def test_a_party_symbol_whose_hyphen_is_a_space_still_numbers_the_lead() -> None:
    # "… đã ký Chỉ thị SỐ 260 CT/QUTW của Thường vụ Quân ủy Trung ương về việc …" (dev48).
    doc = parse_document(
        "Đồng chí Bí thư Tỉnh ủy thay mặt Ban Thường vụ Tỉnh ủy đã ký Chỉ thị SỐ 15 CT/TU của "
        "Ban Thường vụ Tỉnh ủy về việc tổ chức Tết.\n"
    ).document
    bare = parse_document("UBND tỉnh vừa ban hành Kế hoạch số 15 Tháng hành động vì trẻ em.\n")
    assert (doc.type, doc.number) == ("Chỉ thị", "15-CT/TU")
    assert bare.document.number is None


def test_a_body_that_sends_a_letter_asking_something_has_issued_it() -> None:
    # "Bộ trưởng Bộ Giáo dục và Đào tạo đã gửi công điện đề nghị các Sở …" (dev48).
    doc = parse_document(
        "Bộ Y tế đã gửi công văn đề nghị các địa phương tăng cường phòng, chống dịch sởi.\n"
    ).document
    gift = parse_document("Hội Chữ thập đỏ tỉnh đã gửi quà tặng các gia đình khó khăn.\n").document
    assert (doc.type, doc.issuer) == ("Công văn", "Bộ Y tế")
    assert gift.type is None
