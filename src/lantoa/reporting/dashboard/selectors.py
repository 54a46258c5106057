"""Reads behind the board dashboard: rows per unit, filters, sorting and totals, summaries only."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Max, Sum
from django.http import Http404

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, is_province_wide, units_where
from lantoa.campaigns.models import Assignment, Campaign, Channel, Task
from lantoa.campaigns.selectors import campaign_get
from lantoa.organization.models import UnitKind
from lantoa.reporting.indicators import CampaignStatus, UnitStatus, campaign_status
from lantoa.reporting.models import UnitCampaignSummary, UnitWeekChannelCount
from lantoa.reporting.standing import TASK_STATES


def province_campaign_get(*, user: AnyUser, campaign_id: int) -> Campaign:
    """Return a campaign for board staff and leaders; everyone else gets a 404."""
    if not is_province_wide(user=user):
        raise Http404("Không tìm thấy trang.")
    return campaign_get(user=user, campaign_id=campaign_id)


@dataclass(frozen=True)
class TaskMark:
    """One task of a unit on the dashboard, numbered, in the state reporting.standing gives."""

    number: int
    task: Task
    state: str  # a key of standing.TASK_STATES

    @property
    def label(self) -> str:
        return TASK_STATES[self.state]


@dataclass
class DashboardRow:
    """A unit's row on the dashboard."""

    status: UnitStatus
    marks: list[TaskMark]

    @property
    def unit(self) -> Any:
        return self.status.unit


# Sort keys by GET value; None ("chưa báo cáo") always goes last, whatever the direction.
SORTS: dict[str, tuple[str, Callable[[DashboardRow], Any]]] = {
    "don_vi": ("Đơn vị", lambda r: r.unit.sort_key),
    "nhiem_vu": (
        "Nhiệm vụ",
        lambda r: r.status.tasks_done / r.status.tasks_total if r.status.tasks_total else None,
    ),
    "bao_phu": ("Tỷ lệ đảng viên được quán triệt", lambda r: r.status.coverage),
    "tiep_can": ("Người được tiếp cận", lambda r: r.status.people_reached),
    "hoat_dong": ("Hoạt động", lambda r: r.status.activities),
    "bao_cao": (
        "Báo cáo gần nhất",
        lambda r: r.status.last_submission.submitted_at if r.status.last_submission else None,
    ),
    "tre_han": ("Trễ hạn", lambda r: (r.status.late, r.status.working_days_late)),
}
DEFAULT_SORT = "don_vi"


def sort_rows(rows: list[DashboardRow], sort: str) -> tuple[list[DashboardRow], str]:
    """Return rows sorted by a GET value such as "bao_phu" or "-bao_phu", and the value used."""
    descending = sort.startswith("-")
    name = sort.lstrip("-")
    if name not in SORTS:
        name, descending = DEFAULT_SORT, False
    key = SORTS[name][1]
    known = [row for row in rows if key(row) is not None]
    unknown = [row for row in rows if key(row) is None]
    by_name = sorted(known, key=lambda r: r.unit.sort_key)
    known = sorted(by_name, key=key, reverse=descending)
    return known + sorted(unknown, key=lambda r: r.unit.sort_key), (
        f"-{name}" if descending else name
    )


@dataclass
class Dashboard:
    """Everything the board dashboard shows for one campaign and filter."""

    campaign: Campaign
    status: CampaignStatus
    rows: list[DashboardRow]
    kind: str
    sort: str
    kinds: list[tuple[str, str]]
    version: str

    @property
    def scope(self) -> str:
        """Return which units the headline rates cover: every unit, or the kind filtered to."""
        return dict(self.kinds).get(self.kind, "đơn vị") if self.kind else "đơn vị"

    @property
    def channel_totals(self) -> list[tuple[str, str, int]]:
        totals = self.status.channel_totals()
        return [
            (code, str(label), totals[code]) for code, label in Channel.choices if code in totals
        ]

    @property
    def people_reached(self) -> int | None:
        return self.status.people_reached

    @property
    def activities(self) -> int:
        return self.status.activities

    @property
    def tasks_done(self) -> int:
        return sum(r.status.tasks_done for r in self.rows)

    @property
    def tasks_total(self) -> int:
        return sum(r.status.tasks_total for r in self.rows)

    @property
    def late_units(self) -> int:
        return self.status.late_units

    @property
    def latest_request(self) -> Any:
        """Return the request the cards' submission and lateness figures speak of."""
        return self.status.request_in_force


def _marks(status: UnitStatus, numbers: dict[int, int]) -> list[TaskMark]:
    return [
        TaskMark(number=numbers[line.task.pk], task=line.task, state=line.state)
        for line in status.standing.tasks
    ]


def campaign_kinds(campaign: Campaign) -> list[tuple[str, str]]:
    """Return the unit kinds that hold tasks in the campaign, for the filter."""
    present = set(
        Assignment.objects.filter(task__campaign=campaign)
        .values_list("unit__kind", flat=True)
        .distinct()
    )
    return [(value, str(label)) for value, label in UnitKind.choices if value in present]


def data_version(campaign: Campaign) -> str:
    """Return a cheap fingerprint of the campaign's summaries, to key cached charts."""
    stamp = UnitCampaignSummary.objects.filter(campaign=campaign).aggregate(
        at=Max("refreshed_at"), n=Sum("activities")
    )
    return f"{stamp['at'].isoformat() if stamp['at'] else '-'}:{stamp['n'] or 0}"


def dashboard_kind(
    *, campaign: Campaign, kind: str, kinds: list[tuple[str, str]] | None = None
) -> str:
    """Return the unit kind asked for if the campaign has such units, else "" (every kind)."""
    return kind if kind in dict(kinds or campaign_kinds(campaign)) else ""


def dashboard_get(
    *, user: AnyUser, campaign: Campaign, kind: str, sort: str, today: datetime.date
) -> Dashboard:
    """Return the dashboard of a campaign for board staff and leaders, filtered and sorted."""
    kinds = campaign_kinds(campaign)
    kind = dashboard_kind(campaign=campaign, kind=kind, kinds=kinds)
    units = units_where(user=user, can=Capability.REPORTING_READ)
    if kind:
        units = units.filter(kind=kind)
    status = campaign_status(campaign=campaign, units=units, today=today)
    numbers = {task.pk: index for index, task in enumerate(status.tasks, start=1)}
    rows = [DashboardRow(status=row, marks=_marks(row, numbers)) for row in status.rows]
    rows, sort = sort_rows(rows, sort)
    return Dashboard(
        campaign=campaign,
        status=status,
        rows=rows,
        kind=kind,
        sort=sort,
        kinds=kinds,
        version=data_version(campaign),
    )


def weekly_channel_counts(
    *, campaign: Campaign, unit_ids: list[int]
) -> dict[datetime.date, dict[str, int]]:
    """Return activities per week (Monday) and channel, from the weekly summary table."""
    weeks: dict[datetime.date, dict[str, int]] = {}
    rows = (
        UnitWeekChannelCount.objects.filter(campaign=campaign, unit_id__in=unit_ids)
        .values_list("week_start", "channel")
        .annotate(n=Sum("count"))
        .order_by("week_start")
    )
    for week, channel, count in rows:
        weeks.setdefault(week, {})[channel] = count
    return weeks
