"""Texts whose paragraphs no blank line separates (a PDF's text layer, a copied web page)."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document

REGULATION = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 12/2026/QĐ-UBND
Hòa Bình, ngày 05 tháng 3 năm 2026
QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ QUẢN LÝ KHO DỮ LIỆU DÙNG CHUNG CỦA TỈNH
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý kho dữ liệu dùng chung.
Điều 2. Quyết định này có hiệu lực từ ngày 15 tháng 3 năm 2026.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình
QUY CHẾ
QUẢN LÝ KHO DỮ LIỆU DÙNG CHUNG CỦA TỈNH
(Ban hành kèm theo Quyết định số 12/2026/QĐ-UBND ngày 05 tháng 3 năm 2026 của Ủy ban
nhân dân tỉnh Hòa Bình)
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc quản lý, khai thác kho dữ liệu dùng chung của tỉnh.
Chương II
TRÁCH NHIỆM CỦA CÁC CƠ QUAN
{body}
"""


def _groups(body: str) -> list[tuple[str, int]]:
    parsed = parse_document(REGULATION.format(body=body))
    return [(g.heading, len(g.tasks)) for g in parsed.unit_groups]


def test_an_article_number_alone_on_its_line_takes_the_title_below_it() -> None:
    body = """Điều 5.
Trách nhiệm của Sở Tư pháp
1. Hướng dẫn các cơ quan rà soát dữ liệu trước khi đưa lên kho dùng chung.
2. Kiểm tra việc cập nhật dữ liệu hộ tịch của các xã theo định kỳ hằng quý.
Điều 6.
Trách nhiệm của Công an tỉnh
1. Bảo đảm an ninh mạng cho kho dữ liệu dùng chung của tỉnh trong mọi tình huống.
2. Phối hợp xác thực thông tin công dân khi các cơ quan đề nghị đối chiếu."""
    assert _groups(body) == [("Sở Tư pháp", 2), ("Công an tỉnh", 2)]


PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 45/KH-UBND
Hòa Bình, ngày 10 tháng 4 năm 2026
KẾ HOẠCH
Thực hiện chương trình phòng, chống tệ nạn xã hội năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Triển khai đồng bộ các giải pháp phòng, chống tệ nạn xã hội trên địa bàn tỉnh.
II. NHIỆM VỤ
Tăng cường tuyên truyền, vận động nhân dân tham gia phòng, chống tệ nạn xã hội.
III. TỔ CHỨC THỰC HIỆN
{body}
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Hoa
"""


def _plan_groups(body: str) -> list[tuple[str, int]]:
    parsed = parse_document(PLAN.format(body=body))
    return [(g.heading, len(g.tasks)) for g in parsed.unit_groups]


def test_a_dotted_item_number_alone_on_its_line_takes_the_body_below_it() -> None:
    body = """1. Các sở, ban, ngành
1.1.
Sở Tài chính
a) Bố trí kinh phí thực hiện kế hoạch theo phân cấp ngân sách hiện hành.
b) Hướng dẫn các đơn vị thanh quyết toán kinh phí đúng quy định.
1.2.
Công an tỉnh
a) Chủ trì tổng hợp tình hình tệ nạn xã hội, báo cáo Ủy ban nhân dân tỉnh.
b) Phối hợp các xã, phường rà soát các điểm nóng về tệ nạn xã hội."""
    assert _plan_groups(body) == [("Sở Tài chính", 2), ("Công an tỉnh", 2)]
