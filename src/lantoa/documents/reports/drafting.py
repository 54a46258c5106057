"""The report's editable narrative, drafted from the figures and from what units wrote."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from lantoa.awareness.results import change_sentence
from lantoa.campaigns.models import Channel
from lantoa.core.numbers import format_vn_number
from lantoa.core.text import fold
from lantoa.documents.reports.content import CHANNEL_SENTENCES, ReportFacts
from lantoa.organization.models import LOCAL_KINDS, UnitKind
from lantoa.reporting.figures import REACH_FIGURES
from lantoa.reporting.indicators import UnitStatus
from lantoa.reporting.models import PracticeMark, Submission, SubmissionStatus

LOW_COVERAGE = 70.0
TOP_REACH = 3
NAMED_UNITS = 3  # a group of passages names its units up to this many, else counts them
APPENDIX_UNITS = 1  # the per-unit table
APPENDIX_MISSING = 2  # the units that have not reported, in full
APPENDIX_CHARTS = 3  # the charts, last: a report without charts shifts no other reference


def reporting_units(facts: ReportFacts) -> list[UnitStatus]:
    """Return the rows of the units that report (the board directs; it does not report)."""
    return [row for row in facts.rows if row.unit.kind != UnitKind.BOARD]


def missing_units(facts: ReportFacts) -> list[UnitStatus]:
    """Return the units that have not sent their latest report or recorded no activity."""
    return [
        row
        for row in reporting_units(facts)
        if not row.activities or (row.expected and not row.submitted)
    ]


def _see(facts: ReportFacts, what: str, number: int) -> str:
    """Return " (danh sách tại Phụ lục N)" when the report has appendices (a unit's has none)."""
    return f" ({what} tại Phụ lục {number})" if len(facts.rows) > 1 else ""


def _n(value: int) -> str:
    return format_vn_number(value)


def as_sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


_SPACES = re.compile(r"\s+")


@dataclass
class _Group:
    text: str
    units: list[str] = field(default_factory=list)


def grouped_passages(pairs: Iterable[tuple[str, str]]) -> list[str]:
    """Return the units' passages, the same words once, with the units that wrote them."""
    groups: dict[str, _Group] = {}
    for unit_name, text in pairs:
        for line in text.splitlines():
            line = _SPACES.sub(" ", line).strip(" -–•")
            if not line:
                continue
            group = groups.setdefault(fold(line).rstrip(" ."), _Group(text=as_sentence(line)))
            if unit_name not in group.units:
                group.units.append(unit_name)
    ordered = sorted(groups.values(), key=lambda group: -len(group.units))
    lines = []
    for group in ordered:
        count = len(group.units)
        who = ", ".join(group.units) if count <= NAMED_UNITS else f"{_n(count)} đơn vị"
        lines.append(f"{group.text.rstrip('.')} ({who}).")
    return lines


def quoted(unit_name: str, text: str) -> str:
    """Return a marked passage attributed once: "Đảng ủy xã X: …", or as is when it names X."""
    text = as_sentence(_SPACES.sub(" ", text))
    if fold(text).startswith(fold(unit_name)):
        return text
    return f"{unit_name}: {text}"


def report_submissions(facts: ReportFacts) -> list[Submission]:
    return list(
        Submission.objects.filter(
            request__campaign=facts.campaign,
            status__in=[SubmissionStatus.ACCEPTED, SubmissionStatus.SUBMITTED],
            unit__in=[row.unit for row in reporting_units(facts)],
        )
        .select_related("unit")
        .order_by("unit__sort_key", "pk")
    )


def _channel_units(facts: ReportFacts) -> dict[str, int]:
    """Return how many reporting units used each channel."""
    return {
        channel: sum(1 for row in reporting_units(facts) if row.by_channel.get(channel))
        for channel in CHANNEL_SENTENCES
    }


def carrying_out(facts: ReportFacts) -> str:
    """Return "Thực hiện Hướng dẫn … về nghiên cứu, … triển khai thực hiện Kết luận số …"."""
    campaign = facts.campaign
    directive = campaign.directive
    guidance = campaign.guidance_type or "Hướng dẫn"
    if campaign.guidance_number:
        guidance += f" số {campaign.guidance_number}"
    if campaign.issuer:
        guidance += f" của {campaign.issuer}"
    name = f"{directive.doc_type} số {directive.number}" if directive.number else directive.doc_type
    if directive.issuer:
        name += f" của {directive.issuer}"
    return (
        f"Thực hiện {guidance} về nghiên cứu, quán triệt, tuyên truyền, phổ biến và triển khai "
        f"thực hiện {name}"
    )


def situation_text(facts: ReportFacts) -> str:
    """Section I: what was asked of whom, and how far the units have gone."""
    status = facts.status
    communes = [r for r in facts.rows if r.unit.kind in LOCAL_KINDS]
    # Every unit that holds tasks, the board's own included, as the dashboard and the report's
    # channel sentences count them (only the list of units still owing leaves the board out).
    used = sum(1 for count in status.channel_totals().values() if count)
    lines = [
        f"{carrying_out(facts)}, {_n(len(status.tasks))} nhiệm vụ đã được giao cho "
        f"{_n(len(status.rows))} "
        f"đơn vị (trong đó {_n(len(communes))} đảng ủy xã, phường). Các cấp ủy đã tổ chức "
        f"{_n(status.activities)} hoạt động qua {_n(used)} hình thức tuyên truyền.",
    ]
    progress = (
        f"Đến ngày {facts.as_of:%d/%m/%Y}, "
        f"{_n(status.units_reported)}/{_n(len(status.rows))} đơn vị đã cập nhật kết quả"
    )
    if status.completeness is not None and status.on_time_rate is not None:
        progress += (
            f"; tỷ lệ đơn vị nộp báo cáo đạt {status.completeness.text}, "
            f"nộp đúng hạn {status.on_time_rate.text}"
        )
    lines.append(progress + ".")
    return " ".join(lines)


def results_text(facts: ReportFacts) -> str:
    """Section II's narrative: the briefing rates with what they count, and who was reached."""
    status = facts.status
    briefed, reporting = status.briefed_rate, status.briefed_rate_reporting
    if reporting.units:
        lines = [
            f"Tỷ lệ đảng viên được nghiên cứu, quán triệt toàn tỉnh đạt {briefed.text}, đơn vị "
            f"chưa báo cáo tính 0; riêng các đơn vị đã báo cáo đạt {reporting.text}."
        ]
    else:
        lines = ["Các đơn vị chưa báo cáo số đảng viên được quán triệt."]
    lines.extend(audience_sentences(facts))
    return " ".join(line for line in lines if line)


def audience_sentences(facts: ReportFacts) -> list[str]:
    """Return who was reached ("Theo đối tượng: …") and what the awareness checks showed."""
    figures = facts.channel_figures
    # People reached in person are the dashboard's (CampaignStatus.people_reached, over
    # REACH_FIGURES); party members among them, the rest are the people.
    members = sum(figures.get(c, {}).get("party_members_present", 0) for c in figures)
    people = sum(
        figures.get(c, {}).get(name, 0)
        for c in figures
        for name in REACH_FIGURES
        if name != "party_members_present"
    )
    media = sum(figures.get(c, {}).get(name, 0) for c in figures for name in ("views", "reach"))
    audience = [
        (members, "lượt cán bộ, đảng viên dự hội nghị, sinh hoạt chi bộ"),
        (people, "lượt quần chúng Nhân dân dự hội nghị, nghe tuyên truyền miệng"),
    ]
    parts = [f"{_n(value)} {words}" for value, words in audience if value]
    reached = facts.status.people_reached
    if reached:
        detail = f" ({'; '.join(parts)})" if parts else ""
        parts = [f"tiếp cận trực tiếp {_n(reached)} lượt người{detail}"]
    if media:
        parts.append(f"{_n(media)} lượt xem, tiếp cận trên báo chí, mạng xã hội")
    lines = ["Theo đối tượng: " + "; ".join(parts) + "."] if parts else []
    awareness = facts.awareness
    lines.append(change_sentence(checks=awareness.checks, change=awareness.total))
    return [line for line in lines if line]


def practices_text(facts: ReportFacts) -> str:
    """Section III: only the passages the board marked, attributed; then what the data shows."""
    units = {row.unit.pk for row in reporting_units(facts)}
    marks = PracticeMark.objects.filter(campaign=facts.campaign, unit_id__in=units).select_related(
        "unit"
    )
    lines = [f"- {quoted(mark.unit.name, mark.text)}" for mark in marks]
    data: list[str] = []
    reach = sorted(
        (row for row in reporting_units(facts) if row.people_reached),
        key=lambda row: -(row.people_reached or 0),
    )[:TOP_REACH]
    if reach:
        data.append(
            "Các đơn vị tuyên truyền trực tiếp đến nhiều người nhất: "
            + ", ".join(f"{row.unit.name} ({_n(row.people_reached or 0)} lượt)" for row in reach)
            + "."
        )
    labels = dict(Channel.choices)
    used = sorted(
        ((count, channel) for channel, count in _channel_units(facts).items() if count),
        key=lambda pair: -pair[0],
    )[:3]
    if used:
        data.append(
            "Hình thức được nhiều đơn vị sử dụng nhất: "
            + ", ".join(f"{labels[ch]} ({_n(count)} đơn vị)" for count, ch in used)
            + "."
        )
    if data:
        lines.append(" ".join(data))
    return "\n".join(lines)


def limitations_text(facts: ReportFacts, submissions: list[Submission]) -> str:
    """Section IV: who has not reported, little-used channels, lateness, units' difficulties."""
    units = reporting_units(facts)
    missing = missing_units(facts)
    lines = []
    if missing:
        silent = sum(1 for row in missing if not row.activities)
        see = _see(facts, "danh sách", APPENDIX_MISSING)
        if silent == len(missing):
            lines.append(f"Còn {_n(silent)} đơn vị chưa cập nhật kết quả{see}.")
        else:
            lines.append(
                f"Còn {_n(len(missing))} đơn vị chưa báo cáo đầy đủ kết quả, trong đó "
                f"{_n(silent)} đơn vị chưa cập nhật hoạt động nào{see}."
            )
    labels = dict(Channel.choices)
    threshold = max(2, len(units) // 10)
    # A form the guidance did not call for is no shortcoming of the units (all, if it names none).
    asked = set(facts.campaign.channels) or set(labels)
    little = [
        labels[ch]
        for ch, count in _channel_units(facts).items()
        if ch in asked and count < threshold
    ]
    if little:
        lines.append(
            f"Một số hình thức ít đơn vị sử dụng (dưới {_n(threshold)} đơn vị): "
            + "; ".join(little)
            + "."
        )
    overdue = [row for row in units if row.overdue_tasks]
    if overdue:
        lines.append(
            f"{_n(len(overdue))} đơn vị còn {_n(sum(r.overdue_tasks for r in overdue))} lượt "
            "nhiệm vụ đã quá hạn mà chưa hoàn thành."
        )
    late = [row for row in units if row.working_days_late]
    if late:
        lines.append(
            f"{_n(len(late))} đơn vị nộp báo cáo chậm hoặc quá hạn chưa nộp, chậm nhất "
            f"{_n(max(r.working_days_late for r in late))} ngày làm việc."
        )
    low = [r for r in units if r.coverage is not None and r.coverage < LOW_COVERAGE]
    if low:
        lines.append(
            f"{_n(len(low))} đơn vị có tỷ lệ đảng viên được nghiên cứu, quán triệt dưới "
            f"{int(LOW_COVERAGE)}%{_see(facts, 'chi tiết', APPENDIX_UNITS)}."
        )
    paragraphs = [" ".join(lines)] if lines else []
    difficulties = grouped_passages((s.unit.name, s.difficulties) for s in submissions)
    if difficulties:
        paragraphs.append(
            "Khó khăn các đơn vị nêu trong báo cáo: "
            + "; ".join(line.rstrip(".") for line in difficulties)
            + "."
        )
    return "\n".join(paragraphs)


def _task_phrase(text: str) -> str:
    """Return a task's lead clause as a phrase (before its list of details, lower-cased)."""
    lead = text.split(":")[0].strip().rstrip(".;")
    return lead[:1].lower() + lead[1:]


def _board_tasks_ahead(facts: ReportFacts) -> list[str]:
    """Return the sentence of the board's own tasks still open (reporting_units leaves it out)."""
    lines = []
    for row in facts.rows:
        if row.unit.kind != UnitKind.BOARD:
            continue
        open_tasks = [line.task for line in row.standing.tasks if not line.done]
        if open_tasks:
            lines.append(
                f"{row.unit.name} tiếp tục {'; '.join(_task_phrase(t.text) for t in open_tasks)}."
            )
    return lines


def tasks_text(facts: ReportFacts) -> str:
    """Section V: what is left to do, read from the tasks, the reports owed and those ahead."""
    units = reporting_units(facts)
    lines = []
    open_units = [row for row in units if row.tasks_done < row.tasks_total]
    if open_units:
        remaining = sum(row.tasks_total - row.tasks_done for row in open_units)
        lines.append(
            f"Tiếp tục thực hiện {_n(remaining)} lượt nhiệm vụ chưa hoàn thành ở "
            f"{_n(len(open_units))} đơn vị theo {facts.campaign.guidance_type or 'Hướng dẫn'}."
        )
    lines.extend(_board_tasks_ahead(facts))
    missing = missing_units(facts)
    if missing:
        lines.append(
            f"Đôn đốc {_n(len(missing))} đơn vị chưa báo cáo đầy đủ hoàn thành việc báo cáo kết "
            f"quả{_see(facts, 'danh sách', APPENDIX_MISSING)}."
        )
    for request in facts.status.requests:
        if request.due_date > facts.as_of:
            lines.append(f"Các đơn vị gửi {request.title} trước ngày {request.due_date:%d/%m/%Y}.")
    return " ".join(lines)


def proposals_text(submissions: list[Submission]) -> str:
    """Section VI: the units' proposals, the same words once, with who proposed them."""
    proposals = grouped_passages((s.unit.name, s.proposals) for s in submissions)
    if not proposals:
        return ""
    return "\n".join(f"- {line}" for line in proposals)


def default_sections(facts: ReportFacts) -> dict[str, str]:
    """Return the editable narrative, drafted from the figures, the board's marks, units' words."""
    submissions = report_submissions(facts)
    return {
        "situation": situation_text(facts),
        "results": results_text(facts),
        "practices": practices_text(facts),
        "limitations": limitations_text(facts, submissions),
        "tasks": tasks_text(facts),
        "proposals": proposals_text(submissions),
    }
