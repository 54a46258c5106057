"""A page reporting an event held under the one numbered document it names (leadreports.py)."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.leadreports import carried_out_sole, cited_chain


def test_it_reads_the_plan_an_event_carries_out_when_the_page_names_no_other() -> None:
    doc = parse_document(
        "Lãnh đạo huyện thắp hương tại Nghĩa trang liệt sĩ huyện.\n"
        "Thực hiện Kế hoạch số 44/KH-UBND ngày 31/01/2024 của UBND huyện Thường Xuân về việc tổ "
        "chức hoạt động dâng hương tất niên năm 2024, sáng ngày 7/02/2024 các đồng chí lãnh đạo "
        "huyện đã đến thắp hương tại Nghĩa trang liệt sĩ huyện.\n"
    ).document
    assert (doc.type, doc.number) == ("Kế hoạch", "44/KH-UBND")
    assert (doc.issuer, doc.date) == ("UBND huyện Thường Xuân", date(2024, 1, 31))


def test_it_reads_the_plan_deployed_at_a_meeting() -> None:
    doc = parse_document(
        "XÃ TRƯỜNG ĐÔNG TRIỂN KHAI KẾ HOẠCH TỔ CHỨC ĐẠI HỘI THỂ DỤC THỂ THAO.\n"
        "Sáng ngày 7 tháng 5 năm 2013, tại UBND xã Trường Đông, Ban tổ chức Đại hội xã triển khai "
        "kế hoạch số: 22/KH-UBND của Ủy ban nhân dân xã Trường Đông về việc tổ chức Đại hội Thể "
        "dục Thể thao xã lần thứ VII năm 2013.\n"
    ).document
    assert (doc.type, doc.number) == ("Kế hoạch", "22/KH-UBND")
    assert doc.issuer == "Ủy ban nhân dân xã Trường Đông"


def test_a_body_answering_the_document_it_carries_out_is_not_reporting_it() -> None:
    # The body's own letter: the document it answers is cited, not the page's.
    doc = parse_document(
        "Thực hiện Công văn số 3711/UBND-KGVX ngày 07/5/2021 của Ủy ban nhân dân tỉnh về việc "
        "chỉ đạo hoạt động dạy và học, Sở Giáo dục và Đào tạo yêu cầu các phòng GDĐT nghiêm túc "
        "thực hiện.\n"
    ).document
    assert (doc.number, doc.date) == (None, None)


def test_a_plan_deployed_beside_another_numbered_document_is_not_read() -> None:
    doc = parse_document(
        "Sáng ngày 7/5/2013, Ban tổ chức triển khai kế hoạch số 22/KH-UBND của Ủy ban nhân dân "
        "xã Trường Đông về việc tổ chức Đại hội, theo Hướng dẫn số 05/HD-SVHTTDL.\n"
    ).document
    assert (doc.type, doc.number, doc.issuer) == (None, None, None)


def test_it_reads_the_resolution_a_meeting_was_introduced_to() -> None:
    doc = parse_document(
        "Nam Đàn quán triệt Nghị quyết số 26 của BCT về Nghệ An\n"
        "Tại hội nghị, các đại biểu được nghe giới thiệu nội dung và tinh thần Nghị quyết số "
        "26-NQ/TW của Bộ Chính trị và chương trình hành động của BCH Đảng bộ tỉnh Nghệ An về "
        "thực hiện NQ 26.\n"
    ).document
    assert (doc.type, doc.number, doc.issuer) == ("Nghị quyết", "26-NQ/TW", "Bộ Chính trị")


def test_a_resolution_studied_with_no_meeting_named_is_not_read() -> None:
    # No event opens the sentence: the resolution is only cited.
    doc = parse_document(
        "Các cấp ủy cần quán triệt Nghị quyết số 26-NQ/TW của Bộ Chính trị đến từng đảng viên.\n"
    ).document
    assert (doc.number, doc.issuer) == (None, None)


def test_a_body_issuing_its_own_plan_on_that_day_is_not_reporting_the_one_it_carries_out() -> None:
    # The page's own plan follows the day: the cited one is not the page's, whatever else reads.
    lines = [
        "Thực hiện Kế hoạch số 44/KH-UBND ngày 31/01/2024 của UBND tỉnh Thanh Hóa về việc tổ "
        "chức Tết, ngày 5/02/2024 UBND huyện Thường Xuân ban hành kế hoạch triển khai trên địa "
        "bàn huyện."
    ]
    assert carried_out_sole(lines) is None


def test_it_reads_the_notice_a_named_meeting_presents_beside_the_documents_it_cites() -> None:
    # "hội nghị triển khai các nội dung Thông báo …": the meeting is named before its verb, so
    # the page's other numbers are its subject's (dev32 exc_1803; "và Nghị quyết …", exc_1819).
    doc = parse_document(
        "(CLO) Sáng 8/9, tại TP. Vinh, Phó Thủ tướng đã tham dự hội nghị triển khai các nội dung "
        "Thông báo số 55-TB/TW ngày 20/4/2019 của Bộ Chính trị về sơ kết 5 năm thực hiện Nghị "
        "quyết số 26-NQ/TW của Bộ Chính trị khóa XI về phát triển tỉnh Nghệ An.\n"
    ).document
    assert (doc.type, doc.number) == ("Thông báo", "55-TB/TW")
    assert (doc.issuer, doc.date) == ("Bộ Chính trị", date(2019, 4, 20))
    doc = parse_document(
        "Ngày 1/3/2018, Quận ủy tổ chức hội nghị quán triệt Kết luận số 21-KL/TW của Bộ Chính trị "
        "và Nghị quyết số 54/2017/NQ-QH14 của Quốc hội về thí điểm cơ chế đặc thù.\n"
    ).document
    assert (doc.type, doc.number, doc.issuer) == ("Kết luận", "21-KL/TW", "Bộ Chính trị")


def test_it_reads_the_resolution_a_named_meeting_reviews_beside_another() -> None:
    # "hội nghị sơ kết 3 năm thực hiện Nghị quyết số 04-NQ/TU, ngày …": the meeting reviews the
    # first document it names (dev34 exc_1920; "Hội nghị tổng kết 10 năm …", exc_1901).
    doc = parse_document(
        "Chiều 26/11/2024, đồng chí Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị sơ kết 3 năm "
        "thực hiện Nghị quyết số 04-NQ/TU, ngày 15/7/2021 của Ban Chấp hành Đảng bộ tỉnh về xây "
        "dựng nông thôn mới; Nghị quyết số 06-NQ/TU, ngày 18/11/2021 của Ban Chấp hành Đảng bộ "
        "tỉnh về tích tụ ruộng đất.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Nghị quyết", "04-NQ/TU", date(2021, 7, 15))
    assert doc.issuer == "Ban Chấp hành Đảng bộ tỉnh"


def test_a_review_with_no_meeting_named_beside_another_document_is_not_read() -> None:
    doc = parse_document(
        "Các cấp ủy đẩy mạnh sơ kết 3 năm thực hiện Nghị quyết số 04-NQ/TU, ngày 15/7/2021 của "
        "Ban Chấp hành Đảng bộ tỉnh và Nghị quyết số 06-NQ/TU, ngày 18/11/2021.\n"
    ).document
    assert doc.number is None


def test_a_document_deployed_beside_another_with_no_meeting_named_is_still_not_read() -> None:
    doc = parse_document(
        "Các cấp ủy triển khai các nội dung Thông báo số 55-TB/TW ngày 20/4/2019 của Bộ Chính trị "
        "về sơ kết thực hiện Nghị quyết số 26-NQ/TW của Bộ Chính trị khóa XI.\n"
    ).document
    assert doc.number is None


def test_it_reads_the_guidance_an_event_is_held_under_after_can_cu() -> None:
    # "Căn cứ hướng dẫn số …; trong các ngày từ … , X đã tổ chức …" (dev32 exc_1822).
    doc = parse_document(
        "Xã Bình Sa tổ chức lấy ý kiến hài lòng của người dân\n"
        "Căn cứ hướng dẫn số 41/HD-MTTQ-BTT ngày 17/7/2017 của Ban Thường trực Ủy ban Mặt trận Tổ "
        "quốc Việt Nam tỉnh Quảng Nam về hướng dẫn quy trình lấy ý kiến; trong các ngày từ 19 đến "
        "24/11/2017, Ban Thường trực Ủy ban Mặt trận xã Bình Sa đã tổ chức hội nghị lấy ý kiến.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Hướng dẫn", "41/HD-MTTQ-BTT", date(2017, 7, 17))


def test_a_body_answering_the_guidance_it_rests_on_is_not_reporting_it() -> None:
    doc = parse_document(
        "Căn cứ Hướng dẫn số 41/HD-MTTQ-BTT ngày 17/7/2017 của Ban Thường trực Ủy ban Mặt trận Tổ "
        "quốc Việt Nam tỉnh Quảng Nam, Ủy ban Mặt trận xã đề nghị các khu dân cư báo cáo kết quả.\n"
    ).document
    assert doc.number is None


def test_it_reads_the_resolution_whose_years_of_work_a_page_reports() -> None:
    # "Sau 2 năm thực hiện Nghị quyết số …, nghị quyết đầu tiên của …" (dev32 exc_1812).
    doc = parse_document(
        "Điểm báo ngày 22/9\n"
        "Sau 2 năm thực hiện Nghị quyết số 01-NQ/TU ngày 16/11/2020, nghị quyết đầu tiên của Ban "
        "Chấp hành Đảng bộ tỉnh Quảng Ninh “Về phát triển nhanh, bền vững ngành công nghiệp chế "
        "biến, chế tạo”, tốc độ tăng trưởng của ngành đạt xấp xỉ 19%.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Nghị quyết", "01-NQ/TU", date(2020, 11, 16))
    assert doc.issuer == "Ban Chấp hành Đảng bộ tỉnh Quảng Ninh"


def test_a_body_issuing_its_own_plan_after_years_of_work_is_not_reporting_the_resolution() -> None:
    doc = parse_document(
        "Sau 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ "
        "Huyện ủy ban hành kế hoạch tổng kết việc thực hiện.\n"
    ).document
    assert doc.number != "05-CT/TW"


def test_it_reads_the_pages_one_numbered_document_given_dated_in_brackets() -> None:
    # "… là tỉnh đầu tiên … đánh giá Chỉ số chuyển đổi số (Quyết định … ngày …)" (exc_1824).
    doc = parse_document(
        "Chính quyền tiên phong bắt nhịp\n"
        "Trong năm qua, tỉnh Đắk Lắk là tỉnh đầu tiên trong cả nước đánh giá Chỉ số chuyển đổi số "
        "của các cơ quan nhà nước (Quyết định 2425/QĐ-UBND ngày 01/9/2021 về Bộ chỉ số đánh giá "
        "chuyển đổi số tỉnh Đắk Lắk). Sở Thông tin và Truyền thông triển khai khảo sát.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Quyết định", "2425/QĐ-UBND", date(2021, 9, 1))
    assert doc.title == "Bộ chỉ số đánh giá chuyển đổi số tỉnh Đắk Lắk"


def test_a_bracketed_document_beside_another_numbered_one_is_not_read() -> None:
    doc = parse_document(
        "Chính quyền tiên phong bắt nhịp\n"
        "Tỉnh Đắk Lắk đánh giá Chỉ số chuyển đổi số (Quyết định 2425/QĐ-UBND ngày 01/9/2021 về Bộ "
        "chỉ số), theo Kế hoạch số 12/KH-UBND của tỉnh.\n"
    ).document
    assert doc.number is None


def test_it_reads_the_kind_of_an_unnumbered_document_a_meeting_presents() -> None:
    # "hội nghị triển khai kế hoạch …", "Lễ Công bố Nghị quyết của Quốc hội …" (exc_1811, 1818).
    doc = parse_document(
        "Ngày 3/6, Ban vận động Hiến máu tình nguyện tỉnh đã tổ chức hội nghị triển khai kế hoạch "
        "tổ chức lễ tôn vinh người hiến máu tình nguyện tỉnh.\n"
    ).document
    assert (doc.type, doc.number) == ("Kế hoạch", None)
    doc = parse_document(
        "TPO - Tỉnh Nghệ An đã long trọng tổ chức Lễ Công bố Nghị quyết của Quốc hội về sắp xếp "
        "đơn vị hành chính cấp xã.\n"
    ).document
    assert doc.type == "Nghị quyết"


def test_a_meeting_held_with_no_document_named_gives_no_kind() -> None:
    doc = parse_document(
        "Sáng 26/5, UBND phường tổ chức hội nghị triển khai nhiệm vụ 6 tháng cuối năm 2018.\n"
    ).document
    assert doc.type is None


def test_it_reads_the_kind_of_a_decision_announced_at_a_meeting_named_first() -> None:
    # "Tại hội nghị, đại diện Đảng ủy xã đã công bố quyết định giám sát …" (exc_1804).
    doc = parse_document(
        "Toàn cảnh Hội nghị\n"
        "Tại hội nghị, đại diện Đảng ủy xã đã công bố quyết định giám sát, nêu rõ mục đích, nội "
        "dung và phương pháp giám sát đối với Chi bộ UBND xã trong năm 2026.\n"
    ).document
    assert (doc.type, doc.number) == ("Quyết định", None)


def test_a_meeting_named_first_that_announces_no_document_gives_no_kind() -> None:
    doc = parse_document(
        "Toàn cảnh Hội nghị\n"
        "Tại hội nghị, đại diện Đảng ủy xã đã công bố kết quả giám sát đối với Chi bộ UBND xã.\n"
    ).document
    assert doc.type is None


def test_it_reads_the_conclusion_an_event_carries_out_its_owner_named_first() -> None:
    # "Thực hiện Kết luận của Ban Bí thư số 78-KL/TW …; từ tháng 6 …" (dev20 exc_1110).
    doc = parse_document(
        "(BKTO) - Thực hiện Kết luận của Ban Bí thư số 78-KL/TW ngày 10/6/2020 về tổ chức Đại hội "
        "Liên minh Hợp tác xã Việt Nam; từ tháng 6 đến tháng 10/2020, Liên minh HTX các tỉnh đã tổ "
        "chức thành công Đại hội nhiệm kỳ 2020 - 2025.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Kết luận", "78-KL/TW", date(2020, 6, 10))
    assert doc.issuer == "Ban Bí thư"


def test_a_body_answering_a_conclusion_named_owner_first_is_not_reporting_it() -> None:
    doc = parse_document(
        "Thực hiện Kết luận của Ban Bí thư số 78-KL/TW ngày 10/6/2020, Liên minh HTX tỉnh đề nghị "
        "các hợp tác xã báo cáo kết quả.\n"
    ).document
    assert doc.number is None


def test_it_reads_the_decree_whose_article_a_page_explains() -> None:
    # "Nội dung trên quy định tại Điều 45 Nghị định 156/2018/NĐ-CP … của Chính phủ …" (exc_1227).
    doc = parse_document(
        "Chủ rừng phải lập phương án phòng cháy, chữa cháy rừng.\n"
        "Nội dung trên quy định tại Điều 45 Nghị định 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ "
        "quy định chi tiết thi hành một số điều của Luật Lâm nghiệp. Nghị định có hiệu lực từ ngày "
        "01/01/2019.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Nghị định", "156/2018/NĐ-CP", date(2018, 11, 16))
    assert doc.issuer == "Chính phủ"


def test_an_article_cited_beside_another_numbered_document_is_not_the_pages() -> None:
    doc = parse_document(
        "Nội dung trên quy định tại Điều 45 Nghị định 156/2018/NĐ-CP ngày 16/11/2018 của Chính "
        "phủ, được hướng dẫn tại Thông tư số 25/2019/TT-BNNPTNT.\n"
    ).document
    assert doc.number is None


def test_it_reads_the_kind_of_a_resolution_a_meeting_makes() -> None:
    # "… tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2024" (dev19 exc_1026).
    doc = parse_document(
        "Sáng ngày 28/11, Đảng uỷ quân sự thành phố tổ chức hội nghị ra nghị quyết lãnh đạo thực "
        "hiện nhiệm vụ năm 2024.\n"
    ).document
    assert (doc.type, doc.number) == ("Nghị quyết", None)


def test_a_meeting_passing_results_names_no_kind() -> None:
    doc = parse_document(
        "Sáng ngày 28/11, Đảng uỷ quân sự thành phố tổ chức hội nghị thông qua kết quả kiểm điểm "
        "năm 2024.\n"
    ).document
    assert doc.type is None


def test_it_reads_the_kind_a_page_opening_on_its_purpose_names() -> None:
    # "Mục đích kế hoạch nhằm …", "Hướng dẫn nhằm …" (dev17 exc_921, exc_903).
    doc = parse_document(
        "Mục đích kế hoạch nhằm đẩy mạnh các hoạt động tuyên truyền về truyền thống 60 năm xây "
        "dựng và phát triển của ngành Kiểm sát nhân dân.\n"
    ).document
    assert (doc.type, doc.number) == ("Kế hoạch", None)
    doc = parse_document(
        " date 2025-09-15 Hướng dẫn nhằm tuyên truyền cán bộ, đảng viên và các tầng lớp nhân dân "
        "nhận thức sâu sắc ý nghĩa của Đại hội.\n"
    ).document
    assert doc.type == "Hướng dẫn"


def test_a_purpose_of_no_documents_kind_names_none() -> None:
    doc = parse_document(
        "Hội thi nhằm đẩy mạnh các hoạt động tuyên truyền về truyền thống 60 năm của ngành Kiểm "
        "sát nhân dân.\n"
    ).document
    assert doc.type is None


def test_it_reads_the_notice_an_officer_sent_on_behalf_of_a_body() -> None:
    # "… đã thay mặt UBND tỉnh gửi thông báo đến …" (dev11 exc_320).
    doc = parse_document(
        "Treo cờ rủ trong 2 ngày Quốc tang\n"
        "Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Thanh Bình đã thay mặt UBND tỉnh gửi thông báo "
        "đến các cơ quan, đơn vị, địa phương trên địa bàn tỉnh.\n"
    ).document
    assert (doc.type, doc.issuer, doc.number) == ("Thông báo", "UBND tỉnh", None)


def test_an_officer_speaking_on_behalf_of_a_body_names_no_document() -> None:
    doc = parse_document(
        "Treo cờ rủ trong 2 ngày Quốc tang\n"
        "Phó Chủ tịch UBND tỉnh đã thay mặt UBND tỉnh gửi lời chia buồn đến gia đình.\n"
    ).document
    assert doc.type is None


def test_it_reads_the_central_decision_a_personnel_item_reports() -> None:
    # "Theo Quyết định Bộ Chính trị, đồng chí … thôi giữ chức …" (dev12 exc_417).
    doc = parse_document(
        "Bổ nhiệm Phó Trưởng ban chỉ đạo Tây Nam Bộ 16:12 24/03/2015 Theo Quyết định Bộ Chính trị, "
        "đồng chí Võ Minh Chiến thôi giữ chức Bí thư Tỉnh ủy để giữ chức vụ Phó Trưởng ban.\n"
    ).document
    assert (doc.type, doc.issuer, doc.number) == ("Quyết định", "Bộ Chính trị", None)


def test_a_decision_of_a_body_that_is_not_central_is_not_read_so() -> None:
    doc = parse_document(
        "Bổ nhiệm cán bộ\n"
        "Theo Quyết định Ban Thường vụ Tỉnh ủy, đồng chí Nguyễn Văn A giữ chức Trưởng ban.\n"
    ).document
    assert doc.issuer != "Bộ Chính trị"


def test_it_reads_the_first_of_a_line_of_documents_the_page_carries_out() -> None:
    # dev32 exc_1823: the line names what the page's account carries out, nothing else.
    doc = parse_document(
        "TỔ CHỨC LẤY Ý KIẾN CỬ TRI VỀ ĐỀ ÁN THÀNH LẬP THỊ TRẤN SƠN TỊNH\n"
        "Thực hiện Công văn số 2089/UBND-NC ngày 25/4/2024 của UBND tỉnh Quảng Ngãi; Kế hoạch số "
        "87/KH-UBND ngày 26/4/2024 của UBND huyện Sơn Tịnh về việc tổ chức lấy ý kiến cử tri về Đề "
        "án thành lập thị trấn Sơn Tịnh, huyện Sơn Tịnh, tỉnh Quảng Ngãi.\n"
        "Theo đó, UBND tỉnh thống nhất ngày tổ chức lấy ý kiến cử tri.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Công văn", "2089/UBND-NC", date(2024, 4, 25))
    assert doc.issuer == "UBND tỉnh Quảng Ngãi"


def test_a_line_of_documents_then_a_body_acting_is_no_line_of_citations() -> None:
    lines = [
        "Thực hiện Công văn số 2089/UBND-NC ngày 25/4/2024 của UBND tỉnh Quảng Ngãi; Kế hoạch số "
        "87/KH-UBND ngày 26/4/2024 của UBND huyện Sơn Tịnh, UBND xã ban hành kế hoạch triển khai."
    ]
    assert cited_chain(lines) is None


def test_it_reads_the_kind_a_headline_says_a_province_announced() -> None:
    doc = parse_document(
        "Vĩnh Phúc công bố quyết định sáp nhập 2 trường Cao đẳng\n"
        "Tới dự hội nghị có Phó Chủ tịch UBND tỉnh Vĩnh Phúc.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Quyết định", None)


def test_it_reads_no_kind_announced_past_a_clause_or_not_a_document() -> None:
    # Only a headline's subject announces: "Sáng nay, …" opens a sentence reporting the day's
    # events, and "công bố kết quả" names no document.
    later = parse_document(
        "Sáp nhập trường nghề\n"
        "Sáng nay, tại hội trường tỉnh, đại diện các trường đã nghe công bố quyết định sáp nhập.\n"
    ).document
    results = parse_document(
        "Vĩnh Phúc công bố kết quả thi tốt nghiệp năm 2024\nĐiểm trung bình tăng.\n"
    ).document
    assert later.type is None
    assert results.type is None
