"""Reads about a user's reach: which units they may do what at, from the capability table."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from lantoa.accounts.capabilities import PROVINCE_WIDE_ROLES, Capability, Reach, reach_of
from lantoa.accounts.models import Membership, Role
from lantoa.organization.models import Unit, UnitKind

AnyUser = AbstractBaseUser | AnonymousUser


def memberships_of(*, user: AnyUser) -> QuerySet[Membership]:
    """Return the user's memberships with their units, or none for an anonymous user."""
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(user_id=user.pk, user__is_active=True).select_related("unit")


def is_province_wide(*, user: AnyUser) -> bool:
    """Tell whether the user sees every unit: a board or leader role at the board."""
    if not user.is_authenticated:
        return False
    if getattr(user, "is_superuser", False):
        return True
    return (
        memberships_of(user=user)
        .filter(role__in=PROVINCE_WIDE_ROLES, unit__kind=UnitKind.BOARD)
        .exists()
    )


def is_board_leader(*, user: AnyUser) -> bool:
    """Tell whether the user is a leader of the board (who approves what the board issues)."""
    if not user.is_authenticated:
        return False
    return memberships_of(user=user).filter(role=Role.LEADER, unit__kind=UnitKind.BOARD).exists()


def reach(*, user: AnyUser, can: Capability) -> tuple[bool, list[int]]:
    """Return whether the user may do `can` province-wide, else the units where they may."""
    if not user.is_authenticated:
        return False, []
    if getattr(user, "is_superuser", False):
        # A superuser acts as board staff at the board.
        return reach_of(role=Role.BOARD, unit_kind=UnitKind.BOARD, can=can) == Reach.PROVINCE, []
    unit_ids = []
    for role, unit_id, unit_kind in memberships_of(user=user).values_list(
        "role", "unit_id", "unit__kind"
    ):
        found = reach_of(role=role, unit_kind=unit_kind, can=can)
        if found == Reach.PROVINCE:
            return True, []
        if found == Reach.UNIT:
            unit_ids.append(unit_id)
    return False, unit_ids


def units_where(*, user: AnyUser, can: Capability) -> QuerySet[Unit]:
    """Return the units where the user may do `can` (every unit when it reaches the province)."""
    province, unit_ids = reach(user=user, can=can)
    if province:
        return Unit.objects.all()
    return Unit.objects.filter(pk__in=unit_ids)


def can_at(*, user: AnyUser, unit: Unit, can: Capability) -> bool:
    """Tell whether the user may do `can` at one unit."""
    province, unit_ids = reach(user=user, can=can)
    return province or unit.pk in unit_ids


def member_unit_ids(*, user: AnyUser, can: Capability) -> list[int]:
    """Return the units where the user holds a role allowing `can` (their own, not the province)."""
    return [
        unit_id
        for role, unit_id, unit_kind in memberships_of(user=user).values_list(
            "role", "unit_id", "unit__kind"
        )
        if reach_of(role=role, unit_kind=unit_kind, can=can)
    ]


def board_unit_for_staff(*, user: AnyUser) -> Unit | None:
    """Return the board unit where the user is board staff (may create and assign), or None."""
    if not user.is_authenticated:
        return None
    membership = (
        memberships_of(user=user).filter(role=Role.BOARD, unit__kind=UnitKind.BOARD).first()
    )
    if membership is not None:
        return membership.unit
    if getattr(user, "is_superuser", False):
        return Unit.objects.filter(kind=UnitKind.BOARD).order_by("pk").first()
    return None


def require_board_staff(*, user: AnyUser) -> Unit:
    """Return the user's board unit, or refuse with 403 when the user is not board staff."""
    unit = board_unit_for_staff(user=user)
    if unit is None:
        raise PermissionDenied(
            "Chỉ chuyên viên Ban Tuyên giáo và Dân vận được thực hiện thao tác này."
        )
    return unit
