"""A published item stays in the campaign it was recorded in; editing it cannot move it."""

import datetime

import pytest

from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
from lantoa.campaigns.services import campaign_create
from lantoa.organization.models import Unit
from lantoa.press.models import PressItem
from lantoa.press.services import PressError, PressItemInput, press_item_save

pytestmark = pytest.mark.django_db


def test_it_refuses_to_move_an_item_to_another_campaign_on_edit(kl51_campaign):
    newspaper = Unit.objects.get(code="BAO-PTTH")
    other = campaign_create(
        owner=Unit.objects.get(code="BTGDVTU"),
        proposal=CampaignProposal(
            title="Tuyên truyền Chỉ thị khác",
            subject_type="Chỉ thị",
            groups=[
                GroupProposal(
                    heading="Báo và Phát thanh, Truyền hình Điện Biên",
                    unit_ids=[newspaper.pk],
                    tasks=[TaskProposal(text="Mở chuyên mục")],
                )
            ],
        ),
        user=None,
    )
    data = PressItemInput(
        title="Quán triệt Kết luận 51",
        outlet="Báo Điện Biên Phủ",
        date=datetime.date(2026, 7, 2),
        channel="online",
        url="https://baodienbienphu.info.vn/kl51",
    )
    item = press_item_save(unit=newspaper, campaign=kl51_campaign, data=data, user=None)
    with pytest.raises(PressError) as caught:
        press_item_save(unit=newspaper, campaign=other, data=data, user=None, item=item)
    assert "campaign" in caught.value.errors
    item.refresh_from_db()
    assert item.campaign == kl51_campaign
    assert PressItem.objects.filter(campaign=other).count() == 0
