"""A press item's activity is changed through the item only, so the two never disagree."""

import datetime

import pytest
from django.urls import reverse

from lantoa.organization.models import Unit
from lantoa.press.services import PressItemInput, press_item_save
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db


def test_it_refuses_to_edit_or_remove_an_items_activity_from_the_reporting_pages(kl51_campaign):
    newspaper = Unit.objects.get(code="BAO-PTTH")
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
    activity = item.activity
    client = client_for(make_user("bientap.guard", "BAO-PTTH", "press"))
    edited = client.post(
        reverse("reporting:activity_edit", args=[activity.pk]),
        {"channel": "online", "date": "02/07/2026", "title": "Tên khác", "items": "5"},
    )
    assert edited.status_code == 400
    assert "trang Báo chí" in edited.content.decode()
    client.post(reverse("reporting:activity_remove", args=[activity.pk]))
    activity.refresh_from_db()
    assert activity.title == "Quán triệt Kết luận 51" and not activity.is_deleted
    # Through the item, the activity follows.
    press_item_save(
        unit=newspaper,
        campaign=kl51_campaign,
        data=PressItemInput(
            title="Tên đã sửa",
            outlet="Báo Điện Biên Phủ",
            date=datetime.date(2026, 7, 2),
            channel="online",
            url="https://baodienbienphu.info.vn/kl51",
        ),
        user=None,
        item=item,
    )
    activity.refresh_from_db()
    assert activity.title == "Tên đã sửa"


def test_it_offers_no_edit_or_remove_button_on_an_items_activity(kl51_campaign):
    newspaper = Unit.objects.get(code="BAO-PTTH")
    item = press_item_save(
        unit=newspaper,
        campaign=kl51_campaign,
        data=PressItemInput(
            title="Bài về gạo Điện Biên",
            outlet="Báo Điện Biên Phủ",
            date=datetime.date(2026, 7, 3),
            channel="online",
            url="https://baodienbienphu.info.vn/gao",
        ),
        user=None,
    )
    client = client_for(make_user("bientap.nut", "BAO-PTTH", "press"))
    page = client.get(reverse("reporting:activity_detail", args=[item.activity_id])).content
    body = page.decode()
    assert reverse("reporting:activity_edit", args=[item.activity_id]) not in body
    assert "sửa hoặc xóa ở trang Báo chí" in body


def test_it_names_an_items_activity_changed_in_the_excel_file_at_the_check(kl51_campaign):
    from lantoa.reporting.excel.template import unit_template
    from tests.reporting.excel_support import edit, run_import

    newspaper = Unit.objects.get(code="BAO-PTTH")
    item = press_item_save(
        unit=newspaper,
        campaign=kl51_campaign,
        data=PressItemInput(
            title="Bài về nhãn hiệu",
            outlet="Báo Điện Biên Phủ",
            date=datetime.date(2026, 7, 4),
            channel="online",
            url="https://baodienbienphu.info.vn/nhan-hieu",
        ),
        user=None,
    )
    editor = make_user("bientap.excel", "BAO-PTTH", "press")
    template = unit_template(campaign=kl51_campaign, unit=newspaper)
    for change in ({"title": "Tên sửa trong Excel"}, {"delete": "x"}):
        upload = run_import(kl51_campaign, editor, edit(template, {2: change}), apply=False)
        assert upload.status == "failed", change
        assert "trang Báo chí" in " ".join(upload.plan["errors"]), change
    item.activity.refresh_from_db()
    assert item.activity.title == "Bài về nhãn hiệu" and not item.activity.is_deleted
