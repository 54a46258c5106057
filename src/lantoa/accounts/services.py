"""Writes about accounts: creating users with memberships, recording login attempts."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from lantoa.accounts.models import LoginAttempt, Membership, Role
from lantoa.organization.models import Unit


class AccountError(ValueError):
    """A request about accounts that cannot be carried out, with a message for people."""


@transaction.atomic
def user_create(
    *,
    username: str,
    password: str,
    unit_code: str,
    role: str,
    full_name: str = "",
    email: str = "",
) -> AbstractUser:
    """Create an active user holding one role at the unit with the given code."""
    if role not in Role.values:
        raise AccountError(
            f"Vai trò không hợp lệ: {role!r}. Chọn một trong: {', '.join(Role.values)}."
        )
    unit = Unit.objects.filter(code=unit_code).first()
    if unit is None:
        raise AccountError(f"Không có đơn vị mã {unit_code!r}.")
    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        raise AccountError(f"Tên đăng nhập {username!r} đã có.")
    user = user_model(username=username, email=email)
    first, _, last = full_name.rpartition(" ")
    user.first_name, user.last_name = first, last
    validate_password(password, user)
    user.set_password(password)
    user.is_staff = role == Role.BOARD
    user.save()
    Membership.objects.create(user=user, unit=unit, role=role)
    return user


def login_attempt_record(
    *, username: str, address: str | None, succeeded: bool, clear_failures: bool = True
) -> None:
    """Store one sign-in attempt; a completed sign-in clears the account's failure streak.

    A right password before a second step passes clear_failures=False: otherwise signing in
    again with the password would wipe the wrong codes and allow endless code guessing.
    """
    LoginAttempt.objects.create(
        username=username.lower()[:150], address=address, succeeded=succeeded
    )
    if succeeded and clear_failures:
        LoginAttempt.objects.filter(username=username.lower(), succeeded=False).delete()


def login_lock_remaining(*, username: str, address: str | None) -> datetime.timedelta | None:
    """Return how long sign-in stays locked for this account or address, or None."""
    window = datetime.timedelta(minutes=settings.LOGIN_LOCK_MINUTES)
    since = timezone.now() - window
    failures = LoginAttempt.objects.filter(succeeded=False, at__gte=since)
    by_user = failures.filter(username=username.lower()).order_by("-at")
    latest = None
    if by_user.count() >= settings.LOGIN_MAX_FAILURES:
        latest = by_user.first()
    elif address:
        by_address = failures.filter(address=address).order_by("-at")
        if by_address.count() >= settings.LOGIN_MAX_FAILURES_PER_ADDRESS:
            latest = by_address.first()
    if latest is None:
        return None
    return max(latest.at + window - timezone.now(), datetime.timedelta(seconds=1))


@transaction.atomic
def user_deactivate(*, user: AbstractUser) -> None:
    """Disable a user and end every session they hold."""
    user.is_active = False
    user.save(update_fields=["is_active"])
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            session.delete()
