"""Writes about accounts: users, their memberships, passwords, second step and API tokens."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission, User
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from lantoa.accounts.capabilities import BOARD_STAFF_MEMBERSHIP, makes_board_staff
from lantoa.accounts.mfa import SESSION_KEY as MFA_SESSION_KEY
from lantoa.accounts.mfa import mfa_disable, mfa_required, mfa_verify
from lantoa.accounts.models import LoginAttempt, Membership, Role
from lantoa.audit.services import audit_change
from lantoa.core.errors import Refused
from lantoa.organization.models import Unit


class AccountError(Refused):
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
    user_admin: bool = False,
) -> User:
    """Create an active user holding one role at the unit with the given code."""
    if role not in Role.values:
        raise AccountError(
            f"Vai trò không hợp lệ: {role!r}. Chọn một trong: {', '.join(Role.values)}."
        )
    unit = Unit.objects.filter(code=unit_code).first()
    if unit is None:
        raise AccountError(f"Không có đơn vị mã {unit_code!r}.")
    if user_admin and not makes_board_staff(role=role, unit_kind=unit.kind):
        raise AccountError(
            "Quyền quản trị tài khoản chỉ dành cho cán bộ Ban (--role board tại đơn vị của Ban)."
        )
    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        raise AccountError(f"Tên đăng nhập {username!r} đã có.")
    user = user_model(username=username, email=email)
    first, _, last = full_name.rpartition(" ")
    user.first_name, user.last_name = first, last
    validate_password(password, user)
    user.set_password(password)
    # Django's admin opens to board staff only (makes_board_staff), as the board's pages do.
    user.is_staff = makes_board_staff(role=role, unit_kind=unit.kind)
    user.save()
    Membership.objects.create(user=user, unit=unit, role=role)
    if user_admin:
        # The right selectors.may_manage_users reads: given on purpose, never by a role alone.
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="auth", codename="change_user")
        )
    audit_change(
        op="user_create",
        target=f"Tài khoản {user.get_username()}",
        detail={"account": user.pk, "unit": unit_code, "role": role, "user_admin": user_admin},
    )
    return user


def _api_tokens_revoke_all(*, user: User, membership: Membership | None = None) -> int:
    """Revoke the user's live API tokens (those of one membership) and return how many.

    Whoever holds a token keeps the API until it is revoked: a lock, a new password, a new
    authenticator or a role taken away, meant to cut someone off, revokes them for good, so
    that giving the role back later revives no old token (the caller audits the count).
    """
    # Through the reverse relation: accounts sits below the api app and does not import it.
    live = user.api_tokens.filter(revoked_at__isnull=True)
    if membership is not None:
        live = live.filter(unit_id=membership.unit_id, role=membership.role)
    return int(live.update(revoked_at=timezone.now()))


def _sessions_end(*, user: User, unless_two_step: bool = False, keep: str | None = None) -> None:
    """End the user's sessions but `keep`; `unless_two_step` spares those past the second step."""
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        data = session.get_decoded()
        if data.get("_auth_user_id") != str(user.pk) or session.session_key == keep:
            continue
        if not (unless_two_step and data.get(MFA_SESSION_KEY)):
            session.delete()


@transaction.atomic
def user_deactivate(*, user: User) -> None:
    """Disable a user, end every session they hold and revoke their API tokens."""
    user.is_active = False
    user.save(update_fields=["is_active"])
    _api_tokens_revoke_all(user=user)
    _sessions_end(user=user)
    # `user` is the account changed; the actor comes from the request (or is the CLI).
    audit_change(
        op="user_deactivate",
        target=f"Tài khoản {user.get_username()}",
        detail={"account": user.pk},
    )


@transaction.atomic
def user_reactivate(*, user: User) -> None:
    """Enable a user again; tokens issued before (however they were disabled) stay revoked.

    Revoking here too covers a user disabled by a plain save (a shell, a data fix), where
    user_deactivate never ran: re-enabling must not revive a token issued before.
    """
    user.is_active = True
    user.save(update_fields=["is_active"])
    _api_tokens_revoke_all(user=user)
    # `user` is the account changed; the actor comes from the request (or is the CLI).
    audit_change(
        op="user_reactivate",
        target=f"Tài khoản {user.get_username()}",
        detail={"account": user.pk},
    )


def _account_label(user: User) -> str:
    return f"Tài khoản {user.get_username()}"[:255]


def _cut_off_audited(*, op: str, user: User, actor: Any) -> int:
    """Revoke the user's API tokens, record the change (`op`) that cut them off, return how many.

    A new password or authenticator is meant to cut off whoever held the old one.
    """
    revoked = _api_tokens_revoke_all(user=user)
    audit_change(
        op=op,
        user=actor,
        target=_account_label(user),
        detail={"account": user.pk, "api_tokens_revoked": revoked},
    )
    return revoked


def _superusers_own(*, user: Any, actor: Any, what: str) -> None:
    """Refuse a change to a superuser's account unless a superuser makes it (`what` names it)."""
    # Whoever changes a superuser's password, lock, second step or roles holds the whole system.
    if user.is_superuser and actor is not None and not actor.is_superuser:
        raise AccountError(f"Chỉ quản trị hệ thống được {what} tài khoản quản trị hệ thống.")


@transaction.atomic
def user_admin_create(*, user: User, actor: User) -> User:
    """Store an account built by the Django admin's add form (its roles follow), audited."""
    user.save()
    audit_change(
        op="user_create",
        user=actor,
        target=_account_label(user),
        detail={"account": user.pk, "via": "quan-tri"},
    )
    return user


@transaction.atomic
def user_admin_delete(*, user: User, actor: User) -> None:
    """Delete an account from the Django admin (never one's own), audited with its roles."""
    _superusers_own(user=user, actor=actor, what="xóa")
    if user.pk == actor.pk:
        raise AccountError(
            "Không thể tự xóa tài khoản của chính mình; nhờ một người quản trị khác."
        )
    roles = sorted(
        f"{role} {code}" for role, code in user.memberships.values_list("role", "unit__code")
    )
    # The entry comes first: the account's roles and tokens go with its row (CASCADE), and
    # work it recorded keeps the row from going at all (PROTECT), which the admin says.
    audit_change(
        op="user_delete",
        user=actor,
        target=_account_label(user),
        detail={"account": user.pk, "roles": roles, "via": "quan-tri"},
    )
    user.delete()


@transaction.atomic
def user_password_set(*, user: User, password: str | None, actor: User | None = None) -> int:
    """Give a user a new password (a forgotten one); return how many API tokens were revoked.

    Their sessions end, their API tokens are revoked and the sign-in lock lifts. None takes
    the password away (the Django admin's «disable password-based authentication»).
    """
    _superusers_own(user=user, actor=actor, what="đặt mật khẩu của")
    if password is None:
        user.set_unusable_password()
    else:
        validate_password(password, user)
        user.set_password(password)
    user.save(update_fields=["password"])
    _sessions_end(user=user)
    # Someone locked out by wrong guesses at the old password may sign in with the new one.
    LoginAttempt.objects.filter(username=user.get_username().lower(), succeeded=False).delete()
    return _cut_off_audited(op="user_password_set", user=user, actor=actor)


@transaction.atomic
def user_password_change(*, user: User, password: str) -> int:
    """Change the signed-in user's own password; return how many API tokens were revoked.

    The caller has checked the old password; keeping this session is the caller's
    (update_session_auth_hash), the user's other sessions end with the old password's hash.
    """
    validate_password(password, user)
    user.set_password(password)
    user.save(update_fields=["password"])
    # A password changed because it leaked would leave the API open to the same person.
    return _cut_off_audited(op="user_password_change", user=user, actor=user)


@transaction.atomic
def membership_add(*, actor: User, user: Any, unit: Unit, role: str) -> Membership:
    """Give a user a role at a unit (the administrator's page), audited."""
    if role not in Role.values:
        raise AccountError({"role": "Chọn một vai trò trong danh sách."})
    _superusers_own(user=user, actor=actor, what="giao vai trò cho")
    if user.pk == actor.pk and not actor.is_superuser:
        # An account administrator who made themselves a board leader would approve as one.
        raise AccountError(
            {"role": "Không thể tự giao vai trò cho chính mình; nhờ một người quản trị khác."}
        )
    if Membership.objects.filter(user=user, unit=unit, role=role).exists():
        raise AccountError({"role": f"{user.get_username()} đã có vai trò này tại {unit.name}."})
    membership = Membership.objects.create(user=user, unit=unit, role=role)
    if mfa_required(user=user):
        # A session told at sign-in that it needs no second step would carry the new role
        # without one (accounts.middleware decides once a sign-in): it signs in again.
        _sessions_end(user=user, unless_two_step=True)
    if makes_board_staff(role=role, unit_kind=unit.kind) and not user.is_staff:
        # Board staff open the board's pages; user_create sets the same flag.
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    audit_change(
        op="membership_add",
        user=actor,
        target=_account_label(user),
        detail={"account": user.pk, "unit": unit.code, "role": role},
    )
    return membership


def _keeps_admin_right(*, actor: Any, membership: Membership) -> bool:
    """Tell whether the actor still administers accounts once this membership is gone."""
    if actor.is_superuser or membership.user_id != actor.pk:
        return True
    if not makes_board_staff(role=membership.role, unit_kind=membership.unit.kind):
        return True
    others = Membership.objects.filter(BOARD_STAFF_MEMBERSHIP, user=actor).exclude(pk=membership.pk)
    return others.exists()


@transaction.atomic
def membership_remove(*, actor: User, membership: Membership) -> int:
    """Take a role at a unit away (not the actor's last admin right); return tokens revoked."""
    _superusers_own(user=membership.user, actor=actor, what="bỏ vai trò của")
    if not _keeps_admin_right(actor=actor, membership=membership):
        raise AccountError(
            "Không thể bỏ vai trò chuyên viên Ban cuối cùng của chính mình: "
            "bạn sẽ mất quyền quản trị tài khoản."
        )
    user = membership.user
    detail: dict[str, Any] = {
        "account": user.pk,
        "unit": membership.unit.code,
        "role": membership.role,
    }
    detail["api_tokens_revoked"] = _api_tokens_revoke_all(user=user, membership=membership)
    membership.delete()
    if user.is_staff and not user.memberships.filter(BOARD_STAFF_MEMBERSHIP).exists():
        # Board staff's marks go with the last board role: otherwise the Django admin at
        # /admin/ would still let them edit every account (membership_add sets is_staff).
        user.is_staff = False
        user.save(update_fields=["is_staff"])
        user.user_permissions.remove(
            *Permission.objects.filter(content_type__app_label="auth", codename="change_user")
        )
        detail["board_rights_removed"] = True
    audit_change(op="membership_remove", user=actor, target=_account_label(user), detail=detail)
    return int(detail["api_tokens_revoked"])


@transaction.atomic
def user_active_set(*, actor: User, user: User, active: bool) -> None:
    """Disable or enable a user from the administrator's page; no one disables themselves."""
    if not active and user.pk == actor.pk:
        raise AccountError("Không thể tự khóa tài khoản của chính mình.")
    _superusers_own(user=user, actor=actor, what="khóa hoặc mở")
    if user.is_active == active:
        state = "đang hoạt động" if active else "đã bị khóa"
        raise AccountError(f"Tài khoản {user.get_username()} {state}.")
    if active:
        user_reactivate(user=user)
    else:
        user_deactivate(user=user)


@transaction.atomic
def user_two_step_replace(*, user: User, code: str, keep_session: str | None) -> int:
    """Drop the user's own authenticator once they give its current code (a new phone).

    Their other sessions end and their API tokens are revoked (the number is returned), as the
    old phone may be in other hands; this session enrols the new one.
    """
    if not mfa_verify(user=user, code=code):
        raise AccountError("Mã xác thực không đúng, đã dùng hoặc đã hết hạn.")
    mfa_disable(user=user)
    _sessions_end(user=user, keep=keep_session)
    return _cut_off_audited(op="user_two_step_replace", user=user, actor=user)


@transaction.atomic
def user_two_step_reset(*, user: User, actor: User | None = None) -> int:
    """Remove a user's authenticator and recovery codes (a lost phone); return tokens revoked.

    Their sessions end and their API tokens are revoked: the phone's finder may hold those too.
    """
    _superusers_own(user=user, actor=actor, what="tắt xác thực hai bước của")
    mfa_disable(user=user)
    # A session that passed the second step with the lost phone must not outlive the reset.
    _sessions_end(user=user)
    return _cut_off_audited(op="user_two_step_reset", user=user, actor=actor)


def superuser_audit(*, user: User) -> None:
    """Record that a superuser account was created from the command line (never its password)."""
    audit_change(
        op="superuser_create",
        target=_account_label(user),
        detail={"account": user.pk, "superuser": True},
    )
