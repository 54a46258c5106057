"""A gazette copy's running heads and page numbers are no part of the text they cut."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.pagefurniture import without_page_furniture

HEAD = "CÔNG BÁO/Số 302/Ngày 02-06-2026"


def test_a_page_break_inside_a_sentence_goes_with_its_head_and_number() -> None:
    lines = ["1. Bộ Tài chính bố trí kinh phí cho", "", HEAD, "65", "", "các nhiệm vụ của Đề án."]
    assert without_page_furniture(lines) == [
        "1. Bộ Tài chính bố trí kinh phí cho",
        "các nhiệm vụ của Đề án.",
    ]


def test_a_page_break_after_a_sentence_leaves_one_blank_line() -> None:
    # The number stands above the head on the page after.
    lines = ["các nhiệm vụ của Đề án.", "", "66", HEAD, "", "2. Bộ Y tế chủ trì."]
    assert without_page_furniture(lines) == ["các nhiệm vụ của Đề án.", "", "2. Bộ Y tế chủ trì."]


def test_the_gazette_named_in_a_sentence_and_a_lone_number_stay() -> None:
    lines = ["Nghị quyết này được đăng Công báo.", "", "12", "", "CÔNG BÁO/Số 302 năm 2026"]
    assert without_page_furniture(lines) == lines


def test_an_item_a_page_break_cuts_is_one_task() -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 99/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 20 tháng 5 năm 2026\nQUYẾT ĐỊNH\n"
        "Phê duyệt Đề án đào tạo nhân lực\nVI. TỔ CHỨC THỰC HIỆN\n1. Bộ Công Thương\n"
        "Chủ trì, phối hợp với Bộ Khoa học và Công nghệ xây dựng và triển khai kế hoạch\n"
        "hằng năm đào tạo nguồn nhân lực trong các ngành công nghiệp.\n\n"
        f"{HEAD}\n65\n\n"
        "2. Bộ Y tế\nChủ trì xây dựng kế hoạch hằng năm đào tạo nguồn nhân lực ngành y tế.\n"
        "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nTrần Văn An\n"
    )
    groups = parse_document(text).unit_groups
    assert [(g.heading, len(g.tasks)) for g in groups] == [("Bộ Công Thương", 1), ("Bộ Y tế", 1)]
