"""A news copy's first sentence (parsing/lead.py): the body named, not its term or a power."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.namecheck import issuer_checked


def test_it_reads_a_dashed_lead_and_leaves_the_term_out_of_the_issuer() -> None:
    doc = parse_document(
        "- Ngày 27-3-2003, Ban Bí thư Trung ương Đảng khóa IX đã ban hành Chỉ thị số 23-CT/TW "
        "về việc tổ chức đợt học tập tư tưởng Hồ Chí Minh.\n"
    ).document
    assert (doc.type, doc.number) == ("Chỉ thị", "23-CT/TW")
    assert (doc.issuer, doc.date) == ("Ban Bí thư Trung ương Đảng", date(2003, 3, 27))


def test_it_takes_no_issuer_from_a_sentence_stating_a_power() -> None:
    parsed = parse_document(
        "Nhiệm vụ của ủy ban kiểm tra.\n- Kiểm tra tài chính của cấp ủy cấp dưới.\n"
        "Uỷ ban kiểm tra có quyền yêu cầu tổ chức đảng cấp dưới và đảng viên báo cáo.\n"
    )
    assert parsed.document.issuer is None


def test_it_reads_no_document_from_a_law_quoted_on_a_question_page() -> None:
    doc = parse_document(
        "# Vận chuyển tiền giả bị xử lý như thế nào?\n"
        "Căn cứ Điều 207 Bộ luật Hình sự 2015 có quy định như sau:\n"
        "Tội làm, tàng trữ, vận chuyển, lưu hành tiền giả\n"
    ).document
    assert (doc.type, doc.issuer) == (None, None)


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


def test_it_reads_no_document_from_ban_hanh_quy_dinh_nhu_sau() -> None:
    doc = parse_document(
        "Việc đăng ký tài khoản tại Kho bạc Nhà nước khi thực hiện mô hình chính quyền địa "
        "phương 2 cấp do Bộ Tài chính ban hành quy định như sau:\n- Căn cứ Nghị quyết.\n"
    ).document
    assert (doc.type, doc.issuer) == (None, None)


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


def test_it_reads_the_signing_date_of_a_lead_that_cites_its_source_first() -> None:
    doc = parse_document(
        "Theo Cổng TTĐT Đảng Cộng sản Việt Nam, ngày 22/10/2025, đồng chí Trần Cẩm Tú, Ủy viên "
        "Bộ Chính trị, Thường trực Ban Bí thư đã ký ban hành Quy định số 379-QĐ/TW của Ban Bí "
        "thư quy định về thực hiện giao dịch điện tử.\n"
    ).document
    assert (doc.number, doc.issuer, doc.date) == ("379-QĐ/TW", "Ban Bí thư", date(2025, 10, 22))


def test_it_ends_the_issuer_after_of_before_the_clause_that_follows() -> None:
    doc = parse_document(
        "Để ứng phó siêu bão, Phó Thủ tướng Trần Hồng Hà vừa ký Công điện số 170/CĐ-TTg ngày "
        "22/9/2025 của Thủ tướng Chính phủ chỉ đạo các bộ ngành, địa phương chủ động ứng phó.\n"
    ).document
    assert (doc.type, doc.number) == ("Công điện", "170/CĐ-TTg")
    assert (doc.issuer, doc.date) == ("Thủ tướng Chính phủ", date(2025, 9, 22))


def test_it_names_a_central_board_written_after_the_committee() -> None:
    doc = parse_document(
        "Ngày 4/12/2025, Ban chính sách, chiến lược Ban Chấp hành Trung ương đã ban hành Quyết "
        "định 419-QĐ/BCSCLTW năm 2025 kiện toàn Ban Chỉ đạo xây dựng Đề án.\n"
    ).document
    assert (doc.type, doc.number) == ("Quyết định", "419-QĐ/BCSCLTW")
    assert doc.issuer == "Ban chính sách, chiến lược Trung ương"


def test_it_reads_a_concluding_notice_as_a_thong_bao() -> None:
    doc = parse_document(
        "Văn phòng Trung ương Đảng ban hành Thông báo kết luận 177-TB/VPTW của Tổng Bí thư Tô "
        "Lâm tại buổi làm việc về giáo dục và đào tạo.\n"
    ).document
    assert (doc.type, doc.number) == ("Thông báo", "177-TB/VPTW")
    assert (doc.issuer, doc.date) == ("Văn phòng Trung ương Đảng", None)


def test_it_leaves_the_verb_out_of_an_issuer_that_has_issued() -> None:
    doc = parse_document(
        "Ngày 01/12/2025, Ủy ban nhân dân tỉnh Cà Mau có ban hành Thông báo 0226/TB-UBND năm "
        "2025 về việc nghỉ tết Dương lịch 2026.\n"
    ).document
    assert (doc.type, doc.number) == ("Thông báo", "0226/TB-UBND")
    assert (doc.issuer, doc.date) == ("Ủy ban nhân dân tỉnh Cà Mau", date(2025, 12, 1))


def test_it_reads_an_issuer_whose_name_glosses_an_abbreviation() -> None:
    doc = parse_document(
        "Ngày 14/3/2025, Sở Giáo dục và Đào tạo (Sở GDĐT) Lâm Đồng đã có Công văn "
        "83/SGDĐT-QLCL TẢI VỀ về hướng dẫn thực hiện công tác tuyển sinh.\n"
    ).document
    assert (doc.number, doc.date) == ("83/SGDĐT-QLCL", date(2025, 3, 14))
    assert doc.issuer == "Sở Giáo dục và Đào tạo Lâm Đồng"


def test_it_reads_a_lead_that_says_released_for_issued() -> None:
    doc = parse_document(
        "Ngày 09/12/2020, Ban Tuyên giáo Trung ương phát hành Hướng dẫn 165-HD/BTGTW về tuyên "
        "truyền kỷ niệm những ngày lễ lớn trong năm 2021.\n"
    ).document
    assert (doc.type, doc.number) == ("Hướng dẫn", "165-HD/BTGTW")
    assert (doc.issuer, doc.date) == ("Ban Tuyên giáo Trung ương", date(2020, 12, 9))


def test_it_takes_no_issuer_from_a_sentence_opening_with_ban_hanh() -> None:
    doc = parse_document(
        "QUYẾT ĐỊNH Về việc ban hành Quy định về văn bản\nCăn cứ Điều lệ Đoàn. Ban hành kèm "
        "theo quyết định này Quy định về ban hành văn bản của Đoàn.\n"
    ).document
    assert doc.issuer is None


def test_it_leaves_the_adverbs_after_da_out_of_the_issuer() -> None:
    doc = parse_document(
        "Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 về đại hội đảng bộ các cấp, Ban Thường vụ "
        "Đảng ủy Khối các cơ quan tỉnh đã khẩn trương ban hành Kế hoạch số 08-KH/ĐUK về tổ chức "
        "đại hội các đảng bộ trực thuộc.\n"
    ).document
    assert (doc.issuer, doc.number) == ("Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh", "08-KH/ĐUK")


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


def test_it_keeps_a_dotted_abbreviation_in_the_issuer() -> None:
    doc = parse_document(
        "Ngày 12/3/2024, Ban Thường vụ T.Ư Đoàn đã ban hành Hướng dẫn số 15-HD/TWĐTN-BTG về "
        "tổ chức Tháng Thanh niên.\n"
    ).document
    assert (doc.issuer, doc.number) == ("Ban Thường vụ T.Ư Đoàn", "15-HD/TWĐTN-BTG")


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


def test_it_reads_the_day_of_a_lead_opening_with_the_time_and_an_agency_tag() -> None:
    doc = parse_document(
        "(BNĐT) - Chiều nay 12/5/2024, đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy đã ký ban hành "
        "Kế hoạch số 45-KH/TU của Tỉnh ủy về tổ chức Tháng hành động.\n"
    ).document
    assert (doc.number, doc.date) == ("45-KH/TU", date(2024, 5, 12))


def test_it_dates_a_signing_reported_without_a_number_and_names_no_issuer() -> None:
    doc = parse_document(
        "(BTN) - Sáng nay 14/3/2023, Giám đốc Sở Y tế Trần Văn Bình đã ký văn bản khẩn đề nghị "
        "các bệnh viện tăng cường phòng dịch.\n"
    ).document
    assert (doc.date, doc.number, doc.issuer) == (date(2023, 3, 14), None, None)


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


def test_it_drops_a_gloss_a_reporting_verb_and_a_location_from_the_name() -> None:
    glossed = parse_document(
        "Ban Chấp hành Đảng bộ tỉnh Lai Châu (sau đây viết tắt là Tỉnh ủy) ban hành Chương trình "
        "hành động thực hiện Nghị quyết Đại hội như sau:\n"
    ).document
    assert glossed.issuer == "Ban Chấp hành Đảng bộ tỉnh Lai Châu"
    told = parse_document(
        "Ngày 29/8, UBND tỉnh Lai Châu cho biết đã có văn bản gửi các tỉnh lân cận đề nghị "
        "hỗ trợ.\n"
    ).document
    assert told.issuer == "UBND tỉnh Lai Châu"
    located = parse_document(
        "Môi trường - 16/06 16:30UBND huyện Tam Đường, tỉnh Lai Châu vừa có văn bản chỉ đạo các "
        "xã tổng vệ sinh môi trường.\n"
    ).document
    assert located.issuer == "UBND huyện Tam Đường"


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


def test_it_leaves_an_adverb_before_the_verb_out_of_the_name() -> None:
    doc = parse_document(
        "Trước đó, UBND huyện Tam Đường cũng đã ban hành Kế hoạch số 45/KH-UBND về phòng, chống "
        "thiên tai.\n"
    ).document
    assert (doc.issuer, doc.number) == ("UBND huyện Tam Đường", "45/KH-UBND")


def test_it_reads_a_body_named_right_after_a_page_s_time() -> None:
    doc = parse_document(
        "Hà Nội: Yêu cầu lãnh đạo không rời thành phố dịp Tết\n"
        "09/02/2025, 06:20Thường trực Thành uỷ cũng yêu cầu lãnh đạo các quận không rời thành "
        "phố trong dịp Tết.\n"
    ).document
    assert doc.issuer == "Thường trực Thành uỷ"


def test_it_takes_no_minister_or_work_going_on_for_an_issuer() -> None:
    minister = parse_document(
        "Tin an ninh trật tự\nBộ trưởng cũng yêu cầu thủ trưởng công an các đơn vị tăng cường "
        "công tác chỉ huy.\n"
    ).document
    assert minister.issuer is None
    ongoing = parse_document(
        "Tin hoạt động\n6 tháng cuối năm, Hội Cựu chiến binh tỉnh tiếp tục chỉ đạo đẩy mạnh các "
        "phong trào thi đua.\n"
    ).document
    assert ongoing.issuer is None
    head = parse_document(
        "Bộ trưởng Bộ Y tế đã ban hành Chỉ thị số 05/CT-BYT về phòng, chống dịch.\n"
    ).document
    assert (head.issuer, head.number) == ("Bộ Y tế", "05/CT-BYT")


def test_it_leaves_two_adverbs_before_the_verb_out_of_the_name() -> None:
    for adverb in ("tiếp tục", "vẫn", "đồng loạt", "nhanh chóng", "cũng đã kịp thời"):
        doc = parse_document(
            f"Hội Nông dân tỉnh Sơn La {adverb} ban hành Hướng dẫn số 12-HD/HND ngày 3/4/2025 "
            "về tổ chức đại hội.\n"
        ).document
        assert doc.issuer == "Hội Nông dân tỉnh Sơn La", adverb


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


def test_it_takes_no_issuer_from_a_body_holding_a_meeting() -> None:
    doc = parse_document(
        "Sáng 12/5, UBND xã Thanh Xương tổ chức hội nghị triển khai công tác phòng chống "
        "thiên tai năm 2024.\n"
    ).document
    assert doc.issuer is None


def test_it_cuts_the_motto_and_the_letter_s_kind_out_of_a_header_issuer() -> None:
    committee = "Ủy ban nhân dân tỉnh Điện Biên"
    assert issuer_checked(f"{committee} Cộng hòa xã hội chủ nghĩa Việt Nam") == committee
    # A body's kind alone (its place lost with the header's cells) names no one body.
    assert issuer_checked("Ủy ban nhân dân Cộng hòa xã hội chủ nghĩa Việt Nam") is None
    letter = "Uỷ ban nhân dân huyện Mai Châu"
    assert issuer_checked(f"{letter} Thư Ngỏ") == letter
    assert issuer_checked("Bộ trưởng") is None
    assert issuer_checked("Kế hoạch") is None
    assert issuer_checked("Ban Tuyên giáo Tỉnh ủy") == "Ban Tuyên giáo Tỉnh ủy"


def test_it_takes_no_issuer_from_page_text_around_a_name() -> None:
    assert issuer_checked("Ủy ban nhân dân |") is None
    assert issuer_checked("Số công báo:Đang cập nhật") is None
    assert issuer_checked("mục lục văn bản Tổng Liên đoàn Lao động Việt Nam") is None
    assert issuer_checked("Tổng Liên đoàn Lao động Việt Nam") == "Tổng Liên đoàn Lao động Việt Nam"


def test_it_reads_a_resolution_a_council_passed() -> None:
    doc = parse_document(
        "Hội đồng nhân dân tỉnh Điện Biên thông qua Nghị quyết số 12/2024/NQ-HĐND quy định "
        "mức chi.\n"
    ).document
    assert (doc.type, doc.number) == ("Nghị quyết", "12/2024/NQ-HĐND")
    assert doc.issuer == "Hội đồng nhân dân tỉnh Điện Biên"


def test_it_takes_no_name_that_holds_a_sentence_s_verb() -> None:
    assert issuer_checked("HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026 đã họp, xem xét") is None
    assert (
        issuer_checked("Ban Chỉ đạo về khoa học, công nghệ") == "Ban Chỉ đạo về khoa học, công nghệ"
    )


def test_it_reads_the_agency_s_lead_before_a_later_article_on_the_page() -> None:
    doc = parse_document(
        "Hoãn phiên tiếp công dân\n- icon youtube (QBĐT) - UBND tỉnh vừa có công văn thông báo "
        "hoãn phiên tiếp công dân định kỳ tháng 9-2021.\nTin khác\n"
        "(QBĐT) - Ngày 7-9-2021, đồng chí Bí thư Tỉnh ủy đã ký ban hành Quyết định số 355-QĐ/TU "
        "về việc thành lập Ban Chỉ đạo.\n"
    ).document
    assert (doc.type, doc.number, doc.issuer) == ("Công văn", None, "UBND tỉnh")


def test_it_takes_no_issuer_from_a_body_deploying_work_but_one_deploying_a_plan() -> None:
    work = parse_document(
        "Hội Nông dân xã đã chủ động triển khai thực hiện các nhiệm vụ đến các chi hội.\n"
    ).document
    assert work.issuer is None
    # A plan deployed in a page's title: its type is read, whose plan it is left open.
    plan = parse_document("Đoàn Thanh niên xã triển khai Kế hoạch tổ chức Tháng Thanh niên.\n")
    assert (plan.document.type, plan.document.issuer) == ("Kế hoạch", None)


def test_it_names_the_prime_minister_s_office_not_the_person() -> None:
    doc = parse_document(
        "Thủ tướng Chính phủ Nguyễn Xuân Phúc đã có Công điện số 1473/CĐ-TTg gửi các tỉnh "
        "miền Trung về ứng phó bão.\n"
    ).document
    assert (doc.number, doc.issuer) == ("1473/CĐ-TTg", "Thủ tướng Chính phủ")


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


def test_it_reads_a_cooperative_alliance_as_an_issuer() -> None:
    doc = parse_document(
        "Ngày 06 tháng 10 năm 2023 Liên minh Hợp tác xã (HTX) Việt Nam ban hành công văn về việc "
        "đề cương tuyên truyền kỷ niệm 30 năm ngày thành lập.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Công văn", "Liên minh Hợp tác xã Việt Nam")
    assert doc.date == date(2023, 10, 6)


def test_it_reads_decisions_issued_together_but_not_other_kinds_in_the_plural() -> None:
    doc = parse_document(
        "Tin tổ chức\nBộ Chính trị vừa ban hành các quyết định chuẩn y nhân sự Bí thư Tỉnh ủy.\n"
    ).document
    assert (doc.type, doc.issuer, doc.number) == ("Quyết định", "Bộ Chính trị", None)
    policies = parse_document(
        "Tin chính sách\nChính phủ đã ban hành các nghị định hướng dẫn thi hành luật.\n"
    ).document
    assert policies.type is None


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


def test_it_reads_a_lower_case_document_just_issued() -> None:
    doc = parse_document(
        "Tin văn hóa\nBộ Văn hóa, thể thao và du lịch vừa ban hành hướng dẫn tổ chức Đại hội thể "
        "dục thể thao các cấp.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Hướng dẫn", "Bộ Văn hóa, thể thao và du lịch")


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


def test_it_reads_a_lead_whose_verb_is_capitalised_mid_sentence() -> None:
    # "… Tỉnh Ủy tỉnh Bình Phước Ban hành Chỉ thị số 17-CT/TU" (dev34 exc_1924): the lead with
    # the number and day, not the later sentence naming the board.
    doc = parse_document(
        "Ngày 14/07/2022, Tỉnh Ủy tỉnh Bình Phước Ban hành Chỉ thị số 17-CT/TU về việc định hướng "
        "thông tin trên mạng xã hội.\nĐể làm chuyển biến nhận thức, Ban thường vụ Tỉnh Ủy tỉnh "
        "Bình Phước ban hành Chỉ thị số 17-CT/TU yêu cầu các tổ chức đảng thực hiện.\n"
    ).document
    assert (doc.issuer, doc.date) == ("Tỉnh Ủy tỉnh Bình Phước", date(2022, 7, 14))


def test_a_capitalised_ban_opening_a_bodys_name_is_no_verb() -> None:
    doc = parse_document(
        "Ngày 3/5/2023, Sở Nội vụ Ban Tôn giáo ban hành Công văn số 120/BTG-NV về việc hướng dẫn "
        "các xã.\n"
    ).document
    assert (doc.number, doc.issuer) == ("120/BTG-NV", "Sở Nội vụ Ban Tôn giáo")


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
