"""A published item is an activity of its channel: counted once on the dashboard and the press
overview, corrected together, refused together."""

import datetime

import pytest
from django.utils import timezone

from lantoa.organization.models import Unit
from lantoa.press.models import PressItem
from lantoa.press.selectors import press_overview
from lantoa.press.services import PressError, PressItemInput, press_item_save
from lantoa.reporting.dashboard.selectors import dashboard_get
from lantoa.reporting.models import Activity
from tests.conftest import make_user

pytestmark = pytest.mark.django_db
URL = "https://baodienbienphu.info.vn/bai-viet/kl51-hoi-nghi"


@pytest.fixture
def newspaper():
    return Unit.objects.get(code="BAO-PTTH")


@pytest.fixture
def editor(db):
    return make_user("bientap.hd", "BAO-PTTH", "press")


def save(campaign, unit, user, item=None, **kw):  # type: ignore[no-untyped-def]
    data = {
        "title": "Điện Biên quán triệt Kết luận 51",
        "outlet": "Báo Điện Biên Phủ điện tử",
        "date": timezone.localdate() - datetime.timedelta(days=2),
        "channel": "online",
        "url": URL,
    }
    data.update(kw)
    return press_item_save(
        unit=unit, campaign=campaign, data=PressItemInput(**data), user=user, item=item
    )


def test_it_records_the_item_as_one_activity_counted_on_the_dashboard(
    kl51_campaign, newspaper, editor, board_user
):
    item = save(kl51_campaign, newspaper, editor)
    activity = Activity.objects.get(pk=item.activity_id)
    assert (activity.channel, activity.items, activity.url) == ("online", 1, URL)
    assert activity.unit == newspaper and activity.title == item.title
    today = timezone.localdate()
    dashboard = dashboard_get(
        user=board_user, campaign=kl51_campaign, kind="", sort="", today=today
    )
    row = next(row for row in dashboard.rows if row.unit.pk == newspaper.pk)
    assert row.status.activities == 1
    overview = press_overview(campaign=kl51_campaign)
    assert overview.total == 1 and overview.duplicates == 0  # the item and its activity: one


def test_it_corrects_the_activity_with_the_item(kl51_campaign, newspaper, editor):
    item = save(kl51_campaign, newspaper, editor)
    day = timezone.localdate() - datetime.timedelta(days=5)
    save(kl51_campaign, newspaper, editor, item=item, title="Tiêu đề đã sửa", date=day)
    assert Activity.objects.filter(unit=newspaper, is_deleted=False).count() == 1
    activity = Activity.objects.get(pk=item.activity_id)
    assert (activity.title, activity.date) == ("Tiêu đề đã sửa", day)


def test_it_refuses_the_item_when_its_activity_would_be_refused(kl51_campaign, newspaper, editor):
    with pytest.raises(PressError) as refused:
        save(kl51_campaign, newspaper, editor, date=timezone.localdate() + datetime.timedelta(3))
    assert "date" in refused.value.errors
    assert not PressItem.objects.exists() and not Activity.objects.filter(unit=newspaper).exists()


def test_a_refused_date_is_named_as_the_press_form_names_it(kl51_campaign, newspaper, editor):
    # The activity's date rule speaks of "Ngày thực hiện"; the editor typed "Ngày đăng, phát".
    with pytest.raises(PressError) as refused:
        save(kl51_campaign, newspaper, editor, date=timezone.localdate() + datetime.timedelta(3))
    assert refused.value.errors["date"] == "Ngày đăng, phát không được sau ngày hôm nay."
    with pytest.raises(PressError) as refused:
        save(kl51_campaign, newspaper, editor, date=datetime.date(2020, 1, 1))
    assert refused.value.errors["date"].startswith("Ngày đăng, phát trước khi bắt đầu đợt")
