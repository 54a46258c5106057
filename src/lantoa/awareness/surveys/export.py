"""A survey's aggregates as .xlsx: one row per scale item, never an answer or an open text."""

from __future__ import annotations

from typing import Any

from lantoa.awareness.results import TOO_FEW
from lantoa.awareness.surveys.selectors import SurveyResults
from lantoa.core.exports import table_bytes

HEADER = [
    "Câu",
    "Nội dung",
    "Thang",
    "Số trả lời",
    "Mức 1",
    "Mức 2",
    "Mức 3",
    "Mức 4",
    "Mức 5",
    "Điểm trung bình",
    "KTC 95% thấp",
    "KTC 95% cao",
    "Tỷ lệ mức 4–5 (%)",
    "KTC 95% thấp (%)",
    "KTC 95% cao (%)",
]


def _row(number: int, result: Any) -> list[Any]:
    item, f = result.item, result.figures
    head = [number, item.text, item.get_kind_display()]
    if not f.shown:
        return [*head, TOO_FEW]
    low, high = f.mean_interval
    agree_low, agree_high = f.agree_interval
    return [
        *head,
        f.answers,
        *f.counts,
        round(f.mean, 2),
        round(low, 2),
        round(high, 2),
        round(f.agree_share * 100, 1),
        round(agree_low * 100, 1),
        round(agree_high * 100, 1),
    ]


def survey_xlsx(results: SurveyResults) -> bytes:
    """Return the survey's aggregates as an .xlsx workbook (figures only from five answers)."""
    survey = results.survey
    title = (
        f"{survey.title} — {survey.get_audience_display()}, {survey.unit.name}: "
        f"{results.responses} phiếu / cỡ mẫu dự kiến {survey.target_size}"
    )
    rows = [_row(number, result) for number, result in enumerate(results.items, start=1)]
    data, _ = table_bytes(
        header=HEADER, rows=rows, fmt="xlsx", sheet_title="Kết quả khảo sát", title=title
    )
    return data
