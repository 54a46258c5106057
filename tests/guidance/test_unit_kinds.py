"""A group's unit kinds come from words naming a level, not from the same words inside a name."""

from __future__ import annotations

import pytest

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.channels import unit_kinds

from .test_groups import HEAD, TAIL

LOCAL = {"commune", "ward"}


@pytest.mark.parametrize(
    ("heading", "kinds"),
    [
        ("Các hội, hiệp hội", []),
        ("Các hội, hiệp hội, Liên minh Hợp tác xã tỉnh", []),
        ("Liên minh Hợp tác xã tỉnh", []),
        ("Hội Nông dân tỉnh", ["other"]),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ["other"]),
        ("Bảo hiểm xã hội tỉnh", []),
        ("BẢO HIỂM XÃ HỘI TỈNH", []),
        ("Sở Lao động - Thương binh và Xã hội", []),
        ("Các tổ chức chính trị - xã hội tỉnh", ["other"]),
        ("Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh", ["other"]),
        ("Ngân hàng Chính sách xã hội", []),
        ("Thông tấn xã Việt Nam", []),
        ("Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", []),
    ],
)
def test_it_reads_no_commune_inside_the_name_of_an_association_or_a_body(
    heading: str, kinds: list[str]
) -> None:
    assert unit_kinds(heading) == kinds


@pytest.mark.parametrize(
    ("heading", "kinds"),
    [
        ("Ủy ban nhân dân các xã, phường", ["commune", "ward"]),
        ("Sở Lao động - Thương binh và Xã hội, Ủy ban nhân dân cấp xã", ["commune", "ward"]),
        ("Các tổ chức chính trị - xã hội xã", ["commune", "other"]),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam xã, phường", ["commune", "ward", "other"]),
        ("Hợp tác xã và Ủy ban nhân dân các xã", ["commune"]),
        ("Ủy ban nhân dân xã Hội Hoan", ["commune"]),
    ],
)
def test_it_still_reads_the_communes_named_beside_such_a_body(
    heading: str, kinds: list[str]
) -> None:
    assert unit_kinds(heading) == kinds


def test_it_addresses_no_commune_in_a_plan_that_charges_associations() -> None:
    parsed = parse_document(
        HEAD
        + "1. Các hội, hiệp hội, Liên minh Hợp tác xã tỉnh\n"
        + "- Tuyên truyền đến hội viên, thành viên.\n"
        + "2. Bảo hiểm xã hội tỉnh\n"
        + "- Đăng tải nội dung trên trang thông tin điện tử của ngành.\n"
        + "3. Ủy ban nhân dân các xã, phường\n"
        + "- Tổ chức tuyên truyền trên địa bàn.\n"
        + TAIL
    )
    assert [(g.heading, g.unit_kinds) for g in parsed.unit_groups] == [
        ("Các hội, hiệp hội, Liên minh Hợp tác xã tỉnh", []),
        ("Bảo hiểm xã hội tỉnh", []),
        ("Ủy ban nhân dân các xã, phường", ["commune", "ward"]),
    ]
    # A group of no known kind is put to the reviewer, not sent to every commune.
    assert any("Liên minh Hợp tác xã tỉnh" in flag for flag in parsed.review_flags)


@pytest.mark.parametrize(
    "heading",
    [
        "Ủy ban nhân dân các huyện, thành phố, thị xã",
        "Chủ tịch Ủy ban nhân dân các Huyện, Thị xã, Thành phố",
        "Các cơ sở đào tạo",
        "Các cơ sở KCB BHYT trên địa bàn tỉnh",
        "Các cơ sở nuôi trồng thủy sản",
        "Cơ quan, đơn vị có hệ thống thông tin, cơ sở dữ liệu chuyên ngành",
        "Những cơ sở sản xuất giống và cơ sở kinh doanh",
    ],
)
def test_it_reads_no_commune_in_a_town_or_a_facility(heading: str) -> None:
    assert not LOCAL & set(unit_kinds(heading))


@pytest.mark.parametrize(
    "heading",
    [
        "Các cấp ủy cơ sở",
        "Các cơ quan, tổ chức từ Trung ương đến cơ sở",
        "Hội Cựu chiến binh cơ sở",
        "Các tổ chức cơ sở đảng",
        "Ủy ban nhân dân các xã, phường, thị trấn",
        "Ủy ban nhân dân thị xã và các xã",
    ],
)
def test_it_still_reads_the_grassroots_and_the_communes_beside_a_town(heading: str) -> None:
    assert LOCAL & set(unit_kinds(heading))


@pytest.mark.parametrize(
    "heading",
    [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
        "Giám đốc Công an tỉnh, thành phố trực thuộc Trung ương",
        "Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan trực thuộc Chính phủ",
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Văn phòng UBND tỉnh",
    ],
)
def test_it_reads_no_unit_under_the_province_in_bodies_under_the_centre_or_an_office(
    heading: str,
) -> None:
    assert "affiliated" not in unit_kinds(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Các đảng ủy trực thuộc",
        "Các Đảng ủy trực thuộc tỉnh",
        "Các đơn vị trực thuộc Thành phố",
        "Ủy ban nhân dân tỉnh",
        "Công an tỉnh",
        "Các sở, ban, ngành trực thuộc UBND tỉnh",
    ],
)
def test_it_still_reads_the_units_under_the_province(heading: str) -> None:
    assert "affiliated" in unit_kinds(heading)


@pytest.mark.parametrize(
    ("heading", "kinds"),
    [
        ("Đài truyền hình Việt Nam", []),
        ("Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam", []),
        ("Đài Phát thanh và Truyền hình tỉnh", ["press"]),
        ("Báo và Phát thanh, truyền hình Bắc Ninh", ["press"]),
        ("Đài truyền hình Việt Nam và Đài Phát thanh và Truyền hình tỉnh", ["press"]),
    ],
)
def test_it_reads_no_press_of_the_province_in_the_national_broadcasters(
    heading: str, kinds: list[str]
) -> None:
    assert unit_kinds(heading) == kinds


@pytest.mark.parametrize(
    ("heading", "kinds"),
    [
        ("Các tổ chức thành viên của MTTQ Việt Nam phường", ["ward", "other"]),
        ("Ủy ban MTTQ Việt Nam tỉnh", ["other"]),
        ("UBMTTQ và các đoàn thể chính trị - xã hội xã", ["commune", "other"]),
        ("Ban Thường trực UBMTTQVN tỉnh", ["other"]),
    ],
)
def test_it_reads_the_front_abbreviated_as_the_other_bodies(heading: str, kinds: list[str]) -> None:
    assert unit_kinds(heading) == kinds
