"""A campaign and its unit plans open only to the units it names."""

import pytest

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
    "campaigns:detail": lambda w: (
        [r("campaigns:detail", w.shared_campaign)],
        [r("campaigns:detail", w.foreign_campaign)],
    ),
    "campaigns:guidance_docx": lambda w: (
        [r("campaigns:guidance_docx", w.shared_campaign)],
        [r("campaigns:guidance_docx", w.foreign_campaign)],
    ),
    "campaigns:unit_plan": lambda w: (
        [r("campaigns:unit_plan", w.shared_campaign, w.own_unit)],
        [
            r("campaigns:unit_plan", w.shared_campaign, w.foreign_unit),
            r("campaigns:unit_plan", w.foreign_campaign, w.foreign_unit),
            r("campaigns:unit_plan", w.foreign_campaign, w.own_unit),
        ],
    ),
}

# The checks of these routes (their bodies: tests/isolation.py).
test_it_answers_404_for_another_units_data = foreign_404_test(UNIT_SCOPED)
test_it_answers_404_to_a_user_without_units = no_units_404_test(UNIT_SCOPED)
