"""The home page: what the user has to do today, by role, and their notifications."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from lantoa.accounts.selectors import is_board_staff, memberships_held
from lantoa.notifications.selectors import notification_groups
from lantoa.project.inbox import leader_inbox
from lantoa.project.today import today_for


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Show the user what waits for them today (by role), their approvals and notifications."""
    today = timezone.localdate()
    return render(
        request,
        "project/home.html",
        {
            "memberships": memberships_held(user=request.user),
            "inbox": leader_inbox(user=request.user),
            "todo": today_for(user=request.user, today=today),
            "is_board_staff": is_board_staff(user=request.user),
            "today": today,
            "groups": notification_groups(user=request.user, limit=10),
        },
    )
