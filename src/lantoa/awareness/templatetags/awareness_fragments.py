"""Fragments of awareness results that other pages include (the dashboard, the unit's page)."""

from __future__ import annotations

from typing import Any

from django import template

from lantoa.awareness.results import Change, percent, share_of

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
        "before_of": share_of(change.before),
        "after": percent(change.after.rate),
        "after_of": share_of(change.after),
        "interval": _interval(change),
        "change": f"{sign}{percent(moved)}" if moved is not None else "—",
        "significant": change.significant,
    }


@register.simple_tag(takes_context=True)
def awareness_by_unit(context: Any, campaign: Any) -> dict[int, Any]:
    """Return the campaign's awareness result of each unit the page's user reads, by unit id."""
    from lantoa.awareness.selectors import results_for

    found = results_for(user=context["request"].user, campaign=campaign)
    return {row.unit.pk: row for row in found.units}


@register.inclusion_tag("awareness/_unit_cell.html")
def awareness_cell(results: dict[int, Any], unit: Any) -> dict[str, Any]:
    """Render one unit's awareness cell: the rate after sessions and the change, or a dash."""
    row = results.get(unit.pk)
    if row is None:
        return {"row": None}
    return {"row": row, **change_cells(row.change)}


@register.inclusion_tag("awareness/_activity_link.html")
def awareness_activity_link(activity: Any) -> dict[str, Any]:
    """Link a conference's or cell meeting's page to its awareness checks."""
    from lantoa.awareness.services import SESSION_CHANNELS

    return {"activity": activity, "session": activity.channel in SESSION_CHANNELS}


@register.inclusion_tag("awareness/_campaign_links.html", takes_context=True)
def awareness_campaign_links(context: Any, campaign: Any) -> dict[str, Any]:
    """Link a campaign's page to its question bank (the province) and its awareness results."""
    from lantoa.accounts.selectors import is_province_wide

    return {"campaign": campaign, "bank": is_province_wide(user=context["request"].user)}


@register.inclusion_tag("awareness/_unit_summary.html", takes_context=True)
def awareness_unit_summary(context: Any, campaign: Any, unit: Any) -> dict[str, Any]:
    """Render a unit's awareness results in a campaign on its page, when it held checks."""
    from lantoa.awareness.selectors import unit_result

    row = unit_result(user=context["request"].user, campaign=campaign, unit=unit)
    if row is None:
        return {"row": None, "campaign": campaign}
    return {"row": row, "campaign": campaign, **change_cells(row.change)}


@register.inclusion_tag("awareness/_chart.html")
def awareness_chart(campaign: Any) -> dict[str, Any]:
    """Place the chart of each unit's share correct before and after (loaded after the page)."""
    return {"campaign": campaign}
