"""A signature a crawl ran onto the end of the filing line wrapped below "Lưu"."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.tailrows import unrow_tail

HEAD = (
    "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 99/2026/TT-BTC\nHà Nội, ngày 10 tháng 3 năm 2026\nTHÔNG TƯ\nQUY ĐỊNH VỀ MẪU TỜ KHAI\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định mẫu tờ khai.\n"
    "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 01/5/2026./.\n"
    "Nơi nhận:\n- Văn phòng Chính phủ;\n- Công báo;\n- Lưu VT;\n"
)


def test_it_parts_a_signature_run_onto_the_filing_lines_wrapped_end() -> None:
    wrapped = "TCHQ.(195) KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn An"
    assert unrow_tail(["- Lưu VT;", wrapped]) == [
        "- Lưu VT;",
        "TCHQ.(195)",
        "KT.",
        "BỘ TRƯỞNG",
        "THỨ TRƯỞNG",
        "Trần Văn An",
    ]
    document = parse_document(HEAD + wrapped + " MẪU SỐ 01\n")
    signer = document.document.signer
    assert (signer.mode, signer.title, signer.name) == ("K/T", "Thứ trưởng", "Trần Văn An")
    assert len(document.recipients) == 3


def test_a_line_below_the_filing_line_without_a_signature_or_with_a_dash_stays_whole() -> None:
    assert unrow_tail(["- Lưu VT;", "TCHQ (195)."]) == ["- Lưu VT;", "TCHQ (195)."]
    dashed = "- Cục Hải quan các tỉnh KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn An"
    assert unrow_tail(["- Lưu VT;", dashed]) == ["- Lưu VT;", dashed]
    # Two lines below "Lưu" the wrap has ended: a line there is no filing line's end.
    far = "Văn bản đính kèm KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn An"
    assert unrow_tail(["- Lưu VT;", "TCHQ.", far])[-1] == far
