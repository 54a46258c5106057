"""A header's upper-case name written in Vietnamese title conventions (parsing/orgnames.py)."""

from __future__ import annotations

import pytest

from lantoa.guidance.parsing.orgnames import org_case


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
