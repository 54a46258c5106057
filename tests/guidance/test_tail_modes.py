"""A signature block with two signing modes: "TM. CHÍNH PHỦ" over "KT. THỦ TƯỚNG"."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.tail import find_tail

BODY = (
    "CHÍNH PHỦ\nSố: 99/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 15 tháng 5 năm 2026\nNGHỊ QUYẾT\nVề kế hoạch phòng, chống thiên tai\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Bộ Tài chính bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch này.\n"
    "2. Ủy ban nhân dân các tỉnh, thành phố chủ động bố trí ngân sách địa phương.\n"
)


def test_the_body_ends_at_the_first_of_two_stacked_modes() -> None:
    parsed = parse_document(BODY + "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nTrần Văn An\n")
    last = parsed.unit_groups[-1]
    assert [t.text for t in last.tasks] == ["chủ động bố trí ngân sách địa phương."]
    signer = parsed.document.signer
    assert (signer.mode, signer.title, signer.name) == ("K/T", "Phó Thủ tướng", "Trần Văn An")


def test_a_mode_line_apart_from_the_block_does_not_move_its_end() -> None:
    lines = ["NGHỊ QUYẾT", "TM. CHÍNH PHỦ", "1. Bộ Tài chính bố trí kinh phí.", "KT. THỦ TƯỚNG"]
    lines += ["PHÓ THỦ TƯỚNG", "Trần Văn An"]
    assert find_tail(lines, 1)[0] == 3
