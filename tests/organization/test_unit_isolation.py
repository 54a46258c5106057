"""A unit's page opens to its own members and the board, to no other unit."""

import pytest
from django.urls import reverse

from lantoa.organization.models import Unit
from tests.conftest import client_for
from tests.isolation import (  # noqa: F401 - its fixtures
    UnitScoped,
    foreign_404_test,
    no_units_404_test,
    r,
    world_fixture,
    world_ground,
    world_reporter,
)

pytestmark = pytest.mark.django_db


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

# The checks of these routes (their bodies: tests/isolation.py).
test_it_answers_404_for_another_units_data = foreign_404_test(UNIT_SCOPED)
test_it_answers_404_to_a_user_without_units = no_units_404_test(UNIT_SCOPED)


def test_it_lets_the_board_see_every_unit(board_user, leader_user):
    url = reverse("organization:unit", args=[Unit.objects.get(code="03160").pk])
    for user in (board_user, leader_user):
        assert client_for(user).get(url).status_code == 200
