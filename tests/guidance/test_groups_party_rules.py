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
