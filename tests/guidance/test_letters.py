"""Section III of a letter with no numbered items: the addressees its prose asks."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.addressee import split_inline
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


ROMAN_FIRST = (
    "I. Các Chi cục Hải quan trên toàn quốc\n"
    "1. Hướng dẫn bổ sung việc khai báo tờ khai vận chuyển độc lập:\n"
    "a) Người khai hải quan khai báo đầy đủ số hiệu container;\n"
    "b) Công chức hải quan kiểm tra thông tin trên Hệ thống.\n"
    "2. Dừng đưa hàng qua khu vực giám sát theo đề nghị của doanh nghiệp.\n"
)
ROMAN_SECOND = (
    "II. Cục Hải quan TP.Hồ Chí Minh hướng dẫn Chi cục Hải quan cửa khẩu thực hiện nội dung sau:\n"
    "1. Xử lý container tồn đọng tại cảng chưa gửi thông tin trên Hệ thống.\n"
)


def test_it_reads_a_letters_roman_parts_named_for_their_addressees_as_groups() -> None:
    parsed = _parse(ROMAN_FIRST + ROMAN_SECOND)
    assert [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups] == [
        (
            "Các Chi cục Hải quan trên toàn quốc",
            [
                "Hướng dẫn bổ sung việc khai báo tờ khai vận chuyển độc lập:",
                "Dừng đưa hàng qua khu vực giám sát theo đề nghị của doanh nghiệp.",
            ],
        ),
        (
            "Cục Hải quan TP.Hồ Chí Minh",
            ["Xử lý container tồn đọng tại cảng chưa gửi thông tin trên Hệ thống."],
        ),
    ]


def test_it_reads_no_groups_from_one_roman_part_named_for_an_addressee() -> None:
    topic = "II. Về thời gian thực hiện\n1. Hai quy trình chạy song song đến hết tháng 3.\n"
    headings = [g.heading for g in _parse(ROMAN_FIRST + topic).unit_groups]
    assert "Các Chi cục Hải quan trên toàn quốc" not in headings


def test_a_body_named_by_what_it_has_done_keeps_the_words_in_its_name() -> None:
    title = "Các Chi cục Hải quan đã triển khai Hệ thống kết nối với doanh nghiệp cảng"
    assert split_inline(title) == (title, "")
    assert split_inline("Các Chi cục Hải quan triển khai Hệ thống kết nối") == (
        "Các Chi cục Hải quan",
        "triển khai Hệ thống kết nối",
    )
