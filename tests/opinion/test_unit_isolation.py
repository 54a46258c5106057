"""Opinion data: a collaborator reaches only their own submissions, reporters and press none."""

import pytest

from tests.conftest import client_for
from tests.isolation import r, role_user

pytestmark = pytest.mark.django_db


# Opinion routes -> URLs (tests.opinion.helpers.opinion_world). Board staff and leaders read the
# province; a collaborator reaches only their own submissions (another's item is a 404);
# reporters and press get 403/404 on every one.
OPINION = {
    "opinion:dashboard": lambda o: [r("opinion:dashboard")],
    "opinion:submit": lambda o: [r("opinion:submit")],
    "opinion:mine": lambda o: [r("opinion:mine")],
    "opinion:items": lambda o: [r("opinion:items")],
    "opinion:item": lambda o: [r("opinion:item", o.item_a), r("opinion:item", o.item_b)],
    "opinion:imports": lambda o: [r("opinion:imports")],
    "opinion:import_status": lambda o: [r("opinion:import_status", o.job)],
    "opinion:claims": lambda o: [r("opinion:claims")],
    "opinion:claim": lambda o: [r("opinion:claim", o.claim)],
    "opinion:topics": lambda o: [r("opinion:topics")],
    "opinion:models": lambda o: [r("opinion:models")],
    "opinion:report": lambda o: [r("opinion:report")],
    "opinion:report_detail": lambda o: [r("opinion:report_detail", o.report)],
    "opinion:report_preview": lambda o: [r("opinion:report_preview", o.report)],
    "opinion:report_file": lambda o: [r("opinion:report_file", o.report)],
    "opinion:alert_dismiss": lambda o: [r("opinion:alert_dismiss", o.alert)],
}

GET_ONLY = {"opinion:report_file", "opinion:report_preview"}


def test_it_keeps_opinion_items_to_the_collaborator_who_sent_them():
    from tests.opinion.helpers import opinion_world

    o = opinion_world()
    client = client_for(o.collaborator_a)
    assert client.get(r("opinion:item", o.item_a)).status_code == 200
    assert client.get(r("opinion:item", o.item_b)).status_code == 404
    assert client.post(r("opinion:item", o.item_b), {"sentiment": "negative"}).status_code == 404
    assert o.item_b.text not in client.get(r("opinion:mine")).content.decode()


@pytest.mark.parametrize("role", ["reporter", "press"])
def test_it_refuses_every_opinion_route_to_reporters_and_press(role):
    from lantoa.opinion.models import Alert, Claim, Item
    from tests.opinion.helpers import opinion_world

    o = opinion_world()
    client = client_for(role_user(role))
    counts = (Item.objects.count(), Claim.objects.count(), Alert.objects.count())
    for route in sorted(OPINION):
        for url in OPINION[route](o):
            assert client.get(url).status_code in (403, 404, 405), (role, url)
            # A file or a preview answers GET only: a POST is refused before the view runs.
            refused = (405,) if route in GET_ONLY else (403, 404)
            assert client.post(url, {"action": "approve"}).status_code in refused, (role, url)
    assert counts == (Item.objects.count(), Claim.objects.count(), Alert.objects.count())
