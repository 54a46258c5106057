"""A header's upper-case name written in Vietnamese title conventions (parsing/orgnames.py)."""

from __future__ import annotations

import pytest

from lantoa.guidance.parsing.orgnames import issuer_from_org, org_case


@pytest.mark.parametrize(
    ("upper", "cased"),
    [
        ("UBND HUYỆN ĐÔNG ANH", "UBND huyện Đông Anh"),
        ("UBMTTQ TỈNH BẮC KẠN", "UBMTTQ tỉnh Bắc Kạn"),
        (
            "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH",
            "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh",
        ),
        ("BAN TUYÊN GIÁO TỈNH ỦY", "Ban Tuyên giáo Tỉnh ủy"),
        ("HĐND TỈNH SƠN LA", "HĐND tỉnh Sơn La"),
    ],
)
def test_it_keeps_abbreviations_and_the_youth_unions_name_in_their_case(
    upper: str, cased: str
) -> None:
    assert org_case(upper) == cased


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG", "Văn phòng Trung ương Đảng"),
        ("TỈNH ỦY LÀO CAI BAN TUYÊN GIÁO", "Ban Tuyên giáo Tỉnh ủy Lào Cai"),
        ("TỈNH ỦY LÀO CAI", "Tỉnh ủy Lào Cai"),
    ],
)
def test_it_reads_a_committee_and_its_board_copied_onto_one_line(line: str, issuer: str) -> None:
    assert issuer_from_org([line]) == issuer


def test_it_names_the_central_committees_office_and_boards_as_the_party_does() -> None:
    assert issuer_from_org(["BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"]) == "Văn phòng Trung ương Đảng"
    assert issuer_from_org(["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO"]) == (
        "Ban Tuyên giáo Trung ương"
    )


def test_a_departments_fields_are_capitalised_and_society_is_no_commune() -> None:
    assert org_case("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐIỆN BIÊN") == (
        "Sở Lao động - Thương binh và Xã hội tỉnh Điện Biên"
    )
    assert org_case("TRUNG TÂM VĂN HÓA - THỂ THAO XÃ THANH NƯA") == (
        "Trung tâm Văn hóa - Thể thao xã Thanh Nưa"
    )
    # A commune whose name starts with "Hội" stays one.
    assert org_case("ỦY BAN NHÂN DÂN XÃ HỘI HOAN") == "Ủy ban nhân dân xã Hội Hoan"


def test_a_ministry_and_its_department_on_one_line_name_the_department() -> None:
    assert issuer_from_org(["BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN"]).lower() == "tổng cục hải quan"
    assert issuer_from_org(["BỘ CÔNG THƯƠNG CỤC QUẢN LÝ THỊ TRƯỜNG"]).lower() == (
        "cục quản lý thị trường"
    )


def test_a_ministry_alone_keeps_its_name() -> None:
    assert issuer_from_org(["BỘ KẾ HOẠCH VÀ ĐẦU TƯ"]).lower() == "bộ kế hoạch và đầu tư"
    # A department's word inside no ministry's line starts nothing ("… TRUNG TÂM … CỤC …").
    assert issuer_from_org(["TRUNG TÂM KỸ THUẬT CỤC ĐO LƯỜNG"]).lower().startswith("trung tâm")


def test_it_drops_a_stray_mark_typed_before_the_bodys_first_letter() -> None:
    # "/ỦY BAN MTTQ VIỆT NAM": a slash left by the typist is no part of the name.
    assert issuer_from_org(["/ỦY BAN MTTQ VIỆT NAM", "XÃ LƯƠNG MINH", "BAN THƯỜNG TRỰC"]) == (
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh"
    )
    assert issuer_from_org(["*UBND TỈNH QUẢNG NINH"]) == "UBND tỉnh Quảng Ninh"


def test_it_keeps_a_slash_inside_a_name() -> None:
    assert issuer_from_org(["BAN CHỈ ĐẠO 389/ĐP TỈNH QUẢNG NINH"]) == (
        "Ban Chỉ đạo 389/ĐP tỉnh Quảng Ninh"
    )


def test_a_ministrys_name_starts_with_a_capital_after_bo() -> None:
    assert org_case("BỘ TÀI CHÍNH") == "Bộ Tài chính"
    assert org_case("BỘ CÔNG THƯƠNG") == "Bộ Công Thương"
    assert org_case("BAN THƯỜNG VỤ ĐẢNG ỦY BỘ Y TẾ") == "Ban Thường vụ Đảng ủy Bộ Y tế"


def test_bo_inside_a_party_unit_or_the_troops_names_no_ministry() -> None:
    assert org_case("ĐẢNG BỘ TỈNH ĐIỆN BIÊN") == "Đảng bộ tỉnh Điện Biên"
    assert org_case("CHI BỘ THÔN 3") == "Chi bộ thôn 3"
    assert org_case("BỘ ĐỘI BIÊN PHÒNG TỈNH AN GIANG") == "Bộ đội biên phòng tỉnh An Giang"


def test_it_reads_a_body_printed_twice_over_its_header_as_one() -> None:
    # A gazette's heading names the body, its own header names it again, wrapped over two lines.
    org = ["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"]
    assert issuer_from_org(org) == "Bộ Văn hóa, Thể thao và Du lịch"


def test_it_keeps_a_department_under_its_ministry_when_the_names_differ() -> None:
    assert issuer_from_org(["BỘ TÀI CHÍNH", "BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ"]) == "Tổng cục Thuế"
