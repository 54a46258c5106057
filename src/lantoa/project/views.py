"""The home page: the user's units and roles, what waits for their approval, notifications."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from lantoa.accounts.selectors import memberships_of
from lantoa.notifications.selectors import notifications_for
from lantoa.project.inbox import leader_inbox


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Show the user their units and roles, what waits for their approval, notifications."""
    return render(
        request,
        "accounts/home.html",
        {
            "memberships": memberships_of(user=request.user),
            "inbox": leader_inbox(user=request.user),
            "notifications": notifications_for(user=request.user, limit=10),
        },
    )
