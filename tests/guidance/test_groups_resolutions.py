"""Section III in a Quốc hội resolution: the rules of its articles."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document

HEAD = (
    "QUỐC HỘI\n"
    "Nghị quyết số: 61/2022/QH15\n"
    "Hà Nội, ngày 16 tháng 6 năm 2022\n"
    "NGHỊ QUYẾT\n"
    "VỀ MỘT SỐ GIẢI PHÁP ĐẨY NHANH TIẾN ĐỘ LẬP QUY HOẠCH THỜI KỲ 2021 - 2030\n"
    "QUỐC HỘI\n"
    "QUYẾT NGHỊ:\n"
    "Điều 1. Đánh giá kết quả thực hiện\n"
    "Quốc hội cơ bản tán thành nội dung Báo cáo của Đoàn giám sát.\n"
)
TAIL = "CHỦ TỊCH QUỐC HỘI\nVương Đình Huệ\n"


def groups_of(body: str) -> list[tuple[str, int]]:
    """Return (heading, number of tasks) of each group the reader finds in a resolution."""
    return [(g.heading, len(g.tasks)) for g in parse_document(HEAD + body + TAIL).unit_groups]


RULES = (
    "Chương 3:\n"
    "TỔ CHỨC THỰC HIỆN\n"
    "Điều 10.\n"
    "Trình tự giao lại nhà ở được quy định như sau:\n"
    "1. Người thuộc diện được giao lại nhà ở nộp hồ sơ tại cơ quan quản lý nhà cấp tỉnh.\n"
    "2. Trên cơ sở kết quả kiểm tra hồ sơ, các bên lập biên bản giao nhận nhà ở.\n"
)


def test_it_reads_no_group_from_a_procedures_steps_naming_one_body() -> None:
    third = "3. Cơ quan quản lý nhà cấp tỉnh có trách nhiệm tổ chức bàn giao nhà ở.\n"
    assert groups_of(RULES + third) == []


def test_it_reads_an_article_whose_items_mostly_name_bodies() -> None:
    more = (
        "3. Cơ quan quản lý nhà cấp tỉnh có trách nhiệm tổ chức bàn giao nhà ở.\n"
        "4. Sở Tài chính có trách nhiệm bố trí kinh phí thanh toán.\n"
    )
    assert [h for h, _n in groups_of(RULES + more)] == [
        "Cơ quan quản lý nhà cấp tỉnh",
        "Sở Tài chính",
    ]
