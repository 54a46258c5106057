"""What the heavy pages cost each role: the memberships read once, and at most so many queries.

The ceilings are the counts measured when the rights checks and the navigation's counts were
given one read a request (core.requestmemo); a page over its ceiling reads something again.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import client_for, make_user
from tests.isolation import (  # noqa: F401 - its fixtures
    World,
    r,
    world_fixture,
    world_ground,
    world_reporter,
)

pytestmark = pytest.mark.django_db

# page -> (the URL in the world, the ceiling per role that opens it)
PAGES = {
    "home": (lambda w: r("home"), {"board": 30, "board_leader": 28, "reporter": 16}),
    "campaigns:detail": (
        lambda w: r("campaigns:detail", w.shared_campaign),
        {"board": 13, "board_leader": 12, "reporter": 20},
    ),
    "reporting:unit_home": (lambda w: r("reporting:unit_home"), {"reporter": 15}),
    "reporting:unit_campaign": (
        lambda w: r("reporting:unit_campaign", w.shared_campaign, w.own_unit),
        {"board": 19, "reporter": 25},
    ),
    "reporting:dashboard": (
        lambda w: r("reporting:dashboard", w.shared_campaign),
        {"board": 26, "board_leader": 25},
    ),
    "reporting:request_detail": (
        lambda w: r("reporting:request_detail", w.report_request),
        {"board": 19, "board_leader": 18},
    ),
    "reporting:review_queue": (
        lambda w: r("reporting:review_queue", w.report_request),
        {"board": 20},
    ),
    "opinion:dashboard": (lambda w: r("opinion:dashboard"), {"board": 18, "board_leader": 17}),
    "opinion:items": (lambda w: r("opinion:items"), {"board": 15, "board_leader": 14}),
    "opinion:report": (lambda w: r("opinion:report"), {"board": 8, "board_leader": 7}),
    "documents:register": (lambda w: r("documents:register"), {"board": 17}),
    "reports:list": (lambda w: r("reports:list"), {"board": 10}),
}
ROLES = {"board": ("BTGDVTU", "board"), "board_leader": ("BTGDVTU", "leader")}


def user_of(role: str, reporter: object) -> object:
    if role == "reporter":
        return reporter
    code, held = ROLES[role]
    return make_user(f"cost.{role}", code, held)


@pytest.mark.parametrize("role", ["board", "board_leader", "reporter"])
def test_it_opens_each_heavy_page_within_its_ceiling_reading_the_memberships_once(
    role, world, commune_reporter
):
    client = client_for(user_of(role, commune_reporter))
    found = {}
    for page, (url_of, ceilings) in PAGES.items():
        if role not in ceilings:
            continue
        url = url_of(world)
        client.get(url)  # the session and Django's caches, as on any later page
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, (page, response.status_code)
        memberships = sum(1 for q in captured if '"accounts_membership"' in q["sql"])
        found[page] = (len(captured), memberships)
    over = {
        page: (queries, memberships)
        for page, (queries, memberships) in found.items()
        if queries > PAGES[page][1][role] or memberships != 1
    }
    assert not over, f"{role}: (queries, membership reads) over the ceilings: {over}"
