"""A signer's military or police rank before the name (parsing/tail.py)."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document

TEXT = (
    "BỘ QUỐC PHÒNG\nSố: 12/2026/TT-BQP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 02 tháng 3 năm 2026\nTHÔNG TƯ\n"
    "Hướng dẫn huấn luyện dân quân\nCăn cứ Luật Dân quân tự vệ;\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn huấn luyện dân quân.\n"
    "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 5 năm 2026.\n"
)


def test_it_reads_the_signers_name_after_a_rank() -> None:
    signer = parse_document(TEXT + "BỘ TRƯỞNG\n\nĐại tướng Nguyễn Văn Bình\n").document.signer
    assert (signer.name, signer.title) == ("Nguyễn Văn Bình", "Bộ trưởng")


def test_a_rank_word_inside_a_sentence_gives_no_name() -> None:
    signer = parse_document(TEXT + "BỘ TRƯỞNG\n\nĐại tướng ký thay các đơn vị\n").document.signer
    assert signer.name is None
