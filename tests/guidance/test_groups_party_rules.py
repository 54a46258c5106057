"""Section III of a Party rule (Quy định) whose chapter charges bodies in a duties article."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document

RULE = """BAN CHẤP HÀNH TRUNG ƯƠNG
ĐẢNG CỘNG SẢN VIỆT NAM

Số 384-QĐ/TW

Hà Nội, ngày 10 tháng 11 năm 2025

QUY ĐỊNH

VỀ CHIA SẺ DỮ LIỆU GIỮA CÁC CƠ QUAN ĐẢNG

Chương
I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy định này quy định việc chia sẻ dữ liệu giữa các cơ quan đảng.

Chương
III

TỔ CHỨC THỰC HIỆN

Điều 18. Trách nhiệm của các
cơ quan, tổ chức

1. Các cơ quan đảng và các cơ quan, tổ chức khác
trong hệ thống chính trị có trách nhiệm chia sẻ thông tin dữ liệu với vai trò
chủ quản theo phạm vi quy định của Quy định này.

2. Văn phòng Trung ương Đảng có trách nhiệm:

a) Chủ trì, phối hợp với các cơ quan đảng ở Trung ương tổ chức triển khai việc chia sẻ
dữ liệu.

b) Theo dõi các cơ quan đảng thực hiện Quy định này; báo cáo Ban Bí thư.

3. Đảng ủy Công an Trung ương chủ trì, chỉ đạo các cơ quan chuyên môn Bộ Công an phối hợp
với Văn phòng Trung ương Đảng tổ chức kết nối.

4. Quân ủy Trung ương chủ trì, chỉ đạo các cơ quan chuyên môn Bộ Quốc phòng phối hợp với
Văn phòng Trung ương Đảng bảo đảm hạ tầng.

5. Đảng ủy Bộ Khoa học và Công nghệ chịu trách nhiệm:

a) Chỉ đạo Cục Bưu điện Trung ương bảo đảm hạ tầng truyền số liệu chuyên dùng.

b) Kết nối nền tảng tích hợp, chia sẻ dữ liệu quốc gia với mạng truyền số liệu chuyên dùng.

Điều 19. Điều khoản thi hành

Quy định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.

T/M BAN BÍ THƯ

Trần Cẩm Tú
"""


def test_a_duties_article_over_numbered_bodies_gives_each_body_its_group() -> None:
    parsed = parse_document(RULE)
    assert [(g.heading, len(g.tasks)) for g in parsed.unit_groups] == [
        ("Các cơ quan đảng và các cơ quan, tổ chức khác trong hệ thống chính trị", 1),
        ("Văn phòng Trung ương Đảng", 2),
        ("Đảng ủy Công an Trung ương", 1),
        ("Quân ủy Trung ương", 1),
        ("Đảng ủy Bộ Khoa học và Công nghệ", 2),
    ]


_TOPICS = (
    "Tuổi đời của người vào Đảng",
    "Đảng viên phải hoàn thành tốt nhiệm vụ được giao",
    "Thủ tục xem xét kết nạp đảng viên",
    "Hồ sơ xét công nhận đảng viên chính thức",
    "Kết nạp đảng viên trong một số trường hợp cụ thể",
    "Quản lý hồ sơ đảng viên",
    "Giải quyết việc thay đổi họ tên của đảng viên",
    "Chuyển sinh hoạt đảng",
    "Về cách tính nhiệm kỳ đại hội đảng bộ",
)

GUIDANCE = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 06-HD/TW\n\n"
    "Hà Nội, ngày 09 tháng 6 năm 2025\n\nHƯỚNG DẪN\n\n"
    "MỘT SỐ VẤN ĐỀ CỤ THỂ THI HÀNH ĐIỀU LỆ ĐẢNG\n\n"
    + "".join(
        f"{n}. {title}\n\nNội dung hướng dẫn về {title.lower()} theo Quy định.\n\n"
        for n, title in enumerate(_TOPICS, start=1)
    )
    + "10. Phát và quản lý thẻ đảng viên\n\n"
    "a) Chi bộ: Lập danh sách đảng viên được đề nghị cấp thẻ, đề nghị cấp ủy có thẩm quyền xét.\n\n"
    "b) Cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng: Xét, quyết định phát thẻ đảng viên.\n\n"
    "c) Tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương: Chỉ đạo, kiểm tra cấp ủy cấp dưới.\n\n"
    "11. Việc lập cơ quan tham mưu, giúp việc của cấp ủy\n\n"
    "11.1. Tổ chức cơ sở đảng không thành lập cơ quan chuyên trách tham mưu, giúp việc.\n\n"
    "11.2. Đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng được bố trí cán bộ chuyên trách.\n\n"
    "Nơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n\n"
    "T/M BAN BÍ THƯ\n\nTrần Cẩm Tú\n"
)


def test_a_guidance_naming_who_acts_in_two_of_eleven_topics_assigns_no_groups() -> None:
    # Who acts in a procedure the guidance explains is no task the guidance assigns: a letter's
    # topics that address units are more than a few of many.
    assert parse_document(GUIDANCE).unit_groups == []
