"""Audit entries for sign-in, failed sign-in and sign-out, from Django's auth signals."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed

from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record


def _on_login(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    audit_record(action=AuditAction.LOGIN, request=request, user=user)


def _on_login_failed(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kw: Any
) -> None:
    # The password is never recorded: Django already masks it, and only the name is kept.
    audit_record(
        action=AuditAction.LOGIN_FAILED,
        request=request,
        username=str(credentials.get("username", ""))[:150] or "?",
    )


def _on_logout(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit_record(action=AuditAction.LOGOUT, request=request, user=user)


def connect() -> None:
    """Connect the receivers once (called from the app's ready())."""
    user_logged_in.connect(_on_login, dispatch_uid="lantoa.audit.login")
    user_login_failed.connect(_on_login_failed, dispatch_uid="lantoa.audit.login_failed")
    user_logged_out.connect(_on_logout, dispatch_uid="lantoa.audit.logout")
