"""Which source gives the document's identity when a page offers more than one."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document

CONTEST_RULES = (
    "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "THỂ LỆ\nCuộc thi tìm hiểu lịch sử năm 2020\n"
    "(Ban hành kèm theo Quyết định số 1748/QĐ-BGDĐT\n"
    "Ngày 02 tháng 7 năm 2020 của Bộ trưởng Bộ Giáo dục và Đào tạo)\n"
    "I. Mục đích và yêu cầu\n1. Mục đích\n- Nâng cao nhận thức.\n"
)


def test_it_reads_a_contests_rules_as_such_not_as_the_decision_issuing_them() -> None:
    doc = parse_document(CONTEST_RULES).document
    assert (doc.type, doc.number, doc.date) == ("Thể lệ", None, None)


def test_it_reads_no_lead_below_the_texts_own_first_part() -> None:
    parsed = parse_document(
        "ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ\nLượt xem: 14\n"
        "I. CHỦ TRƯƠNG SẮP XẾP ĐƠN VỊ HÀNH CHÍNH\n"
        "Ngày 16/4/2025, Ban Thường vụ Tỉnh ủy tỉnh Sơn La đã ban hành Kết luận số 1587-KL/TU "
        "ngày 16/4/2025 về chủ trương sắp xếp đơn vị hành chính cấp xã.\n"
    )
    doc = parsed.document
    assert (doc.type, doc.number, doc.issuer, doc.date) == ("Đề cương", None, None, None)
    assert [r.number for r in parsed.references] == ["1587-KL/TU"]


def test_it_takes_the_type_of_the_numbered_document_a_pages_lead_reports() -> None:
    parsed = parse_document(
        "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025\n"
        "Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định số "
        "119/QĐ-UBND về kế hoạch cải cách hành chính năm 2025 trên địa bàn xã\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao chất lượng phục vụ nhân dân.\n"
    )
    doc = parsed.document
    assert (doc.type, doc.number) == ("Quyết định", "119/QĐ-UBND")
    assert parsed.origins["document.type"] == parsed.origins["document.number"] == "lead"


def test_it_does_not_take_a_body_deploying_anothers_plan_for_its_issuer() -> None:
    parsed = parse_document(
        "XÃ TRƯỜNG ĐÔNG TRIỂN KHAI KẾ HOẠCH TỔ CHỨC ĐẠI HỘI THỂ DỤC THỂ THAO\n"
        "Sáng ngày 7 tháng 5 năm 2013, tại UBND xã, Ban tổ chức Đại hội Thể thao xã triển khai "
        "kế hoạch số: 22/KH-UBND của Ủy ban nhân dân xã Trường Đông về việc tổ chức Đại hội.\n"
    )
    assert parsed.document.issuer != "Ban tổ chức Đại hội Thể thao xã"


def test_it_reads_the_issuer_from_a_letters_opening_taken_for_a_header_line() -> None:
    doc = parse_document(
        "UBND tỉnh có ý kiến như sau:\n"
        "Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn vị liên quan nghiên cứu.\n"
        "(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)\n"
    ).document
    assert (doc.issuer, doc.number) == ("UBND tỉnh", "6202/UBND-KT")


def test_it_takes_no_issuer_from_a_count_of_a_years_documents() -> None:
    doc = parse_document(
        "Năm 2023, Sở Văn hóa, Thể thao và Du lịch đã ban hành 15 kế hoạch, 30 văn bản chỉ đạo "
        "các đơn vị trực thuộc triển khai nhiệm vụ.\n"
    ).document
    assert doc.issuer is None


def test_it_reads_no_lead_from_a_block_of_related_articles() -> None:
    doc = parse_document(
        "Tin liên quan\n"
        "UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về phòng chống dịch (15/3/2024)\n"
        "Sở Y tế triển khai Công văn 345/SYT-NVY (10/3/2024)\n"
        "Ngày 20/3/2024, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 56-HD/BTGTU về tuyên "
        "truyền kỷ niệm ngày thành lập Đoàn.\n"
    ).document
    assert (doc.number, doc.issuer) == ("56-HD/BTGTU", "Ban Tuyên giáo Tỉnh ủy")


def test_it_reads_the_issuer_of_a_sentence_opening_a_later_paragraph() -> None:
    doc = parse_document(
        "Thông tin tuyên truyền\n"
        "Nhân dịp kỷ niệm 60 năm Ngày mở đường Hồ Chí Minh, nhằm tuyên truyền sâu rộng truyền "
        "thống của bộ đội Trường Sơn trong cuộc kháng chiến.\nĐường Hồ Chí Minh (Ảnh Tư liệu)\n"
        "Sở Văn hóa, Thể thao và Du lịch đề nghị các đơn vị tổ chức tuyên truyền.\n"
    ).document
    assert doc.issuer == "Sở Văn hóa, Thể thao và Du lịch"


def test_it_reads_the_issuer_of_a_sentence_after_an_ellipsis() -> None:
    doc = parse_document(
        "Thành phố trưng dụng các bảng quảng cáo phục vụ tuyên truyền các ngày lễ lớn… "
        "Sở Văn hóa và Thể thao Hải Phòng trân trọng thông báo để các tổ chức, cá nhân biết.\n"
    ).document
    assert doc.issuer == "Sở Văn hóa và Thể thao Hải Phòng"


def test_it_reads_the_issuer_of_a_notice_opening_taken_for_a_header_line() -> None:
    doc = parse_document(
        "Sở Nội vụ tỉnh Bắc Giang tuyển dụng công chức, viên chức năm 2023\n\n11/04/2023\n\n"
        "Sở Nội vụ tỉnh Bắc Giang thông báo thi tuyển công chức năm 2023, cụ thể như sau:\n\n"
        "PHẦN I. THI TUYỂN CÔNG CHỨC\nI. ĐỐI TƯỢNG, ĐIỀU KIỆN ĐĂNG KÝ DỰ THI\n"
        "1. Đối tượng\nNhững người có đủ các điều kiện sau đây được đăng ký dự thi.\n"
    ).document
    assert doc.issuer == "Sở Nội vụ tỉnh Bắc Giang"


def test_it_reads_the_body_that_just_took_a_decision() -> None:
    doc = parse_document(
        "Tăng cường kiểm tra an toàn thực phẩm Tết 2025\n\n"
        "Nhằm đảm bảo an toàn thực phẩm trong dịp tết, Ban Chỉ đạo liên ngành Trung ương về an "
        "toàn thực phẩm vừa quyết định thành lập 5 đoàn kiểm tra liên ngành.\n"
    ).document
    assert doc.issuer == "Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm"


def test_it_keeps_xay_dung_inside_a_boards_name() -> None:
    doc = parse_document(
        "Ban Quản lý dự án đầu tư xây dựng tỉnh đề nghị nhà thầu đẩy nhanh tiến độ thi công.\n"
    ).document
    assert doc.issuer == "Ban Quản lý dự án đầu tư xây dựng tỉnh"


def test_it_takes_a_letters_writer_not_the_body_that_gave_it_the_task() -> None:
    doc = parse_document(
        "Kính gửi:\n\n"
        "– Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;\n\n"
        "Để triển khai thực hiện Luật, Bộ Kế hoạch và Đầu tư đã giao cho Tổng cục Thống kê là đơn "
        "vị xây dựng dự thảo Thông tư.\n\n"
        "Tổng cục Thống kê đề nghị Quý Cơ quan cho ý kiến về dự thảo Thông tư nêu trên.\n"
    ).document
    assert doc.issuer == "Tổng cục Thống kê"


def test_it_reads_a_body_giving_a_task_outside_a_letter() -> None:
    doc = parse_document(
        "Tăng cường công tác thống kê\n\n"
        "UBND tỉnh giao Cục Thống kê chủ trì, phối hợp các ngành tổ chức họp thống nhất số liệu.\n"
    ).document
    assert doc.issuer == "UBND tỉnh"


def test_it_reads_a_procuracy_named_by_its_abbreviation() -> None:
    doc = parse_document(
        "Để đánh giá kết quả công tác 6 tháng đầu năm 2020, VKSND tỉnh Bà Rịa - Vũng Tàu yêu cầu "
        "lãnh đạo các đơn vị thực hiện báo cáo sơ kết.\n"
    ).document
    assert doc.issuer == "VKSND tỉnh Bà Rịa - Vũng Tàu"


def test_it_takes_no_abbreviated_procuracy_owning_a_cited_plan() -> None:
    doc = parse_document(
        "Các đơn vị thực hiện theo Kế hoạch số 72/KH-VKSTC ngày 15/5/2020 của VKSND tối cao về "
        "việc tổ chức sơ kết công tác 6 tháng đầu năm 2020.\n"
    ).document
    assert doc.issuer is None
