"""HEAD answers carry the headers of GET and no body, as the WSGI server would send them."""

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory
from django.urls import reverse

from lantoa.guidance.models import GuidanceDocument
from lantoa.organization.models import Unit
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def through_wsgi(client, method: str, path: str) -> tuple[dict[str, str], bytes]:  # type: ignore[no-untyped-def]
    """Return the headers and the body bytes the WSGI application hands to the server.

    Django's test client strips HEAD bodies itself, as a server would; waitress does not, so
    the application must. Going through WSGIHandler shows what waitress really receives.
    """
    cookie = "; ".join(f"{key}={morsel.value}" for key, morsel in client.cookies.items())
    environ = RequestFactory()._base_environ(
        PATH_INFO=path, REQUEST_METHOD=method, HTTP_COOKIE=cookie
    )
    captured: dict[str, str] = {}

    def start_response(status, headers, exc_info=None):  # type: ignore[no-untyped-def]
        captured.update(headers, status=status)

    # The test's transaction must survive the request: both signals close a connection that is
    # inside a transaction (PostgreSQL really closes it; SQLite's in-memory one stays open).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        body = WSGIHandler()(environ, start_response)
        try:
            data = b"".join(body)
        finally:
            body.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return captured, data


def test_it_sends_only_the_headers_of_a_generated_download(kl51_campaign, commune_reporter):
    client = client_for(commune_reporter)
    url = reverse(
        "reporting:excel_template", args=[kl51_campaign.pk, Unit.objects.get(code="03127").pk]
    )
    got, full = through_wsgi(client, "GET", url)
    head, empty = through_wsgi(client, "HEAD", url)
    assert got["status"].startswith("200") and len(full) > 1000
    assert head["status"].startswith("200")
    assert empty == b""
    # Each generation stamps its own time, so the length is GET's give or take a few bytes.
    assert abs(int(head["Content-Length"]) - len(full)) < 200
    assert head["Content-Type"] == got["Content-Type"]


def test_it_sends_only_the_headers_of_a_stored_file(kl51_campaign, board_user):
    document = GuidanceDocument.objects.filter(campaign=kl51_campaign).exclude(original="").first()
    url = reverse("guidance:original", args=[document.pk])
    client = client_for(board_user)
    head, empty = through_wsgi(client, "HEAD", url)
    assert head["status"].startswith("200")
    assert empty == b""
    assert head["Content-Length"] == str(document.original.size)
