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
    survey_of,
    world_fixture,
    world_ground,
    world_reporter,
)

pytestmark = pytest.mark.django_db

# page -> (the URL in the world, the ceiling per role that opens it). A leader's navigation counts
# what waits for approval, one query a kind: the opinion report, a fifth kind, added one to each,
# and the question banks, a sixth, one more.
PAGES = {
    "home": (lambda w: r("home"), {"board": 30, "board_leader": 30, "reporter": 16}),
    "campaigns:detail": (
        lambda w: r("campaigns:detail", w.shared_campaign),
        {"board": 13, "board_leader": 14, "reporter": 19},
    ),
    "reporting:unit_home": (lambda w: r("reporting:unit_home"), {"reporter": 15}),
    # The unit's reports read through reporting.standing (its requests, expected units,
    # extensions and submissions; the board's page the work calendar too): 19 and 25 before.
    # Its tasks' states too (assignments, tasks, the summary's done tasks, in place of the bare
    # task list): 22 and 27 before.
    "reporting:unit_campaign": (
        lambda w: r("reporting:unit_campaign", w.shared_campaign, w.own_unit),
        {"board": 24, "reporter": 29},
    ),
    "reporting:dashboard": (
        lambda w: r("reporting:dashboard", w.shared_campaign),
        {"board": 26, "board_leader": 27},
    ),
    "reporting:request_detail": (
        lambda w: r("reporting:request_detail", w.report_request),
        {"board": 19, "board_leader": 20},
    ),
    "reporting:review_queue": (
        lambda w: r("reporting:review_queue", w.report_request),
        {"board": 20},
    ),
    "opinion:dashboard": (lambda w: r("opinion:dashboard"), {"board": 18, "board_leader": 19}),
    "opinion:items": (lambda w: r("opinion:items"), {"board": 15, "board_leader": 16}),
    # The page lists the opinion reports drafted (one query; 8 and 7 before).
    "opinion:report": (lambda w: r("opinion:report"), {"board": 9, "board_leader": 10}),
    "documents:register": (lambda w: r("documents:register"), {"board": 17}),
    "reports:list": (lambda w: r("reports:list"), {"board": 10}),
    "reports:unit_report": (
        lambda w: r("reports:unit_report", w.shared_campaign, w.own_unit, "docx"),
        {"board": 28, "reporter": 28},
    ),
    # 13: the one query for other drafts of the same document (a second upload is warned of).
    "guidance:review": (lambda w: r("guidance:review", w.guidance), {"board": 13}),
    "awareness:survey": (
        lambda w: r("awareness:survey", survey_of(w, w.own_unit)),
        {"board": 12, "reporter": 18},
    ),
    "awareness:survey_export": (
        lambda w: r("awareness:survey_export", survey_of(w, w.own_unit)),
        {"board": 11},
    ),
}
ROLES = {"board": ("BTGDVTU", "board"), "board_leader": ("BTGDVTU", "leader")}


def statements(captured: CaptureQueriesContext) -> int:
    """Count the page's statements, less PostgreSQL's lock on the audit chain (no read)."""
    # On PostgreSQL an audited page takes the chain's advisory lock first (audit.services); on
    # SQLite the writer queue orders the writes instead: the same page, one statement fewer.
    return sum(1 for q in captured if "pg_advisory_xact_lock" not in q["sql"])


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
        found[page] = (statements(captured), memberships)
    over = {
        page: (queries, memberships)
        for page, (queries, memberships) in found.items()
        if queries > PAGES[page][1][role] or memberships != 1
    }
    assert not over, f"{role}: (queries, membership reads) over the ceilings: {over}"


def reads_of(captured: CaptureQueriesContext, table: str) -> int:
    return sum(1 for q in captured if f'FROM "{table}"' in q["sql"])


def test_it_reads_once_what_two_parts_of_a_page_both_need(world, commune_reporter):
    from tests.awareness.helpers import answer, approved_bank, opened, session

    bank = approved_bank(world.shared_campaign, 5)
    activity = session(world.shared_campaign, world.own_unit.code)
    before, after = opened(activity, bank, "before"), opened(activity, bank, "after")
    for i in range(5):
        answer(before, f"truoc-{i}", right=2)
        answer(after, f"sau-{i}", right=4)
    # The unit's report states its awareness results in its text and draws them in its chart;
    # a survey's page checks access to the survey and counts its answers.
    awareness = ("awareness_awarenesscheck", "awareness_responseitem", "awareness_papertally")
    pages = [
        (r("reports:unit_report", world.shared_campaign, world.own_unit, "docx"), awareness, 30),
        (r("awareness:survey", survey_of(world, world.own_unit)), ("awareness_survey",), 18),
    ]
    client = client_for(commune_reporter)
    for url, tables, ceiling in pages:
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        assert {table: reads_of(captured, table) for table in tables} == dict.fromkeys(tables, 1)
        assert statements(captured) <= ceiling, (url, statements(captured))
