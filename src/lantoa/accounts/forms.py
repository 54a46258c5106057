"""The sign-in form, throttled per account and per address."""

from __future__ import annotations

import math
from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.db.models import QuerySet

from lantoa.accounts.mfa import mfa_confirmed_device, mfa_required
from lantoa.accounts.models import Role
from lantoa.accounts.services_login import LoginLocked, login_attempt_start, login_attempt_succeed
from lantoa.core.forms import CountField, VnDateField, typed_field
from lantoa.core.network import client_address
from lantoa.organization.models import FigureKind, Unit, figure_kinds_for


def locked_minutes(locked: LoginLocked) -> int:
    """Return the whole minutes a lock still lasts, at least one."""
    return max(1, math.ceil(locked.remaining.total_seconds() / 60))


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
        if not username or not self.cleaned_data.get("password"):
            return super().clean()  # a missing field is reported; no password is checked
        try:
            # Counted as a failure before the password is checked, so parallel guesses cannot
            # all pass the lock check first.
            attempt = login_attempt_start(username=username, address=client_address(self.request))
        except LoginLocked as locked:
            raise forms.ValidationError(
                self.error_messages["locked"],
                code="locked",
                params={"minutes": locked_minutes(locked)},
            ) from None
        cleaned = super().clean()
        user = self.get_user()
        second_step = mfa_required(user=user) or mfa_confirmed_device(user=user) is not None
        login_attempt_succeed(attempt=attempt, clear_failures=not second_step)
        return cleaned


class MembershipAddForm(forms.Form):
    """A role at a unit to give a user (units in force, in Vietnamese order)."""

    unit: forms.ModelChoiceField = forms.ModelChoiceField(
        label="Đơn vị", queryset=Unit.objects.none(), empty_label="— Chọn đơn vị —"
    )
    role = forms.ChoiceField(label="Vai trò", choices=[("", "— Chọn vai trò —"), *Role.choices])

    def __init__(self, *args: Any, units: QuerySet[Unit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        unit_field = self.fields["unit"]
        assert isinstance(unit_field, forms.ModelChoiceField)
        unit_field.queryset = units
        unit_field.error_messages["invalid_choice"] = "Chọn một đơn vị trong danh sách."
        unit_field.error_messages["required"] = "Chọn đơn vị."
        self.fields["role"].error_messages["required"] = "Chọn vai trò."
        self.fields["role"].error_messages["invalid_choice"] = "Chọn một vai trò trong danh sách."


class UnitFigureForm(forms.Form):
    """A unit's denominator from a date on (party members, cells, population), with its source."""

    kind = forms.ChoiceField(label="Chỉ tiêu", choices=FigureKind.choices)
    value = CountField(label="Giá trị", min_value=0, max_value=100_000_000)
    valid_from = VnDateField(label="Áp dụng từ ngày", required=True)
    source = forms.CharField(
        label="Nguồn (văn bản, báo cáo thống kê)", max_length=200, required=True
    )

    def __init__(self, *args: Any, unit: Unit, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        kinds = figure_kinds_for(unit)
        typed_field(self, "kind", forms.ChoiceField).choices = [
            (kind, label) for kind, label in FigureKind.choices if kind in kinds
        ]
