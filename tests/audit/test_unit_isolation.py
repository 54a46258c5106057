"""The audit log is board staff's alone."""

import pytest

from tests.isolation import (  # noqa: F401 - its fixtures
    Routes,
    board_only_test,
    r,
    world_fixture,
    world_ground,
    world_reporter,
)

pytestmark = pytest.mark.django_db


# route -> URLs only board staff may use (reporters get 403 or 404, nothing changes)
BOARD_ONLY: Routes = {
    "audit:log": lambda w: [r("audit:log")],
}

# The checks of these routes (their bodies: tests/isolation.py).
test_it_refuses_board_only_routes_to_reporters_and_leaders = board_only_test(BOARD_ONLY)
