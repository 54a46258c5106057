"""Browser hardening: a strict CSP on every page, no inline script anywhere, no change on GET."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.db import connection
from django.urls import reverse

from lantoa.core.charts import BarChart, LineChart, render_svg
from lantoa.core.middleware import CONTENT_SECURITY_POLICY
from tests.conftest import client_for
from tests.isolation import (  # noqa: F401 - its fixtures
    role_user,
    world_fixture,
    world_ground,
    world_reporter,
)
from tests.project.test_unit_isolation import BOARD_ONLY, UNIT_SCOPED, no_arg_urls

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "lantoa" / "templates"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
EVENT_ATTRIBUTE = re.compile(r"<[^>]*\s(on[a-z]+|hx-on[:\w-]*)\s*=", re.IGNORECASE)
STYLE = re.compile(r"<style\b|\sstyle\s*=", re.IGNORECASE)
# Written by reading pages: sessions, the audit log of refusals, sign-in attempts.
BOOKKEEPING = {"sessions.session", "audit.auditentry", "accounts.loginattempt"}


def test_it_has_no_inline_script_event_handler_or_inline_style_in_any_template():
    offenders = []
    for template in sorted(TEMPLATES.rglob("*.html")):
        text = template.read_text(encoding="utf-8")
        for pattern in (INLINE_SCRIPT, EVENT_ATTRIBUTE, STYLE, re.compile(r"javascript:", re.I)):
            if pattern.search(text):
                offenders.append(f"{template.relative_to(TEMPLATES)}: {pattern.pattern}")
    assert not offenders, offenders


def test_it_draws_charts_without_inline_style():
    for chart in (
        BarChart(title="Tỷ lệ", labels=["A", "B"], series={"x": [1, 2]}),
        LineChart(title="Tuần", labels=["T1", "T2"], series={"a": [1, 2]}),
    ):
        svg = render_svg(chart)
        assert not STYLE.search(svg)
        assert 'fill="' in svg


def all_urls(objects) -> list[str]:  # type: ignore[no-untyped-def]
    urls = list(no_arg_urls())
    for route in UNIT_SCOPED:
        own, foreign = UNIT_SCOPED[route](objects)
        urls += own + foreign
    for route in BOARD_ONLY:
        urls += BOARD_ONLY[route](objects)
    return urls


def row_counts() -> dict[str, int]:
    tables = set(connection.introspection.table_names())
    return {
        model._meta.label_lower: model.objects.count()
        for model in apps.get_models()
        if model._meta.label_lower not in BOOKKEEPING
        and not model._meta.proxy
        and model._meta.db_table in tables
    }


@pytest.mark.django_db
def test_it_changes_nothing_on_get_for_any_role(world, board_user, leader_user):
    users = [board_user, leader_user] + [role_user(r) for r in ("reporter", "press", "outsider")]
    urls = all_urls(world)
    before = row_counts()
    for user in users:
        client = client_for(user)
        for url in urls:
            response = client.get(url)
            assert response.status_code < 500, url
            assert response.status_code != 200 or response.has_header("Content-Security-Policy")
    assert row_counts() == before


@pytest.mark.django_db
def test_it_sends_the_security_headers_on_every_page(board_user, client):
    pages = [client.get(reverse("accounts:login")), client_for(board_user).get(reverse("home"))]
    pages.append(client.get("/khong-co-trang-nay/"))
    for response in pages:
        assert response["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
        assert "script-src 'self';" in response["Content-Security-Policy"]
        assert "unsafe-inline" not in response["Content-Security-Policy"]
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert "camera=()" in response["Permissions-Policy"]
        assert response["Referrer-Policy"] == "same-origin"


def test_it_keeps_cookies_http_only_and_secure_behind_https(settings):
    assert settings.SESSION_COOKIE_HTTPONLY and settings.CSRF_COOKIE_HTTPONLY
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"
    from lantoa.core.env import env_bool

    assert env_bool("LANTOA_SECURE_COOKIES", True) in (True, False)


@pytest.mark.django_db
def test_it_signs_out_after_the_idle_timeout(settings, commune_reporter):
    settings.SESSION_IDLE_MINUTES = 30
    client = client_for(commune_reporter)
    assert client.get(reverse("home")).status_code == 200
    session = client.session
    session["lantoa_last_seen"] -= 31 * 60
    session.save()
    response = client.get(reverse("home"))
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]
    page = client.get(response["Location"]).content.decode()
    assert "không hoạt động quá 30 phút" in page
