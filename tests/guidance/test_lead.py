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
