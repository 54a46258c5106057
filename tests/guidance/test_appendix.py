"""An appendix after the signature: where it starts when the text prints no "Nơi nhận"."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.appendix import appendix_start

RESOLUTION = (
    "CHÍNH PHỦ\n"
    "Số: 99/NQ-CP\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 15 tháng 5 năm 2026\n"
    "NGHỊ QUYẾT\n"
    "Về kế hoạch phòng, chống thiên tai\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Bộ Nông nghiệp và Môi trường chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
    "2. Bộ Tài chính bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch này.\n"
)
SIGNED = "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nTrần Văn An\n"
# A task table, one cell a line, several times as long as the resolution.
TABLE = "Phụ lục\nNHIỆM VỤ TRỌNG TÂM\nTT\nNội dung\nCơ quan\n" + "".join(
    f"{n}\nNhiệm vụ số {n}\nBộ Tài chính\nNăm 2026\n" for n in range(1, 16)
)


def test_an_appendix_right_below_a_signature_is_cut_however_long() -> None:
    parsed = parse_document(RESOLUTION + SIGNED + TABLE)
    assert parsed.document.signer.name == "Trần Văn An"
    assert parsed.document.signer.title == "Phó Thủ tướng"
    assert [g.heading for g in parsed.unit_groups] == [
        "Bộ Nông nghiệp và Môi trường",
        "Bộ Tài chính",
    ]


def test_an_appendix_word_below_a_paragraph_after_a_mode_is_not_cut() -> None:
    # "KT." opening a line far above "Phụ lục", a long paragraph between them: no signature.
    lines = [
        "KT. là viết tắt của ký thay.",
        "Trong quá trình thực hiện, các bộ, ngành báo cáo định kỳ kết quả thực hiện nhiệm vụ được "
        "giao về Bộ Nông nghiệp và Môi trường để tổng hợp.",
        "Phụ lục kèm theo được cập nhật hằng năm.",
        *["Dòng nội dung"] * 30,
    ]
    assert appendix_start(lines) is None
