"""A news copy's first sentence (parsing/lead.py): the issuing body, not its term or a power."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document


def test_it_skips_a_clause_before_the_issuer_and_reads_a_date_without_its_comma() -> None:
    doc = parse_document(
        "Nhằm triển khai quy định vừa được Chính phủ ban hành phù hợp với thực tiễn quản lý, ngày "
        "13/3/2025, Bộ Công Thương đã ban hành Thông tư 18/2025/TT-BCT về kinh doanh xăng dầu.\n"
    ).document
    assert (doc.number, doc.issuer) == ("18/2025/TT-BCT", "Bộ Công Thương")
    assert doc.date == date(2025, 3, 13)
    doc = parse_document(
        "Ngày 26/12/2024 Chính phủ ban hành ban hành Nghị định 168/2024/NĐ-CP quy định xử phạt.\n"
    ).document
    assert (doc.number, doc.issuer, doc.date) == ("168/2024/NĐ-CP", "Chính phủ", date(2024, 12, 26))


def test_it_takes_the_signed_opening_over_a_later_sentence_naming_an_issuer() -> None:
    doc = parse_document(
        "# Danh sách tên gọi các tỉnh sau sáp nhập\n"
        "Ngày 12/04/2025, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết 60-NQ/TW năm 2025 về "
        "của Hội nghị lần thứ 11 Ban chấp hành Trung ương Đảng khoá XIII.\n"
        "Theo danh sách kèm theo Nghị quyết, có 23 tỉnh mới.\n"
        "Ngày 7/4/2025, Chính phủ có Nghị quyết 74/NQ-CP về việc khác.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Nghị quyết", "60-NQ/TW", date(2025, 4, 12))
    assert doc.issuer is None


def test_it_names_a_central_board_written_after_the_committee() -> None:
    doc = parse_document(
        "Ngày 4/12/2025, Ban chính sách, chiến lược Ban Chấp hành Trung ương đã ban hành Quyết "
        "định 419-QĐ/BCSCLTW năm 2025 kiện toàn Ban Chỉ đạo xây dựng Đề án.\n"
    ).document
    assert (doc.type, doc.number) == ("Quyết định", "419-QĐ/BCSCLTW")
    assert doc.issuer == "Ban chính sách, chiến lược Trung ương"


def test_it_reads_an_issuer_whose_name_glosses_an_abbreviation() -> None:
    doc = parse_document(
        "Ngày 14/3/2025, Sở Giáo dục và Đào tạo (Sở GDĐT) Lâm Đồng đã có Công văn "
        "83/SGDĐT-QLCL TẢI VỀ về hướng dẫn thực hiện công tác tuyển sinh.\n"
    ).document
    assert (doc.number, doc.date) == ("83/SGDĐT-QLCL", date(2025, 3, 14))
    assert doc.issuer == "Sở Giáo dục và Đào tạo Lâm Đồng"


def test_it_reads_a_lead_that_names_its_own_number_twice() -> None:
    doc = parse_document(
        "Ngày 10/3/2024, Ban Tuyên giáo Trung ương đã có Hướng dẫn số 21-HD/BTGTW (Ban Tuyên giáo "
        "Trung ương có văn bản số 21-HD/BTGTW) về tuyên truyền.\n"
    ).document
    assert (doc.number, doc.issuer) == ("21-HD/BTGTW", "Ban Tuyên giáo Trung ương")


def test_it_reads_a_titled_document_a_body_has_without_its_number() -> None:
    doc = parse_document(
        "Sáng 3-6, Bộ Y tế đã có Công điện yêu cầu các địa phương tăng cường giám sát dịch bệnh.\n"
    ).document
    assert (doc.type, doc.issuer, doc.number, doc.date) == ("Công điện", "Bộ Y tế", None, None)
    quoted = parse_document("Căn cứ Điều 5, Bộ Y tế có quy định như sau:\n- Khai báo y tế.\n")
    assert quoted.document.type is None


def test_it_reads_a_letter_named_van_ban_only_with_its_number() -> None:
    doc = parse_document(
        "Ngày 3-9, Sở Nội vụ đã có văn bản số 1520/SNV-CCVC về việc rà soát biên chế năm 2025.\n"
    ).document
    assert (doc.number, doc.issuer, doc.date) == ("1520/SNV-CCVC", "Sở Nội vụ", None)
    bare = parse_document("Ngày 3-9, Sở Nội vụ đã có văn bản đề nghị các xã rà soát biên chế.\n")
    assert (bare.document.type, bare.document.number) == (None, None)


def test_it_takes_the_body_a_signer_of_any_office_signed_for() -> None:
    doc = parse_document(
        "Ngày 02/3/2022, thay mặt UBND huyện, Phó Chủ tịch UBND huyện Lò Văn Minh đã ký ban hành "
        "Kế hoạch số 45/KH-UBND về phòng, chống thiên tai năm 2022.\n"
    ).document
    assert (doc.type, doc.number) == ("Kế hoạch", "45/KH-UBND")
    assert (doc.issuer, doc.date) == ("UBND huyện", date(2022, 3, 2))


def test_it_keeps_a_dotted_abbreviation_in_the_issuer() -> None:
    doc = parse_document(
        "Ngày 12/3/2024, Ban Thường vụ T.Ư Đoàn đã ban hành Hướng dẫn số 15-HD/TWĐTN-BTG về "
        "tổ chức Tháng Thanh niên.\n"
    ).document
    assert (doc.issuer, doc.number) == ("Ban Thường vụ T.Ư Đoàn", "15-HD/TWĐTN-BTG")


def test_it_reads_type_and_issuer_from_a_title_line_without_a_number() -> None:
    doc = parse_document(
        "Trích yếu\nKế hoạch của Ban Thường vụ Huyện ủy Khóa XXIII về tổ chức Tháng Thanh niên "
        "năm 2025.\n"
    ).document
    assert (doc.type, doc.issuer, doc.number) == ("Kế hoạch", "Ban Thường vụ Huyện ủy", None)
    cited = parse_document(
        "Tin tức\nHội nghị học tập\nCác chi bộ\nChỉ thị của Ban Thường vụ Huyện ủy về tổ chức đại "
        "hội được quán triệt.\n"
    ).document
    assert cited.type is None


def test_it_dates_a_signing_reported_without_a_number_and_names_no_issuer() -> None:
    doc = parse_document(
        "(BTN) - Sáng nay 14/3/2023, Giám đốc Sở Y tế Trần Văn Bình đã ký văn bản khẩn đề nghị "
        "các bệnh viện tăng cường phòng dịch.\n"
    ).document
    assert (doc.date, doc.number, doc.issuer) == (date(2023, 3, 14), None, None)


def test_it_reads_a_lead_of_a_district_or_town_party_committee() -> None:
    doc = parse_document(
        "Ngày 04/7/2018, Quận ủy ban hành Kế hoạch số 149-KH/QU về tổ chức Lễ kỷ niệm.\n"
    ).document
    assert (doc.type, doc.number, doc.issuer) == ("Kế hoạch", "149-KH/QU", "Quận ủy")
    assert doc.date == date(2018, 7, 4)
    town = parse_document("Thị ủy Sơn Tây đã ban hành Hướng dẫn số 12-HD/TU về tuyên truyền.\n")
    assert town.document.issuer == "Thị ủy Sơn Tây"


def test_it_reads_a_lead_of_a_district_division_but_not_phong_chong() -> None:
    doc = parse_document(
        "Ngày 08 tháng 6 năm 2016, Phòng Văn hóa - Thông tin huyện Mỹ Đức đã ban hành Công văn "
        "số 50/VHTT về tháo dỡ pano cũ.\n"
    ).document
    assert (doc.number, doc.issuer) == ("50/VHTT", "Phòng Văn hóa - Thông tin huyện Mỹ Đức")
    assert doc.date == date(2016, 6, 8)
    fight = parse_document(
        "Phòng, chống dịch Covid-19, UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND về tiêm chủng.\n"
    ).document
    assert fight.issuer == "UBND tỉnh"


def test_it_reads_a_lead_of_a_steering_committee_abbreviated_bcd() -> None:
    doc = parse_document(
        "BCĐ các ngày kỷ niệm tỉnh giai đoạn 2021 - 2025 có Kế hoạch số 34/KH-BCĐ, ngày 19/2/2021 "
        "về tổ chức các hoạt động kỷ niệm.\n"
    ).document
    assert (doc.number, doc.issuer) == (
        "34/KH-BCĐ",
        "BCĐ các ngày kỷ niệm tỉnh giai đoạn 2021 - 2025",
    )
    assert doc.date == date(2021, 2, 19)


def test_it_takes_the_body_signed_for_whatever_the_signers_title() -> None:
    doc = parse_document(
        "Ngày 11/8/2020, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Thế Giang đã ký ban "
        "hành văn bản số 2508/UBND-KGVX, chỉ đạo các sở tăng cường phòng, chống dịch.\n"
    ).document
    assert (doc.number, doc.issuer, doc.date) == ("2508/UBND-KGVX", "UBND tỉnh", date(2020, 8, 11))
    union = parse_document(
        "Ngày 24/11 thay mặt Đoàn Chủ tịch, Phó Chủ tịch Hội LHPNVN Nguyễn Thị Tuyết đã ký văn bản "
        "số 1117/ĐCT-TG về việc điều chỉnh thời gian nhận bài dự thi.\n"
    ).document
    assert (union.number, union.issuer, union.date) == ("1117/ĐCT-TG", "Đoàn Chủ tịch", None)


def test_it_reads_a_numberless_letter_reported_in_a_body_sentence() -> None:
    doc = parse_document(
        "Tin tức - Sự kiện\n"
        "Trước tình hình mưa lũ, Sở Nông nghiệp và Môi trường đã ban hành văn bản về việc chủ "
        "động ứng phó với thiên tai. Văn bản yêu cầu các huyện theo dõi sát diễn biến.\n"
    ).document
    # "văn bản" names no type; the body that issued it is the sentence's subject.
    assert (doc.type, doc.issuer, doc.number) == (None, "Sở Nông nghiệp và Môi trường", None)
    wire = parse_document(
        "Tối 12-9, UBND tỉnh Lai Châu có công điện khẩn về việc ứng phó với bão số 3.\n"
    ).document
    assert (wire.type, wire.issuer, wire.date) == ("Công điện", "UBND tỉnh Lai Châu", None)


def test_it_reads_a_chair_issuing_in_their_own_name_and_an_abbreviated_board() -> None:
    chair = parse_document(
        "Chủ tịch UBND tỉnh vừa có công văn chỉ đạo các sở, ngành đẩy nhanh tiến độ giải ngân.\n"
    ).document
    assert (chair.type, chair.issuer) == ("Công văn", "Chủ tịch UBND tỉnh")
    board = parse_document(
        "Quán triệt Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị, BTV Tỉnh ủy Lai Châu đã "
        "ban hành Chỉ thị số 12-CT/TU ngày 02/8/2016 về tăng cường công tác tuyên truyền.\n"
    ).document
    assert (board.issuer, board.number, board.date) == (
        "BTV Tỉnh ủy Lai Châu",
        "12-CT/TU",
        date(2016, 8, 2),
    )


def test_it_takes_the_subject_after_a_clause_ending_in_another_body() -> None:
    doc = parse_document(
        "Thực hiện Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ "
        "Tỉnh ủy Lai Châu ban hành Kế hoạch số 21-KH/TU về chuyển đổi số.\n"
    ).document
    assert (doc.issuer, doc.number) == ("Ban Thường vụ Tỉnh ủy Lai Châu", "21-KH/TU")


def test_it_reads_the_body_named_after_a_carried_out_letter() -> None:
    doc = parse_document(
        "Thực hiện Công văn số 95/VHTT ngày 04/3/2021 của Phòng Văn hóa và Thông tin huyện về việc "
        "cảnh báo tin giả, Phòng Giáo dục và Đào tạo (GDĐT) đề nghị các trường tuyên truyền.\n"
    ).document
    assert (doc.issuer, doc.number) == ("Phòng Giáo dục và Đào tạo", None)


def test_it_reads_a_numbered_plan_that_a_body_built() -> None:
    doc = parse_document(
        "Thực hiện Kế hoạch số 221-KH/HU ngày 12/11/2024 của Ban Thường vụ Huyện ủy về đại hội. "
        "Đảng ủy xã Mường So đã xây dựng Kế hoạch số 65-KH/ĐU ngày 25 tháng 12 năm 2024 tổ chức "
        "Đại hội Đảng bộ xã.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Kế hoạch", "65-KH/ĐU", date(2024, 12, 25))
    bracketed = parse_document(
        "- Hưởng ứng phong trào thi đua, UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động Tết "
        "trồng cây năm 2025 (Kế hoạch số 08/KH-UBND).\n"
    ).document
    assert (bracketed.type, bracketed.number) == ("Kế hoạch", "08/KH-UBND")


def test_it_numbers_a_lead_from_the_same_body_s_document_further_down() -> None:
    doc = parse_document(
        "Ban Tuyên giáo Huyện ủy ban hành Hướng dẫn công tác tuyên truyền các ngày lễ năm 2025.\n"
        "Phòng Văn hóa và Thông tin đăng tải Hướng dẫn số 35-HD/BTG ngày 25/12/2024 của Ban Tuyên "
        "giáo Huyện ủy.\n"
    ).document
    assert (doc.number, doc.date) == ("35-HD/BTG", date(2024, 12, 25))
    # Another body's document of the same type gives no number.
    other = parse_document(
        "Ban Tuyên giáo Huyện ủy ban hành Hướng dẫn công tác tuyên truyền các ngày lễ năm 2025.\n"
        "Thực hiện Hướng dẫn số 70-HD/BTGTU ngày 14/12/2024 của Ban Tuyên giáo Tỉnh ủy.\n"
    ).document
    assert other.number is None


def test_it_numbers_no_lead_from_the_same_body_s_document_it_rests_on() -> None:
    # "Căn cứ Kế hoạch số 34/KH-GDĐT … của Trường …" in the school's own plan: an earlier plan.
    # (A later mention of the same body's document still numbers the lead: the test above.)
    doc = parse_document(
        "Kế hoạch năm học 2020-2021\n"
        "Căn cứ Kế hoạch số 34/KH-GDĐT ngày 04/12/2019 của Trường Tiểu học Tân Mỹ về việc triển "
        "khai Chương trình giáo dục phổ thông 2018;\n"
        "Trường Tiểu học Tân Mỹ xây dựng kế hoạch hoạt động giáo dục năm học 2020-2021, cụ thể "
        "như sau:\nI. BỐI CẢNH\n"
    ).document
    assert (doc.type, doc.issuer, doc.number, doc.date) == (
        "Kế hoạch",
        "Trường Tiểu học Tân Mỹ",
        None,
        None,
    )


def test_it_reads_title_case_committees_and_a_site_s_bracketed_tag() -> None:
    doc = parse_document(
        "(Baolaichau.vn) - Ngày 23/8/2025, Tỉnh Ủy Lai Châu đã ban hành Chương trình số 27-CTr/TU "
        "về thực hiện Chỉ thị 13-CT/TW của Ban Bí thư.\n"
    ).document
    assert (doc.issuer, doc.number, doc.date) == (
        "Tỉnh Ủy Lai Châu",
        "27-CTr/TU",
        date(2025, 8, 23),
    )


def test_it_prefers_one_body_to_many_before_the_verb() -> None:
    doc = parse_document(
        "Lai Châu chuẩn bị bầu cử Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026–2031 UBND tỉnh "
        "Lai Châu vừa ban hành Chỉ thị về việc chuẩn bị bầu cử.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Chỉ thị", "UBND tỉnh Lai Châu")


def test_it_reads_the_body_that_calls_on_others_in_a_preamble() -> None:
    doc = parse_document(
        "Năm 2025 có ý nghĩa đặc biệt quan trọng đối với tỉnh.\n"
        "Phát huy kết quả đã đạt được, Ủy ban nhân dân tỉnh Lai Châu kêu gọi các cơ quan, đơn vị "
        "thi đua hoàn thành các chỉ tiêu năm 2025.\n"
    ).document
    assert doc.issuer == "Ủy ban nhân dân tỉnh Lai Châu"


def test_it_reads_a_body_named_right_after_a_page_s_time() -> None:
    doc = parse_document(
        "Hà Nội: Yêu cầu lãnh đạo không rời thành phố dịp Tết\n"
        "09/02/2025, 06:20Thường trực Thành uỷ cũng yêu cầu lãnh đạo các quận không rời thành "
        "phố trong dịp Tết.\n"
    ).document
    assert doc.issuer == "Thường trực Thành uỷ"


def test_it_keeps_a_name_that_ends_in_moi() -> None:
    doc = parse_document(
        "Ban Chỉ đạo xây dựng nông thôn mới ban hành Kế hoạch số 05/KH-BCĐ ngày 2/3/2024 về "
        "thi đua.\n"
    ).document
    assert doc.issuer == "Ban Chỉ đạo xây dựng nông thôn mới"


def test_it_names_the_first_of_two_bodies_working_together() -> None:
    doc = parse_document(
        "Công an tỉnh Điện Biên phối hợp với Đài Phát thanh ban hành Kế hoạch số 33/KH-CAT "
        "ngày 1/6/2024.\n"
    ).document
    assert (doc.number, doc.issuer) == ("33/KH-CAT", "Công an tỉnh Điện Biên")


def test_it_names_the_prime_minister_s_office_not_the_person() -> None:
    doc = parse_document(
        "Thủ tướng Chính phủ Nguyễn Xuân Phúc đã có Công điện số 1473/CĐ-TTg gửi các tỉnh "
        "miền Trung về ứng phó bão.\n"
    ).document
    assert (doc.number, doc.issuer) == ("1473/CĐ-TTg", "Thủ tướng Chính phủ")


def test_it_reads_a_cooperative_alliance_as_an_issuer() -> None:
    doc = parse_document(
        "Ngày 06 tháng 10 năm 2023 Liên minh Hợp tác xã (HTX) Việt Nam ban hành công văn về việc "
        "đề cương tuyên truyền kỷ niệm 30 năm ngày thành lập.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Công văn", "Liên minh Hợp tác xã Việt Nam")
    assert doc.date == date(2023, 10, 6)


def test_it_reads_the_kind_of_a_document_an_office_holder_just_signed() -> None:
    doc = parse_document(
        "Tin thời sự\nPhó Thủ tướng Trần Hồng Hà vừa ký quyết định thành lập Ban Quản lý Khu kinh "
        "tế tỉnh Quảng Trị.\n"
    ).document
    # Whose document it is the office-holder does not say: the issuer is left to the reviewer.
    assert (doc.type, doc.issuer, doc.number) == ("Quyết định", None, None)


def test_it_reads_a_body_deploying_its_own_unnumbered_plan() -> None:
    doc = parse_document(
        "Tin hoạt động\nChào mừng kỷ niệm ngày khởi nghĩa, Ban Thường vụ Hội Liên hiệp Phụ nữ "
        "huyện Phụng Hiệp triển khai Kế hoạch tổ chức chuỗi hoạt động chào mừng.\n"
    ).document
    assert (doc.type, doc.issuer) == (
        "Kế hoạch",
        "Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Phụng Hiệp",
    )
    # Another body's plan, or a numbered one, is deployed, not issued, by the subject.
    cited = parse_document(
        "Tin hoạt động\nHội Nông dân xã Thanh Xương triển khai Kế hoạch của UBND huyện về chuyển "
        "đổi số.\n"
    ).document
    assert cited.issuer is None


def test_it_reads_a_department_whose_name_holds_a_comma_as_the_issuer() -> None:
    doc = parse_document(
        "Thông tin tuyên truyền\nNhân dịp kỷ niệm Ngày truyền thống, Sở Văn hóa, Thể thao và Du "
        "lịch yêu cầu các đơn vị trực thuộc triển khai tuyên truyền.\n"
    ).document
    assert doc.issuer == "Sở Văn hóa, Thể thao và Du lịch"


def test_it_names_a_board_with_the_committee_the_page_first_gave_it() -> None:
    doc = parse_document(
        "Cách chức Giám đốc CDC\nỦy ban Kiểm tra Tỉnh ủy Hậu Giang đã tiến hành kiểm tra khi có "
        "dấu hiệu vi phạm. Qua kiểm tra, Ủy ban Kiểm tra đã ban hành các quyết định thi hành "
        "kỷ luật.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Quyết định", "Ủy ban Kiểm tra Tỉnh ủy Hậu Giang")


def test_a_capitalised_ban_opening_a_bodys_name_is_no_verb() -> None:
    doc = parse_document(
        "Ngày 3/5/2023, Sở Nội vụ Ban Tôn giáo ban hành Công văn số 120/BTG-NV về việc hướng dẫn "
        "các xã.\n"
    ).document
    assert (doc.number, doc.issuer) == ("120/BTG-NV", "Sở Nội vụ Ban Tôn giáo")
