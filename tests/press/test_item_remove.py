"""An editor withdraws an item recorded by mistake; its activity is withdrawn with it."""

import datetime

import pytest
from django.urls import reverse

from lantoa.organization.models import Unit
from lantoa.press.models import PressItem
from lantoa.press.services import PressItemInput, press_item_save
from lantoa.reporting.models import Activity
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db


def test_it_withdraws_an_item_and_its_activity(kl51_campaign, leader_user):
    newspaper = Unit.objects.get(code="BAO-PTTH")
    item = press_item_save(
        unit=newspaper,
        campaign=kl51_campaign,
        data=PressItemInput(
            title="Ghi nhầm",
            outlet="Báo Điện Biên Phủ",
            date=datetime.date(2026, 7, 2),
            channel="online",
            url="https://baodienbienphu.info.vn/nham",
        ),
        user=None,
    )
    url = reverse("press:item_remove", args=[item.pk])
    # A reader (a board leader) may not withdraw it.
    assert client_for(leader_user).post(url).status_code == 403
    assert PressItem.objects.filter(pk=item.pk).exists()
    editor = client_for(make_user("bientap.xoa", "BAO-PTTH", "press"))
    assert editor.get(url).status_code == 405
    answer = editor.post(url)
    assert answer.status_code == 302
    assert not PressItem.objects.filter(pk=item.pk).exists()
    assert Activity.objects.get(pk=item.activity_id).is_deleted
    assert "Đã xóa tin, bài" in editor.get(answer["Location"]).content.decode()
