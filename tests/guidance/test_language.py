"""English text is refused; a Vietnamese document quoting English passages is read."""

from __future__ import annotations

import pytest

from lantoa.guidance.parsing import DocumentError, extract_text, parse_document

ENGLISH = (
    "The Party Committee shall organise the dissemination of the conclusion to all members "
    "and report the results to the board before the end of the quarter. "
) * 30


def test_it_refuses_english_text() -> None:
    with pytest.raises(DocumentError, match="không phải tiếng Việt"):
        extract_text(ENGLISH.encode("utf-8"), filename="english.txt")


def test_it_reads_a_vietnamese_document_with_english_passages() -> None:
    text = (
        "BAN TUYÊN GIÁO VÀ DÂN VẬN\nSố 12-HD/BTGDVTU\nĐiện Biên, ngày 02 tháng 3 năm 2026\n"
        "HƯỚNG DẪN\ntuyên truyền chuyển đổi số\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
        "Nâng cao nhận thức của cán bộ, đảng viên về chuyển đổi số.\n"
        "Trích khuyến nghị của đối tác (nguyên văn tiếng Anh):\n"
        + ENGLISH[:1500]
        + "\nII. TỔ CHỨC THỰC HIỆN\n1. Các đảng ủy xã, phường\n"
        "- Tổ chức quán triệt cho cán bộ, đảng viên.\n"
    )
    read = extract_text(text.encode("utf-8"), filename="huong-dan.txt")
    parsed = parse_document(read)
    assert (parsed.document.type, parsed.document.number) == ("Hướng dẫn", "12-HD/BTGDVTU")
    assert [g.heading for g in parsed.unit_groups] == ["Các đảng ủy xã, phường"]
