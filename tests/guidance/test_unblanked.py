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
