"""Reads about a user's rights: which units they may do what at, from the capability table."""

from __future__ import annotations

from typing import TypeVar

from django.contrib.auth import get_user_model
from django.contrib.auth.models import (
    AbstractBaseUser,
    AnonymousUser,
    PermissionsMixin,
    User,
)
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from lantoa.accounts.capabilities import (
    PROVINCE_WIDE_ROLES,
    Capability,
    Extent,
    extent_of,
    makes_board_staff,
)
from lantoa.accounts.models import Membership, Role
from lantoa.core.requestmemo import remembered
from lantoa.core.text import fold, vn_sort_key
from lantoa.organization.models import Unit, UnitKind
from lantoa.organization.selectors import province_board

AnyUser = AbstractBaseUser | AnonymousUser
M = TypeVar("M", bound=Model)


def person_name(*, user: User) -> str:
    """Return the name a person is shown and signs with: the full name, else the login."""
    return user.get_full_name().strip() or user.get_username()


def signed_in_user(request: HttpRequest) -> User:
    """Return the signed-in user of a view behind login_required, typed as the services want."""
    user = request.user
    # Only a view that forgot login_required gets here with the anonymous user: refuse it.
    if not isinstance(user, User):
        raise PermissionDenied
    return user


def memberships_of(*, user: AnyUser) -> QuerySet[Membership]:
    """Return the user's memberships with their units, or none for an anonymous user."""
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(user_id=user.pk, user__is_active=True).select_related("unit")


def memberships_held(*, user: AnyUser) -> list[Membership]:
    """Return the user's memberships with their units, read once a request (core.requestmemo).

    Every rights check below reads them from here, so a page asks the database once however
    many checks its view, menu and fragments make; the next request reads them again.
    """
    if not user.is_authenticated:
        return []
    return remembered(
        ("memberships", user.pk), lambda: list(memberships_of(user=user).order_by("pk"))
    )


def is_province_wide(*, user: AnyUser) -> bool:
    """Tell whether the user sees every unit: a board or leader role at the board."""
    if not user.is_authenticated:
        return False
    if getattr(user, "is_superuser", False):
        return True
    return any(
        m.role in PROVINCE_WIDE_ROLES and m.unit.kind == UnitKind.BOARD
        for m in memberships_held(user=user)
    )


def is_board_leader(*, user: AnyUser) -> bool:
    """Tell whether the user is a leader of the board (who approves what the board issues)."""
    return any(
        m.role == Role.LEADER and m.unit.kind == UnitKind.BOARD for m in memberships_held(user=user)
    )


def drafted_by(*, user: AnyUser, drafter_id: int | None) -> bool:
    """Tell whether the user drafted a document, who therefore never approves it."""
    # Approval is a second person's reading: the one rule behind every approve and every inbox.
    return drafter_id is not None and drafter_id == user.pk


def own_draft_refusal(*, noun: str, approvers: str) -> str:
    """Return the one wording that refuses a drafter's approval of their own document."""
    return f"Người soạn không được tự phê duyệt {noun} của mình; cần {approvers} duyệt."


def not_drafted_by(rows: QuerySet[M], *, user: AnyUser, field: str = "created_by") -> QuerySet[M]:
    """Leave out the rows the user drafted: they never wait in the user's approval inbox."""
    if user.pk is None:
        return rows
    return rows.exclude(**{f"{field}_id": user.pk})


def unit_ids_where(*, user: AnyUser, can: Capability) -> tuple[bool, list[int]]:
    """Return whether the user may do `can` province-wide, else the units where they may."""
    if not user.is_authenticated:
        return False, []
    if getattr(user, "is_superuser", False):
        # A superuser acts as board staff at the board.
        return extent_of(role=Role.BOARD, unit_kind=UnitKind.BOARD, can=can) == Extent.PROVINCE, []
    unit_ids = []
    for membership in memberships_held(user=user):
        found = extent_of(role=membership.role, unit_kind=membership.unit.kind, can=can)
        if found == Extent.PROVINCE:
            return True, []
        if found == Extent.UNIT:
            unit_ids.append(membership.unit_id)
    return False, unit_ids


def units_where(*, user: AnyUser, can: Capability) -> QuerySet[Unit]:
    """Return the units where the user may do `can` (every unit when it reaches the province)."""
    province, unit_ids = unit_ids_where(user=user, can=can)
    if province:
        return Unit.objects.all()
    return Unit.objects.filter(pk__in=unit_ids)


def can_at(*, user: AnyUser, unit: Unit, can: Capability) -> bool:
    """Tell whether the user may do `can` at one unit."""
    province, unit_ids = unit_ids_where(user=user, can=can)
    return province or unit.pk in unit_ids


def member_unit_ids(*, user: AnyUser, can: Capability) -> list[int]:
    """Return the units where the user holds a role allowing `can` (their own, not the province)."""
    return [
        m.unit_id
        for m in memberships_held(user=user)
        if extent_of(role=m.role, unit_kind=m.unit.kind, can=can)
    ]


def board_unit_for_staff(*, user: AnyUser) -> Unit | None:
    """Return the board unit where the user is board staff (may create and assign), or None."""
    if not user.is_authenticated:
        return None
    for membership in memberships_held(user=user):
        if makes_board_staff(role=membership.role, unit_kind=membership.unit.kind):
            return membership.unit
    if getattr(user, "is_superuser", False):
        return remembered(("superuser_board",), province_board)
    return None


def is_board_staff(*, user: AnyUser) -> bool:
    """Tell whether the user is board staff (who create, assign and edit for the board)."""
    return board_unit_for_staff(user=user) is not None


def require_board_staff(*, user: AnyUser) -> Unit:
    """Return the user's board unit, or refuse with 403 when the user is not board staff."""
    unit = board_unit_for_staff(user=user)
    if unit is None:
        raise PermissionDenied(
            "Chỉ chuyên viên Ban Tuyên giáo và Dân vận được thực hiện thao tác này."
        )
    return unit


def may_manage_users(*, user: AnyUser) -> bool:
    """Tell whether the user is the board's administrator of accounts (users, roles, devices).

    A superuser, or board staff at the board holding Django's `auth.change_user` permission:
    the right is given on purpose, never by a role alone.
    """
    if not user.is_authenticated or not user.is_active:
        return False
    if not isinstance(user, PermissionsMixin):
        return False
    if user.is_superuser:
        return True
    # Board staff first: it is read from the request's memberships, while Django's permissions
    # cost two queries that everyone else (every page's menu asks) need not pay.
    return is_board_staff(user=user) and user.has_perm("auth.change_user")


def require_user_admin(*, user: AnyUser) -> None:
    """Refuse with 403 unless the user administers accounts."""
    if not may_manage_users(user=user):
        raise PermissionDenied("Chỉ người quản trị tài khoản của Ban được thực hiện thao tác này.")


def _admin_sort_key(account: User) -> tuple[str, str, str]:
    # Vietnamese people are looked up by their given name, which is the last word.
    return (vn_sort_key(account.last_name), vn_sort_key(account.first_name), account.username)


def users_for_admin(*, user: AnyUser, query: str = "") -> list[User]:
    """Return every account with its memberships, in Vietnamese order, matching the query."""
    require_user_admin(user=user)
    accounts = get_user_model().objects.prefetch_related("memberships__unit")
    wanted = fold(query)
    found = []
    for account in accounts:
        names = [account.username, account.get_full_name(), account.email]
        names += [m.unit.name for m in account.memberships.all()]
        if not wanted or wanted in fold(" ".join(names)):
            found.append(account)
    return sorted(found, key=_admin_sort_key)


def user_for_admin(*, user: AnyUser, user_id: int) -> User:
    """Return one account with its memberships for the administrator, or 404."""
    require_user_admin(user=user)
    accounts = get_user_model().objects.prefetch_related("memberships__unit")
    return get_object_or_404(accounts, pk=user_id)
