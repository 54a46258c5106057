"""Browser hardening headers, bodiless HEAD answers, session idle timeout, a memo per request,
and the Vietnamese page for a wrong method."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render

from lantoa.core.requestmemo import request_memo_scope

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'"
)
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "serial=(), bluetooth=(), interest-cohort=()"
)
LAST_SEEN_KEY = "lantoa_last_seen"
# Refresh the last-seen mark at most once a minute, so reading pages rarely writes the session.
LAST_SEEN_RESOLUTION = 60


class SecurityHeadersMiddleware:
    """Add a strict Content-Security-Policy (no inline script or style) and related headers."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if request.user.is_authenticated if hasattr(request, "user") else False:
            # Pages with unit data must not stay in shared caches or the back-button cache.
            response.headers.setdefault("Cache-Control", "no-store, private")
        return response


class SessionIdleTimeoutMiddleware:
    """Sign out a user who made no request for LANTOA_SESSION_IDLE_MINUTES."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            last = request.session.get(LAST_SEEN_KEY)
            if isinstance(last, int) and now - last > settings.SESSION_IDLE_MINUTES * 60:
                logout(request)
                messages.warning(
                    request,
                    "Phiên làm việc đã kết thúc vì không hoạt động quá "
                    f"{settings.SESSION_IDLE_MINUTES} phút. Vui lòng đăng nhập lại.",
                )
            elif not isinstance(last, int) or now - last >= LAST_SEEN_RESOLUTION:
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)


class HeadWithoutBodyMiddleware:
    """Answer HEAD with the GET answer's headers only (Content-Length kept), never its body.

    Django leaves that to the web server, and waitress sends the body anyway: a HEAD on a
    report carried the whole PDF. Outermost, so it sees the response every other layer made.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.method != "HEAD":
            return response
        if isinstance(response, StreamingHttpResponse):  # FileResponse too
            # The file (if any) stays among the response's closers and is closed with it.
            response.streaming_content = []
        elif response.content:
            length = response.headers.get("Content-Length", str(len(response.content)))
            response.content = b""
            response.headers["Content-Length"] = length
        return response


class RequestMemoMiddleware:
    """Give each request its own memo (core.requestmemo), dropped when the answer is made.

    The user's memberships and the navigation's counts are read once a request through it;
    the next request reads them again, so a role removed in between no longer counts.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with request_memo_scope():
            return self.get_response(request)


class MethodNotAllowedPageMiddleware:
    """Give a page's bodiless 405 (a GET on a form-only address) a Vietnamese page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # Django's require_http_methods answers 405 with no body; the API answers its own JSON.
        bodiless = not response.streaming and not response.content
        if response.status_code != 405 or not bodiless or request.path.startswith("/api/"):
            return response
        page = render(request, "errors/405.html", status=405)
        page["Allow"] = response.get("Allow", "")
        return page
