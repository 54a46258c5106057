"""A reporter of one unit must get 404 for every unit-scoped page of another unit."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from lantoa.organization.models import Unit
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

# Every named route that takes a unit's id, with how to build its URL for a unit.
UNIT_SCOPED_ROUTES = {
    "organization:unit": lambda unit: reverse("organization:unit", args=[unit.pk]),
}
# Routes that take no object id (lists are scoped inside) or are not unit data.
UNSCOPED_ROUTES = {
    "home",
    "healthz",
    "accounts:login",
    "accounts:logout",
    "accounts:password_change",
    "organization:directory",
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
    unclassified = set(named_routes()) - UNIT_SCOPED_ROUTES.keys() - UNSCOPED_ROUTES
    assert not unclassified, f"classify these routes in the isolation test: {sorted(unclassified)}"


@pytest.mark.parametrize("route", sorted(UNIT_SCOPED_ROUTES))
def test_it_answers_404_for_another_units_data(route, commune_reporter):
    client = client_for(commune_reporter)
    own = Unit.objects.get(code="03127")
    assert client.get(UNIT_SCOPED_ROUTES[route](own)).status_code == 200
    for code in ["03160", "BTGDVTU", "DU-CA", "BAO-PTTH"]:
        response = client.get(UNIT_SCOPED_ROUTES[route](Unit.objects.get(code=code)))
        assert response.status_code == 404, (route, code)


@pytest.mark.parametrize("route", sorted(UNIT_SCOPED_ROUTES))
def test_it_answers_404_to_a_user_without_units(route, outsider):
    response = client_for(outsider).get(UNIT_SCOPED_ROUTES[route](Unit.objects.get(code="03127")))
    assert response.status_code == 404


def test_it_lets_the_board_see_every_unit(board_user, leader_user):
    for user in (board_user, leader_user):
        assert (
            client_for(user)
            .get(reverse("organization:unit", args=[Unit.objects.get(code="03160").pk]))
            .status_code
            == 200
        )
