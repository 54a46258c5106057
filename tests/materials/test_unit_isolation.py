"""Units read the approved materials of their campaigns; drafts and reviews are the board's."""

import pytest

from tests.isolation import (  # noqa: F401 - its fixtures
    Routes,
    UnitScoped,
    board_only_test,
    foreign_404_test,
    no_units_404_test,
    province_only_test,
    r,
    world_fixture,
    world_ground,
    world_reporter,
)

pytestmark = pytest.mark.django_db


# route -> (own URLs that must answer 200, foreign URLs that must answer 404)
UNIT_SCOPED: UnitScoped = {
    # Units see the approved materials of campaigns they take part in; drafts are 404.
    "materials:detail": lambda w: (
        [r("materials:detail", w.own_material)],
        [r("materials:detail", w.foreign_material), r("materials:detail", w.draft_material)],
    ),
    "materials:leaflet_pdf": lambda w: (
        [r("materials:leaflet_pdf", w.own_material)],
        [
            r("materials:leaflet_pdf", w.foreign_material),
            r("materials:leaflet_pdf", w.draft_material),
        ],
    ),
    "materials:newsletter_pdf": lambda w: (
        [r("materials:newsletter_pdf", w.own_material)],
        [r("materials:newsletter_pdf", w.foreign_material)],
    ),
    "materials:file": lambda w: (
        [r("materials:file", w.own_material_version)],
        [
            r("materials:file", w.foreign_material_version),
            r("materials:file", w.draft_material_version),
        ],
    ),
}


# route -> URLs that board staff and leaders read; everyone else gets 403 or 404
PROVINCE_ONLY: Routes = {
    "materials:review": lambda w: [r("materials:review", w.draft_material_version)],
    "materials:audio": lambda w: [r("materials:audio", w.own_material_version)],
}


# route -> URLs only board staff may use (reporters get 403 or 404, nothing changes)
BOARD_ONLY: Routes = {
    "materials:create": lambda w: [r("materials:create")],
    "materials:edit": lambda w: [r("materials:edit", w.own_material)],
    "materials:submit": lambda w: [r("materials:submit", w.draft_material_version)],
    "materials:audio_request": lambda w: [r("materials:audio_request", w.own_material_version)],
}

# The checks of these routes (their bodies: tests/isolation.py).
test_it_answers_404_for_another_units_data = foreign_404_test(UNIT_SCOPED)
test_it_answers_404_to_a_user_without_units = no_units_404_test(UNIT_SCOPED)
test_it_shows_province_pages_to_the_board_and_leaders_only = province_only_test(PROVINCE_ONLY)
test_it_refuses_board_only_routes_to_reporters_and_leaders = board_only_test(BOARD_ONLY)
