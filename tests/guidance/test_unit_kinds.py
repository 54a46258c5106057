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
