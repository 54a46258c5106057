"""Sign-in, sign-out and password change."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.http import HttpResponseRedirect
from django.urls import reverse_lazy

from lantoa.accounts.forms import ThrottledAuthenticationForm
from lantoa.accounts.mfa import mfa_confirmed_device
from lantoa.accounts.notices import tokens_revoked_notice
from lantoa.accounts.services import user_password_change


class LoginView(auth_views.LoginView):
    """The sign-in page, throttled per account and address."""

    template_name = "accounts/login.html"
    authentication_form = ThrottledAuthenticationForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """Signs out on POST only."""


class PasswordChangeView(auth_views.PasswordChangeView):
    """Changes the signed-in user's password (through the service) and keeps them signed in."""

    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("home")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["two_step"] = mfa_confirmed_device(user=self.request.user) is not None
        return context

    def form_valid(self, form):
        # Not form.save(): the service revokes the API tokens and audits the change.
        revoked = user_password_change(user=form.user, password=form.cleaned_data["new_password1"])
        update_session_auth_hash(self.request, form.user)
        notice = tokens_revoked_notice(revoked=revoked, own=True)
        messages.success(self.request, "Đã đổi mật khẩu." + notice)
        return HttpResponseRedirect(self.get_success_url())
