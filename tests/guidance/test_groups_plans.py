"""Section III as provincial plans print it: kinds of body over the bodies, asked paragraphs."""

from __future__ import annotations

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
