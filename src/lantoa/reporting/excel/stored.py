"""The stored activities an upload's rows name by their keys, read once as plain values."""

from __future__ import annotations

from typing import Any

from lantoa.core.rowkeys import KeptRows
from lantoa.reporting.figures import ALL_FIGURES
from lantoa.reporting.models import Activity

# Fields of an activity the plan compares and stores (task as task_id, like the model).
FIELDS = ["channel", "date", "title", "task_id", *ALL_FIGURES, "url", "notes"]


def kept_rows(
    rows: list[tuple[int, dict[str, Any]]], existing: dict[str, dict[str, Any]], campaign_id: int
) -> KeptRows:
    """Return the stored values of the activities the file keeps, with each key's row."""
    kept = KeptRows()
    for number, values in rows:
        activity = existing.get(values.get("key") or "")
        if activity and activity["campaign_id"] == campaign_id and not activity["is_deleted"]:
            signature = (activity["unit_id"], *(activity[name] for name in FIELDS))
            kept.keep(values=signature, key=values["key"], row=number)
    return kept


def stored_activities(keys: list[str]) -> dict[str, dict[str, Any]]:
    """Return the stored activities of the given keys as plain values, by key text."""
    found: dict[str, dict[str, Any]] = {}
    columns = ("pk", "key", "campaign_id", "unit_id", "is_deleted", "updated_at", "source", *FIELDS)
    for start in range(0, len(keys), 5000):  # SQLite caps the parameters of one query
        for row in Activity.objects.filter(key__in=keys[start : start + 5000]).values(*columns):
            found[str(row["key"])] = row
    return found
