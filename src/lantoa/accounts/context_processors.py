"""Puts the signed-in user's memberships, and whether they see the whole province, on every page."""

from __future__ import annotations

from django.http import HttpRequest

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.middleware import second_step_pending
from lantoa.accounts.selectors import (
    is_board_staff,
    is_province_wide,
    may_manage_users,
    memberships_held,
)


def memberships(request: HttpRequest) -> dict[str, object]:
    """Return the user's memberships and whether they see the whole province."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    if second_step_pending(request):
        # Before the code every page but the two-step ones bounces back: the menu offers none.
        return {"second_step_pending": True}
    mine = memberships_held(user=user)
    province_wide = is_province_wide(user=user)
    return {
        "my_memberships": mine,
        "province_wide": province_wide,
        # Leaders see the province too, but create, assign and edit nothing: a page offers those
        # buttons to board staff only, not a link that answers a leader with a 403.
        "board_staff": is_board_staff(user=user),
        # The navigation shows the reporting pages only to who reads or records a unit's work.
        "can_read_reporting": province_wide
        or any(Capability.REPORTING_READ in m.capabilities for m in mine),
        "records_for_unit": not province_wide
        and any(Capability.REPORTING_WRITE in m.capabilities for m in mine),
        # The board's administrator manages users on Vietnamese pages; the English Django admin
        # is linked from nowhere (a superuser still types its address for rare repairs).
        "can_administer": may_manage_users(user=user),
    }
