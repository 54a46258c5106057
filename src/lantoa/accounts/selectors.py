"""Reads about a user's reach: which units they may see, and in what role."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet

from lantoa.accounts.models import PROVINCE_WIDE_ROLES, Membership
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
