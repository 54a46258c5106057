"""Turns the rows read from a workbook into a plan: new rows, changed cells, errors.

Every row is checked with the same `activity_errors` the web form uses, with its database
reads done once for the whole file (`Prefetched`).
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable
from typing import Any

from django.contrib.auth.models import User

from lantoa.campaigns.models import Campaign
from lantoa.core.rowkeys import KeptRows, moved_row_message
from lantoa.core.text import fold
from lantoa.organization.models import Unit
from lantoa.reporting.excel.layout import (
    COLUMNS,
    DELETE_MARK,
    DELETE_MARKS,
    TOTAL_ROW,
    cell_place,
    channel_lookup,
    is_total_label,
    task_labels,
)
from lantoa.reporting.excel.rights import identity_check, prefetch, upload_rights
from lantoa.reporting.excel.sheetrow import SheetRow, shown
from lantoa.reporting.excel.stored import FIELDS, kept_rows, stored_activities
from lantoa.reporting.figures import ALL_FIGURES
from lantoa.reporting.models import Activity
from lantoa.reporting.services.activities import (
    KEPT_ELSEWHERE,
    ActivityInput,
    _values,
    activity_errors,
)

MAX_ERRORS_SHOWN = 200


def to_json(value: Any) -> Any:
    """Return a value as JSON stores it (dates as ISO text)."""
    return value.isoformat() if isinstance(value, datetime.date) else value


def from_json(field: str, value: Any) -> Any:
    """Return a JSON-stored value as the model holds it."""
    if field == "date" and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    return value


def input_from(values: dict[str, Any]) -> ActivityInput:
    """Return the ActivityInput of a full set of stored values."""
    return ActivityInput(
        channel=values["channel"],
        date=values["date"],
        title=values["title"],
        task_id=values["task_id"],
        figures={name: values[name] for name in ALL_FIGURES},
        url=values["url"],
        notes=values["notes"],
    )


class Planner:
    """Builds the plan of one upload for one campaign and uploader."""

    def __init__(self, *, campaign: Campaign, user: User | None, parsed: dict[str, Any]) -> None:
        self.campaign = campaign
        self.parsed = parsed
        self.rights = upload_rights(user=user, campaign=campaign)
        self.units_by_id = {unit.pk: unit for unit in self.rights.campaign_units.values()}
        self.identity = identity_check(
            campaign=campaign,
            rights=self.rights,
            text=parsed.get("identity"),
        )
        self.present = set(parsed["columns"])
        self.channels = channel_lookup()
        self.tasks = {fold(label): pk for pk, label in task_labels(campaign).items()}
        self.prefetched = prefetch(campaign=campaign, units=list(self.units_by_id.values()))
        self._folded: dict[str, str] = {}
        # What a new row must not repeat: stored activities (read when first needed) and the
        # file's earlier new rows, each as (unit, *FIELDS).
        self._file_keys: set[str] = set()
        self._stored_twins: set[tuple[Any, ...]] | None = None
        self._new_rows: dict[tuple[Any, ...], int] = {}
        # The stored activities the file keeps by their keys, with each key's row.
        self._kept_rows = KeptRows()

    def fold(self, text: str) -> str:
        """Return fold(text), remembered: a file repeats the same few list labels."""
        folded = self._folded.get(text)
        if folded is None:
            folded = self._folded[text] = fold(text)
        return folded

    def build(self, progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
        """Return the plan: counts, the first errors, new rows and changed cells."""
        rows = self.parsed["rows"]
        cell_errors: dict[int, list[tuple[str, str]]] = {}
        for number, field, message in self.parsed["errors"]:
            cell_errors.setdefault(number, []).append((field, message))
        existing = stored_activities(
            [values["key"] for _number, values in rows if values.get("key")]
        )
        seen: dict[str, int] = {}
        self._file_keys = {str(values["key"]) for _number, values in rows if values.get("key")}
        self._kept_rows = kept_rows(rows, existing, self.campaign.pk)
        errors: list[str] = []
        new: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        deleted: list[dict[str, Any]] = []
        unchanged = 0
        error_rows = 0
        for index, (number, values) in enumerate(rows, start=1):
            if progress and index % 100 == 0:
                progress(index, len(rows))
            row = SheetRow(self, number, values)
            for field, message in cell_errors.get(number, []):
                row.problem(field, message)
            meaningful = [name for name in values if name not in ("key", "unit")]
            # A blank row (its key pre-filled by the template, nothing typed) is not a row.
            if not meaningful and not row.problems and values.get("key") not in existing:
                continue
            # Only a new row: a stored activity so named is kept, as the web form took it.
            total = values.get("key") not in existing and self._total(row)
            outcome = None if total else self._row(row, existing, seen)
            if row.problems:
                error_rows += 1
                errors.extend(
                    f"{cell_place(number, field)}: {message[:1].upper()}{message[1:]}"
                    for field, message in row.problems
                )
            elif outcome is None:
                unchanged += 1
            elif outcome.get("delete"):
                deleted.append(outcome)
            elif outcome.get("activity"):
                changed.append(outcome)
            else:
                new.append(outcome)
        if progress:
            progress(len(rows), len(rows))
        return {
            "counts": {
                "new": len(new),
                "changed": len(changed),
                "cells": sum(len(item["changes"]) for item in changed),
                "deleted": len(deleted),
                "unchanged": unchanged,
                "errors": error_rows,
                "rows": len(new) + len(changed) + len(deleted) + unchanged + error_rows,
            },
            "errors": errors[:MAX_ERRORS_SHOWN],
            "error_count": len(errors),
            "new": new,
            "changed": changed,
            "deleted": deleted,
        }

    def _row(
        self, row: SheetRow, existing: dict[str, dict[str, Any]], seen: dict[str, int]
    ) -> dict[str, Any] | None:
        unit = row.unit()
        key = row.values.get("key")
        deleting = self._delete_mark(row)
        activity = None
        if key:
            activity = existing.get(key)
            if key in seen:
                row.problem("key", f"dòng này trùng mã dòng với dòng {seen[key]}.")
            elif activity is None and _is_uuid(key):
                pass  # a new row under the key the template gave it
            elif activity is None or activity["campaign_id"] != self.campaign.pk:
                row.problem(
                    "key", "mã dòng không khớp hoạt động nào của đợt này (dòng mới để trống)."
                )
                activity = None
            elif activity["is_deleted"]:
                if not deleting:  # asked to delete what is deleted: nothing to do
                    row.problem("key", "hoạt động này đã bị xóa trên Lan Tỏa.")
            elif activity["unit_id"] not in self.rights.writable:
                row.problem("unit", "bạn không được sửa hoạt động của đơn vị khác.")
            elif unit is not None and activity["unit_id"] != unit.pk:
                row.problem("unit", "không được đổi đơn vị của hoạt động đã có.")
            seen.setdefault(key, row.number)
        if deleting:
            return self._deletion(row, activity)
        values = row.data(activity)
        if row.problems or unit is None:
            return None
        stored = _values(input_from(values))
        if activity is not None:
            changes = {
                name: [to_json(activity[name]), to_json(stored[name])]
                for name in FIELDS
                if activity[name] != stored[name]
            }
            if not changes:
                return None
            if self._locked(row, "date", activity) or self._kept_elsewhere(row, activity):
                return None
        errors = activity_errors(
            campaign=self.campaign, unit=unit, data=input_from(values), prefetched=self.prefetched
        )
        for field, message in errors.items():
            row.problem(field if field in COLUMNS else None, message)
        if errors:
            return None
        if self._moved(row, key, unit, stored):
            return None
        if activity is None and self._repeats(row, unit, stored):
            return None
        if activity is not None:
            return {
                "row": row.number,
                "activity": activity["pk"],
                "unit": unit.pk,
                "title": activity["title"],
                "changes": changes,
            }
        return {
            "row": row.number,
            "unit": unit.pk,
            "key": key or None,
            "values": {name: to_json(stored[name]) for name in FIELDS},
        }

    def _total(self, row: SheetRow) -> bool:
        """Refuse a table's total line: fixed one error at a time, it would count twice."""
        for field in ("title", "channel"):
            text = row.values.get(field)
            if isinstance(text, str) and is_total_label(text):
                row.problem(field, TOTAL_ROW.format(label=text.strip()))
                return True
        return False

    def _repeats(self, row: SheetRow, unit: Unit, stored: dict[str, Any]) -> bool:
        """Refuse a new row equal in every field to a stored activity or an earlier new row.

        A file that lost its 'Mã dòng' column turns every reported activity into a new row:
        uploaded, it would count each of them twice.
        """
        signature = (unit.pk, *(stored[name] for name in FIELDS))
        if self._stored_twins is None:
            columns = ("key", "unit_id", *FIELDS)
            self._stored_twins = {
                (item["unit_id"], *(item[name] for name in FIELDS))
                for item in Activity.objects.kept()
                .filter(campaign=self.campaign, unit_id__in=self.rights.writable)
                .values(*columns)
                # An activity the file keeps by its key is its own row, not a twin.
                if str(item["key"]) not in self._file_keys
            }
        if signature in self._stored_twins:
            row.problem(
                "key",
                "dòng này giống hệt một hoạt động đã có trên Lan Tỏa nhưng không có mã dòng; "
                f"nếu tệp đã mất cột '{COLUMNS['key']}', hãy tải mẫu mới. Nếu là hoạt động "
                "khác, hãy ghi tên hoạt động khác đi.",
            )
            return True
        earlier = self._new_rows.setdefault(signature, row.number)
        if earlier != row.number:
            row.problem(
                "key",
                f"dòng này giống hệt dòng {earlier}; nếu là hoạt động khác, hãy ghi tên "
                "hoạt động khác đi.",
            )
            return True
        return False

    def _moved(self, row: SheetRow, key: str | None, unit: Unit, stored: dict[str, Any]) -> bool:
        """Refuse a row holding, in every field, what another row's key stores (core.rowkeys)."""
        values = (unit.pk, *(stored[name] for name in FIELDS))
        first = self._kept_rows.moved_from(values=values, key=key)
        if first is None:
            return False
        what = "số liệu của hoạt động"
        row.problem("key", moved_row_message(first_row=first, what=what, key_column=COLUMNS["key"]))
        return True

    def _locked(self, row: SheetRow, field: str, activity: dict[str, Any]) -> bool:
        """Refuse a row that would change a locked activity (reporting.locks), saying why."""
        reason = self.prefetched.locks.reason(unit_id=activity["unit_id"], date=activity["date"])
        if reason:
            row.problem(field, reason)
        return bool(reason)

    def _kept_elsewhere(self, row: SheetRow, activity: dict[str, Any]) -> bool:
        """Refuse a row that would change an activity another page keeps (a press item's)."""
        reason = KEPT_ELSEWHERE.get(activity["source"])
        if reason:
            row.problem(None, reason)
        return bool(reason)

    def _delete_mark(self, row: SheetRow) -> bool:
        """Tell whether the row asks to delete its activity; a strange mark is a problem."""
        mark = row.values.get("delete")
        if not mark:
            return False
        if self.fold(str(mark)) in DELETE_MARKS:
            return True
        row.problem(
            "delete",
            f"chỉ gõ '{DELETE_MARK}' để xóa hoạt động (hoặc để trống), không phải '{shown(mark)}'.",
        )
        return False

    def _deletion(self, row: SheetRow, activity: dict[str, Any] | None) -> dict[str, Any] | None:
        """Return the deletion a marked row asks for, None when there is nothing to delete."""
        if row.problems:
            return None
        if activity is None:
            row.problem(
                "delete",
                "dòng này chưa có trên Lan Tỏa nên không có gì để xóa; hãy bỏ dấu ở cột "
                f"'{COLUMNS['delete']}' hoặc xóa cả dòng trong tệp.",
            )
            return None
        if activity["is_deleted"]:
            return None
        if self._locked(row, "delete", activity) or self._kept_elsewhere(row, activity):
            return None
        return {
            "row": row.number,
            "activity": activity["pk"],
            "unit": activity["unit_id"],
            "title": activity["title"],
            # Deleting is refused at apply time if the activity changed after the preview.
            "updated_at": activity["updated_at"].isoformat(),
            "delete": True,
        }


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def plan_build(
    *,
    campaign: Campaign,
    user: User | None,
    parsed: dict[str, Any],
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Return the plan of an upload; raise UploadRefused for a file that is not acceptable."""
    return Planner(campaign=campaign, user=user, parsed=parsed).build(progress)
