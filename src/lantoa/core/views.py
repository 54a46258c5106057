"""Health check and the Vietnamese error pages."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader


def healthz(request: HttpRequest) -> HttpResponse:
    """Answer 200 when the database answers, for load balancers and start-up checks."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Render the 400 page (an unknown host, a malformed request) without context processors."""
    return HttpResponse(loader.render_to_string("errors/400.html"), status=400)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Render the 404 page."""
    return render(request, "errors/404.html", status=404)


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Render the 403 page with the refusal's own Vietnamese reason when the code gave one."""
    reason = str(exception.args[0]) if exception is not None and exception.args else ""
    return render(request, "errors/403.html", {"reason": reason}, status=403)


def server_error(request: HttpRequest) -> HttpResponse:
    """Render the 500 page without context processors, which may need the database."""
    return HttpResponse(loader.render_to_string("errors/500.html"), status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """Explain an expired or missing form token in Vietnamese."""
    return render(request, "errors/csrf.html", status=403)
