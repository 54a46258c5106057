"""The navigation's count beside "Việc cần làm"."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import timezone

from lantoa.project.today import todo_count

register = template.Library()


@register.simple_tag(takes_context=True)
def today_count(context: Any) -> int:
    """Return how many things wait for the signed-in user (reviews, or reports owed)."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return 0
    return todo_count(user=request.user, today=timezone.localdate())
