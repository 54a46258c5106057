"""Editing a plan line: audited like filing one; counts typed as units type them."""

import datetime

import pytest
from django.urls import reverse

from lantoa.audit.models import AuditEntry
from lantoa.organization.models import Unit
from lantoa.press.models import PressPlan
from lantoa.press.services import press_plan_save
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db
JULY = datetime.date(2026, 7, 1)


@pytest.fixture
def plan(kl51_campaign):
    newspaper = Unit.objects.get(code="BAO-PTTH")
    return press_plan_save(
        unit=newspaper, campaign=kl51_campaign, month=JULY, planned_items=4, user=None
    )


def test_it_audits_a_changed_plan_line(plan):
    editor = make_user("bientap.sua", "BAO-PTTH", "press")
    before = AuditEntry.objects.filter(detail__plan=plan.pk).count()
    press_plan_save(
        unit=plan.unit, campaign=plan.campaign, month=JULY, planned_items=9, user=editor, plan=plan
    )
    entries = AuditEntry.objects.filter(detail__plan=plan.pk)
    assert entries.count() == before + 1
    assert entries.latest("pk").user == editor


def test_it_reads_planned_items_typed_with_a_thousands_dot(kl51_campaign):
    editor = make_user("bientap.nghin", "BAO-PTTH", "press")
    newspaper = Unit.objects.get(code="BAO-PTTH")
    posted = client_for(editor).post(
        reverse("press:plan_save", args=[newspaper.pk]),
        {"campaign": kl51_campaign.pk, "month": "08/2026", "planned_items": "1.200"},
    )
    assert posted.status_code == 302
    saved = PressPlan.objects.get(unit=newspaper, month=datetime.date(2026, 8, 1))
    assert saved.planned_items == 1200


def test_it_refuses_a_plan_month_outside_the_campaign(kl51_campaign):
    from lantoa.campaigns.window import campaign_end, campaign_start
    from lantoa.press.services import PressError

    newspaper = Unit.objects.get(code="BAO-PTTH")
    before = PressPlan.objects.count()
    with pytest.raises(PressError) as caught:
        press_plan_save(
            unit=newspaper,
            campaign=kl51_campaign,
            month=datetime.date(1900, 1, 1),
            planned_items=5,
            user=None,
        )
    start = campaign_start(kl51_campaign)
    assert caught.value.errors["month"] == (
        f"Tháng kế hoạch trước khi bắt đầu đợt tuyên truyền ({start:%d/%m/%Y})."
    )
    end = campaign_end(kl51_campaign)
    if end is not None:
        with pytest.raises(PressError):
            press_plan_save(
                unit=newspaper,
                campaign=kl51_campaign,
                month=end.replace(year=end.year + 1, day=1),
                planned_items=5,
                user=None,
            )
    assert PressPlan.objects.count() == before
    # The month the campaign starts in is its first month, whatever its day.
    assert start is not None
    first = press_plan_save(
        unit=newspaper, campaign=kl51_campaign, month=start, planned_items=2, user=None
    )
    assert first.month == start.replace(day=1)


def test_it_refuses_a_plan_for_an_ended_campaign_as_it_refuses_an_item(kl51_campaign):
    # An ended campaign asks nothing more of its units: a published item for it was refused
    # (its activity locked) while a plan line for it was stored.
    from lantoa.campaigns.services import campaign_close
    from lantoa.press.services import PressError, PressItemInput, press_item_save
    from lantoa.reporting.locks import CLOSED_REASON

    newspaper = Unit.objects.get(code="BAO-PTTH")
    campaign_close(campaign=kl51_campaign, user=None)
    item = PressItemInput(
        title="Bài sau khi kết thúc",
        outlet="Báo Điện Biên Phủ",
        date=datetime.date(2026, 7, 2),
        channel="print",
        issue_number="2031",
    )
    for write in (
        lambda: press_plan_save(
            unit=newspaper,
            campaign=kl51_campaign,
            month=datetime.date(2026, 7, 1),
            planned_items=5,
            user=None,
        ),
        lambda: press_item_save(unit=newspaper, campaign=kl51_campaign, data=item, user=None),
    ):
        with pytest.raises(PressError) as caught:
            write()
        assert CLOSED_REASON in caught.value.errors.values()
    assert not PressPlan.objects.filter(unit=newspaper).exists()
