"""How a page names a person: as documents sign and every screen shows (person_name)."""

from __future__ import annotations

from django import template
from django.contrib.auth.models import User

from lantoa.accounts.selectors import person_name

register = template.Library()


@register.filter
def person(user: User | None) -> str:
    """Return the person's full name, else their login; nothing for no one."""
    return "" if user is None else person_name(user=user)
