"""A user's pages are the user administrator's alone, a unit's page opens to its own members
and the board, and the audit log to board staff alone."""

import pytest
from django.urls import reverse

from lantoa.organization.models import Unit
from tests.conftest import client_for
from tests.isolation import (  # noqa: F401 - its fixtures
    Routes,
    UnitScoped,
    board_only_test,
    foreign_404_test,
    no_units_404_test,
    r,
    world_fixture,
    world_ground,
    world_reporter,
)

pytestmark = pytest.mark.django_db


# The board administrator's user pages -> URLs: only a superuser, or board staff holding
# `auth.change_user`, opens them; every role (board staff without the right too) is refused.
USER_ADMIN = {
    "accounts:user_list": lambda w: [r("accounts:user_list")],
    "accounts:user_detail": lambda w: [r("accounts:user_detail", own_reporter_account())],
}


def own_reporter_account() -> object:
    """The account of the own unit's reporter (whose page the administrator opens)."""
    from lantoa.accounts.models import Membership

    return Membership.objects.filter(unit__code="03127").order_by("pk").first().user


@pytest.mark.parametrize("route", sorted(USER_ADMIN))
def test_it_opens_user_pages_to_the_user_administrator_only(
    route, world, board_user, leader_user, commune_reporter, outsider
):
    from django.contrib.auth.models import Permission

    from lantoa.accounts.models import Membership

    memberships = Membership.objects.count()
    for url in USER_ADMIN[route](world):
        for user in (board_user, leader_user, commune_reporter, outsider):
            assert client_for(user).get(url).status_code == 403, url
            posted = client_for(user).post(url, {"action": "deactivate"})
            assert posted.status_code in (403, 405), url
    assert Membership.objects.count() == memberships
    board_user.user_permissions.add(Permission.objects.get(codename="change_user"))
    for url in USER_ADMIN[route](world):
        assert client_for(board_user).get(url).status_code == 200, url


# route -> (own URLs that must answer 200, foreign URLs that must answer 404)
UNIT_SCOPED: UnitScoped = {
    "organization:unit": lambda w: (
        [r("organization:unit", w.own_unit)],
        [r("organization:unit", w.foreign_unit)]
        + [
            r("organization:unit", Unit.objects.get(code=c).pk)
            for c in ("BTGDVTU", "DU-CA", "BAO-PTTH")
        ],
    ),
}

# route -> URLs only board staff may use (reporters get 403 or 404, nothing changes)
BOARD_ONLY: Routes = {
    "audit:log": lambda w: [r("audit:log")],
    # A reporter may not set its own unit's denominators, nor another's (nothing changes:
    # tests/accounts/test_unit_figures.py).
    "organization:figure_save": lambda w: [
        r("organization:figure_save", w.own_unit),
        r("organization:figure_save", w.foreign_unit),
    ],
}

# The checks of these routes (their bodies: tests/isolation.py).
test_it_answers_404_for_another_units_data = foreign_404_test(UNIT_SCOPED)
test_it_answers_404_to_a_user_without_units = no_units_404_test(UNIT_SCOPED)
test_it_refuses_board_only_routes_to_reporters_and_leaders = board_only_test(BOARD_ONLY)


def test_it_lets_the_board_see_every_unit(board_user, leader_user):
    url = reverse("organization:unit", args=[Unit.objects.get(code="03160").pk])
    for user in (board_user, leader_user):
        assert client_for(user).get(url).status_code == 200
