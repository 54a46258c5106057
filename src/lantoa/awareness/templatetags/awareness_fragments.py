"""Fragments of awareness results that other pages include (the dashboard, the unit's page)."""

from __future__ import annotations

from typing import Any

from django import template

from lantoa.awareness.results import Change, percent

register = template.Library()


def _interval(change: Change) -> str:
    found = change.after.interval
    if found is None:
        return ""
    return f"{percent(found[0])}–{percent(found[1])}"


@register.inclusion_tag("awareness/_change_cells.html")
def change_cells(change: Change) -> dict[str, Any]:
    """Render before, after (with its 95 % interval) and the change as three table cells."""
    moved = change.change
    sign = "+" if moved is not None and moved >= 0 else ""
    return {
        "before": percent(change.before.rate),
        "before_n": change.before.answers if change.before.shown else None,
        "after": percent(change.after.rate),
        "interval": _interval(change),
        "change": f"{sign}{percent(moved)}" if moved is not None else "—",
        "significant": change.significant,
    }
