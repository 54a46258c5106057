"""The answer pages' device token and throttle (the only pages open without signing in)."""

from __future__ import annotations

import secrets

from django.http import HttpRequest, HttpResponse

from lantoa.accounts.services_throttle import request_count
from lantoa.core.network import client_address

COOKIE = "lt_thiet_bi"
SALT = "lantoa.awareness.device"
# Posts a client may make to one check in a clock minute: a whole room behind one NAT still fits.
POSTS_PER_WINDOW = 120
# Where a request keeps its device token once read: the answer and its cookie both ask for it.
_READ = "_lantoa_device_token"


def device_token(request: HttpRequest) -> str:
    """Return the device's signed token from its cookie, or "" when it has none or a forged one."""
    token = getattr(request, _READ, None)
    if token is None:
        token = request.get_signed_cookie(COOKIE, default="", salt=SALT) or ""
        setattr(request, _READ, token)
    return token


def device_token_give(request: HttpRequest, response: HttpResponse) -> None:
    """Give the device a random signed token (no identity) unless it already holds one."""
    if not device_token(request):
        response.set_signed_cookie(
            COOKIE,
            secrets.token_urlsafe(24),
            salt=SALT,
            max_age=365 * 24 * 3600,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )


def throttled(request: HttpRequest, *, code: str) -> bool:
    """Count a post to a check from the client's address; tell whether it is over the limit."""
    # Counted in the database, not a process's memory: the limit holds with N server processes.
    return request_count(scope=f"{code}:{client_address(request) or '-'}") > POSTS_PER_WINDOW
