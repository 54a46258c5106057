"""Sign-in, sign-out, password change and the home page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse_lazy

from lantoa.accounts.forms import ThrottledAuthenticationForm
from lantoa.accounts.selectors import memberships_of
from lantoa.notifications.selectors import notifications_for


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

    def form_valid(self, form):  # type: ignore[no-untyped-def]
        messages.success(self.request, "Đã đổi mật khẩu.")
        return super().form_valid(form)


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Show the user their units and roles."""
    return render(
        request,
        "accounts/home.html",
        {
            "memberships": memberships_of(user=request.user),
            "notifications": notifications_for(user=request.user, limit=10),
        },
    )
