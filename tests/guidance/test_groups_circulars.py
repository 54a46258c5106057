"""Section III in a Thông tư: its chapter and article of duties, and who carries the text out."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.addressee import looks_addressee
from lantoa.guidance.parsing.closing import is_closing

HEAD = (
    "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n"
    "Số: 31/2026/TT-BVHTTDL\n"
    "Hà Nội, ngày 12 tháng 5 năm 2026\n"
    "THÔNG TƯ\n"
    "Quy định về hoạt động của nhà văn hóa thôn\n"
    "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành Thông tư quy định về nhà văn hóa thôn.\n"
    "Điều 1. Phạm vi điều chỉnh\n"
    "Thông tư này quy định hoạt động của nhà văn hóa thôn.\n"
    "Điều 2. Hiệu lực thi hành\n"
    "Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.\n"
)
TAIL = "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Bình\n"


def groups_of(body: str) -> list[tuple[str, int]]:
    """Return (heading, number of tasks) of each group the reader finds in a circular."""
    return [(g.heading, len(g.tasks)) for g in parse_document(HEAD + body + TAIL).unit_groups]


def test_it_reads_carrying_the_circular_out_in_other_words_as_closing() -> None:
    assert is_closing(
        "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh và các cơ "
        "quan, tổ chức có liên quan có trách nhiệm tổ chức thực hiện Thông tư này."
    )
    assert is_closing(
        "Các sở, ngành và cá nhân có liên quan chịu trách nhiệm thực hiện Quyết định này."
    )
    groups = groups_of(
        "Điều 3. Tổ chức thực hiện\n"
        "1. Cục Văn hóa cơ sở hướng dẫn, kiểm tra việc tổ chức hoạt động của nhà văn hóa thôn.\n"
        "2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các cơ quan, "
        "tổ chức, cá nhân có liên quan chịu trách nhiệm thực hiện Thông tư này.\n"
    )
    assert groups == [("Cục Văn hóa cơ sở", 1)]


def test_a_body_charged_to_direct_or_oversee_carrying_it_out_keeps_its_group() -> None:
    directing = (
        "Giám đốc Sở Văn hóa các tỉnh chịu trách nhiệm chỉ đạo tổ chức thực hiện Thông tư này."
    )
    assert not is_closing(directing)
    assert not is_closing(
        "Cục Văn hóa cơ sở có trách nhiệm hướng dẫn, theo dõi, đôn đốc việc thực hiện Thông tư này."
    )
    groups = groups_of(f"Điều 3. Trách nhiệm thi hành\n1. {directing}\n")
    assert groups == [("Giám đốc Sở Văn hóa các tỉnh", 1)]


# The article of duties after a chapter of them: it does not hide the chapter.
OVERSEEING = "Cục Văn hóa cơ sở có trách nhiệm hướng dẫn, theo dõi việc thực hiện Thông tư này."


def test_a_chapter_of_the_police_units_duties_gives_an_article_to_each_unit() -> None:
    groups = groups_of(
        "Chương II\n"
        "TRÁCH NHIỆM CỦA CÔNG AN CÁC CẤP TRONG QUẢN LÝ NHÀ VĂN HÓA THÔN\n"
        "Điều 3. Công an cấp tỉnh\n"
        "1. Hướng dẫn Công an cấp xã bảo đảm an ninh tại nhà văn hóa thôn.\n"
        "2. Kiểm tra việc bảo đảm an ninh, trật tự theo thẩm quyền.\n"
        "Điều 4. Công an cấp xã\n"
        "1. Phối hợp với trưởng thôn giữ gìn trật tự khi nhà văn hóa tổ chức hoạt động.\n"
        "Chương III\n"
        "ĐIỀU KHOẢN THI HÀNH\n"
        f"Điều 9. Trách nhiệm thi hành\n1. {OVERSEEING}\n"
    )
    assert groups == [("Công an cấp tỉnh", 2), ("Công an cấp xã", 1), ("Cục Văn hóa cơ sở", 1)]


def test_a_chapter_of_the_duties_of_people_who_use_it_gives_no_group() -> None:
    groups = groups_of(
        "Chương II\n"
        "TRÁCH NHIỆM CỦA CÔNG DÂN KHI SỬ DỤNG NHÀ VĂN HÓA THÔN\n"
        "Điều 3. Người đến sinh hoạt\n"
        "1. Giữ gìn vệ sinh chung của nhà văn hóa thôn.\n"
        "2. Chấp hành nội quy do trưởng thôn ban hành.\n"
        "Chương III\n"
        "ĐIỀU KHOẢN THI HÀNH\n"
        f"Điều 9. Trách nhiệm thi hành\n1. {OVERSEEING}\n"
    )
    assert groups == [("Cục Văn hóa cơ sở", 1)]


def test_the_provinces_statistics_office_over_lettered_items_is_a_group() -> None:
    assert looks_addressee("Thống kê tỉnh, thành phố")
    groups = groups_of(
        "Điều 3. Tổ chức thực hiện\n"
        "1. Cục Thống kê\n"
        "a) Hướng dẫn việc thu thập số liệu về nhà văn hóa thôn;\n"
        "2. Thống kê tỉnh, thành phố\n"
        "a) Tổng hợp số liệu về nhà văn hóa thôn trên địa bàn;\n"
        "b) Báo cáo Cục Thống kê kết quả tổng hợp hằng năm.\n"
    )
    assert groups == [("Cục Thống kê", 1), ("Thống kê tỉnh, thành phố", 2)]


def test_counting_as_a_task_is_no_statistics_office() -> None:
    assert not looks_addressee("Thống kê, báo cáo số nhà văn hóa thôn trên địa bàn")
    assert not looks_addressee("Thống kê cơ sở vật chất của nhà văn hóa thôn")
