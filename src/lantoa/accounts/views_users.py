"""The board administrator's pages for users: list, memberships, lock, two-step reset."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from lantoa.accounts import selectors, services
from lantoa.accounts.capabilities import Capability
from lantoa.accounts.forms import MembershipAddForm
from lantoa.accounts.mfa import mfa_confirmed_device
from lantoa.accounts.notices import tokens_revoked_notice
from lantoa.accounts.selectors_units import units_to_choose
from lantoa.core.errors import Refused, add_refusal_to_form
from lantoa.core.forms import render_form
from lantoa.core.numbers import whole_number


@login_required
def user_list(request: HttpRequest) -> HttpResponse:
    """List every account with its memberships and state; search ignores diacritics."""
    query = request.GET.get("q", "").strip()
    accounts = selectors.users_for_admin(user=request.user, query=query)
    return render(request, "accounts/user_list.html", {"accounts": accounts, "query": query})


def _units(request: HttpRequest):  # noqa: ANN202
    return units_to_choose(user=request.user, can=Capability.REPORTING_READ)


@login_required
@require_http_methods(["GET", "POST"])
def user_detail(request: HttpRequest, user_id: int) -> HttpResponse:
    """Show one account; POST runs one action (a role, lock, unlock, password, two-step reset)."""
    account = selectors.user_for_admin(user=request.user, user_id=user_id)
    form = MembershipAddForm(units=_units(request))
    password_form = SetPasswordForm(account)
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "add_membership":
            form = MembershipAddForm(request.POST, units=_units(request))
        if action == "set_password":
            password_form = SetPasswordForm(account, request.POST)
        try:
            done = _run(request, account, action, form, password_form)
        except Refused as refusal:
            if action == "add_membership":
                add_refusal_to_form(form, refusal)
            else:
                messages.error(request, refusal.message)
        else:
            if done:
                messages.success(request, done)
                return redirect("accounts:user_detail", user_id=account.pk)
    return render_form(
        request,
        "accounts/user_detail.html",
        {
            "account": account,
            "memberships": account.memberships.all(),
            "form": form,
            "password_form": password_form,
            "two_step": mfa_confirmed_device(user=account) is not None,
            "is_self": account.pk == request.user.pk,
        },
    )


def _run(
    request: HttpRequest,
    account: Any,
    action: str,
    form: MembershipAddForm,
    password_form: SetPasswordForm[Any],
) -> str:
    """Carry out one action and return its confirmation ("" when the form has errors)."""
    actor = selectors.signed_in_user(request)
    name = account.get_username()
    if action == "add_membership":
        if not form.is_valid():
            return ""
        unit, role = form.cleaned_data["unit"], form.cleaned_data["role"]
        membership = services.membership_add(actor=actor, user=account, unit=unit, role=role)
        return f"Đã giao cho {name} vai trò {membership.get_role_display()} tại {unit.name}."
    if action == "remove_membership":
        # A posted id is typed text: read as the one whole number, anything else finds none.
        membership = get_object_or_404(
            account.memberships.select_related("unit"),
            pk=whole_number(request.POST.get("membership")) or 0,
        )
        revoked = services.membership_remove(actor=actor, membership=membership)
        held = f"{membership.get_role_display()} tại {membership.unit.name}"
        return f"Đã bỏ vai trò {held} của {name}." + tokens_revoked_notice(
            revoked=revoked, own=False
        )
    if action in ("deactivate", "reactivate"):
        active = action == "reactivate"
        services.user_active_set(actor=actor, user=account, active=active)
        if active:
            return f"Đã mở lại tài khoản {name}."
        return (
            f"Đã khóa tài khoản {name}: mọi phiên đăng nhập của họ đã chấm dứt, "
            "các mã truy cập API của họ đã bị thu hồi."
        )
    if action == "set_password":
        if not password_form.is_valid():
            return ""
        password = password_form.cleaned_data["new_password1"]
        revoked = services.user_password_set(user=account, password=password, actor=actor)
        return f"Đã đặt mật khẩu mới cho {name}: mọi phiên đăng nhập của họ đã chấm dứt." + (
            tokens_revoked_notice(revoked=revoked, own=False)
        )
    if action == "reset_two_step":
        revoked = services.user_two_step_reset(user=account, actor=actor)
        return (
            f"Đã tắt xác thực hai bước của {name}: mọi phiên đăng nhập của họ đã chấm dứt, "
            "lần đăng nhập tới họ đăng ký lại điện thoại."
        ) + tokens_revoked_notice(revoked=revoked, own=False)
    raise Refused("Thao tác không hợp lệ.")
