"""The showcase register is province-wide: the board edits it, the board and leaders export it."""

import pytest

from tests.isolation import (  # noqa: F401 - its fixtures
    Routes,
    board_only_test,
    province_only_test,
    r,
    world_fixture,
    world_ground,
    world_reporter,
)

pytestmark = pytest.mark.django_db


# route -> URLs that board staff and leaders read; everyone else gets 403 or 404
PROVINCE_ONLY: Routes = {
    "showcase:export": lambda w: [r("showcase:export", "csv"), r("showcase:export", "xlsx")],
}


# route -> URLs only board staff may use (reporters get 403 or 404, nothing changes)
BOARD_ONLY: Routes = {
    "showcase:create": lambda w: [r("showcase:create")],
    "showcase:edit": lambda w: [r("showcase:edit", showcase_entry())],
}


def showcase_entry() -> object:
    """One showcase entry (the register is province-wide; only the board edits it)."""
    from lantoa.showcase.services import entry_save

    return entry_save(name="Mô hình thử", kind="model", commune=None, user=None)


# The checks of these routes (their bodies: tests/isolation.py).
test_it_shows_province_pages_to_the_board_and_leaders_only = province_only_test(PROVINCE_ONLY)
test_it_refuses_board_only_routes_to_reporters_and_leaders = board_only_test(BOARD_ONLY)
