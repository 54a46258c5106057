"""The words find_deadline requires before it tries a pattern never hide a deadline."""

from __future__ import annotations

import pytest

from lantoa.guidance.parsing.deadlines import _NEEDS, find_deadline

# One text each pattern in _NEEDS reads, as printed and shouted in capitals.
SAMPLES = [
    "Báo cáo trước ngày 15 hằng tháng",
    "Gửi kết quả trước ngày 25/12 trong năm",
    "Hoàn thành trong quý I hàng năm",
    "Chậm nhất sau khi kết thúc quý 15 ngày",
    "Trước ngày 15 của tháng cuối quý",
    "Gửi báo cáo trước 13 giờ mỗi ngày",
    "Trong vòng 02 năm kể từ ngày ký",
    "Hoàn thành trong quý III/2026",
    "Gửi hồ sơ trước 30 ngày làm việc của các đợt trao tặng",
]


@pytest.mark.parametrize("text", [*SAMPLES, *(s.upper() for s in SAMPLES)])
def test_it_tries_every_pattern_a_text_can_match(text: str) -> None:
    lowered = text.lower()
    matched = [regex for regex in _NEEDS if regex.search(text)]
    assert matched, text
    for regex in matched:
        assert any(word in lowered for word in _NEEDS[regex]), regex.pattern


def test_it_reads_each_sample_as_a_deadline() -> None:
    assert all(find_deadline(text) is not None for text in SAMPLES)


def test_it_covers_every_gated_pattern() -> None:
    covered = {regex for regex in _NEEDS for text in SAMPLES if regex.search(text)}
    assert covered == set(_NEEDS)
