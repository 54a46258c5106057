"""Reads of awareness checks for a user: every one scoped to the units they may read."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils import timezone

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, units_where
from lantoa.awareness.models import AwarenessCheck, CheckPhase, PaperTally, ResponseItem
from lantoa.awareness.results import Change, ItemFigures, Share, item_analysis
from lantoa.campaigns.models import Campaign
from lantoa.core.lookups import one_or_404
from lantoa.organization.models import Unit
from lantoa.reporting.locks import lock_reason
from lantoa.reporting.models import Activity


def checks_for(*, user: AnyUser, campaign: Campaign | None = None) -> QuerySet[AwarenessCheck]:
    """Return the checks of the units the user reads, newest first."""
    units = units_where(user=user, can=Capability.REPORTING_READ)
    checks = AwarenessCheck.objects.filter(unit__in=units).select_related("unit", "activity")
    return checks.filter(campaign=campaign) if campaign is not None else checks


def check_for(*, user: AnyUser, pk: int) -> AwarenessCheck:
    """Return one check of a unit the user reads, else 404."""
    return one_or_404(checks_for(user=user).filter(pk=pk))


@dataclass
class _Loaded:
    """Every sheet and paper total of a set of checks, read in two queries."""

    sheets: dict[int, dict[int, dict[int, bool]]]  # check -> response -> question -> right
    tallies: dict[int, list[tuple[int, int]]]  # check -> (answering, correct) per question


def _load(check_ids: list[int]) -> _Loaded:
    sheets: dict[int, dict[int, dict[int, bool]]] = defaultdict(lambda: defaultdict(dict))
    for check_id, response_id, question_id, correct in ResponseItem.objects.filter(
        response__check_ref_id__in=check_ids
    ).values_list("response__check_ref_id", "response_id", "question_id", "correct"):
        sheets[check_id][response_id][question_id] = correct
    tallies: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for check_id, answered, tallied in PaperTally.objects.filter(
        check_ref_id__in=check_ids
    ).values_list("check_ref_id", "answered", "correct"):
        tallies[check_id].append((answered, tallied))
    return _Loaded(sheets, tallies)


def _share(loaded: _Loaded, check_ids: list[int]) -> tuple[Share, list[dict[int, bool]]]:
    """Sum a set of checks' online sheets and paper totals into one share."""
    sheets = [sheet for c in check_ids for sheet in loaded.sheets.get(c, {}).values()]
    people = len(sheets)
    answers: int = sum(len(sheet) for sheet in sheets)
    right: int = sum(sum(sheet.values()) for sheet in sheets)
    for c in check_ids:
        rows = loaded.tallies.get(c, [])
        # A paper sheet's people are the most that answered any one question.
        people += max((answered for answered, _ in rows), default=0)
        answers += sum(answered for answered, _ in rows)
        right += sum(tallied for _, tallied in rows)
    return Share(people, right, answers), sheets


@dataclass
class UnitResult:
    """One unit's checks in a campaign: before and after, the change and its test."""

    unit: Unit
    checks: int
    change: Change
    items: list[ItemFigures] = field(default_factory=list)

    @property
    def answers(self) -> int:
        return self.change.before.people + self.change.after.people


@dataclass
class CampaignResults:
    """Every unit's result the user may read, and the totals over them."""

    units: list[UnitResult]
    total: Change
    checks: int


def results_for(*, user: AnyUser, campaign: Campaign) -> CampaignResults:
    """Return the campaign's awareness results for the units the user reads."""
    return results_of(
        campaign=campaign, units=units_where(user=user, can=Capability.REPORTING_READ)
    )


def results_of(*, campaign: Campaign, units: QuerySet[Unit]) -> CampaignResults:
    """Return the campaign's awareness results over the given units (the CLI: every unit).

    Only the checks of sessions that count (Activity.objects.kept()): a removed session leaves
    the awareness figures as it leaves the activity counts.
    """
    by_unit: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    unit_of: dict[int, Unit] = {}
    checks = list(
        AwarenessCheck.objects.filter(
            campaign=campaign, unit__in=units, activity__in=Activity.objects.kept()
        ).select_related("unit")
    )
    loaded = _load([check.pk for check in checks])
    for check in checks:
        by_unit[check.unit_id][check.phase].append(check.pk)
        unit_of[check.unit_id] = check.unit
    rows = []
    all_ids: dict[str, list[int]] = defaultdict(list)
    for unit_id, phases in by_unit.items():
        before, before_sheets = _share(loaded, phases[CheckPhase.BEFORE])
        after, after_sheets = _share(loaded, phases[CheckPhase.AFTER])
        rows.append(
            UnitResult(
                unit=unit_of[unit_id],
                checks=sum(len(v) for v in phases.values()),
                change=Change(before, after),
                items=item_analysis(before_sheets + after_sheets),
            )
        )
        for phase, ids in phases.items():
            all_ids[phase] += ids
    rows.sort(key=lambda r: r.unit.sort_key)
    total = Change(
        _share(loaded, all_ids[CheckPhase.BEFORE])[0], _share(loaded, all_ids[CheckPhase.AFTER])[0]
    )
    return CampaignResults(rows, total, sum(r.checks for r in rows))


def dashboard_columns(*, user: AnyUser, campaign: Campaign) -> tuple[list[str], dict[int, list]]:
    """Return the dashboard export's awareness columns: each unit's share correct after sessions.

    The figures of the page's column (templatetags.awareness_fragments.awareness_cell), as
    numbers: blank where the page shows a dash or too few answers.
    """
    headers = [
        "Nhận thức sau buổi học (% trả lời đúng)",
        "Thay đổi so với trước buổi học (điểm %)",
        "Thay đổi có ý nghĩa thống kê",
    ]
    values: dict[int, list] = {}
    for row in results_for(user=user, campaign=campaign).units:
        after, moved, significant = row.change.after.rate, row.change.change, row.change.significant
        values[row.unit.pk] = [
            None if after is None else round(after * 100, 1),
            None if moved is None else round(moved * 100, 1),
            None if significant is None else ("Có" if significant else "Không"),
        ]
    return headers, values


def unit_result(*, user: AnyUser, campaign: Campaign, unit: Unit) -> UnitResult | None:
    """Return one unit's result when the user reads that unit and it held checks."""
    for row in results_for(user=user, campaign=campaign).units:
        if row.unit.pk == unit.pk:
            return row
    return None


def check_share(*, user: AnyUser, check: AwarenessCheck) -> Share:
    """Return one check's share correct (online sheets and paper totals) for a reader of it."""
    check_for(user=user, pk=check.pk)
    return _share(_load([check.pk]), [check.pk])[0]


def paper_totals(*, user: AnyUser, check: AwarenessCheck) -> dict[str, int]:
    """Return a check's stored paper totals as its form's fields (a<id>, c<id>), for a reader."""
    check_for(user=user, pk=check.pk)
    found: dict[str, int] = {}
    for question_id, answered, correct in PaperTally.objects.filter(check_ref=check).values_list(
        "question_id", "answered", "correct"
    ):
        found[f"a{question_id}"], found[f"c{question_id}"] = answered, correct
    return found


def check_by_code(*, code: str) -> AwarenessCheck:
    """Return the check a typed or scanned code names (anyone holding the code may answer)."""
    # A removed session's check takes no more answers: they would count nowhere (results_of).
    return one_or_404(
        AwarenessCheck.objects.filter(
            code=code.strip().upper(), activity__in=Activity.objects.kept()
        ),
        "Không có lượt kiểm tra với mã này.",
    )


@dataclass
class CheckRow:
    """One check on a campaign's list: who held it, when, how many answered, open or closed."""

    check: AwarenessCheck
    answers: int
    is_open: bool


def check_rows(*, user: AnyUser, campaign: Campaign) -> list[CheckRow]:
    """Return every check of the campaign in the units the user reads, by unit, date, phase."""
    # A removed session's checks leave the list as they leave the results (results_of).
    checks = list(
        checks_for(user=user, campaign=campaign).filter(activity__in=Activity.objects.kept())
    )
    # Each check's people as its share counts them (_share): one rule for the list and results.
    loaded = _load([c.pk for c in checks])
    phases: dict[str, int] = {CheckPhase.BEFORE: 0, CheckPhase.AFTER: 1}
    checks.sort(
        key=lambda c: (c.unit.sort_key, c.activity.date, c.activity_id, phases.get(c.phase, 2))
    )
    now = timezone.now()
    return [
        CheckRow(check=c, answers=_share(loaded, [c.pk])[0].people, is_open=now < c.closes_at)
        for c in checks
    ]


def session_lock(activity: Activity) -> str | None:
    """Return why the session's figures cannot change now (the activities' own lock), or None."""
    return lock_reason(
        campaign_id=activity.campaign_id, unit_id=activity.unit_id, date=activity.date
    )
