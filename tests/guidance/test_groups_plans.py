"""Section III as provincial plans print it: kinds of body over the bodies, asked paragraphs."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.addressee import looks_addressee, split_inline, strip_lead_in
from lantoa.guidance.parsing.sections import classify

from .test_groups import plan_groups


def test_it_reads_the_bodies_listed_under_a_kind_of_body_as_the_groups() -> None:
    groups = plan_groups(
        "1. Đối với Ủy ban nhân dân các cấp\n"
        "1.1. Ủy ban nhân dân Thành phố:\n"
        "- Bố trí kinh phí quản lý để triển khai thực hiện chính sách.\n"
        "- Hoàn thành việc hỗ trợ các hộ gia đình theo Đề án.\n"
        "1.2. Ủy ban nhân dân quận, huyện:\n"
        "- Tổng hợp và phê duyệt danh sách được hỗ trợ trên địa bàn.\n"
        "2. Các Sở, ngành có liên quan\n"
        "2.1. Sở Xây dựng:\n"
        "- Nghiên cứu, thiết kế tối thiểu 03 mẫu nhà điển hình.\n"
        "2.2. Sở Kế hoạch và Đầu tư: Căn cứ Kế hoạch này để bố trí vốn có mục tiêu.\n"
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Ủy ban nhân dân Thành phố", 2),
        ("Ủy ban nhân dân quận, huyện", 1),
        ("Sở Xây dựng", 1),
        ("Sở Kế hoạch và Đầu tư", 1),
    ]


def test_it_keeps_a_body_whose_numbered_sub_items_are_its_tasks() -> None:
    groups = plan_groups(
        "1. Sở Văn hóa, Thể thao và Du lịch\n"
        "1.1. Tổ chức tuyên truyền trên hệ thống loa truyền thanh.\n"
        "1.2. Hướng dẫn các huyện xây dựng kế hoạch.\n"
        "2. Ủy ban nhân dân các huyện\n"
        "- Xây dựng kế hoạch triển khai trên địa bàn.\n"
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Sở Văn hóa, Thể thao và Du lịch", 2),
        ("Ủy ban nhân dân các huyện", 1),
    ]


def test_it_reads_no_groups_from_sub_items_naming_roles() -> None:
    groups = plan_groups(
        "1. Sở Xây dựng: Chủ trì xây dựng Đề án hỗ trợ về nhà ở.\n"
        "2. Cơ quan chủ trì, phối hợp\n"
        "a) Cơ quan chủ trì\n"
        "- Ban Chỉ đạo quốc gia.\n"
        "b) Cơ quan phối hợp\n"
        "- Các đơn vị, địa phương.\n"
    )
    assert "Cơ quan" not in [h for h, _ in groups]
    assert groups[0] == ("Sở Xây dựng", ["Chủ trì xây dựng Đề án hỗ trợ về nhà ở."])


def test_it_heads_no_group_with_a_title_over_the_body_its_paragraph_asks() -> None:
    groups = plan_groups(
        "1. Sở Xây dựng: Chủ trì xây dựng Đề án hỗ trợ về nhà ở.\n"
        "2. Đối với các tổ chức khác\n"
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Cựu chiến binh Thành phố phát "
        "động các cuộc vận động tạo thêm nguồn lực.\n"
    )
    assert [h for h, _ in groups] == [
        "Sở Xây dựng",
        "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Cựu chiến binh Thành phố",
    ]


def test_it_keeps_a_group_with_tasks_of_its_own_before_another_body_is_asked() -> None:
    groups = plan_groups(
        "1. Sở Xây dựng: Chủ trì xây dựng Đề án hỗ trợ về nhà ở.\n"
        "2. Sở Tài chính: Thẩm định dự toán kinh phí thực hiện Đề án.\n"
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố phát động các cuộc vận động.\n"
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Sở Xây dựng", 1),
        ("Sở Tài chính", 1),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", 1),
    ]


def test_it_reads_the_bodies_after_trach_nhiem_cua_as_the_addressee() -> None:
    assert split_inline("Trách nhiệm của các Bộ, ngành, địa phương") == (
        "Các Bộ, ngành, địa phương",
        "",
    )
    groups = plan_groups(
        "1. Bộ Quốc phòng: Chủ trì hướng dẫn thành lập Ban Chỉ đạo các cấp.\n"
        "2. Trách nhiệm của các Bộ, ngành, địa phương\n"
        "Căn cứ các nội dung phân công tại Kế hoạch này xây dựng kế hoạch triển khai.\n"
    )
    assert [h for h, _ in groups] == ["Bộ Quốc phòng", "Các Bộ, ngành, địa phương"]


def test_it_keeps_a_duty_named_trach_nhiem_without_cua_as_no_addressee() -> None:
    assert not looks_addressee(strip_lead_in("Trách nhiệm giải trình trước Ủy ban nhân dân"))
    assert not looks_addressee(strip_lead_in("Trách nhiệm thi hành"))


PARTS = (
    "A. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nCụ thể hóa nội dung Chỉ thị của Bộ Chính trị.\n"
    "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP\nI. CÔNG TÁC QUÁN TRIỆT\n1. Nội dung, biện pháp\n"
    "a) Tổ chức Hội nghị quán triệt và triển khai thực hiện.\n"
    "2. Cơ quan chủ trì, phối hợp\n- Ban Chỉ đạo quốc gia.\n- Các Bộ, ngành liên quan.\n"
    "3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.\n"
    "C. TỔ CHỨC THỰC HIỆN\n1. Bộ Quốc phòng\nChủ trì, phối hợp với các Bộ, ngành giúp Chính phủ.\n"
    "2. Văn phòng Ban Chỉ đạo quốc gia\n- Giúp Ban Chỉ đạo hướng dẫn, theo dõi, kiểm tra.\n"
)


def test_it_reads_a_lettered_part_in_capitals_as_a_part_of_the_plan() -> None:
    marker = classify("D. TỔ CHỨC THỰC HIỆN")
    assert marker is not None and (marker.kind, marker.label) == ("roman", "D")
    parsed = parse_document(
        "BAN CHỈ ĐẠO QUỐC GIA\nSố: 252/KH-BCĐQG\nHà Nội, ngày 11 tháng 11 năm 2013\n"
        "KẾ HOẠCH\nTriển khai thực hiện Quyết định số 1237/QĐ-TTg\n" + PARTS + "Nơi nhận:\n- Lưu.\n"
    )
    assert [g.heading for g in parsed.unit_groups] == [
        "Bộ Quốc phòng",
        "Văn phòng Ban Chỉ đạo quốc gia",
    ]


def test_it_keeps_a_letter_before_a_name_or_a_sentence_as_no_part() -> None:
    assert classify("A. Nguyễn Văn An") is None
    assert classify("B. Tổ chức tập huấn cho cán bộ cấp xã.") is None
    assert classify("A. B") is None


def test_it_reads_a_bodys_leaders_named_as_comrades_by_their_field() -> None:
    groups = plan_groups(
        "1. Các đồng chí Lãnh đạo Sở theo lĩnh vực công tác được phân công chịu trách nhiệm chỉ "
        "đạo triển khai thực hiện Kế hoạch này.\n"
        "2. Văn phòng Sở tổng hợp kết quả thực hiện, báo cáo Giám đốc Sở.\n"
    )
    assert groups[0] == (
        "Các đồng chí Lãnh đạo Sở",
        [
            "theo lĩnh vực công tác được phân công chịu trách nhiệm chỉ đạo triển khai thực hiện "
            "Kế hoạch này."
        ],
    )
    assert [h for h, _t in groups] == ["Các đồng chí Lãnh đạo Sở", "Văn phòng Sở"]


def test_a_leading_that_is_the_task_names_no_leaders() -> None:
    assert not looks_addressee("Lãnh đạo công tác tuyên truyền")
    assert not looks_addressee("Lãnh đạo các cơ quan, đơn vị thực hiện")


def test_it_reads_a_general_department_as_a_body() -> None:
    groups = plan_groups(
        "1. Bộ Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
        "2. Tổng cục Thống kê có trách nhiệm:\n"
        "- Xây dựng quy trình thống kê ruộng đất.\n"
        "- Tổng hợp số liệu, báo cáo Thủ tướng Chính phủ.\n"
    )
    assert [(h, len(t)) for h, t in groups] == [("Bộ Tài chính", 1), ("Tổng cục Thống kê", 2)]


def test_a_total_or_a_summing_up_names_no_body() -> None:
    assert not looks_addressee("Tổng hợp kết quả thực hiện")
    assert not looks_addressee("Tổng kết, đánh giá việc thực hiện Kế hoạch")


def test_it_ends_a_name_before_need_to() -> None:
    assert split_inline("UBND các tỉnh, thành phố cần huy động mọi lực lượng cán bộ.") == (
        "UBND các tỉnh, thành phố",
        "cần huy động mọi lực lượng cán bộ.",
    )


def test_a_city_named_need_ends_no_name() -> None:
    assert split_inline("Ủy ban nhân dân thành phố Cần Thơ chủ trì thực hiện.")[0] == (
        "Ủy ban nhân dân thành phố Cần Thơ"
    )


def test_it_reads_the_bodies_a_topics_bullets_charge_as_groups() -> None:
    groups = plan_groups(
        "1. Sở Xây dựng\n- Hướng dẫn, kiểm tra việc hỗ trợ về nhà ở.\n"
        "2. Chế độ phối hợp, báo cáo\n"
        "- Các đơn vị có liên quan phối hợp, kiểm tra, xử lý các hành vi vi phạm.\n"
        "- Ủy ban nhân dân quận, huyện tổng hợp, báo cáo tình hình thực hiện hằng quý.\n"
    )
    assert [h for h, _t in groups] == [
        "Sở Xây dựng",
        "Các đơn vị có liên quan",
        "Ủy ban nhân dân quận, huyện",
    ]
    assert groups[2][1] == ["tổng hợp, báo cáo tình hình thực hiện hằng quý."]


def test_it_reads_no_group_from_a_topics_bullets_that_name_no_body() -> None:
    groups = plan_groups(
        "1. Sở Xây dựng\n- Hướng dẫn, kiểm tra việc hỗ trợ về nhà ở.\n"
        "2. Kinh phí thực hiện\n"
        "- Kinh phí thực hiện do ngân sách tỉnh bảo đảm.\n"
        "- Các đơn vị có liên quan lập dự toán gửi Sở Tài chính.\n"
    )
    assert [h for h, _t in groups] == ["Sở Xây dựng"]


def test_the_foreign_ministry_ends_before_its_verb() -> None:
    # "Ngoại giao" ends a ministry's name; it is not the "giao" that assigns work to a body.
    assert split_inline("Bộ Ngoại giao chủ trì, phối hợp với các Bộ, ngành theo dõi, đôn đốc.") == (
        "Bộ Ngoại giao",
        "chủ trì, phối hợp với các Bộ, ngành theo dõi, đôn đốc.",
    )


def test_a_body_that_assigns_work_is_still_read_past_its_giao() -> None:
    assert split_inline("Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì tổ chức thực hiện.") == (
        "Ủy ban nhân dân tỉnh giao Sở Nội vụ",
        "chủ trì tổ chức thực hiện.",
    )


def test_the_bodies_whose_proposals_ground_the_work_are_no_addressee() -> None:
    title = (
        "Trên cơ sở đề xuất của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố, "
        "Bộ Tài chính tổng hợp, trình cấp có thẩm quyền bố trí dự toán."
    )
    assert split_inline(title) == (
        "Bộ Tài chính",
        "tổng hợp, trình cấp có thẩm quyền bố trí dự toán.",
    )


def test_grounds_naming_no_body_before_the_addressee_read_as_before() -> None:
    assert split_inline("Trên cơ sở kết quả kiểm tra, Sở Xây dựng chủ trì tổng hợp.") == (
        "Sở Xây dựng",
        "chủ trì tổng hợp.",
    )


LAST_ITEM = (
    "1. Sở Văn hóa, Thể thao và Du lịch\n"
    "Chủ trì tổ chức các hoạt động tuyên truyền về người có công.\n"
    "2. Các tổ chức chính trị - xã hội, doanh nghiệp và cộng đồng.\n"
    "Khuyến khích các tổ chức, doanh nghiệp tham gia chăm sóc người có công.\n"
)


def test_a_yearly_report_naming_other_bodies_after_the_last_item_is_their_group() -> None:
    groups = plan_groups(
        LAST_ITEM
        + "Hàng năm, các sở, ngành và Ủy ban nhân dân các huyện báo cáo kết quả thực hiện về "
        "Sở Nội vụ để tổng hợp.\n"
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Sở Văn hóa, Thể thao và Du lịch", 1),
        ("Các tổ chức chính trị - xã hội, doanh nghiệp và cộng đồng", 1),
        ("các sở, ngành và Ủy ban nhân dân các huyện", 1),
    ]
    assert groups[-1][1][0].startswith("báo cáo kết quả thực hiện")


def test_a_yearly_duty_of_the_last_items_own_body_stays_its_task() -> None:
    groups = plan_groups(
        LAST_ITEM + "Hàng năm, tổng kết và báo cáo kết quả thực hiện về Sở Nội vụ.\n"
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Sở Văn hóa, Thể thao và Du lịch", 1),
        ("Các tổ chức chính trị - xã hội, doanh nghiệp và cộng đồng", 2),
    ]


def test_it_keeps_a_heading_broken_before_the_work_its_bodies_do() -> None:
    groups = plan_groups(
        "1. Sở Tư pháp: Chủ trì hướng dẫn thực hiện Kế hoạch.\n"
        "2. Các sở, ban, ngành, cơ quan làm công tác pháp chế, công tác\n"
        "phổ biến, giáo dục pháp luật chủ động tổ chức tập huấn cho cán bộ.\n"
        "3. Các cơ quan, đơn vị làm công tác pháp chế, công tác\n"
        "kiểm tra, giám sát:\n"
        "- Tổ chức tập huấn cho cán bộ.\n"
    )
    assert groups[1:] == [
        (
            "Các sở, ban, ngành, cơ quan làm công tác pháp chế, công tác phổ biến, giáo dục "
            "pháp luật",
            ["chủ động tổ chức tập huấn cho cán bộ."],
        ),
        (
            "Các cơ quan, đơn vị làm công tác pháp chế, công tác kiểm tra, giám sát",
            ["Tổ chức tập huấn cho cán bộ."],
        ),
    ]


def test_it_ends_a_working_teams_name_before_what_it_does() -> None:
    assert split_inline("Tổ công tác chủ trì, tổng hợp kết quả.") == (
        "Tổ công tác",
        "chủ trì, tổng hợp kết quả.",
    )
    assert split_inline("Đoàn công tác kiểm tra tình hình thực hiện.")[0] == "Đoàn công tác"
