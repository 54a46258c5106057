"""A unit's own report upward: the six sections in the unit's voice, from its own figures.

The province's report (drafting.py) speaks of "các đơn vị" and "toàn tỉnh"; a commune's
report to the board speaks of the commune: its tasks, its rate, its words, unattributed.
"""

from __future__ import annotations

from lantoa.campaigns.models import Channel
from lantoa.core.numbers import format_vn_number, format_vn_percent
from lantoa.documents.reports.content import ReportFacts
from lantoa.documents.reports.drafting import (
    LOW_COVERAGE,
    as_sentence,
    audience_sentences,
    carrying_out,
    report_submissions,
)
from lantoa.reporting.indicators import UnitStatus
from lantoa.reporting.models import PracticeMark


def _n(value: int) -> str:
    return format_vn_number(value)


def _lines(texts: list[str]) -> list[str]:
    """Return the unit's own passages, one sentence a line, each once, without dashes."""
    seen: dict[str, str] = {}
    for text in texts:
        for line in text.splitlines():
            line = " ".join(line.split()).strip(" -–•")
            if line:
                seen.setdefault(line.casefold().rstrip(" ."), as_sentence(line))
    return list(seen.values())


def _situation(facts: ReportFacts, row: UnitStatus) -> str:
    used = [label for channel, label in Channel.choices if row.by_channel.get(channel)]
    lines = [
        f"{carrying_out(facts)}, {row.unit.name} được giao {_n(row.tasks_total)} nhiệm vụ, "
        f"đã hoàn thành {_n(row.tasks_done)} nhiệm vụ."
    ]
    if row.activities:
        lines.append(
            f"Đơn vị đã tổ chức {_n(row.activities)} hoạt động qua {_n(len(used))} hình thức "
            f"tuyên truyền ({'; '.join(used)})."
        )
    else:
        lines.append("Đơn vị chưa cập nhật hoạt động nào.")
    return " ".join(lines)


def _results(facts: ReportFacts, row: UnitStatus) -> str:
    if row.coverage is not None and row.briefed is not None and row.party_members:
        lines = [
            "Tỷ lệ đảng viên của đơn vị được nghiên cứu, quán triệt đạt "
            f"{format_vn_percent(row.coverage)} ({_n(row.briefed)}/"
            f"{_n(row.party_members)} đảng viên)."
        ]
    else:
        lines = ["Đơn vị chưa báo cáo số đảng viên được nghiên cứu, quán triệt."]
    return " ".join(lines + audience_sentences(facts))


def _practices(facts: ReportFacts, row: UnitStatus) -> str:
    marks = PracticeMark.objects.filter(campaign=facts.campaign, unit=row.unit)
    return "\n".join(f"- {as_sentence(mark.text)}" for mark in marks)


def _limitations(facts: ReportFacts, row: UnitStatus, difficulties: list[str]) -> str:
    lines = []
    if row.overdue_tasks:
        lines.append(f"Còn {_n(row.overdue_tasks)} nhiệm vụ đã quá hạn mà chưa hoàn thành.")
    if row.coverage is not None and row.coverage < LOW_COVERAGE:
        lines.append(f"Tỷ lệ đảng viên được nghiên cứu, quán triệt còn dưới {int(LOW_COVERAGE)}%.")
    paragraphs = [" ".join(lines)] if lines else []
    paragraphs.extend(f"- {line}" for line in difficulties)
    return "\n".join(paragraphs)


def _tasks(facts: ReportFacts, row: UnitStatus) -> str:
    lines = []
    remaining = row.tasks_total - row.tasks_done
    if remaining:
        guidance = facts.campaign.guidance_type or "Hướng dẫn"
        lines.append(
            f"Tiếp tục thực hiện {_n(remaining)} nhiệm vụ chưa hoàn thành theo {guidance}."
        )
    # The requests that ask this unit, each by the unit's own due date (reporting.standing).
    for report in row.standing.reports:
        if report.due > facts.as_of:
            lines.append(f"Gửi {report.request.title} trước ngày {report.due:%d/%m/%Y}.")
    return " ".join(lines)


def unit_sections(facts: ReportFacts) -> dict[str, str]:
    """Return the editable narrative of one unit's report, from its figures and its own words."""
    (row,) = facts.rows
    submissions = report_submissions(facts)
    difficulties = _lines([s.difficulties for s in submissions])
    proposals = _lines([s.proposals for s in submissions])
    return {
        "situation": _situation(facts, row),
        "results": _results(facts, row),
        "practices": _practices(facts, row),
        "limitations": _limitations(facts, row, difficulties),
        "tasks": _tasks(facts, row),
        "proposals": "\n".join(f"- {line}" for line in proposals),
    }
