"""A reporter of one unit must never see another unit's data, by any route.

Every named route is classified in its app's `tests/<app>/test_unit_isolation.py`: unit-scoped
(own object 200, foreign object 404), board-only (403/404 for everyone else, no change), or
unscoped here (lists scoped inside, or no unit data). A new route fails
`test_it_classifies_every_route` until it is classified.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.accounts import test_unit_isolation as accounts
from tests.api import test_unit_isolation as api
from tests.awareness import test_unit_isolation as awareness
from tests.campaigns import test_unit_isolation as campaigns
from tests.conftest import client_for
from tests.documents import test_unit_isolation as documents
from tests.guidance import test_unit_isolation as guidance
from tests.isolation import (  # noqa: F401 - its fixtures
    FOREIGN_ROLES,
    role_user,
    world_fixture,
    world_ground,
    world_reporter,
)
from tests.materials import test_unit_isolation as materials
from tests.opinion import test_unit_isolation as opinion
from tests.press import test_unit_isolation as press
from tests.reminders import test_unit_isolation as reminders
from tests.reporting import test_unit_isolation as reporting
from tests.showcase import test_unit_isolation as showcase

pytestmark = pytest.mark.django_db

APPS = (
    accounts,
    api,
    awareness,
    campaigns,
    documents,
    guidance,
    materials,
    opinion,
    press,
    reminders,
    reporting,
    showcase,
)


def joined(table: str) -> dict:
    """Return every app's entries of one route table (each app classifies its own routes)."""
    return {route: urls for app in APPS for route, urls in getattr(app, table, {}).items()}


UNIT_SCOPED = joined("UNIT_SCOPED")
POST_SCOPED = joined("POST_SCOPED")
PROVINCE_ONLY = joined("PROVINCE_ONLY")
BOARD_ONLY = joined("BOARD_ONLY")
USER_ADMIN = accounts.USER_ADMIN
PRESS_SCOPED = press.PRESS_SCOPED
API_SCOPED = api.API_SCOPED
API_UNSCOPED = api.API_UNSCOPED
OPINION = opinion.OPINION

# Routes with no object id: lists scoped inside their selector, or no unit data.
UNSCOPED = {
    "home",
    "healthz",
    "accounts:login",
    "accounts:logout",
    "accounts:password_change",
    "accounts:mfa_verify",
    "accounts:mfa_enrol",
    "accounts:mfa_replace",  # the user's own authenticator (tests/accounts/test_two_step.py)
    "organization:directory",
    "campaigns:list",
    "reporting:unit_home",
    "reporting:rules",  # the data rules: no unit's data on it
    "api_tokens:list",
    "materials:list",
    "showcase:list",
    "press:home",
    "press:showcase_options",  # names of showcase entries: the register is province-wide
    # The user's own units' notifications; marking read ignores any other id.
    "notifications:list",
    "notifications:mark_read",
    # The only pages without sign-in: a check's title and questions, no unit data
    # (tests/awareness/test_answer_page.py).
    "awareness:answer_home",
    "awareness:answer",
    # A survey's answer page: its title and questions only (tests/awareness/test_survey_pages.py).
    "awareness:survey_answer",
    # A contest round's entry page: its questions and the unit names to choose from, nothing
    # else (tests/awareness/test_contest_pages.py).
    "awareness:contest_enter",
}


def named_routes(resolver=None, prefix=""):  # type: ignore[no-untyped-def]
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                continue
            namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            yield from named_routes(pattern, namespace)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{prefix}{pattern.name}"


def test_it_classifies_every_route():
    classified = (
        UNIT_SCOPED.keys()
        | POST_SCOPED.keys()
        | PROVINCE_ONLY.keys()
        | BOARD_ONLY.keys()
        | UNSCOPED
        | API_SCOPED.keys()
        | API_UNSCOPED
        | OPINION.keys()
        | PRESS_SCOPED.keys()
        | USER_ADMIN.keys()
    )
    unclassified = set(named_routes()) - classified
    assert not unclassified, f"classify these routes in the isolation test: {sorted(unclassified)}"
    # Each route also needs an answer for every role on its own unit (tests/test_role_matrix.py).
    from tests.test_role_matrix import ROLES, answers_of

    lacking = {
        route: sorted(set(ROLES) - set(answers_of(route)))
        for route in named_routes()
        if set(ROLES) - set(answers_of(route))
    }
    assert not lacking, f"state each role's answer in tests/test_role_matrix.py: {lacking}"


# ---------------------------------------------------------------- every role × every route

# Text that only the foreign unit's own objects carry.
FOREIGN_MARKERS = ("Việc riêng của Mường Nhé", "Chỉ một xã")


def no_arg_urls() -> list[str]:
    """Return the unscoped routes that take no argument (lists, home, forms)."""
    urls = []
    for name in sorted(UNSCOPED):
        try:
            urls.append(reverse(name))
        except Exception:  # noqa: BLE001, S112 - routes with arguments are covered elsewhere
            continue
    return urls


@pytest.mark.parametrize("role", sorted(FOREIGN_ROLES))
def test_it_refuses_foreign_objects_to_every_role_audits_it_and_leaks_nothing(role, world):
    from lantoa.audit.models import AuditAction, AuditEntry

    user = role_user(role)
    client = client_for(user)
    refused = []
    for route in sorted(UNIT_SCOPED):
        _own, foreign = UNIT_SCOPED[route](world)
        for url in foreign:
            assert client.get(url).status_code == 404, (role, url)
            refused.append(url)
    for route in sorted(BOARD_ONLY):
        for url in BOARD_ONLY[route](world):
            status = client.get(url).status_code
            assert status in (403, 404, 405), (role, url)
            if status != 405:
                refused.append(url)
    for url in refused:
        assert AuditEntry.objects.filter(
            action=AuditAction.ACCESS_DENIED, user=user, target=url
        ).exists(), f"no audit entry for {role} refused at {url}"
    for url in no_arg_urls() + [u for route in UNIT_SCOPED for u in UNIT_SCOPED[route](world)[0]]:
        response = client.get(url)
        if response.status_code == 200 and not response.get("Content-Disposition"):
            body = response.content.decode()
            leaked = [marker for marker in FOREIGN_MARKERS if marker in body]
            assert not leaked, f"{role} sees {leaked} at {url}"


def test_it_reports_the_isolation_matrix_size():
    routes = len(UNIT_SCOPED) + len(BOARD_ONLY)
    assert routes * len(FOREIGN_ROLES) >= 5 * len(FOREIGN_ROLES)
