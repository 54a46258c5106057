"""A lead's issuer (parsing/lead.py): what is left out of a body's name and what names no body."""

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


def test_it_ends_the_issuer_after_of_before_the_clause_that_follows() -> None:
    doc = parse_document(
        "Để ứng phó siêu bão, Phó Thủ tướng Trần Hồng Hà vừa ký Công điện số 170/CĐ-TTg ngày "
        "22/9/2025 của Thủ tướng Chính phủ chỉ đạo các bộ ngành, địa phương chủ động ứng phó.\n"
    ).document
    assert (doc.type, doc.number) == ("Công điện", "170/CĐ-TTg")
    assert (doc.issuer, doc.date) == ("Thủ tướng Chính phủ", date(2025, 9, 22))


def test_it_leaves_the_verb_out_of_an_issuer_that_has_issued() -> None:
    doc = parse_document(
        "Ngày 01/12/2025, Ủy ban nhân dân tỉnh Cà Mau có ban hành Thông báo 0226/TB-UBND năm "
        "2025 về việc nghỉ tết Dương lịch 2026.\n"
    ).document
    assert (doc.type, doc.number) == ("Thông báo", "0226/TB-UBND")
    assert (doc.issuer, doc.date) == ("Ủy ban nhân dân tỉnh Cà Mau", date(2025, 12, 1))


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


def test_it_leaves_an_adverb_before_the_verb_out_of_the_name() -> None:
    doc = parse_document(
        "Trước đó, UBND huyện Tam Đường cũng đã ban hành Kế hoạch số 45/KH-UBND về phòng, chống "
        "thiên tai.\n"
    ).document
    assert (doc.issuer, doc.number) == ("UBND huyện Tam Đường", "45/KH-UBND")


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


def test_it_takes_no_name_that_holds_a_sentence_s_verb() -> None:
    assert issuer_checked("HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026 đã họp, xem xét") is None
    assert (
        issuer_checked("Ban Chỉ đạo về khoa học, công nghệ") == "Ban Chỉ đạo về khoa học, công nghệ"
    )


def test_it_takes_no_issuer_from_a_body_deploying_work_but_one_deploying_a_plan() -> None:
    work = parse_document(
        "Hội Nông dân xã đã chủ động triển khai thực hiện các nhiệm vụ đến các chi hội.\n"
    ).document
    assert work.issuer is None
    # A plan deployed in a page's title: its type is read, whose plan it is left open.
    plan = parse_document("Đoàn Thanh niên xã triển khai Kế hoạch tổ chức Tháng Thanh niên.\n")
    assert (plan.document.type, plan.document.issuer) == ("Kế hoạch", None)
