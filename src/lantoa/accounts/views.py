"""Sign-in, sign-out and password change."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.urls import reverse_lazy

from lantoa.accounts.forms import ThrottledAuthenticationForm
from lantoa.accounts.mfa import mfa_confirmed_device


class LoginView(auth_views.LoginView):
    """The sign-in page, throttled per account and address."""

    template_name = "accounts/login.html"
    authentication_form = ThrottledAuthenticationForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """Signs out on POST only."""


class PasswordChangeView(auth_views.PasswordChangeView):
    """Changes the signed-in user's password and keeps them signed in."""

    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("home")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["two_step"] = mfa_confirmed_device(user=self.request.user) is not None
        return context

    def form_valid(self, form):
        messages.success(self.request, "Đã đổi mật khẩu.")
        return super().form_valid(form)
