"""A news copy's first sentence (parsing/lead.py): the body named, not its term or a power."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document


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
