"""Press and opinion routes × every role, asked for real.

`tests/test_role_matrix.py` states these two categories' answers per role but asks only the
unit-scoped routes; the isolation tests ask the press editor, a reporter and the collaborators.
Here every role of the matrix asks every press and opinion route, and a refused role's posts
change nothing.
"""

import pytest

from tests.conftest import client_for
from tests.isolation import (  # noqa: F401 - its fixtures
    World,
    r,
    world_fixture,
    world_ground,
    world_reporter,
)
from tests.opinion.test_unit_isolation import OPINION
from tests.press.test_unit_isolation import PRESS_SCOPED, press_world
from tests.test_role_matrix import ROLES, matrix_user

pytestmark = pytest.mark.django_db

REFUSED = (403, 404)
# A POST-only route answers any GET 405; its POST is refused (403, 404) like any other.
BUTTON_REFUSED = (405,)
NOBODY = dict.fromkeys(ROLES, REFUSED)
# The agency's editor files its plans and items; board staff and leaders read every agency's,
# and have no new item's form (test_reader_pages: they are offered no save).
PRESS_ANSWERS = {**NOBODY, "press": 200, "board": 200, "board_leader": 200}
PRESS_ROUTE_ANSWERS = {"press:item_create": {**NOBODY, "press": 200}}
READERS = {**NOBODY, "board": 200, "board_leader": 200}
# Opinion route -> each role's answer. A collaborator's own pages are theirs alone; the board's
# administration of imports and topics is board staff's; the rest is read by board and leaders.
OPINION_ANSWERS = {
    "opinion:dashboard": {**READERS, "collaborator": 302},  # to their own submissions
    "opinion:submit": {**NOBODY, "collaborator": 200},
    "opinion:mine": {**NOBODY, "collaborator": 200},
    "opinion:items": READERS,
    "opinion:item": READERS,  # the collaborator's own: test_unit_isolation
    "opinion:imports": {**NOBODY, "board": 200},
    "opinion:import_status": {**NOBODY, "board": 200},
    "opinion:claims": READERS,
    "opinion:claim": READERS,
    "opinion:topics": {**NOBODY, "board": 200},
    "opinion:models": READERS,
    "opinion:report": READERS,
    "opinion:report_detail": READERS,
    "opinion:report_preview": READERS,
    # A draft has no file: 404 for the readers too (an issued one: tests/opinion/test_report_flow).
    "opinion:report_file": NOBODY,
    "opinion:alert_dismiss": {**dict.fromkeys(ROLES, BUTTON_REFUSED), "board": 405},
}


def answered(status: int, expected: object) -> bool:
    return status in expected if isinstance(expected, tuple) else status == expected


def test_it_answers_every_role_on_the_press_routes_of_the_editors_agency(world):
    from lantoa.press.models import PressItem, PressPlan

    p = press_world(world)
    before = (PressPlan.objects.count(), PressItem.objects.count())
    for role in sorted(ROLES):
        user = p.press_editor if role == "press" else matrix_user(role, world)
        client = client_for(user)
        for route in sorted(PRESS_SCOPED):
            for url in PRESS_SCOPED[route](p)[0]:
                expected = PRESS_ROUTE_ANSWERS.get(route, PRESS_ANSWERS)[role]
                answer = client.get(url).status_code
                assert answered(answer, expected), (role, route, answer)
                if expected is REFUSED:
                    posted = client.post(url, {"planned_items": "9", "month": "09/2026"})
                    # 405: a page read only (its form posts to another route, asked too).
                    assert posted.status_code in (*REFUSED, 405), (role, route, posted.status_code)
    assert before == (PressPlan.objects.count(), PressItem.objects.count())


def test_it_answers_every_role_on_every_opinion_route(world):
    from lantoa.opinion.models import Alert, Claim, Item
    from tests.opinion.helpers import opinion_world

    o = opinion_world()
    assert set(OPINION_ANSWERS) == set(OPINION)
    counts = (Item.objects.count(), Claim.objects.count(), Alert.objects.count())
    for role in sorted(ROLES):
        user = o.collaborator_a if role == "collaborator" else matrix_user(role, world)
        client = client_for(user)
        for route in sorted(OPINION):
            expected = OPINION_ANSWERS[route][role]
            # The collaborator's own item is theirs (test_unit_isolation); here another's.
            urls = OPINION[route](o)
            urls = urls[1:] if role == "collaborator" and route == "opinion:item" else urls
            for url in urls:
                answer = client.get(url).status_code
                assert answered(answer, expected), (role, route, answer)
                if expected in (REFUSED, BUTTON_REFUSED):
                    posted = client.post(url, {"action": "approve", "sentiment": "negative"})
                    assert posted.status_code in (*REFUSED, 405), (role, route, posted.status_code)
                    if expected is BUTTON_REFUSED:
                        assert posted.status_code in REFUSED, (role, route, posted.status_code)
    assert counts == (Item.objects.count(), Claim.objects.count(), Alert.objects.count())
