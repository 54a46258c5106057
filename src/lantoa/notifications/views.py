"""Notification pages: the list with repeats grouped, and marking read."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from lantoa.accounts.selectors import signed_in_user
from lantoa.core.numbers import whole_number
from lantoa.notifications.selectors import notification_groups, notification_ids_of
from lantoa.notifications.services import notifications_mark_read


@login_required
@require_GET
def notification_list(request: HttpRequest) -> HttpResponse:
    """List the user's notifications, repeats grouped, unread ones marked."""
    groups = notification_groups(user=request.user, limit=100)
    return render(
        request,
        "notifications/list.html",
        {"groups": groups, "retention_days": settings.LANTOA_NOTIFICATION_RETENTION_DAYS},
    )


@login_required
@require_POST
def mark_read(request: HttpRequest) -> HttpResponse:
    """Mark some notifications (a group) or all of them read, then go back."""
    every = request.POST.get("tat_ca") == "1"
    asked = [n for n in map(whole_number, request.POST.getlist("id")) if n is not None]
    ids = notification_ids_of(user=request.user, ids=[] if every else asked)
    if ids and (every or asked):
        notifications_mark_read(user=signed_in_user(request), notification_ids=ids)
    back = request.POST.get("tiep", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = "notifications:list"
    return redirect(back)
