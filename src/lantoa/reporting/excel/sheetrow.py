"""Reads one row of the activities sheet into full values, collecting its problems."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from lantoa.core.text import typed_quoted
from lantoa.reporting.figures import ALL_FIGURES

if TYPE_CHECKING:
    from lantoa.organization.models import Unit
    from lantoa.reporting.excel.plan import Planner

_URL = URLValidator(schemes=["http", "https"])


class SheetRow:
    """Reads one sheet row into full activity values, collecting its problems."""

    def __init__(self, planner: Planner, number: int, values: dict[str, Any]) -> None:
        self.planner = planner
        self.number = number
        self.values = values
        self.problems: list[tuple[str | None, str]] = []

    def problem(self, field: str | None, message: str) -> None:
        self.problems.append((field, message))

    def unit(self) -> Unit | None:
        code = str(self.values.get("unit") or "").strip()
        identity = self.planner.identity
        if not code:
            unit = self.planner.units_by_id.get(identity.unit_id or 0) if identity else None
            if unit is not None:
                return unit
            self.problem("unit", "chưa nhập mã đơn vị.")
            return None
        rights = self.planner.rights
        unit = rights.campaign_units.get(code)
        if unit is None and code.isdigit():
            unit = rights.campaign_units.get(code.zfill(5))
        if unit is None:
            self.problem("unit", f"mã đơn vị '{shown(code)}' không có trong đợt tuyên truyền này.")
        elif unit.pk not in rights.writable:
            self.problem("unit", f"bạn không được nhập số liệu cho đơn vị '{shown(code)}'.")
            return None
        return unit

    def data(self, activity: dict[str, Any] | None) -> dict[str, Any]:
        """Return the full values of the row; columns absent from the file keep stored ones."""
        present = self.planner.present
        current = activity or {}
        out: dict[str, Any] = {}
        raw_channel = self.values.get("channel")
        if "channel" in present or not activity:
            channel = self.planner.channels.get(self.planner.fold(str(raw_channel or "")))
            if raw_channel is None:
                self.problem("channel", "chưa chọn hình thức.")
            elif channel is None:
                self.problem(
                    "channel", f"hình thức '{shown(raw_channel)}' không có trong danh sách."
                )
            out["channel"] = channel or ""
        else:
            out["channel"] = current["channel"]
        out["date"] = self.values.get("date") if "date" in present else current.get("date")
        out["title"] = (
            str(self.values.get("title") or "") if "title" in present else current["title"]
        )
        if "task" in present or not activity:
            label = self.values.get("task")
            task_id = self.planner.tasks.get(self.planner.fold(str(label))) if label else None
            if label and task_id is None:
                self.problem("task", f"nhiệm vụ '{str(label)[:60]}' không có trong danh sách.")
            out["task_id"] = task_id
        else:
            out["task_id"] = current["task_id"]
        for name in (*ALL_FIGURES, "url", "notes"):
            if name in present or not activity:
                out[name] = self.values.get(name, None if name in ALL_FIGURES else "")
            else:
                out[name] = current[name]
        url = str(out["url"] or "")
        if url:
            try:
                _URL(url)
            except ValidationError:
                self.problem(
                    "url", "đường dẫn không hợp lệ (cần bắt đầu bằng http:// hoặc https://)."
                )
            if len(url) > 500:
                self.problem("url", "đường dẫn quá dài (tối đa 500 ký tự).")
        return out


def shown(value: Any) -> str:
    """Return a cell's value as typed, quoted for a message and cut to 40 characters."""
    return typed_quoted(value, most=40)
