"""Finding the document on a page (parsing/locate.py): summary tables, copied headers, leads."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.locate import origin_notes
from tests.guidance.pasted_guidance import BODY, HEADER


def test_it_reads_the_portal_table_when_the_copy_has_no_header_block() -> None:
    page = (
        "Đang tải văn bản...\n#\nSố hiệu:\n|\n6225/BVHTTDL-VP\n|\nLoại văn bản:\n|\nCông văn\n|\n"
        "Nơi ban hành:\n|\nBộ Văn hoá, Thể thao và du lịch\n|\nNgười ký:\n|\nNguyễn Văn Hùng\n|\n"
        "Ngày ban hành:\n|\n18/11/2025\n|\nKính gửi: Các cơ quan thuộc Bộ.\n"
        "Thủ tướng Chính phủ đã ban hành Chỉ thị số 33/CT-TTg ngày 06/11/2025 về chuyển đổi số.\n"
    )
    doc = parse_document(page).document
    assert (doc.type, doc.number, doc.date) == ("Công văn", "6225/BVHTTDL-VP", date(2025, 11, 18))


def test_it_reads_a_prime_minister_or_minister_signing_directly() -> None:
    tail = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n{title}\n{name}\n|\n"
    for title, name, want in (
        ("THỦ TƯỚNG", "Phạm Minh Chính", "Thủ tướng"),
        ("BỘ TRƯỞNG", "Nguyễn Văn Hùng", "Bộ trưởng"),
    ):
        signer = parse_document(
            HEADER + BODY.split("Nơi nhận")[0] + tail.format(title=title, name=name)
        ).document.signer
        assert (signer.name, signer.title, signer.mode) == (name, want, None)


def test_it_reads_signed_leads_without_ban_hanh_and_the_bodies_named_after() -> None:
    def doc(text: str) -> tuple[object, ...]:
        d = parse_document(text).document
        return (d.type, d.number, d.issuer, d.date)

    assert doc(
        "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú đã ký Kết luận số "
        "126-KL/TW ngày 14/2/2025 của Bộ Chính trị, Ban Bí thư về một số nội dung.\n"
    ) == ("Kết luận", "126-KL/TW", "Bộ Chính trị, Ban Bí thư", date(2025, 2, 14))
    assert doc(
        "Ngày 28/03/2025, Ban chấp hành trung ương ban hành Kết luận 137-KL/TW của Bộ chính "
        "trị về việc bỏ cấp huyện.\n"
    ) == ("Kết luận", "137-KL/TW", "Bộ Chính trị", date(2025, 3, 28))
    assert doc(
        "Thay mặt Ban Chấp hành Trung ương Đảng, Tổng Bí thư Tô Lâm đã ký ban hành Quy định số "
        "294-QĐ/TW ngày 26/5/2025 về thi hành Điều lệ Đảng.\n"
    ) == ("Quy định", "294-QĐ/TW", "Ban Chấp hành Trung ương Đảng", date(2025, 5, 26))


def test_it_reads_the_issuer_a_page_names_by_a_short_name_defined_below() -> None:
    parsed = parse_document(
        "Ngày 14/4/2025, đồng chí Lê Minh Hưng, Phó Trưởng Ban Thường trực Ban Chỉ đạo, đã ký "
        "ban hành Kế hoạch số 47-KH/BCĐ của Ban Chỉ đạo về sắp xếp đơn vị hành chính.\n"
        "Kế hoạch nêu rõ, để bảo đảm tiến độ, Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 18 "
        "(sau đây gọi là Ban Chỉ đạo) ban hành Kế hoạch như sau:\n"
    )
    assert parsed.document.number == "47-KH/BCĐ"
    assert parsed.document.issuer == "Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 18"


def test_it_withholds_a_short_issuer_the_page_never_defines() -> None:
    parsed = parse_document(
        "Ngày 14/4/2025, đồng chí Lê Minh Hưng đã ký ban hành Kế hoạch số 47-KH/BCĐ của Ban "
        "Chỉ đạo về sắp xếp đơn vị hành chính.\n"
    )
    assert (parsed.document.number, parsed.document.issuer) == ("47-KH/BCĐ", None)


def test_it_reads_news_leads_of_state_bodies_and_their_heads() -> None:
    leads = {
        "Ngày 13/11/2025, Cục trưởng Cục Quản lý Dược đã ban hành Công văn 4035/QLD-MP năm "
        "2025 về việc thu hồi sản phẩm.": "Cục Quản lý Dược",
        "Ngày 08/10/2025, Thuế tỉnh Cao Bằng đã ban hành Công văn 1586/CBA-NVDTPC năm 2025 về "
        "việc hoàn thuế.": "Thuế tỉnh Cao Bằng",
        "Ngày 03/12/2025, Sở GD&ĐT TP. Hà Nội đã ban hành Công văn 5095/SGDĐT-CTTTHSSV năm "
        "2025 về việc kiểm soát ô nhiễm.": "Sở GD&ĐT TP. Hà Nội",
        "Ngày 09/7/2025, Bảo hiểm xã hội Việt Nam ban hành Công văn 1521/BHXH-TCCB năm 2025 về "
        "việc sắp xếp.": "Bảo hiểm xã hội Việt Nam",
    }
    for lead, issuer in leads.items():
        doc = parse_document(lead + "\n").document
        assert (doc.type, doc.issuer) == ("Công văn", issuer), lead
        assert doc.date is not None and doc.number, lead


def test_it_reads_type_and_issuer_from_a_wrapped_appendix_caption() -> None:
    parsed = parse_document(
        "Kính gửi: Các cơ sở đào tạo trực thuộc Bộ\nBộ đề nghị các cơ sở đào tạo thực hiện.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nPhan Tâm\n"
        "PHỤ LỤC\nQUY MÔ TUYỂN SINH\n(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT ngày "
        "25/11/2025 của Bộ Văn hóa,\nThể thao và Du lịch)\nTT\n"
    )
    doc = parsed.document
    assert (doc.type, doc.number, doc.date) == (
        "Công văn",
        "6386/BVHTTDL-KHCNĐTMT",
        date(2025, 11, 25),
    )
    assert doc.issuer == "Bộ Văn hóa, Thể thao và Du lịch"
    assert parsed.origins["document.issuer"] == "caption"


def test_it_leaves_when_out_of_the_issuer_and_reads_the_assembly_signed_for() -> None:
    doc = parse_document(
        "(Chinhphu.vn) - Chính phủ mới đây đã ban hành Nghị quyết số 07/2025/NQ-CP về chính "
        "sách, chế độ đối với đối tượng chịu sự tác động.\n"
    ).document
    assert (doc.type, doc.number, doc.issuer) == ("Nghị quyết", "07/2025/NQ-CP", "Chính phủ")
    doc = parse_document(
        "Thay mặt Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn đã ký ban hành Nghị quyết số "
        "245/2025/QH15 về dự toán ngân sách nhà nước năm 2026.\n"
    ).document
    assert (doc.number, doc.issuer) == ("245/2025/QH15", "Quốc hội")


def test_it_reads_two_summary_cells_printed_on_one_line() -> None:
    parsed = parse_document(
        "Đang tải văn bản...\n"
        "Số hiệu: 126-HD/BTGTW Loại văn bản: Hướng dẫn\n"
        "Nơi ban hành: Ban Tuyên giáo Trung ương Người ký: Phan Xuân Thủy\n"
        "Ngày ban hành: 19/12/2023 Ngày hiệu lực: Đã biết\n"
        "Tình trạng: Đã biết\n"
        "Căn cứ Chỉ thị số 45-CT/TW, ngày 22/7/2010 của Bộ Chính trị về tổ chức các ngày kỷ niệm.\n"
    )
    doc = parsed.document
    assert (doc.type, doc.number, doc.date) == ("Hướng dẫn", "126-HD/BTGTW", date(2023, 12, 19))
    assert (doc.issuer, doc.signer.name) == ("Ban Tuyên giáo Trung ương", "Phan Xuân Thủy")


def test_it_reads_a_header_pasted_as_one_line_and_withholds_its_issuer() -> None:
    doc = parse_document(
        "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN SỞ Y TẾ * Số: 215/KH-SYT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
        "Độc lập - Tự do - Hạnh phúc Bắc Kạn, ngày 05 tháng 3 năm 2024 KẾ HOẠCH Tiêm chủng mở "
        "rộng năm 2024\n\nTài liệu tương tự\n\nBỘ Y TẾ Số: 12/QĐ-BYT CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
        "VIỆT NAM Hà Nội, ngày 09 tháng 1 năm 2023 QUYẾT ĐỊNH Về việc ban hành\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Kế hoạch", "215/KH-SYT", date(2024, 3, 5))
    assert (doc.place, doc.issuer) == ("Bắc Kạn", None)


def test_it_keeps_the_issuer_above_a_blank_number_before_the_motto() -> None:
    doc = parse_document(
        "Ý kiến thăm dò\nTruy cập\nHôm nay:\n65\nKẾ HOẠCH Thông tin, tuyên truyền bầu cử\n"
        "Ngày 06/04/2021 23:23:18\nUỶ BAN NHÂN DÂN\n    XÃ DÂN  LỰC\nSố:        /KH-UBND\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Dân Lực, ngày 18 tháng 02 năm 2021\nKẾ HOẠCH\nThông tin, tuyên truyền bầu cử\n"
        "Nhằm tuyên truyền sâu rộng, tạo bầu không khí phấn khởi hướng tới Cuộc bầu cử, UBND xã "
        "Dân Lực ban hành Kế hoạch như sau:\n"
    ).document
    assert (doc.type, doc.number, doc.place) == ("Kế hoạch", None, "Dân Lực")
    assert (doc.issuer, doc.date) == ("Uỷ ban nhân dân xã Dân Lực", date(2021, 2, 18))


def test_it_finds_a_header_below_a_teaser_paragraph() -> None:
    teaser = (
        "Nghị quyết Trung ương 4 đang trở thành đợt sinh hoạt chính trị sâu rộng trong toàn Đảng, "
        "được cả xã hội quan tâm vì đã thẳng thắn chỉ ra những yếu kém còn tồn tại trong Đảng."
    )
    doc = parse_document(
        f"{teaser}\nBAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 06-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hà Nội, ngày 07 tháng 11 năm 2006\nCHỈ THỊ\nvề tăng cường công tác tuyên truyền\n"
    ).document
    assert (doc.number, doc.date, doc.place) == ("06-CT/TW", date(2006, 11, 7), "Hà Nội")


def test_it_puts_back_a_numbered_flat_header_with_a_hyphenated_place() -> None:
    doc = parse_document(
        "Xem mẫu\n"
        "1. UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc "
        "lập - Tự do - Hạnh phúc Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng11 năm "
        "2010 V/v báo cáo nhanh tình hình thiệt hại do lũ lụt. Kính gửi: Ủy ban nhân dân tỉnh.\n"
    ).document
    assert (doc.number, doc.date, doc.place) == (
        "2917/SGDĐT-VP",
        date(2010, 11, 5),
        "Phan Rang-Tháp Chàm",
    )


def test_it_reads_a_page_that_opens_on_an_attachment_s_caption() -> None:
    doc = parse_document(
        "Văn bản mới\nĐỀ CƯƠNG TUYÊN TRUYỀN KỶ NIỆM 20 NĂM TÁI LẬP TỈNH\n16/12/2016 07:53:54\n"
        "(Kèm theo Hướng dẫn số 33-HD/BTGTU ngày 18/11/2016 của Ban Tuyên giáo Tỉnh ủy Lai Châu)\n"
        "I. KHÁI QUÁT ĐIỀU KIỆN TỰ NHIÊN\n"
    ).document
    assert (doc.number, doc.date, doc.issuer) == (
        "33-HD/BTGTU",
        date(2016, 11, 18),
        "Ban Tuyên giáo Tỉnh ủy Lai Châu",
    )


def test_it_anchors_the_header_on_either_spelling_of_the_state_motto() -> None:
    chrome = "\n".join(f"- Mục {i}: nội dung của trang" for i in range(12))
    for motto in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"):
        doc = parse_document(
            f"Thông tin văn bản\n{chrome}\nỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n{motto}\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 102/2025/QĐ-UBND\nLai Châu, ngày 2\n"
        ).document
        assert (doc.number, doc.issuer) == ("102/2025/QĐ-UBND", "Ủy ban nhân dân tỉnh Lai Châu"), (
            motto
        )


def test_it_reads_a_summary_listed_as_bullets_with_other_key_words() -> None:
    doc = parse_document(
        "Thông tin văn bản\n"
        "• Số hiệu văn bản: 102/2025/QĐ-UBND\n• Loại văn bản: Quyết định\n"
        "• Cơ quan ban hành: Ủy ban nhân dân tỉnh Lai Châu\n• Ngày ban hành: 22-11-2025\n"
        "Nội dung văn bản đang được cập nhật.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == (
        "Quyết định",
        "102/2025/QĐ-UBND",
        date(2025, 11, 22),
    )
    keyed = parse_document(
        "Số/Ký hiệu: 45/KH-UBND Ngày ký: 03/02/2025\nĐơn vị ban hành: UBND huyện Tam Đường\n"
        "Trích yếu: Kế hoạch tuyên truyền năm 2025\n"
    ).document
    assert (keyed.number, keyed.date, keyed.issuer) == (
        "45/KH-UBND",
        date(2025, 2, 3),
        "UBND huyện Tam Đường",
    )


def test_it_leaves_a_page_s_upper_case_headline_out_of_the_header() -> None:
    doc = parse_document(
        "Tin tức\nCập nhật lúc : 17:26 21/07/2024\nDỰ TRIỂN LÃM HOÀNG SA - TRƯỜNG SA\n"
        "UBND TỈNH LAI CHÂU\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1788 /SGDĐT-CTTT\n"
        "V/v dự Triển lãm bản đồ và trưng bày tư liệu\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nLai Châu, ngày 20 tháng 7 năm 2024\nKính gửi: các trường.\n"
    ).document
    assert (
        doc.issuer is not None and doc.issuer.casefold() == "sở giáo dục và đào tạo tỉnh lai châu"
    )
    assert doc.number == "1788/SGDĐT-CTTT"


def test_it_reads_a_summary_table_copied_with_its_bars_and_other_key_words() -> None:
    parsed = parse_document(
        "| Ký hiệu | 45/CV-UBND |\n| Ngày ban hành | 12/03/2024 |\n"
        "| Hình thức văn bản | Công văn |\n| Đơn vị ban hành | Ủy ban nhân dân huyện Tủa Chùa |\n"
        "| Người ký | Nguyễn Văn A |\n"
    )
    doc = parsed.document
    assert (doc.type, doc.number, doc.date) == ("Công văn", "45/CV-UBND", date(2024, 3, 12))
    assert doc.issuer == "Ủy ban nhân dân huyện Tủa Chùa"
    assert parsed.origins["document.number"] == "summary"


def test_it_reads_a_header_copied_as_a_table_with_wrapped_cells() -> None:
    parsed = parse_document(
        "Số hiệu: | 05/2013/QĐ-UBND | Loại văn bản: | Quyết định |\n"
        "ỦY BAN NHÂN\nDÂN TỈNH NINH THUẬN |\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 05/2013/QĐ-UBND |\nNinh Thuận, ngày 06 tháng 02 năm 2013 |\nQUYẾT ĐỊNH\n"
        "Ban hành quy định về lập kế hoạch\n"
    )
    doc = parsed.document
    assert (doc.issuer, doc.place) == ("Ủy ban nhân dân tỉnh Ninh Thuận", "Ninh Thuận")
    assert (doc.number, doc.date) == ("05/2013/QĐ-UBND", date(2013, 2, 6))


def test_it_names_no_body_from_its_kind_alone_when_a_table_lost_its_place() -> None:
    doc = parse_document(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 179/KH-UBND | Đồng Nai, ngày 18 tháng 11 năm 2025 |\nKẾ HOẠCH\n"
        "Phát triển kinh tế số\n"
    ).document
    assert (doc.number, doc.place, doc.issuer) == ("179/KH-UBND", "Đồng Nai", None)


def test_it_reads_a_letter_s_body_as_the_letter_not_the_documents_it_cites() -> None:
    parsed = parse_document(
        "Kính gửi:\n- Các bộ, cơ quan ngang bộ;\n- Ủy ban nhân dân các tỉnh.\n"
        "Ngày 03/6/2020, Thủ tướng Chính phủ đã ban hành Quyết định số 749/QĐ-TTg phê duyệt "
        "Chương trình Chuyển đổi số quốc gia. Bộ Thông tin và Truyền thông trân trọng đề nghị "
        "Quý Cơ quan triển khai ngay các nhiệm vụ được giao.\n"
    )
    doc = parsed.document
    assert (doc.number, doc.date) == (None, None)
    assert doc.issuer == "Bộ Thông tin và Truyền thông"


def test_it_reads_the_body_assigning_work_in_a_sentence() -> None:
    doc = parse_document(
        "Ban Thường vụ Tỉnh uỷ giao Đảng đoàn Hội Nông dân tỉnh chỉ đạo việc xây dựng kế hoạch "
        "tổ chức đại hội.\n"
    ).document
    assert doc.issuer == "Ban Thường vụ Tỉnh uỷ"


def test_it_reads_a_header_below_a_page_title_that_names_the_type_too() -> None:
    doc = parse_document(
        "KẾ HOẠCH HOẠT ĐỘNG TRẢI NGHIỆM THÁNG 3/2018\nUBND HUYỆN MỘC CHÂU\nTRƯỜNG TH TÂN LẬP\n"
        "Số: 25/KH-THTL\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Tân Lập, ngày 06 tháng 3 năm 2018\nKẾ HOẠCH\nTổ chức các hoạt động trải nghiệm\n"
    ).document
    assert (doc.number, doc.issuer, doc.place) == ("25/KH-THTL", "Trường TH Tân Lập", "Tân Lập")
    assert doc.date == date(2018, 3, 6)


def test_it_reads_a_reprint_s_source_in_brackets_and_a_line_after_a_pictograph() -> None:
    reprint = parse_document(
        "Kế hoạch phát triển thị trường tiêu thụ sản phẩm đặc sản\n"
        "(Theo Kế hoạch số 8/KH-UBND ngày 11/01/2021 của UBND tỉnh)\nI. MỤC ĐÍCH, YÊU CẦU\n"
    ).document
    assert (reprint.number, reprint.date) == ("8/KH-UBND", date(2021, 1, 11))
    assert reprint.issuer == "UBND tỉnh"
    # The review screen says where the number came from, a source line at the top included.
    origins = parse_document("Kế hoạch phát triển\n(Theo Kế hoạch số 8/KH-UBND của UBND tỉnh)\n")
    assert "(Theo …)" in origin_notes(origins.origins)["document.number"]
    marked = parse_document(
        "🎯 Chỉ thị số 1112/CT-BGDĐT về việc thực hiện nhiệm vụ trọng tâm năm học 2022-2023.\n"
    ).document
    assert (marked.type, marked.number) == ("Chỉ thị", "1112/CT-BGDĐT")


def test_it_names_the_body_a_deputy_signed_for_and_the_body_an_adviser_advised() -> None:
    signed = parse_document(
        "Phó Chủ tịch UBND tỉnh Nghệ An, ông Lê Hồng Vinh vừa ký, ban hành Công văn số "
        "7913/UBND-KT yêu cầu các sở tăng cường chống buôn lậu.\n"
    ).document
    assert (signed.number, signed.issuer) == ("7913/UBND-KT", "UBND tỉnh Nghệ An")
    advised = parse_document(
        "Ngay từ đầu năm, Sở Tư pháp đã tham mưu UBND tỉnh ban hành Kế hoạch số 79/KH-UBND "
        "ngày 27/02/2024 về công tác tư pháp.\n"
    ).document
    assert (advised.number, advised.issuer) == ("79/KH-UBND", "UBND tỉnh")
    summary = parse_document("Theo đó UBND tỉnh yêu cầu Sở Văn hóa kiểm tra các lễ hội.\n")
    assert summary.document.issuer == "UBND tỉnh"


def test_it_reads_a_header_whose_name_wraps_onto_a_short_line_below_a_portal_s_banner() -> None:
    doc = parse_document(
        "CỔNG THÔNG TIN ĐIỆN TỬ\nVIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\n"
        "The Supreme People's Procuracy of Viet Nam\nVIỆN KIỂM SÁT NHÂN DÂN\nTỐI CAO\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 3407/VKSTC-VP\n"
        "Hà Nội, ngày 01 tháng 9 năm 2015\nV/v Góp ý dự thảo Quy chế\nKính gửi: Các đơn vị\n"
    ).document
    assert (doc.number, doc.issuer) == ("3407/VKSTC-VP", "Viện kiểm sát nhân dân tối cao")


def test_it_reads_a_circular_a_front_issued_and_a_guidance_verb_in_capitals() -> None:
    front = parse_document(
        "Ngày 03/4/2015, Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ra Thông tri "
        "số 17/TT-MTTW-BTT hướng dẫn một số Điều của Điều lệ.\n"
    ).document
    assert (front.type, front.number, front.date) == (
        "Thông tri",
        "17/TT-MTTW-BTT",
        date(2015, 4, 3),
    )
    assert front.issuer == "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    office = parse_document(
        "Căn cứ tình hình thực tế, Phòng Giáo dục và Đào tạo (GDĐT) Hướng dẫn các trường Tiểu học "
        "thực hiện nhiệm vụ như sau:\n"
    ).document
    assert office.issuer == "Phòng Giáo dục và Đào tạo"


def test_it_reads_a_law_from_a_summary_kind_field() -> None:
    doc = parse_document(
        "09:26 Thứ tư , Ngày 02 Tháng 04 Năm 2025\nSố / ký hiệu 01/2016/QH14\n"
        "Ngày hiệu lực 01/07/2017\nHình thức văn bản Luật\nFile đính kèm: VanBanGoc.pdf\n"
    ).document
    assert (doc.type, doc.number) == ("Luật", "01/2016/QH14")


def test_it_reads_no_law_from_a_sentence_citing_one() -> None:
    doc = parse_document(
        "Luật Đấu giá tài sản quy định trình tự đấu giá.\n"
        "Theo Luật Đấu giá tài sản số 01/2016/QH14, tổ chức đấu giá phải niêm yết công khai.\n"
    ).document
    assert doc.type is None


def test_a_law_databases_place_of_issue_names_the_committee_of_a_ubnd_number() -> None:
    page = (
        "Số hiệu:\n|\n4001/UBND-ĐT\n|\nLoại văn bản:\n|\nCông văn\n|\nNơi ban hành:\n|\n"
        "Thành phố Hồ Chí Minh\n|\nNgày ban hành:\n|\n24/11/2025\n|\n"
        "Kính gửi:\n- Sở Tài chính.\n1. Giao Sở Tài chính triển khai thực hiện.\n"
    )
    assert parse_document(page).document.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    other = page.replace("4001/UBND-ĐT", "5095/SGDĐT-CTTTHSSV")
    assert parse_document(other).document.issuer is None


def test_a_summary_signer_is_a_name_in_capitalised_words() -> None:
    blank = "Người ký văn bản:\nNội dung thông báo:\nUBND phường thông báo tháo băng rôn.\n"
    assert parse_document(blank).document.signer.name is None
    named = "Người ký: Trần Cẩm Tú\nKết luận về tình hình hoạt động của bộ máy.\n"
    assert parse_document(named).document.signer.name == "Trần Cẩm Tú"
