"""The sign-in form, throttled per account and per address."""

from __future__ import annotations

import math

from django import forms
from django.contrib.auth.forms import AuthenticationForm

from lantoa.accounts.mfa import mfa_confirmed_device, mfa_required
from lantoa.accounts.services import login_attempt_record, login_lock_remaining


def client_address(request: object) -> str | None:
    """Return the client's address as the web server saw it."""
    meta = getattr(request, "META", {})
    return meta.get("REMOTE_ADDR") or None


class ThrottledAuthenticationForm(AuthenticationForm):
    """Django's sign-in form that refuses to check passwords while an account is locked."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": (
            "Tên đăng nhập hoặc mật khẩu không đúng. Lưu ý: mật khẩu phân biệt chữ hoa, chữ thường."
        ),
        "inactive": "Tài khoản này đã bị khóa.",
        "locked": "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau %(minutes)s phút.",
    }

    def clean(self) -> dict[str, object]:
        username = (self.cleaned_data.get("username") or "").strip()
        address = client_address(self.request)
        remaining = login_lock_remaining(username=username, address=address)
        if remaining is not None:
            raise forms.ValidationError(
                self.error_messages["locked"],
                code="locked",
                params={"minutes": max(1, math.ceil(remaining.total_seconds() / 60))},
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            login_attempt_record(username=username, address=address, succeeded=False)
            raise
        user = self.get_user()
        second_step = mfa_required(user=user) or mfa_confirmed_device(user=user) is not None
        login_attempt_record(
            username=username, address=address, succeeded=True, clear_failures=not second_step
        )
        return cleaned
