"""The one check every reader's issuer passes: a body's name alone, nothing else run into it."""

from __future__ import annotations

import pytest

from lantoa.guidance.parsing.namecheck import issuer_checked


@pytest.mark.parametrize(
    "name",
    [
        "Văn phòng Quốc hội Bùi Văn Cường",
        "Chủ tịch UBND tỉnh Lê Trí Thanh ký Công điện khẩn số 03/CĐ-UBND",
        "UBND tỉnh Tuyên Quang gửi các sở",
        "Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57 Ban Thường vụ Tỉnh ủy",
        "Bộ Thông tin và Truyền thông, Trưởng tiểu ban Truyền thông",
        "Cơ cấu Tổ chức đơn vị trang chủ > hoạt động",
        "Tư vấn & dịch vụ",
        "Chủ tịch UBND huyện cho biết, huyện",
        "Ban Thường vụ Tỉnh ủy thành lập Ban",
    ],
)
def test_it_refuses_a_name_with_a_person_a_verb_a_number_or_no_body_in_it(name: str) -> None:
    assert issuer_checked(name) is None


@pytest.mark.parametrize(
    "name",
    [
        "Ban thư ký Uỷ ban Hội LHTN Việt Nam tỉnh Hưng Yên",
        "Ban Thường vụ Hội Nông dân tỉnh Hà Tĩnh",
        "UBND tỉnh Lâm Đồng",
        "Trường THPT Lê Quý Đôn",
        "Ủy ban nhân dân huyện Trần Văn Thời",
        "Trường Tiểu học Vạn Lương 1",
        "Thành phố Hà Nội",
        "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh",
        "Hội đồng thẩm định thành lập trường",
    ],
)
def test_it_keeps_a_bodys_name_that_holds_a_persons_or_a_places(name: str) -> None:
    assert issuer_checked(name) == name


def test_it_refuses_two_bodies_issuing_together_but_keeps_an_office_serving_two() -> None:
    assert issuer_checked("Sở Y tế và Sở Giáo dục và Đào tạo") is None
    assert issuer_checked("Ban Thường vụ Tỉnh ủy và Ban cán sự đảng UBND tỉnh") is None
    assert issuer_checked("Văn phòng HĐND và UBND huyện") == "Văn phòng HĐND và UBND huyện"
    assert issuer_checked("Sở Giáo dục và Đào tạo") == "Sở Giáo dục và Đào tạo"


@pytest.mark.parametrize(
    "name",
    [
        # a second body after a place, no superior's name before it, or no body's name at all
        "Tổ công tác xã Mường Phăng Ban Chỉ đạo",
        "UBND huyện Mường Chà Ban hành Kế hoạch",
        "UBND xã Thanh Nưa Trường hợp khẩn cấp",
        # a clause or a term read before the body
        "Hội đồng nhân dân các cấp, tạo không khí phấn khởi, UBND xã Tân Lập",
        "HĐND các cấp nhiệm kỳ 2026-2031 UBND tỉnh Gia Lai",
        # a lower-case word after the place that ends the name
        "UBND huyện Đức Cơ cũng",
        # a date in the name
        "Thông tin thời sự tuần thứ 03 tháng 04/2025",
        # over twelve words and no board's name
        "Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác phòng chống thiên tai trên địa bàn",
    ],
)
def test_it_refuses_a_name_that_runs_past_one_body(name: str) -> None:
    assert issuer_checked(name) is None


@pytest.mark.parametrize(
    "name",
    [
        "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
        "Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế",
        "Ban Tuyên giáo tỉnh ủy Đắk Nông",
        "Bảo hiểm xã hội Việt Nam",
        "Cục Tuyên huấn, Tổng cục Chính trị",
        "Ủy ban Bầu cử ĐBQH khóa XV & ĐBHĐND tỉnh Nghệ An nhiệm kỳ 2021-2026",
        "Ban Chỉ đạo công tác dân vận quốc phòng - an ninh huyện",
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ và chuyển đổi số ở các cấp",
        "Bộ Chính trị, Ban Bí thư",
        "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Đảng ủy Văn phòng UBND tỉnh",
    ],
)
def test_it_keeps_a_long_or_placed_name_of_one_body(name: str) -> None:
    assert issuer_checked(name) == name


@pytest.mark.parametrize(
    "name",
    [
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã tổ chức hội nghị",
        "Hội Nông dân huyện triển khai",
        "UBND tỉnh về việc",
    ],
)
def test_it_refuses_a_level_without_its_place_run_into_a_verb(name: str) -> None:
    assert issuer_checked(name) is None


@pytest.mark.parametrize(
    "name",
    [
        "Hội Nông dân huyện",
        "Ban Chỉ đạo phòng, chống dịch tỉnh giai đoạn 2021 - 2025",
        "Hội đồng nhân dân tỉnh khóa XVI",
        "Đảng ủy Khối cơ quan tỉnh ủy Lai Châu",
        "Ngân hàng Chính sách xã hội huyện Mường Chà",
        "Ban Thường vụ Tỉnh đoàn",
    ],
)
def test_it_keeps_a_level_that_ends_a_name_or_goes_on_as_names_do(name: str) -> None:
    assert issuer_checked(name) == name


@pytest.mark.parametrize(
    ("name", "issuer"),
    [
        ("Ubnd xã Hòa An Trường THCS Lê Lợi", "Trường THCS Lê Lợi"),
        (
            "Uỷ ban nhân dân thành phố Đà Nẵng Sở Giáo Dục Và Đào Tạo",
            "Sở Giáo dục và Đào tạo thành phố Đà Nẵng",
        ),
        (
            "Thông báo tuyển sinh ubnd huyện Mường Ảng Trường PTDTBT THCS Ẳng Tở",
            "Trường PTDTBT THCS Ẳng Tở",
        ),
        ("UBND xã Trường Sơn Trường Tiểu học Kim Đồng", "Trường Tiểu học Kim Đồng"),
    ],
)
def test_it_reads_the_lower_body_where_a_superiors_header_line_ran_into_it(
    name: str, issuer: str
) -> None:
    assert issuer_checked(name) == issuer


@pytest.mark.parametrize(
    "name",
    ["Mục lục văn bản tổng liên đoàn lao động Việt Nam", "Đại hội đảng các cấp"],
)
def test_it_refuses_a_name_that_opens_with_no_body_kind_or_office(name: str) -> None:
    assert issuer_checked(name) is None


@pytest.mark.parametrize(
    "name",
    [
        "Quốc hội",
        "Bí thư Thành ủy TP.HCM",
        "Bộ trưởng Bộ Công Thương",
        "Phó Thủ tướng Chính phủ",
        "Thường vụ Trung ương Hội Khuyến học Việt Nam",
        "Đảng đoàn Quốc hội",
        "Thanh tra Chính phủ",
    ],
)
def test_it_keeps_a_name_that_opens_with_a_body_kind_or_an_office(name: str) -> None:
    assert issuer_checked(name) == name


@pytest.mark.parametrize("name", ["Ban Chỉ đạo", "BCĐ", "Sở", "Bộ", "Văn phòng", "Ban"])
def test_it_refuses_a_body_named_by_its_kind_alone(name: str) -> None:
    assert issuer_checked(name) is None


@pytest.mark.parametrize(
    "name", ["Ban Bí thư", "Bộ Chính trị", "Ban Chỉ đạo 35 Quân ủy Trung ương", "Sở Xây dựng"]
)
def test_it_keeps_a_body_whose_kind_is_followed_by_its_name(name: str) -> None:
    assert issuer_checked(name) == name


def test_a_forms_blank_names_no_issuer() -> None:
    assert issuer_checked("Ban Thường trực Ủy ban MTTQ Việt Nam xã (phường)……………") is None
    assert issuer_checked("Ban Thường trực Ủy ban MTTQ Việt Nam xã ...") is None
    assert issuer_checked("Ban Thường trực Ủy ban MTTQ Việt Nam xã Thanh Nưa") == (
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã Thanh Nưa"
    )


def test_a_commune_named_truong_is_no_school_under_it() -> None:
    # "xã Trường Đông": the place's own first word, not a school "Trường Đông" under the commune.
    assert issuer_checked("Ủy ban nhân dân xã Trường Đông") == "Ủy ban nhân dân xã Trường Đông"
