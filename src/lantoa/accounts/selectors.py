"""Reads about a user's reach: which units they may see, and in what role."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from lantoa.accounts.models import PROVINCE_WIDE_ROLES, Membership, Role
from lantoa.organization.models import Unit, UnitKind

AnyUser = AbstractBaseUser | AnonymousUser


def memberships_of(*, user: AnyUser) -> QuerySet[Membership]:
    """Return the user's memberships with their units, or none for an anonymous user."""
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(user=user, user__is_active=True).select_related("unit")


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


def visible_units(*, user: AnyUser) -> QuerySet[Unit]:
    """Return the units whose data the user may read."""
    if is_province_wide(user=user):
        return Unit.objects.all()
    unit_ids = memberships_of(user=user).values_list("unit_id", flat=True)
    return Unit.objects.filter(pk__in=list(unit_ids))


def roles_at(*, user: AnyUser, unit: Unit) -> set[str]:
    """Return the roles the user holds at one unit."""
    return set(memberships_of(user=user).filter(unit=unit).values_list("role", flat=True))


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
