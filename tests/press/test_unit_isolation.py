"""A press agency's plans and items are its own; the overview is the province's."""

import pytest

from lantoa.organization.models import Unit
from tests.conftest import client_for
from tests.isolation import (  # noqa: F401 - its fixtures
    Routes,
    World,
    province_only_test,
    r,
    world_fixture,
    world_ground,
    world_reporter,
)

pytestmark = pytest.mark.django_db


# route -> URLs that board staff and leaders read; everyone else gets 403 or 404
PROVINCE_ONLY: Routes = {
    "press:overview": lambda w: [r("press:overview")],
}


# Press routes -> (the editor's own agency URLs: 200; another agency's: 404). Reporters get 404.
PRESS_SCOPED = {
    "press:unit": lambda p: (
        [r("press:unit", p.own_press_unit)],
        [r("press:unit", p.foreign_press_unit), r("press:unit", p.own_unit)],
    ),
    "press:plan_edit": lambda p: (
        [r("press:plan_edit", p.own_press_plan)],
        [r("press:plan_edit", p.foreign_press_plan)],
    ),
    "press:item_edit": lambda p: (
        [r("press:item_edit", p.own_press_item)],
        [r("press:item_edit", p.foreign_press_item)],
    ),
    "press:item_create": lambda p: (
        [r("press:item_create", p.own_press_unit)],
        [r("press:item_create", p.foreign_press_unit)],
    ),
    "press:workbook_download": lambda p: (
        [f"{r('press:workbook_download', p.own_press_unit)}?dot={p.shared_campaign.pk}"],
        [f"{r('press:workbook_download', p.foreign_press_unit)}?dot={p.shared_campaign.pk}"],
    ),
    "press:workbook_upload": lambda p: (
        [r("press:workbook_upload", p.own_press_unit)],
        [r("press:workbook_upload", p.foreign_press_unit)],
    ),
    "press:plan_save": lambda p: ([], [r("press:plan_save", p.foreign_press_unit)]),
    "press:item_remove": lambda p: ([], [r("press:item_remove", p.foreign_press_item)]),
}


def press_world(world: World) -> object:
    """Plans and items of two press agencies, and the newspaper's editor."""
    import datetime

    from lantoa.press.services import PressItemInput, press_item_save, press_plan_save
    from tests.conftest import make_user

    own, foreign = Unit.objects.get(code="BAO-PTTH"), Unit.objects.get(code="CONG-TTDT")
    for side, unit in (("own", own), ("foreign", foreign)):
        setattr(world, f"{side}_press_unit", unit)
        plan = press_plan_save(
            unit=unit,
            campaign=world.shared_campaign,
            month=datetime.date(2026, 7, 1),
            planned_items=3,
            user=None,
        )
        setattr(world, f"{side}_press_plan", plan)
        press_item = press_item_save(
            unit=unit,
            campaign=world.shared_campaign,
            data=PressItemInput(
                title=f"Bài {side}",
                outlet="Báo",
                date=datetime.date(2026, 7, 2),
                channel="online",
                url=f"https://bao.vn/{side}",
            ),
            user=None,
        )
        setattr(world, f"{side}_press_item", press_item)
    world.press_editor = make_user("bientap.isolation", "BAO-PTTH", "press")
    return world


# The checks of these routes (their bodies: tests/isolation.py).
test_it_shows_province_pages_to_the_board_and_leaders_only = province_only_test(PROVINCE_ONLY)


@pytest.mark.parametrize("route", sorted(PRESS_SCOPED))
def test_it_keeps_press_agencies_apart(route, world, commune_reporter):
    from lantoa.press.models import PressItem, PressPlan

    p = press_world(world)
    before = (PressPlan.objects.count(), PressItem.objects.count())
    own, foreign = PRESS_SCOPED[route](p)
    editor = client_for(p.press_editor)
    for url in own:
        assert editor.get(url).status_code == 200, url
    for client in (editor, client_for(commune_reporter)):
        for url in foreign + ([] if client is editor else own):
            assert client.get(url).status_code in (404, 405), url
            posted = client.post(url, {"planned_items": "9", "month": "09/2026"})
            assert posted.status_code in (404, 405), url
    assert before == (PressPlan.objects.count(), PressItem.objects.count())
