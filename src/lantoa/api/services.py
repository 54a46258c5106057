"""Writes for API tokens: issue one for a membership, revoke, authenticate a presented token."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from lantoa.accounts.models import Membership
from lantoa.api.models import ApiToken
from lantoa.audit.services import audit_change
from lantoa.core.errors import Refused


class TokenError(Refused):
    """A token request that cannot be granted, with a Vietnamese message."""


@dataclass(frozen=True)
class IssuedToken:
    """A new token and its secret, which is never shown again."""

    token: ApiToken
    secret: str


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _audit_token(token: ApiToken, *, op: str, user: User, **detail: object) -> None:
    """Record a change to one token, named by its prefix and name (never its secret)."""
    target = f"Mã truy cập {token.prefix} ({token.name})"
    audit_change(op=op, user=user, target=target, detail={"token": token.pk, **detail})


@transaction.atomic
def api_token_issue(
    *, user: User, membership_id: int, name: str, days: int | None = 90
) -> IssuedToken:
    """Issue a token acting for one of the user's own memberships."""
    membership = Membership.objects.filter(
        pk=membership_id, user=user, user__is_active=True
    ).first()
    if membership is None:
        raise TokenError("Không tìm thấy đơn vị, vai trò của bạn để cấp mã.")
    if not name.strip():
        raise TokenError("Cần đặt tên gợi nhớ cho mã (ví dụ: Phần mềm quản lý văn bản của đơn vị).")
    if days is not None and not 1 <= days <= 366:
        raise TokenError("Thời hạn mã từ 1 đến 366 ngày.")
    prefix = secrets.token_hex(4)
    secret = f"lt_{prefix}_{secrets.token_urlsafe(32)}"
    token = ApiToken.objects.create(
        user=user,
        unit=membership.unit,
        role=membership.role,
        name=name.strip()[:100],
        prefix=prefix,
        secret_hash=_hash(secret),
        expires_at=timezone.now() + datetime.timedelta(days=days) if days else None,
    )
    _audit_token(token, op="api_token_issue", user=user, unit=token.unit_id, role=token.role)
    return IssuedToken(token=token, secret=secret)


@transaction.atomic
def api_token_revoke(*, user: User, token_id: int) -> ApiToken:
    """Revoke one of the user's tokens."""
    token = ApiToken.objects.filter(pk=token_id, user=user).first()
    if token is None:
        raise TokenError("Không tìm thấy mã.")
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    _audit_token(token, op="api_token_revoke", user=user)
    return token


def api_token_authenticate(*, presented: str) -> ApiToken | None:
    """Return the live token matching the presented secret, or None (constant-time compare)."""
    parts = presented.split("_")
    if len(parts) < 3 or parts[0] != "lt":
        return None
    token = (
        ApiToken.objects.filter(prefix=parts[1], revoked_at__isnull=True)
        .select_related("user", "unit")
        .first()
    )
    if token is None or not hmac.compare_digest(token.secret_hash, _hash(presented)):
        return None
    now = timezone.now()
    if token.expires_at and token.expires_at <= now:
        return None
    if not token.user.is_active:
        return None
    # The membership must still exist: removing a role disables its tokens.
    if not Membership.objects.filter(user=token.user, unit=token.unit, role=token.role).exists():
        return None
    if token.last_used_at is None or now - token.last_used_at > datetime.timedelta(minutes=5):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token
