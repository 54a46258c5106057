"""Reading guidance and editing a campaign from it are board staff's alone."""

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
    "guidance:campaign_edit": lambda w: [
        r("guidance:campaign_edit", w.shared_campaign),
        r("guidance:campaign_edit", w.foreign_campaign),
    ],
    "guidance:task_create": lambda w: [r("guidance:task_create", w.shared_campaign)],
    "guidance:campaign_state": lambda w: [
        r("guidance:campaign_state", w.shared_campaign),
        r("guidance:campaign_state", w.foreign_campaign),
    ],
    "guidance:upload": lambda w: [r("guidance:upload")],
    "guidance:new_blank": lambda w: [r("guidance:new_blank")],
    "guidance:review": lambda w: [r("guidance:review", w.guidance)],
    "guidance:original": lambda w: [r("guidance:original", w.guidance)],
}

# The checks of these routes (their bodies: tests/isolation.py).
test_it_refuses_board_only_routes_to_reporters_and_leaders = board_only_test(BOARD_ONLY)
