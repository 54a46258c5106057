"""The answer pages' device token and throttle (the only pages open without signing in)."""

from __future__ import annotations

import secrets

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from lantoa.core.network import client_address

COOKIE = "lt_thiet_bi"
SALT = "lantoa.awareness.device"
# Posts a client may make to one check in a window: a whole room behind one NAT still fits.
POSTS_PER_WINDOW = 120
WINDOW_SECONDS = 60


def device_token(request: HttpRequest) -> str:
    """Return the device's signed token from its cookie, or "" when it has none or a forged one."""
    return request.get_signed_cookie(COOKIE, default="", salt=SALT) or ""


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
    key = f"awareness:{code}:{client_address(request) or '-'}"
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        return cache.incr(key) > POSTS_PER_WINDOW
    except ValueError:  # expired between add and incr
        return False
