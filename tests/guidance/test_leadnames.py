"""How a page names a body: an abbreviation spelt out where the page glossed it."""

from __future__ import annotations

from lantoa.guidance.parsing.leadnames import glossed_name


def test_it_spells_out_a_name_the_page_glossed_with_its_abbreviation() -> None:
    lines = [
        "Ngày 31-7-2020, Sở Văn hóa, Thể thao và Du lịch (VH, TT&DL) đã phát hành Công văn.",
        "Sở VH, TT&DL đã có Công văn số 3940, ngày 31-7-2020, thông báo đến các đơn vị.",
    ]
    assert glossed_name(lines, "Sở VH, TT&DL") == "Sở Văn hóa, Thể thao và Du lịch"
    assert glossed_name(lines, "Sở Y tế") == "Sở Y tế"
