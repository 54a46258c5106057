"""The figures and pre-filled narrative of a campaign report, computed from the indicators."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Sum

from lantoa.campaigns.models import Campaign, Channel
from lantoa.core.numbers import format_vn_number
from lantoa.organization.models import Unit, UnitKind
from lantoa.reporting.indicators import CampaignStatus, UnitStatus, campaign_status
from lantoa.reporting.models import Activity, Submission, SubmissionStatus

LOW_COVERAGE = 70.0
SECTION_KEYS = ("situation", "results", "practices", "limitations", "proposals")
SECTION_TITLES = {
    "situation": "Tình hình triển khai",
    "results": "Kết quả nghiên cứu, quán triệt, tuyên truyền",
    "practices": "Mô hình, cách làm hay",
    "limitations": "Hạn chế, nguyên nhân",
    "proposals": "Đề xuất, kiến nghị",
}

# How each channel's totals read in a sentence: (figure, words after the number).
CHANNEL_SENTENCES: dict[str, list[tuple[str, str]]] = {
    Channel.CONFERENCE: [
        ("sessions", "hội nghị"),
        ("party_members_present", "lượt đảng viên"),
        ("other_attendees", "lượt người khác tham dự"),
    ],
    Channel.CELL_MEETING: [
        ("cells", "lượt chi bộ sinh hoạt chuyên đề"),
        ("party_members_present", "lượt đảng viên"),
    ],
    Channel.PRINT: [("items", "tin, bài trên báo in, bản tin"), ("copies", "bản phát hành")],
    Channel.ONLINE: [("items", "tin, bài trên báo điện tử, cổng thông tin"), ("views", "lượt xem")],
    Channel.RADIO: [("items", "chương trình phát thanh"), ("minutes", "phút")],
    Channel.TV: [("items", "chương trình truyền hình"), ("minutes", "phút")],
    Channel.SOCIAL: [("posts", "bài trên mạng xã hội chính thống"), ("reach", "lượt tiếp cận")],
    Channel.LEAFLET: [("titles", "đầu tài liệu, tờ rơi"), ("copies", "bản phát hành")],
    Channel.PODCAST: [("items", "podcast"), ("views", "lượt nghe")],
    Channel.VIDEO: [("items", "video ngắn"), ("views", "lượt xem")],
    Channel.LOUDSPEAKER: [
        ("broadcasts", "lượt phát trên loa truyền thanh cơ sở"),
        ("minutes", "phút"),
        ("villages", "lượt thôn, bản"),
    ],
    Channel.ORAL: [("sessions", "buổi tuyên truyền miệng"), ("listeners", "lượt người nghe")],
}


def _n(value: float | int | None, decimals: int | None = None) -> str:
    return format_vn_number(value, decimals=decimals) if value is not None else "chưa báo cáo"


@dataclass
class ReportFacts:
    """Everything a report states as fact, computed once."""

    campaign: Campaign
    status: CampaignStatus
    as_of: datetime.date
    channel_figures: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def rows(self) -> list[UnitStatus]:
        return self.status.rows


def report_facts(
    *, campaign: Campaign, as_of: datetime.date, unit: Unit | None = None
) -> ReportFacts:
    """Compute the report's facts for the whole province, or for one unit's own report."""
    units = Unit.objects.filter(pk=unit.pk) if unit else Unit.objects.all()
    status = campaign_status(campaign=campaign, units=units, today=as_of)
    figures: dict[str, dict[str, int]] = {}
    activities = Activity.objects.filter(
        campaign=campaign, is_deleted=False, unit__in=[row.unit for row in status.rows]
    )
    # One grouped query for every channel; each channel then keeps its own sentence's figures.
    names = sorted({name for parts in CHANNEL_SENTENCES.values() for name, _words in parts})
    sums = {
        row["channel"]: row
        for row in activities.values("channel").annotate(**{n: Sum(n) for n in names}).order_by()
    }
    for channel, parts in CHANNEL_SENTENCES.items():
        totals = sums.get(channel, {})
        reported = {name: totals[name] for name, _words in parts if totals.get(name) is not None}
        if reported:
            figures[channel] = reported
    return ReportFacts(campaign=campaign, status=status, as_of=as_of, channel_figures=figures)


def results_paragraphs(facts: ReportFacts) -> list[str]:
    """Return one sentence per channel that has figures, in the channel table's order."""
    labels = dict(Channel.choices)
    sentences = []
    counts = facts.status.channel_totals()
    for channel, parts in CHANNEL_SENTENCES.items():
        reported = facts.channel_figures.get(channel)
        if not reported:
            continue
        bits = [f"{_n(reported[name])} {words}" for name, words in parts if name in reported]
        sentences.append(
            f"{labels[channel]}: {counts.get(channel, 0)} hoạt động, " + ", ".join(bits) + "."
        )
    return sentences


def default_sections(facts: ReportFacts) -> dict[str, str]:
    """Return the editable narrative, pre-filled from the figures and what units wrote."""
    status = facts.status
    campaign = facts.campaign
    directive = campaign.directive
    communes = [r for r in status.rows if r.unit.kind in (UnitKind.COMMUNE, UnitKind.WARD)]
    reported = [r for r in status.rows if r.activities]
    situation = (
        f"Thực hiện {campaign.guidance_type or 'Hướng dẫn'}"
        f"{' số ' + campaign.guidance_number if campaign.guidance_number else ''} về nghiên cứu, "
        f"quán triệt, tuyên truyền, phổ biến và triển khai thực hiện {directive.doc_type} số "
        f"{directive.number}, {len(status.tasks)} nhiệm vụ đã được giao cho {len(status.rows)} "
        f"đơn vị (trong đó {len(communes)} đảng ủy xã, phường). Đến ngày "
        f"{facts.as_of:%d/%m/%Y}, {len(reported)}/{len(status.rows)} đơn vị đã báo cáo kết quả"
    )
    if status.completeness is not None and status.on_time_rate is not None:
        situation += (
            f"; tỷ lệ đơn vị nộp báo cáo đạt {status.completeness.text}, "
            f"nộp đúng hạn {status.on_time_rate.text}"
        )
    situation += "."
    briefed, reporting = status.briefed_rate, status.briefed_rate_reporting
    if reporting.units:
        results = (
            f"Tỷ lệ đảng viên được nghiên cứu, quán triệt toàn tỉnh đạt {briefed.text}, "
            "đơn vị chưa báo cáo tính 0; riêng các đơn vị đã báo cáo đạt "
            f"{reporting.text}."
        )
    else:
        results = "Các đơn vị chưa báo cáo số đảng viên được quán triệt."
    submissions = (
        Submission.objects.filter(
            request__campaign=campaign,
            status__in=[SubmissionStatus.ACCEPTED, SubmissionStatus.SUBMITTED],
            unit__in=[r.unit for r in status.rows],
        )
        .select_related("unit")
        .order_by("-submitted_at")[:5]
    )
    practices = "\n".join(
        f"{s.unit.name}: {s.narrative.strip()[:400]}" for s in submissions if s.narrative.strip()
    )
    # The board directs the campaign; it is not one of the units that report results.
    missing = [
        r.unit.name for r in status.rows if not r.activities and r.unit.kind != UnitKind.BOARD
    ]
    late = [r.unit.name for r in status.rows if r.late or r.standing.behind]
    low = [r.unit.name for r in status.rows if r.coverage is not None and r.coverage < LOW_COVERAGE]
    limitations = []
    if missing:
        limitations.append(
            f"Còn {len(missing)} đơn vị chưa cập nhật kết quả: "
            + ", ".join(missing[:10])
            + (", …" if len(missing) > 10 else ".")
        )
    if late:
        limitations.append(f"{len(late)} đơn vị chậm thực hiện nhiệm vụ hoặc chậm báo cáo.")
    if low:
        limitations.append(
            f"{len(low)} đơn vị có tỷ lệ đảng viên được quán triệt dưới "
            f"{int(LOW_COVERAGE)}%: " + ", ".join(low[:10]) + "."
        )
    proposals = (
        "Đề nghị các cấp ủy tiếp tục quán triệt, tuyên truyền sâu rộng, gắn với nhiệm vụ "
        "chính trị của địa phương; các đơn vị chưa báo cáo khẩn trương cập nhật kết quả."
    )
    return {
        "situation": situation,
        "results": results,
        "practices": practices,
        "limitations": "\n".join(limitations),
        "proposals": proposals,
    }


def figures_of(facts: ReportFacts) -> dict[str, object]:
    """Return the report's headline figures as plain data: shown on screen, frozen at issue."""
    status = facts.status
    reported = [r for r in status.rows if r.activities]
    rates = [
        ("Đơn vị đã cập nhật kết quả", f"{len(reported)}/{len(status.rows)} đơn vị"),
        ("Nộp báo cáo", status.completeness.text if status.completeness else "chưa có yêu cầu"),
        ("Nộp đúng hạn", status.on_time_rate.text if status.on_time_rate else "chưa có yêu cầu"),
        ("Tỷ lệ đảng viên được quán triệt (toàn tỉnh)", status.briefed_rate.text),
        ("Riêng các đơn vị đã báo cáo", status.briefed_rate_reporting.text),
    ]
    return {
        "as_of": facts.as_of.isoformat(),
        "rates": [list(rate) for rate in rates],
        "channels": results_paragraphs(facts),
        "units": [
            [
                row.unit.name,
                _n(row.party_members),
                _n(row.briefed),
                _n(row.coverage, decimals=1),
                row.activities,
                row.report.label if row.report else "—",
            ]
            for row in status.rows
        ],
    }
