"""Where the document is in pasted text: portal chrome, summary table, news lead, appendix."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.locate import ORIGIN_LABELS
from tests.guidance.pasted_guidance import APPENDIX, BODY, HEADER, PORTAL


def test_it_finds_the_real_header_after_a_portal_menu() -> None:
    parsed = parse_document(PORTAL + HEADER + BODY)
    doc = parsed.document
    assert (doc.type, doc.number, doc.date, doc.place) == (
        "Hướng dẫn",
        "40-HD/BTGDVTW",
        date(2025, 11, 27),
        "Hà Nội",
    )
    assert doc.issuer == "Ban Tuyên giáo và Dân vận Trung ương"
    assert doc.signer.name == "Đinh Thị Mai"
    assert parsed.origins["document.number"] == "header"
    assert not any("Trang chủ" in line for line in parsed.unparsed)


def test_it_falls_back_to_the_portal_summary_table() -> None:
    parsed = parse_document(PORTAL + "ĐẢNG CỘNG SẢN VIỆT NAM\nHƯỚNG DẪN\ntuyên truyền\n" + BODY)
    assert (parsed.document.number, parsed.document.date) == ("40-HD/BTGDVTW", date(2025, 11, 27))
    assert parsed.origins["document.number"] == "summary"
    assert parsed.origins["document.date"] == "summary"
    assert parsed.origins["document.type"] == "header"


def test_it_reads_a_news_copy_from_its_first_sentence() -> None:
    parsed = parse_document(
        "Ngày 5/1/2017, Ban Tuyên giáo Trung ương đã ban hành Hướng dẫn số 21-HD/BTGTW về "
        "tuyên truyền kỷ niệm 87 năm Ngày thành lập Đảng Cộng sản Việt Nam. Theo đó, hướng "
        "dẫn nêu rõ mục đích, yêu cầu.\n"
    )
    doc = parsed.document
    assert (doc.type, doc.number, doc.issuer, doc.date) == (
        "Hướng dẫn",
        "21-HD/BTGTW",
        "Ban Tuyên giáo Trung ương",
        date(2017, 1, 5),
    )
    assert {parsed.origins[f"document.{f}"] for f in ("type", "number", "issuer", "date")} == {
        "lead"
    }
    assert ORIGIN_LABELS["lead"] == "đọc từ câu mở đầu bản tin"


def test_it_reads_a_news_lead_after_a_headline_with_the_date_after_the_number() -> None:
    parsed = parse_document(
        "Tuyên truyền kỷ niệm 130 năm\n(ĐCSVN) - Ban Tuyên giáo Trung ương ban hành Hướng dẫn "
        "132-HD/BTGTW ngày 10/4/2020 về tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí "
        "Minh. Hướng dẫn nêu rõ các nội dung tuyên truyền.\n"
    )
    doc = parsed.document
    assert (doc.number, doc.date, doc.issuer) == (
        "132-HD/BTGTW",
        date(2020, 4, 10),
        "Ban Tuyên giáo Trung ương",
    )
    assert doc.title and doc.title.startswith("tuyên truyền kỷ niệm 130 năm")


def test_it_does_not_take_the_signer_from_an_appendix() -> None:
    parsed = parse_document(HEADER + BODY + APPENDIX)
    assert parsed.document.signer.name == "Đinh Thị Mai"
    assert "Cà Mau" not in parsed.recipients
    assert not any("Cà Mau" in line for line in parsed.unparsed)


def test_it_reads_number_and_date_from_the_appendix_caption() -> None:
    header = HEADER.replace("Số 40-HD/BTGDVTW\n", "").replace(", ngày 27 tháng 11 năm 2025", "")
    parsed = parse_document(header + BODY + APPENDIX)
    assert (parsed.document.number, parsed.document.date) == ("40-HD/BTGDVTW", date(2025, 11, 27))
    assert parsed.origins["document.number"] == "caption"


def test_it_reads_a_long_issuer_and_a_year_after_the_number() -> None:
    parsed = parse_document(
        "Toàn văn Kế hoạch 01-KH/BCĐTW? Tải về ở đâu?\n"
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
        'số đã có Kế hoạch 01-KH/BCĐTW năm 2025 triển khai Phong trào "Bình dân học vụ số".\n'
        "Đảng Cộng sản Việt Nam tổ chức theo nguyên tắc tập trung dân chủ, ngày 3 tháng 2 năm "
        "1930 là ngày thành lập.\n"
    )
    doc = parsed.document
    assert (doc.type, doc.number) == ("Kế hoạch", "01-KH/BCĐTW")
    assert doc.issuer == (
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
        "đổi số"
    )


def test_it_takes_type_and_number_from_a_headline_when_no_sentence_names_the_issuer() -> None:
    parsed = parse_document(
        "Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng\n"
        "Chỉ thị này thay thế Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội "
        "đảng bộ các cấp.\n"
    )
    assert (parsed.document.type, parsed.document.number) == ("Chỉ thị", "45-CT/TW")
    assert parsed.origins["document.number"] == "lead"


def test_it_stops_an_issuer_before_vua_co_van_ban() -> None:
    parsed = parse_document(
        "Ban Tuyên giáo Tỉnh ủy Đắk Nông vừa có văn bản hướng dẫn nội dung tuyên truyền kỷ niệm "
        "80 năm Ngày Nam kỳ khởi nghĩa (23/11/1940-23/11/2020).\n"
        "Mục đích tuyên truyền sâu rộng để cán bộ, đảng viên và Nhân dân nhận thức sâu sắc.\n"
    )
    assert parsed.document.issuer == "Ban Tuyên giáo Tỉnh ủy Đắk Nông"


def test_it_reads_citations_in_footnotes_after_the_signature_not_in_a_page_footer() -> None:
    notes = (
        "[1] Chương trình số 30-CTr/TU ngày 29/12/2017 của Thành ủy Cần Thơ thực hiện Nghị "
        "quyết số 21-NQ/TW.\n"
    )
    footer = "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế bảo vệ dữ liệu.\n"
    numbers = [r.number for r in parse_document(HEADER + BODY + notes).references]
    assert numbers == ["30-CTr/TU", "21-NQ/TW"]
    assert parse_document(HEADER + BODY + footer).references == []


def test_it_reads_no_citation_from_a_law_databases_notice_to_its_members() -> None:
    notice = (
        "THÔNG BÁO\nvề Lưu trữ, Sử dụng Thông tin Khách hàng\nKính gửi: Quý Thành viên,\n"
        "Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân (hiệu lực từ ngày 01/07/2023) yêu cầu "
        "xác nhận sự đồng ý của thành viên khi thu thập thông tin.\n"
    )
    cites = "Thực hiện Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, các đơn vị rà soát.\n"
    page = HEADER + "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức.\n" + notice
    assert parse_document(page).references == []
    numbers = [r.number for r in parse_document(HEADER + cites + BODY).references]
    assert numbers == ["13/2023/NĐ-CP"]


def test_it_reads_no_citation_from_a_portal_s_feed_of_new_documents() -> None:
    # "VĂN BẢN NỔI BẬT MỚI CẬP NHẬT" / "• 08:15 | 20/08/2025 Công văn 2391/QLD-CL …" (dev48).
    feed = (
        "VĂN BẢN MỚI CẬP NHẬT\n"
        "• 08:15 | 20/08/2025 Công văn 2391/QLD-CL năm 2025 cảnh báo sản phẩm\n"
        "• 07:55 | 20/08/2025 Chỉ thị 22/CT-TTg năm 2025 tăng cường an toàn giao thông\n"
    )
    news = (
        "Bộ Văn hóa, Thể thao và Du lịch ban hành Công điện 2954/CĐ-BVHTTDL về việc treo cờ rủ.\n"
        "Theo đó, căn cứ Nghị định 105/2012/NĐ-CP ngày 14/12/2012, các cơ quan treo cờ rủ.\n"
    )
    numbers = [r.number for r in parse_document(news + feed).references]
    assert numbers == ["105/2012/NĐ-CP"]


def test_it_puts_back_a_place_name_the_portal_split_into_the_subject_line() -> None:
    parsed = parse_document(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 4240/UBND-VX\n"
        "V/v khẩn trương cập nhật cơ sở dữ liệu cán bộ Thành phố Hồ\n"
        "Chí Minh, ngày 28 tháng 11 năm 2025\nKính gửi: Các sở, ngành.\n"
        "Ủy ban nhân dân Thành phố đề nghị các đơn vị khẩn trương thực hiện.\n"
    )
    doc = parsed.document
    assert doc.place == "Thành phố Hồ Chí Minh"
    assert doc.title == "khẩn trương cập nhật cơ sở dữ liệu cán bộ"


def test_a_subject_ending_in_a_bare_level_leaves_a_whole_place_alone() -> None:
    parsed = parse_document(
        "UBND THÀNH PHỐ HÀ NỘI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 5095/SGDĐT-CTTTHSSV\n"
        "V/v kiểm soát ô nhiễm không khí trên địa bàn Thành phố\n"
        "Hà Nội, ngày 03 tháng 12 năm 2025\nKính gửi: Các trường học.\n"
        "Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện.\n"
    )
    assert parsed.document.place == "Hà Nội"


def test_it_reads_a_news_lead_that_names_the_signer_first() -> None:
    parsed = parse_document(
        "Ngày 14/4/2025, đồng chí Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương kiêm Phó Trưởng "
        "Ban Thường trực Ban Chỉ đạo Trung ương (Ban Chỉ đạo) về tổng kết Nghị quyết số 18-NQ/TW "
        "đã ký ban hành Kế hoạch số 47-KH/BCĐ (Kế hoạch số 47) của Ban Chỉ đạo về thực hiện "
        "sắp xếp đơn vị hành chính.\n"
    )
    doc = parsed.document
    assert (doc.type, doc.number, doc.date) == ("Kế hoạch", "47-KH/BCĐ", date(2025, 4, 14))
    # "Ban Chỉ đạo" alone stands for a name given earlier: no issuer rather than a wrong one.
    assert doc.issuer is None


def test_it_takes_an_issuer_named_with_its_level_after_a_signed_number() -> None:
    parsed = parse_document(
        "Ngày 25/5/2025, đồng chí Trần Cẩm Tú đã ký ban hành Kết luận số 157-KL/TW của Bộ "
        "Chính trị về triển khai thực hiện các nghị quyết.\n"
    )
    doc = parsed.document
    assert (doc.number, doc.issuer, doc.date) == ("157-KL/TW", "Bộ Chính trị", date(2025, 5, 25))


def test_it_takes_the_number_in_the_form_the_page_prints_most() -> None:
    parsed = parse_document(
        "Tải biểu mẫu Hướng dẫn 45-HD/BTCTW 2025\n"
        "Ngày 21/11/2025, Ban Tổ chức Trung ương ban hành Hướng dẫn 45/HD-BTCTW hướng dẫn Quy "
        "định 377-QĐ/TW.\nDưới đây là biểu mẫu Hướng dẫn 45-HD/BTCTW năm 2025.\n"
    )
    assert parsed.document.number == "45-HD/BTCTW"


def test_it_reads_a_steering_committee_named_in_full_as_issuer() -> None:
    parsed = parse_document(
        "Ngày 11/9/2025, Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới "
        "sáng tạo, chuyển đổi số và Đề án 06 ban hành Quyết định 126/QĐ-BCĐCP năm 2025 về Kế "
        "hoạch hoạt động năm 2025.\n"
    )
    assert parsed.document.issuer == (
        "Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, "
        "chuyển đổi số và Đề án 06"
    )


def test_it_takes_the_body_signed_for_not_the_signer_as_issuer() -> None:
    parsed = parse_document(
        "Ngày 25/5/2025, thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư đã "
        "ký ban hành Kết luận số 157-KL/TW về triển khai thực hiện các nghị quyết.\n"
    )
    doc = parsed.document
    assert (doc.number, doc.issuer, doc.date) == ("157-KL/TW", "Bộ Chính trị", date(2025, 5, 25))


def test_it_does_not_take_the_central_committee_for_one_of_its_boards() -> None:
    def issuer(text: str) -> str | None:
        return parse_document(text).document.issuer

    # A news template names the Committee for every central document.
    assert (
        issuer(
            "Ngày 17/9/2025, Ban chấp hành Trung ương đã ban hành Công văn 9671-CV/BTCTW năm "
            "2025 về hoàn thiện vị trí việc làm.\nTheo đó, Ban Tổ chức Trung ương đề nghị.\n"
        )
        is None
    )
    assert (
        issuer(
            "Ngày 14/4/2025, Ban chấp hành Trung ương ban hành Kết luận 150-KL/TW năm 2025 của "
            "Bộ Chính trị hướng dẫn xây dựng phương án nhân sự.\n"
        )
        == "Bộ Chính trị"
    )
    assert (
        issuer(
            "Ngày 30/8/2025, Ban Chấp hành Trung ương ban hành Quy định 366-QĐ/TW về việc "
            "kiểm điểm.\n"
        )
        == "Ban Chấp hành Trung ương"
    )


def test_it_finds_an_appendix_of_tables_longer_than_the_document() -> None:
    table = "".join(f"|\n{n}\n|\nXã số {n}\n|\n{n * 1000}\n" for n in range(400))
    parsed = parse_document(HEADER + BODY + "\nMẫu biểu số 01\n" + table)
    assert parsed.document.signer.name == "Đinh Thị Mai"
    assert not any("Xã số" in r for r in parsed.recipients)


def test_it_starts_an_appendix_at_its_title_above_a_misspelt_caption() -> None:
    appendix = (
        "DANH SÁCH XÃ, PHƯỜNG MIỀN NÚI TRÊN ĐỊA BÀN TỈNH\n"
        "(Ban hành kem theo Hướng dẫn số 40-HD/BTGDVTW ngày 27/11/2025)\n"
        "|\nSTT\n|\nTên xã\n|\n1\n|\nXã Hòa An\n"
    )
    parsed = parse_document(HEADER + BODY + appendix)
    assert parsed.document.signer.name == "Đinh Thị Mai"
    assert not any("DANH SÁCH" in line for line in parsed.unparsed)
