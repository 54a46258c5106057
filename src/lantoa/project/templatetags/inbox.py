"""The navigation's count of items waiting for the user's approval."""

from __future__ import annotations

from typing import Any

from django import template

from lantoa.project.inbox import leader_inbox

register = template.Library()


@register.simple_tag(takes_context=True)
def inbox_count(context: Any) -> int:
    """Return how many items wait for the signed-in user (the page's own inbox when it has one)."""
    inbox = context.get("inbox")
    if inbox is None:
        request = context.get("request")
        if request is None or not request.user.is_authenticated:
            return 0
        inbox = leader_inbox(user=request.user)
    return inbox.total
