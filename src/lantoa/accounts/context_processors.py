"""Puts the signed-in user's memberships and reach on every page."""

from __future__ import annotations

from django.http import HttpRequest

from lantoa.accounts.selectors import is_province_wide, memberships_of


def memberships(request: HttpRequest) -> dict[str, object]:
    """Return the user's memberships and whether they see the whole province."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "my_memberships": list(memberships_of(user=user)),
        "province_wide": is_province_wide(user=user),
    }
