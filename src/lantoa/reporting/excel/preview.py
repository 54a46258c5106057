"""What an upload's plan looks like to a person: new rows and changed cells, in Vietnamese."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from lantoa.core.numbers import format_vn_number
from lantoa.organization.models import Unit
from lantoa.reporting.excel.layout import COLUMNS, channel_labels, task_labels
from lantoa.reporting.figures import ALL_FIGURES, FIGURE_LABELS
from lantoa.reporting.models import ExcelImport

SHOWN = 200
_LABELS = {**COLUMNS, "task_id": COLUMNS["task"]}


@dataclass
class NewRow:
    """A row that will become a new activity."""

    row: int
    unit: str
    date: str
    channel: str
    title: str
    figures: str


@dataclass
class ChangedCell:
    """One cell that will change an existing activity."""

    row: int
    title: str
    column: str
    old: str
    new: str


@dataclass
class DeletedRow:
    """A row that will withdraw an existing activity."""

    row: int
    unit: str
    title: str


@dataclass
class Preview:
    """The plan of an upload, ready for a page or the terminal."""

    counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    error_count: int = 0
    new: list[NewRow] = field(default_factory=list)
    changed: list[ChangedCell] = field(default_factory=list)
    deleted: list[DeletedRow] = field(default_factory=list)
    more_new: int = 0
    more_changed: int = 0
    more_deleted: int = 0


def _shown(name: str, value: Any, tasks: dict[int, str], channels: dict[str, str]) -> str:
    if value is None or value == "":
        return "(trống)"
    if name == "date":
        return datetime.date.fromisoformat(value).strftime("%d/%m/%Y")
    if name == "channel":
        return channels.get(value, value)
    if name == "task_id":
        return tasks.get(value, str(value))
    if isinstance(value, int):
        return format_vn_number(value)
    return str(value)


def plan_preview(upload: ExcelImport) -> Preview:
    """Return the first rows of what applying the upload would do."""
    plan = upload.plan or {}
    if not plan:
        return Preview()
    tasks = task_labels(upload.campaign)
    channels = channel_labels()
    deletions = plan.get("deleted", [])  # plans made before deleting from Excel have none
    unit_ids = {item["unit"] for item in [*plan["new"][:SHOWN], *deletions[:SHOWN]]}
    units = dict(Unit.objects.filter(pk__in=unit_ids).values_list("pk", "name"))
    new = []
    for item in plan["new"][:SHOWN]:
        values = item["values"]
        figures = "; ".join(
            f"{FIGURE_LABELS[name]}: {format_vn_number(values[name])}"
            for name in ALL_FIGURES
            if values.get(name) is not None
        )
        new.append(
            NewRow(
                row=item["row"],
                unit=units.get(item["unit"], ""),
                date=_shown("date", values["date"], tasks, channels),
                channel=_shown("channel", values["channel"], tasks, channels),
                title=values["title"],
                figures=figures,
            )
        )
    changed: list[ChangedCell] = []
    total_cells = 0
    for item in plan["changed"]:
        for name, (old, new_value) in item["changes"].items():
            total_cells += 1
            if len(changed) < SHOWN:
                changed.append(
                    ChangedCell(
                        row=item["row"],
                        title=item["title"],
                        column=_LABELS.get(name, name),
                        old=_shown(name, old, tasks, channels),
                        new=_shown(name, new_value, tasks, channels),
                    )
                )
    return Preview(
        counts={"deleted": 0, **plan["counts"]},
        errors=plan["errors"],
        error_count=plan["error_count"],
        new=new,
        changed=changed,
        deleted=[
            DeletedRow(row=item["row"], unit=units.get(item["unit"], ""), title=item["title"])
            for item in deletions[:SHOWN]
        ],
        more_new=max(0, len(plan["new"]) - SHOWN),
        more_changed=max(0, total_cells - len(changed)),
        more_deleted=max(0, len(deletions) - SHOWN),
    )


def preview_text(preview: Preview) -> str:
    """Return the preview as plain text for the terminal."""
    counts = preview.counts
    lines = [
        f"Dòng mới: {counts.get('new', 0)}; hoạt động thay đổi: {counts.get('changed', 0)} "
        f"({counts.get('cells', 0)} ô); xóa: {counts.get('deleted', 0)}; "
        f"không đổi: {counts.get('unchanged', 0)}; "
        f"dòng lỗi: {counts.get('errors', 0)}."
    ]
    lines += [f"  + dòng {r.row}: {r.unit} {r.date} {r.channel} — {r.title}" for r in preview.new]
    if preview.more_new:
        lines.append(f"  … và {preview.more_new} dòng mới khác")
    lines += [f"  ~ dòng {c.row}, cột '{c.column}': {c.old} → {c.new}" for c in preview.changed]
    if preview.more_changed:
        lines.append(f"  … và {preview.more_changed} ô thay đổi khác")
    lines += [f"  - dòng {d.row}: xóa {d.unit} — {d.title}" for d in preview.deleted]
    if preview.more_deleted:
        lines.append(f"  … và {preview.more_deleted} hoạt động bị xóa khác")
    lines += [f"  ! {error}" for error in preview.errors]
    if preview.error_count > len(preview.errors):
        lines.append(f"  … và {preview.error_count - len(preview.errors)} lỗi khác")
    return "\n".join(lines)
