"""Where a text's tail is looked for when a page's long chrome follows the signature."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.tail import find_tail

DISPATCH = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 227/CĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 23 tháng 11 năm 2025\nCÔNG ĐIỆN\n"
    "Về khắc phục hậu quả mưa lũ\n"
    "1. Ủy ban nhân dân các tỉnh huy động lực lượng hỗ trợ người dân.\n"
    "2. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này./.\n"
    "Nơi nhận:\n- Như trên;\n- Văn phòng Trung ương Đảng;\n- Lưu: VT.\n"
    "THỦ TƯỚNG\nPhạm Minh Chính\n"
)
FOOTER = "".join(f"Mục {n} của trang: Đăng nhập, tra cứu văn bản\n" for n in range(40))


def test_it_finds_the_recipients_above_a_third_of_a_page_with_a_long_footer() -> None:
    parsed = parse_document(DISPATCH + FOOTER)
    assert len(parsed.recipients) == 3
    assert parsed.document.signer.title == "Thủ tướng"


def test_a_signing_line_below_keeps_an_early_recipients_line_out() -> None:
    # "Nơi nhận: ý kiến cử tri" in the body, a "KT." line below the third: no recipients list.
    body = [f"- Việc thứ {n} của kế hoạch." for n in range(35)]
    lines = ["KẾ HOẠCH", "Nơi nhận: ý kiến cử tri", *body, "KT. GIÁM ĐỐC", "Nguyễn Văn An"]
    lines += [f"Văn bản liên quan {n}" for n in range(60)]
    assert find_tail(lines, 1)[1] is None
