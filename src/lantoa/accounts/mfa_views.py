"""The two-step sign-in pages: enrol an authenticator app, and enter its code after the password."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from lantoa.accounts.forms import locked_minutes
from lantoa.accounts.mfa import (
    SESSION_KEY,
    mfa_confirmed_device,
    mfa_verify,
    qr_data_uri,
    totp_enrol_confirm,
    totp_new_secret,
    totp_uri,
)
from lantoa.accounts.notices import tokens_revoked_notice
from lantoa.accounts.selectors import signed_in_user
from lantoa.accounts.services import user_two_step_replace
from lantoa.accounts.services_login import LoginLocked, login_attempt_start, login_attempt_succeed
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.core.errors import Refused, add_refusal_to_form
from lantoa.core.forms import form_save, render_form
from lantoa.core.network import client_address


class CodeForm(forms.Form):
    """One code: six digits from the app, or a recovery code."""

    ma = forms.CharField(
        label="Mã xác thực",
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
        error_messages={"required": "Nhập mã xác thực."},
    )


PENDING_SECRET_KEY = "lantoa_mfa_pending_secret"  # noqa: S105 - a session key name


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return "/"


def _grouped(secret: str) -> str:
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@login_required
@require_http_methods(["GET", "POST"])
def mfa_enrol(request: HttpRequest) -> HttpResponse:
    """Show the secret and its QR code; a first valid code confirms the device."""
    if mfa_confirmed_device(user=request.user) is not None:
        return redirect("accounts:mfa_verify")
    secret = request.session.get(PENDING_SECRET_KEY) or ""
    if not secret:
        # The secret lives in the session until confirmed: opening the page writes no row.
        secret = request.session[PENDING_SECRET_KEY] = totp_new_secret()
    form = CodeForm(request.POST or None)
    codes = form_save(
        request,
        form,
        lambda data: totp_enrol_confirm(user=request.user, secret=secret, code=data["ma"]),
        success="Từ nay, mỗi lần đăng nhập cần thêm mã từ ứng dụng xác thực.",
    )
    if codes is not None:
        request.session.cycle_key()
        request.session.pop(PENDING_SECRET_KEY, None)
        request.session[SESSION_KEY] = True
        audit_record(action=AuditAction.CHANGE, request=request, target="xac-thuc-hai-buoc:dang-ky")
        # The recovery codes are shown this once, so the POST is answered here, not redirected.
        return render(
            request,
            "accounts/mfa_recovery_codes.html",
            {"codes": codes, "next": _next_url(request)},
        )
    uri = totp_uri(secret=secret, username=request.user.get_username())
    return render_form(
        request,
        "accounts/mfa_enrol.html",
        {
            "form": form,
            "secret": _grouped(secret),
            "qr": qr_data_uri(text=uri),
            "next": _next_url(request),
        },
    )


def _locked_out(request: HttpRequest, locked: LoginLocked) -> HttpResponse:
    """Sign out a session that guessed too many codes and say for how long it is locked."""
    logout(request)
    return render(
        request,
        "accounts/mfa_verify.html",
        {"form": None, "locked_minutes": locked_minutes(locked)},
        status=403,
    )


@login_required
@require_http_methods(["GET", "POST"])
def mfa_replace(request: HttpRequest) -> HttpResponse:
    """Drop one's own authenticator with its current code (a new phone), then enrol the new one."""
    if mfa_confirmed_device(user=request.user) is None:
        return redirect("accounts:mfa_enrol")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # Counted as the second step's guesses are: a stolen session may not try every code.
        try:
            attempt = login_attempt_start(
                username=request.user.get_username(), address=client_address(request)
            )
        except LoginLocked as locked:
            return _locked_out(request, locked)
        try:
            revoked = user_two_step_replace(
                user=signed_in_user(request),
                code=form.cleaned_data["ma"],
                keep_session=request.session.session_key,
            )
        except Refused as refusal:
            audit_record(
                action=AuditAction.LOGIN_FAILED, request=request, detail={"buoc": "doi-dien-thoai"}
            )
            add_refusal_to_form(form, refusal)
        else:
            login_attempt_succeed(attempt=attempt)
            notice = tokens_revoked_notice(revoked=revoked, own=True)
            messages.success(
                request, "Đã bỏ thiết bị xác thực cũ; quét mã QR bằng điện thoại mới." + notice
            )
            return redirect("accounts:mfa_enrol")
    return render_form(request, "accounts/mfa_replace.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def mfa_verify_view(request: HttpRequest) -> HttpResponse:
    """Ask for the app's current code (or a recovery code) after the password."""
    if mfa_confirmed_device(user=request.user) is None:
        return redirect("accounts:mfa_enrol")
    if request.session.get(SESSION_KEY):
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        username = request.user.get_username()
        try:
            attempt = login_attempt_start(username=username, address=client_address(request))
        except LoginLocked as locked:
            return _locked_out(request, locked)
        if mfa_verify(user=request.user, code=form.cleaned_data["ma"]):
            login_attempt_succeed(attempt=attempt)
            request.session.cycle_key()
            request.session[SESSION_KEY] = True
            audit_record(action=AuditAction.LOGIN, request=request, detail={"buoc": "ma-xac-thuc"})
            return redirect(_next_url(request))
        audit_record(
            action=AuditAction.LOGIN_FAILED, request=request, detail={"buoc": "ma-xac-thuc"}
        )
        form.add_error(None, "Mã xác thực không đúng, đã dùng hoặc đã hết hạn.")
    return render_form(
        request, "accounts/mfa_verify.html", {"form": form, "next": _next_url(request)}
    )
