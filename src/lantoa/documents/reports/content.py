"""The figures of a campaign report, computed from the indicators; the narrative is drafting.py."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.db.models import Sum

from lantoa.awareness.selectors import CampaignResults, results_of
from lantoa.campaigns.models import Campaign, Channel
from lantoa.core.numbers import format_vn_number
from lantoa.organization.models import Unit
from lantoa.reporting.indicators import CampaignStatus, UnitStatus, campaign_status
from lantoa.reporting.models import Activity

SECTION_KEYS = ("situation", "results", "practices", "limitations", "tasks", "proposals")
SECTION_TITLES = {
    "situation": "Tình hình và cách triển khai",
    "results": "Kết quả nghiên cứu, quán triệt, tuyên truyền",
    "practices": "Mô hình, cách làm hay",
    "limitations": "Hạn chế, nguyên nhân",
    "tasks": "Nhiệm vụ thời gian tới",
    "proposals": "Đề xuất, kiến nghị",
}

# How each channel's totals read after its name ("Phát thanh: 16 chương trình, 63 phút").
CHANNEL_SENTENCES: dict[str, list[tuple[str, str]]] = {
    Channel.CONFERENCE: [
        ("sessions", "hội nghị"),
        ("party_members_present", "lượt đảng viên"),
        ("other_attendees", "lượt người khác"),
    ],
    Channel.CELL_MEETING: [
        ("cells", "lượt chi bộ"),
        ("party_members_present", "lượt đảng viên"),
    ],
    Channel.PRINT: [("items", "tin, bài"), ("copies", "bản phát hành")],
    Channel.ONLINE: [("items", "tin, bài"), ("views", "lượt xem")],
    Channel.RADIO: [("items", "chương trình"), ("minutes", "phút")],
    Channel.TV: [("items", "chương trình"), ("minutes", "phút")],
    Channel.SOCIAL: [("posts", "bài đăng"), ("reach", "lượt tiếp cận")],
    Channel.LEAFLET: [("titles", "đầu tài liệu"), ("copies", "bản phát hành")],
    Channel.PODCAST: [("items", "podcast"), ("views", "lượt nghe")],
    Channel.VIDEO: [("items", "video"), ("views", "lượt xem")],
    Channel.LOUDSPEAKER: [
        ("broadcasts", "lượt phát"),
        ("minutes", "phút"),
        ("villages", "lượt thôn, bản"),
    ],
    Channel.ORAL: [("sessions", "buổi"), ("listeners", "lượt người nghe")],
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

    @cached_property
    def awareness(self) -> CampaignResults:
        """The awareness checks' results over the report's units, read once for every part."""
        units = Unit.objects.filter(pk__in=[row.unit.pk for row in self.rows])
        return results_of(campaign=self.campaign, units=units)


def report_facts(
    *, campaign: Campaign, as_of: datetime.date, unit: Unit | None = None
) -> ReportFacts:
    """Compute the report's facts for the whole province, or for one unit's own report."""
    units = Unit.objects.filter(pk=unit.pk) if unit else Unit.objects.all()
    status = campaign_status(campaign=campaign, units=units, today=as_of)
    figures: dict[str, dict[str, int]] = {}
    activities = Activity.objects.kept().filter(
        campaign=campaign, unit__in=[row.unit for row in status.rows]
    )
    # One grouped query for every channel; each channel then keeps its own sentence's figures.
    names = sorted({name for parts in CHANNEL_SENTENCES.values() for name, _words in parts})
    sums: dict[str, Mapping[str, Any]] = {
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


def figures_of(facts: ReportFacts) -> dict[str, object]:
    """Return the report's headline figures as plain data: shown on screen, frozen at issue."""
    status = facts.status
    rates = [
        ("Đơn vị đã cập nhật kết quả", f"{status.units_reported}/{len(status.rows)} đơn vị"),
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


def narrative_basis(figures: Mapping[str, object]) -> dict[str, object]:
    """Return the part of figures_of() the drafted narrative states: the rates and channels.

    Which units' reports were accepted since moves the appendix only, not what the text says.
    """
    return {"rates": figures.get("rates", []), "channels": figures.get("channels", [])}


def narrative_is_stale(*, drafted: Mapping[str, object], figures: Mapping[str, object]) -> bool:
    """Return True when the figures moved since the narrative was drafted (never for old drafts)."""
    return bool(drafted) and dict(drafted) != narrative_basis(figures)
