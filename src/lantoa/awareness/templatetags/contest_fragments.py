"""Fragments of study contests that other pages include (the unit's campaign page)."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.inclusion_tag("awareness/_unit_contests.html", takes_context=True)
def contest_unit_participation(context: Any, campaign: Any, unit: Any) -> dict[str, Any]:
    """Render the unit's entry count in each of the campaign's contests, for a reader of it."""
    from lantoa.awareness.selectors_contests import unit_participation

    return {"rows": unit_participation(user=context["request"].user, campaign=campaign, unit=unit)}
