"""Recording and correcting activities, with per-channel validation and a full change history."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from lantoa.audit.context import audit_covered
from lantoa.campaigns.models import Assignment, Campaign, Channel
from lantoa.campaigns.window import campaign_end, campaign_reference_date, campaign_start
from lantoa.core.numbers import format_vn_number
from lantoa.organization.figures import unit_figure_at
from lantoa.organization.models import FigureKind, Unit
from lantoa.reporting.figures import ALL_FIGURES, FIGURE_LABELS, figures_for
from lantoa.reporting.locks import Locks, campaign_locks
from lantoa.reporting.models import (
    Activity,
    ActivityChange,
    ActivitySource,
)
from lantoa.reporting.publications import publication_key
from lantoa.reporting.rules import hard_errors
from lantoa.reporting.services.base import ReportingError, _audit_activity
from lantoa.reporting.services.evidence import evidence_add, evidence_check
from lantoa.reporting.services.review import review_refresh
from lantoa.reporting.services.summaries import summary_add, summary_refresh

# The one limit of an activity's notes, for the web form, the Excel import and the API alike.
MAX_NOTES = 5000
# ActivityInput.material_id default: leave the activity's material as it is (Excel, API).
KEEP_MATERIAL = -1


@dataclass
class ActivityInput:
    """What a unit reports about one activity; figures missing from the dict are not reported."""

    channel: str
    date: datetime.date | None
    title: str
    task_id: int | None = None
    figures: dict[str, int | None] = field(default_factory=dict)
    url: str = ""
    notes: str = ""
    material_id: int | None = KEEP_MATERIAL  # an approved material of the campaign, or None


@dataclass
class Prefetched:
    """The reads activity_errors needs, done once for many rows (an Excel import)."""

    locks: Locks  # the board's lock and the units' accepted reports (reporting.locks)
    # (unit, date) -> the party-member figure in force, as unit_figure_at answers
    members: Callable[[Unit, datetime.date], Any]
    assigned: set[tuple[int, int]]  # (task id, unit id) of the campaign's assignments
    today: datetime.date
    start: datetime.date | None  # campaign_start(campaign)


_CHANNELS = frozenset(Channel.values)  # Channel.values rebuilds a list on every access
_DERIVED = frozenset({"publication_key"})  # computed from the url; not listed in the history


def activity_errors(
    *, campaign: Campaign, unit: Unit, data: ActivityInput, prefetched: Prefetched | None = None
) -> dict[str, str]:
    """Return every reason the input cannot be stored, keyed by field, in Vietnamese."""
    errors: dict[str, str] = {}
    if data.channel not in _CHANNELS:
        errors["channel"] = "Hình thức không hợp lệ."
    if not data.title.strip():
        errors["title"] = "Chưa nhập tên hoạt động."
    elif len(data.title) > 300:
        errors["title"] = "Tên hoạt động quá dài (tối đa 300 ký tự)."
    if len(data.notes.strip()) > MAX_NOTES:
        errors["notes"] = f"Ghi chú quá dài (tối đa {format_vn_number(MAX_NOTES)} ký tự)."
    start = prefetched.start if prefetched else campaign_start(campaign)
    today = prefetched.today if prefetched else timezone.localdate()
    if data.date is None:
        errors["date"] = "Chưa nhập ngày thực hiện (dd/mm/yyyy)."
    locks = prefetched.locks if prefetched else _locks(campaign.pk, unit.pk, data.date)
    locked = locks.reason(unit_id=unit.pk, date=data.date)
    if locked:
        errors["date"] = locked
    allowed = set(figures_for(data.channel))
    for name, value in data.figures.items():
        if name not in FIGURE_LABELS:
            errors[name] = "Chỉ tiêu không hợp lệ."
        elif value is None:
            continue
        elif name not in allowed:
            errors[name] = f"{FIGURE_LABELS[name]} không áp dụng cho hình thức này."

    def members() -> int | None:
        on = data.date or campaign_reference_date(campaign)
        figure = (
            prefetched.members(unit, on)
            if prefetched
            else unit_figure_at(unit=unit, kind=FigureKind.PARTY_MEMBERS, on=on)
        )
        return figure.value if figure else None

    # The data rules (reporting.rules) speak for every write path; a field keeps its first error.
    broken = hard_errors(
        date=data.date,
        figures=data.figures,
        start=start,
        end=campaign_end(campaign),
        today=today,
        members=members,
        unit_end=unit.valid_to,
        unit_start=unit.valid_from,
    )
    errors.update({name: text for name, text in broken.items() if name not in errors})
    if data.task_id is not None and not (
        (data.task_id, unit.pk) in prefetched.assigned
        if prefetched
        else Assignment.objects.filter(
            task_id=data.task_id, task__campaign=campaign, unit=unit
        ).exists()
    ):
        errors["task"] = "Nhiệm vụ này không được giao cho đơn vị trong đợt tuyên truyền."
    if data.material_id not in (None, KEEP_MATERIAL):
        from lantoa.materials.selectors import material_use_error

        problem = material_use_error(material_id=data.material_id, campaign=campaign, on=data.date)
        if problem:
            errors["material"] = problem
    return errors


def _locks(campaign_id: int, unit_id: int, date: datetime.date | None) -> Locks:
    """Read the locks of one unit (none to read without a date)."""
    if date is None:
        return Locks(campaign_id=campaign_id)
    return campaign_locks(campaign_id=campaign_id, unit_ids=[unit_id])


def _values(data: ActivityInput) -> dict[str, Any]:
    values: dict[str, Any] = {
        "channel": data.channel,
        "date": data.date,
        "title": data.title.strip(),
        "task_id": data.task_id,
        "url": data.url.strip(),
        "notes": data.notes.strip(),
        "publication_key": (
            publication_key(url=data.url) if data.channel in ("online", "print") else ""
        ),
    }
    if data.material_id != KEEP_MATERIAL:
        values["material_id"] = data.material_id
    allowed = set(figures_for(data.channel))
    for name in ALL_FIGURES:
        values[name] = data.figures.get(name) if name in allowed else None
    return values


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def activity_record(
    *,
    campaign: Campaign,
    unit: Unit,
    data: ActivityInput,
    user: User | None,
    source: str = ActivitySource.WEB,
    evidence_upload: UploadedFile | None = None,
    evidence_link: str = "",
) -> Activity:
    """Store a new activity (and its evidence, all or nothing) and count it in the summary."""
    errors = activity_errors(campaign=campaign, unit=unit, data=data)
    checked = None
    if evidence_upload is not None:
        # Checked before the transaction: no write lock is held while a child process reads it.
        try:
            checked = evidence_check(evidence_upload)
        except ReportingError as exc:
            errors.update(exc.errors)
    if errors:
        raise ReportingError(errors)
    with transaction.atomic():
        activity = Activity.objects.create(
            campaign=campaign, unit=unit, source=source, created_by=user, **_values(data)
        )
        ActivityChange.objects.create(
            activity=activity, field="*", old="", new="tạo mới", changed_by=user, source=source
        )
        if evidence_upload is not None or evidence_link.strip():
            with audit_covered("activity_record"):  # this write's own entry names it
                evidence_add(
                    activity=activity,
                    user=user,
                    upload=evidence_upload,
                    link=evidence_link,
                    checked=checked,
                )
        summary_add(activity=activity)
        review_refresh(
            campaign_id=campaign.pk, unit_id=unit.pk, dates=[data.date], channels=[data.channel]
        )
        _audit_activity(
            op="activity_record",
            locks=_locks(campaign.pk, unit.pk, data.date),
            activity=activity,
            dates=(data.date,),
            user=user,
            what="tạo mới",
            detail={
                "source": source,
                "date": _text(data.date),
                "evidence": bool(evidence_upload is not None or evidence_link.strip()),
            },
        )
    return activity


# Activities another page keeps: only a change from that page reaches them.
KEPT_ELSEWHERE = {
    ActivitySource.PRESS: "Hoạt động này là tin, bài của cơ quan báo chí; hãy sửa hoặc xóa ở "
    "trang Báo chí, để tin, bài và hoạt động luôn khớp nhau.",
}


def _refuse_kept_elsewhere(activity: Activity, source: str) -> None:
    refusal = KEPT_ELSEWHERE.get(ActivitySource(activity.source))
    if refusal and source != activity.source:
        raise ReportingError({"": refusal})


@transaction.atomic
def activity_update(
    *,
    activity: Activity,
    data: ActivityInput,
    user: User | None,
    source: str = ActivitySource.WEB,
    refresh_summary: bool = True,
    prefetched: Prefetched | None = None,
) -> list[ActivityChange]:
    """Change an activity; every changed field is kept as old → new. Returns the changes.

    An import passes its `prefetched` reads so that each changed row costs no extra queries.
    """
    locked = (
        Activity.objects.select_for_update(of=("self",))
        .select_related("campaign__directive", "unit")
        .get(pk=activity.pk)
    )
    if locked.is_deleted:
        raise ReportingError({"": "Hoạt động này đã bị xóa."})
    _refuse_kept_elsewhere(locked, source)
    locks = (
        prefetched.locks
        if prefetched
        else campaign_locks(campaign_id=locked.campaign_id, unit_ids=[locked.unit_id])
    )
    stored_date, stored_channel = locked.date, locked.channel
    refused = locks.reason(unit_id=locked.unit_id, date=stored_date)
    if refused:
        raise ReportingError({"": refused})
    errors = activity_errors(
        campaign=locked.campaign, unit=locked.unit, data=data, prefetched=prefetched
    )
    if errors:
        raise ReportingError(errors)
    changes = []
    for name, value in _values(data).items():
        old = getattr(locked, name)
        if old != value and name in _DERIVED:
            setattr(locked, name, value)  # follows the url, whose change is recorded
        elif old != value:
            changes.append(
                ActivityChange(
                    activity=locked,
                    field=name.removesuffix("_id"),
                    old=_text(old),
                    new=_text(value),
                    changed_by=user,
                    source=source,
                )
            )
            setattr(locked, name, value)
    if changes:
        locked.save()
        ActivityChange.objects.bulk_create(changes)
        if refresh_summary:  # an import refreshes each unit once at its end
            summary_refresh(campaign=locked.campaign, unit=locked.unit)
            review_refresh(
                campaign_id=locked.campaign_id,
                unit_id=locked.unit_id,
                dates=[stored_date, locked.date],
                channels=[stored_channel, locked.channel],
            )
        _audit_activity(
            op="activity_update",
            locks=locks,
            activity=locked,
            dates=(stored_date, locked.date),
            user=user,
            what="sửa",
            detail={"source": source, "changes": {c.field: [c.old, c.new] for c in changes}},
        )
    activity.refresh_from_db()
    return changes


@transaction.atomic
def activity_delete(
    *,
    activity: Activity,
    user: User | None,
    source: str = ActivitySource.WEB,
    refresh_summary: bool = True,
) -> None:
    """Withdraw an activity; it stays stored, marked deleted, with the change recorded."""
    _refuse_kept_elsewhere(activity, source)
    locks = campaign_locks(campaign_id=activity.campaign_id, unit_ids=[activity.unit_id])
    refused = locks.reason(unit_id=activity.unit_id, date=activity.date)
    if refused:
        raise ReportingError({"": f"{refused} Không thể xóa hoạt động."})
    Activity.objects.filter(pk=activity.pk).update(is_deleted=True, updated_at=timezone.now())
    ActivityChange.objects.create(
        activity=activity,
        field="is_deleted",
        old="",
        new="đã xóa",
        changed_by=user,
        source=source,
    )
    if refresh_summary:  # an import refreshes each unit once at its end
        summary_refresh(campaign=activity.campaign, unit=activity.unit)
        review_refresh(
            campaign_id=activity.campaign_id,
            unit_id=activity.unit_id,
            dates=[activity.date],
            channels=[activity.channel],
        )
    _audit_activity(
        op="activity_delete",
        locks=locks,
        activity=activity,
        dates=(activity.date,),
        user=user,
        what="xóa",
        detail={"source": source},
    )
