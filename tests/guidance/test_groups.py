"""Section III as central guidances print it: inline headings, broken lines, closing clauses."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.groups import is_closing, split_inline

HEAD = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Số 40-HD/BTGDVTW\nHà Nội, ngày 27 tháng 11 năm 2025\nHƯỚNG DẪN\ntuyên truyền\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n"
)
TAIL = "Nơi nhận:\n- Như trên;\n- Lưu.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nĐinh Thị Mai\n"


def _groups(body: str) -> list[tuple[str, list[str]]]:
    parsed = parse_document(HEAD + body + TAIL)
    return [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups]


def test_it_splits_an_inline_group_heading_without_a_colon() -> None:
    groups = _groups(
        "1. Ban Tuyên giáo và Dân vận Trung ương chủ trì, phối hợp hướng dẫn, theo dõi.\n"
        "2. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương cụ thể hóa Hướng dẫn này phù "
        "hợp với tình hình địa phương.\n"
        "- Chỉ đạo các cơ quan báo chí tuyên truyền sâu rộng.\n"
    )
    assert [h for h, _ in groups] == [
        "Ban Tuyên giáo và Dân vận Trung ương",
        "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
    ]
    assert groups[1][1][0].startswith("cụ thể hóa Hướng dẫn này")
    assert len(groups[1][1]) == 2


def test_it_reads_a_group_number_alone_on_its_line() -> None:
    groups = _groups("1.\nCác tỉnh ủy, thành ủy\n- Tổ chức quán triệt cho cán bộ.\n")
    assert groups == [("Các tỉnh ủy, thành ủy", ["Tổ chức quán triệt cho cán bộ."])]


def test_it_keeps_a_clause_continued_in_lower_case_as_one_task() -> None:
    groups = _groups(
        "1. Các tỉnh ủy, thành ủy\n- Tổ chức quán triệt cho cán bộ, đảng viên;\n"
        "bảo đảm nghiêm túc, hiệu quả.\n"
    )
    assert groups[0][1] == [
        "Tổ chức quán triệt cho cán bộ, đảng viên; bảo đảm nghiêm túc, hiệu quả."
    ]


def test_it_does_not_take_a_heading_noun_for_the_verb() -> None:
    assert split_inline("Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành")[0] == (
        "Các cơ quan, đơn vị được giao chủ trì"
    )
    assert split_inline("Các cơ quan, tổ chức từ Trung ương đến cơ sở")[0] == (
        "Các cơ quan, tổ chức từ Trung ương đến cơ sở"
    )
    assert split_inline("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền") == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "phối hợp tuyên truyền",
    )


def test_it_does_not_take_closing_clauses_as_tasks_or_groups() -> None:
    groups = _groups(
        "1. Các tỉnh ủy, thành ủy\n- Tổ chức quán triệt cho cán bộ.\n"
        "Hướng dẫn này thay thế Hướng dẫn số 21-HD/BTGTW và có hiệu lực kể từ ngày ký.\n"
        "2. Hướng dẫn này có hiệu lực kể từ ngày ký.\n"
    )
    assert groups == [("Các tỉnh ủy, thành ủy", ["Tổ chức quán triệt cho cán bộ."])]
    assert is_closing("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Ban.")


def test_it_does_not_read_a_cited_number_at_a_line_start_as_an_item() -> None:
    groups = _groups(
        "1. Các tỉnh ủy, thành ủy\n- Tổ chức quán triệt Kết luận số\n"
        "75-KL/TW, ngày 12/4/2024 của Bộ Chính trị.\n"
    )
    assert groups == [
        (
            "Các tỉnh ủy, thành ủy",
            ["Tổ chức quán triệt Kết luận số 75-KL/TW, ngày 12/4/2024 của Bộ Chính trị."],
        )
    ]
