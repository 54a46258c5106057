"""Section III as dispatches, decisions and conclusions print it: name lists, deputies, articles."""

from __future__ import annotations

from lantoa.guidance.parsing.addressee import looks_addressee, split_inline
from lantoa.guidance.parsing.groups import is_closing
from lantoa.guidance.parsing.model import Section

from .test_groups import plan_groups


def test_it_reads_groups_deputies_and_heads_of_offices_as_addressees() -> None:
    assert looks_addressee("Tập đoàn Công nghiệp - Viễn thông Quân đội")
    assert looks_addressee("Tổng công ty Đường sắt Việt Nam")
    assert looks_addressee("Phó Thủ tướng Chính phủ Trần Hồng Hà")
    assert looks_addressee("Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia")
    assert looks_addressee("Tổng giám đốc Đài Truyền hình Việt Nam")
    assert not looks_addressee("Cơ chế phối hợp và trách nhiệm giải trình")
    assert not looks_addressee("Phương án huy động kinh phí")


def test_it_reads_old_style_accents_in_party_bodies() -> None:
    assert looks_addressee("Đảng uỷ Chính phủ")
    assert looks_addressee("Các cấp uỷ, tổ chức đảng")
    assert not looks_addressee("Uỷ quyền cho cấp xã quyết định")


def test_it_keeps_a_list_of_names_after_a_colon_in_the_addressee() -> None:
    assert split_inline("Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng quân đội") == (
        "Bộ trưởng các Bộ: Quốc phòng, Công an",
        "chỉ đạo lực lượng quân đội",
    )
    assert split_inline("Sở Y tế: Chủ trì tổ chức tập huấn") == (
        "Sở Y tế",
        "Chủ trì tổ chức tập huấn",
    )


def test_it_ends_a_heading_before_how_the_units_act_when_no_verb_follows() -> None:
    assert split_inline("Văn phòng Chính phủ trên cơ sở chức năng được giao theo dõi, đôn đốc") == (
        "Văn phòng Chính phủ",
        "trên cơ sở chức năng được giao theo dõi, đôn đốc",
    )
    head, inline = split_inline("Bộ trưởng các Bộ: Quốc phòng, Công an theo chức năng, nhiệm vụ:")
    assert head == "Bộ trưởng các Bộ: Quốc phòng, Công an"
    assert inline.startswith("theo chức năng")
    assert split_inline("Sở Nội vụ") == ("Sở Nội vụ", "")
    assert split_inline("Các sở, ngành:") == ("Các sở, ngành", "")


def test_it_reads_a_board_named_after_what_it_does_as_part_of_the_heading() -> None:
    assert split_inline("Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia phối hợp với Bộ")[
        0
    ] == ("Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia")
    assert split_inline("Bộ Xây dựng chỉ đạo các đơn vị rà soát")[0] == "Bộ Xây dựng"


def test_it_reads_tap_trung_as_the_verb_of_an_inline_heading() -> None:
    assert split_inline("Chủ tịch Ủy ban nhân dân các tỉnh tập trung chỉ đạo ứng phó") == (
        "Chủ tịch Ủy ban nhân dân các tỉnh",
        "tập trung chỉ đạo ứng phó",
    )
    assert split_inline("Các đơn vị được giao tập trung nguồn lực")[1] == ""


def test_it_takes_a_decisions_executive_article_and_the_recipients_for_closing_clauses() -> None:
    assert is_closing(
        "Bộ trưởng, Thủ trưởng cơ quan ngang bộ và Thủ trưởng các cơ quan, đơn vị có liên quan "
        "chịu trách nhiệm thi hành Quyết định này./."
    )
    assert is_closing("Nơi nhận:")
    assert not is_closing("Sở Tư pháp chịu trách nhiệm thẩm định dự thảo Quyết định này.")
    assert not is_closing("Nơi nhận báo cáo là Sở Nội vụ.")


def test_it_reads_no_bullets_below_a_closing_clause_as_tasks() -> None:
    from lantoa.guidance.parsing.grouptasks import group_tasks as _tasks

    node = Section(
        label="5",
        paragraphs=["Chủ trì đánh giá kết quả hoạt động.", "Nơi nhận:"],
        children=[Section(label="-", kind="dash", paragraphs=["Các tỉnh ủy, thành ủy,"])],
    )
    assert [t.text for t in _tasks(node, "5", "Ban Tổ chức Trung ương", None)] == [
        "Chủ trì đánh giá kết quả hoạt động."
    ]
    node.paragraphs = ["Chủ trì đánh giá kết quả hoạt động."]
    assert len(_tasks(node, "5", "Ban Tổ chức Trung ương", None)) == 2


def test_it_keeps_a_duty_whose_last_clause_sets_a_due_date() -> None:
    groups = plan_groups(
        "1. Các sở, ngành tiếp tục chỉ đạo các đơn vị hoàn thành các dự án; gửi báo cáo về Sở "
        "Xây dựng chậm nhất ngày 10 tháng 12 năm 2025, trong đó:\n"
        "- Thống kê các công trình.\n"
        "2. Sở Tài chính là cơ quan đầu mối, chủ trì theo dõi; tổ chức thực hiện các việc sau:\n"
        "- Tổng hợp kinh phí.\n"
    )
    assert groups[0][1][0].endswith("chậm nhất ngày 10 tháng 12 năm 2025, trong đó:")
    assert groups[1][1][0] == "là cơ quan đầu mối, chủ trì theo dõi"


def test_it_joins_a_paragraph_in_lower_case_to_the_open_one_before_it() -> None:
    from lantoa.guidance.parsing.grouptasks import group_tasks as _tasks

    node = Section(label="1", paragraphs=["Báo cáo các dự án, gồm:", "tên, loại hình, quy mô."])
    assert [t.text for t in _tasks(node, "1", "Bộ Xây dựng", None)] == [
        "Báo cáo các dự án, gồm: tên, loại hình, quy mô."
    ]
    node.paragraphs = ["Báo cáo các dự án.", "rà soát lại danh mục."]
    assert len(_tasks(node, "1", "Bộ Xây dựng", None)) == 2


def test_it_reads_comrades_boards_and_departments_as_addressees() -> None:
    assert looks_addressee("Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh")
    assert looks_addressee("Các đồng chí bộ trưởng, thủ trưởng cơ quan ngang bộ")
    assert looks_addressee("Tiểu ban giúp việc Ban Chỉ đạo 934")
    assert looks_addressee("Vụ Tổ chức cán bộ")
    assert not looks_addressee("Đồng chí nào vi phạm thì xử lý nghiêm")
    assert not looks_addressee("Vụ việc phức tạp kéo dài")


def test_it_keeps_a_list_of_names_after_a_capitalised_cac() -> None:
    assert split_inline("Các Bộ: Quốc phòng, Tài chính kịp thời xuất cấp phương tiện")[0] == (
        "Các Bộ: Quốc phòng, Tài chính"
    )
    assert split_inline("Các Bộ, ngành: Phối hợp kiểm tra")[0] == "Các Bộ, ngành"


def test_it_reads_an_executive_article_broken_before_a_capital_as_no_group() -> None:
    groups = plan_groups(
        "1. Sở Y tế\nChủ trì tổ chức tập huấn.\n"
        "2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Trưởng ban\n"
        "Ban Quản lý Khu kinh tế và các cơ quan có liên quan chịu trách nhiệm thi hành Quyết "
        "định này./.\n"
    )
    assert groups == [("Sở Y tế", ["Chủ trì tổ chức tập huấn."])]
