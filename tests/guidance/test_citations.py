"""Cited documents: laws named before their number, symbols ending in a term number."""

from __future__ import annotations

from lantoa.guidance.parsing.numbers import find_citations


def test_it_reads_a_law_cited_by_name_then_number() -> None:
    text = (
        "Căn cứ Luật Lưu trữ số 33/2024/QH15, ngày 21/6/2024; Luật Bảo vệ bí mật nhà nước số "
        "29/2018/QH14 của Quốc hội; Kết luận số 51-KL/TW, ngày 17/6/2026 của Bộ Chính trị."
    )
    refs = [(c.ref.type, c.ref.number) for c in find_citations(text)]
    assert refs == [
        ("Luật", "33/2024/QH15"),
        ("Luật", "29/2018/QH14"),
        ("Kết luận", "51-KL/TW"),
    ]


def test_it_keeps_the_term_number_of_a_symbol() -> None:
    (cite,) = find_citations("Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 của Ủy ban")
    assert cite.ref.number == "76/2025/UBTVQH15"
