"""Board staff and leaders read an agency's plan lines and items; they are not offered a save."""

import datetime

import pytest
from django.urls import reverse

from lantoa.organization.models import Unit
from lantoa.press.services import PressItemInput, press_item_save, press_plan_save
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def filed(kl51_campaign):
    newspaper = Unit.objects.get(code="BAO-PTTH")
    plan = press_plan_save(
        unit=newspaper,
        campaign=kl51_campaign,
        month=datetime.date(2026, 7, 1),
        planned_items=4,
        user=None,
    )
    item = press_item_save(
        unit=newspaper,
        campaign=kl51_campaign,
        data=PressItemInput(
            title="Quán triệt Kết luận 51",
            outlet="Báo Điện Biên Phủ",
            date=datetime.date(2026, 7, 2),
            channel="online",
            url="https://baodienbienphu.info.vn/kl51",
        ),
        user=None,
    )
    return newspaper, plan, item


@pytest.mark.parametrize("who", ["board_user", "leader_user"])
def test_it_shows_readers_a_plan_line_and_an_item_without_a_save_button(who, filed, request):
    newspaper, plan, item = filed
    client = client_for(request.getfixturevalue(who))
    for url in (
        reverse("press:plan_edit", args=[plan.pk]),
        reverse("press:item_edit", args=[item.pk]),
    ):
        page = client.get(url)
        assert page.status_code == 200, url
        body = page.content.decode()
        main = body[body.index("<main") :]
        assert 'type="submit"' not in main, url
        assert "disabled" in main, url
    create = client.get(reverse("press:item_create", args=[newspaper.pk]))
    assert create.status_code == 403
