"""Section III of a letter with no numbered items: the addressees its prose asks."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.groups import NO_PART_FLAG

LETTER = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 5095/SGDĐT-CTTT\nHà Nội, ngày 02 tháng 12 năm 2025\n\n"
    "V/v chủ động phòng tránh ô nhiễm không khí\n\n"
    "Kính gửi:\n- UBND các xã, phường;\n- Các đơn vị trực thuộc.\n\n"
    "{body}\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"
)


def _parse(body: str):  # noqa: ANN202
    return parse_document(LETTER.format(body=body))


def test_it_reads_the_addressee_a_letter_asks_and_the_bullets_it_announces() -> None:
    parsed = _parse(
        "Nhằm đảm bảo sức khỏe cho học sinh, Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường "
        "thực hiện nghiêm túc văn bản chỉ đạo của UBND Thành phố. Cụ thể:\n"
        "- Thường xuyên cập nhật thông tin về chất lượng không khí.\n"
        "- Hạn chế các hoạt động ngoài trời cho học sinh.\n"
        "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.\n"
    )
    assert [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups] == [
        (
            "UBND các xã, phường",
            [
                "Thường xuyên cập nhật thông tin về chất lượng không khí.",
                "Hạn chế các hoạt động ngoài trời cho học sinh.",
            ],
        )
    ]
    assert NO_PART_FLAG not in parsed.review_flags


def test_it_reads_the_task_of_a_request_in_one_sentence() -> None:
    parsed = _parse(
        "Đề nghị Ủy ban nhân dân phường, xã thực hiện đánh giá trung tâm học tập cộng đồng "
        "và gửi kết quả về Sở trước ngày 15/12/2025.\n"
    )
    assert [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups] == [
        (
            "Ủy ban nhân dân phường, xã",
            ["thực hiện đánh giá trung tâm học tập cộng đồng và gửi kết quả về Sở trước ngày "
             "15/12/2025."],
        )
    ]  # fmt: skip


def test_it_reads_no_group_from_a_letter_that_asks_no_unit() -> None:
    parsed = _parse(
        "Trong quá trình thực hiện, nếu có vướng mắc, kính đề nghị Quý cơ quan liên hệ Sở Giáo "
        "dục và Đào tạo để được hỗ trợ.\n"
        "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.\n"
    )
    assert parsed.unit_groups == []
    assert NO_PART_FLAG in parsed.review_flags
