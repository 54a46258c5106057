"""A reporter of one unit must never see another unit's data, by any route.

Every named route is classified: unit-scoped (own object 200, foreign object 404),
board-only (403/404 for everyone else, no change), or unscoped (lists scoped inside, or no
unit data). A new route fails `test_it_classifies_every_route` until it is classified here.
"""

from dataclasses import dataclass

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
from lantoa.campaigns.services import campaign_create
from lantoa.guidance.services import guidance_read
from lantoa.organization.models import Unit
from tests.conftest import SEED_NAME, client_for, seed_bytes

pytestmark = pytest.mark.django_db


@dataclass
class World:
    """Objects of the reporter's own unit and of a foreign unit."""

    own_unit: Unit
    foreign_unit: Unit
    shared_campaign: object
    foreign_campaign: object
    guidance: object


@pytest.fixture
def world(kl51_campaign) -> World:  # type: ignore[no-untyped-def]
    foreign = Unit.objects.get(code="03160")
    board = Unit.objects.get(code="BTGDVTU")
    foreign_campaign = campaign_create(
        owner=board,
        proposal=CampaignProposal(
            title="Chỉ một xã",
            subject_type="Chỉ thị",
            groups=[
                GroupProposal(
                    heading="Xã Mường Nhé",
                    unit_ids=[foreign.pk],
                    tasks=[TaskProposal(text="Việc riêng của Mường Nhé")],
                )
            ],
        ),
        user=None,
    )
    guidance = guidance_read(owner=board, filename=SEED_NAME, data=seed_bytes(), user=None)
    return World(Unit.objects.get(code="03127"), foreign, kl51_campaign, foreign_campaign, guidance)


def r(name: str, *args: object) -> str:
    return reverse(name, args=[getattr(a, "pk", a) for a in args])


# route -> (own URLs that must answer 200, foreign URLs that must answer 404)
UNIT_SCOPED = {
    "organization:unit": lambda w: (
        [r("organization:unit", w.own_unit)],
        [r("organization:unit", w.foreign_unit)]
        + [
            r("organization:unit", Unit.objects.get(code=c).pk)
            for c in ("BTGDVTU", "DU-CA", "BAO-PTTH")
        ],
    ),
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
# route -> URLs only board staff may use (reporters get 403 or 404, nothing changes)
BOARD_ONLY = {
    "campaigns:edit": lambda w: [
        r("campaigns:edit", w.shared_campaign),
        r("campaigns:edit", w.foreign_campaign),
    ],
    "campaigns:task_create": lambda w: [r("campaigns:task_create", w.shared_campaign)],
    "guidance:upload": lambda w: [r("guidance:upload")],
    "guidance:new_blank": lambda w: [r("guidance:new_blank")],
    "guidance:review": lambda w: [r("guidance:review", w.guidance)],
    "guidance:original": lambda w: [r("guidance:original", w.guidance)],
}
# Routes with no object id: lists scoped inside their selector, or no unit data.
UNSCOPED = {
    "home",
    "healthz",
    "accounts:login",
    "accounts:logout",
    "accounts:password_change",
    "organization:directory",
    "campaigns:list",
    "reporting:unit_home",
}


def named_routes(resolver=None, prefix=""):  # type: ignore[no-untyped-def]
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                continue
            namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            yield from named_routes(pattern, namespace)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{prefix}{pattern.name}"


def test_it_classifies_every_route():
    classified = UNIT_SCOPED.keys() | BOARD_ONLY.keys() | UNSCOPED
    unclassified = set(named_routes()) - classified
    assert not unclassified, f"classify these routes in the isolation test: {sorted(unclassified)}"


@pytest.mark.parametrize("route", sorted(UNIT_SCOPED))
def test_it_answers_404_for_another_units_data(route, world, commune_reporter):
    client = client_for(commune_reporter)
    own, foreign = UNIT_SCOPED[route](world)
    for url in own:
        assert client.get(url).status_code == 200, url
    for url in foreign:
        assert client.get(url).status_code == 404, url
        assert client.post(url).status_code in (404, 405), url


@pytest.mark.parametrize("route", sorted(UNIT_SCOPED))
def test_it_answers_404_to_a_user_without_units(route, world, outsider):
    client = client_for(outsider)
    own, foreign = UNIT_SCOPED[route](world)
    for url in own + foreign:
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize("route", sorted(BOARD_ONLY))
def test_it_refuses_board_only_routes_to_reporters_and_leaders(
    route, world, commune_reporter, leader_user
):
    from lantoa.campaigns.models import Assignment, Campaign
    from lantoa.guidance.models import GuidanceDocument

    counts = (
        Campaign.objects.count(),
        Assignment.objects.count(),
        GuidanceDocument.objects.count(),
    )
    for user in (commune_reporter, leader_user):
        client = client_for(user)
        for url in BOARD_ONLY[route](world):
            assert client.get(url).status_code in (403, 404, 405), url
            assert client.post(url, {"action": "confirm"}).status_code in (403, 404), url
    assert counts == (
        Campaign.objects.count(),
        Assignment.objects.count(),
        GuidanceDocument.objects.count(),
    )


def test_it_lets_the_board_see_every_unit(board_user, leader_user):
    url = reverse("organization:unit", args=[Unit.objects.get(code="03160").pk])
    for user in (board_user, leader_user):
        assert client_for(user).get(url).status_code == 200
