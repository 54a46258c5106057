import datetime

import pytest
from django.urls import reverse

from lantoa.campaigns.models import Assignment, Task
from lantoa.organization.models import Unit
from lantoa.press.models import PressItem, PressPlan
from lantoa.press.selectors import press_overview
from lantoa.press.services import PressError, PressItemInput, press_item_save, press_plan_save
from lantoa.reporting.publications import normalised_url, publication_key
from lantoa.reporting.services import ActivityInput, activity_record
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db
JULY = datetime.date(2026, 7, 2)
URL = "https://www.BaoDienBienPhu.info.vn/bai-viet/kl51/?utm_source=zalo&utm_medium=x"


@pytest.fixture
def newspaper():
    return Unit.objects.get(code="BAO-PTTH")


@pytest.fixture
def portal():
    return Unit.objects.get(code="CONG-TTDT")


@pytest.fixture
def editor(db):
    return make_user("bientap.baodb", "BAO-PTTH", "press")


def item(**kw):
    data = {
        "title": "Điện Biên quán triệt Kết luận 51",
        "outlet": "Báo Điện Biên Phủ điện tử",
        "date": JULY,
        "channel": "online",
        "url": URL,
    }
    data.update(kw)
    return PressItemInput(**data)


def test_it_normalises_urls_into_one_key():
    same = [
        URL,
        "http://baodienbienphu.info.vn/bai-viet/kl51",
        "https://baodienbienphu.info.vn/bai-viet/kl51/?fbclid=abc",
    ]
    assert {publication_key(url=u) for u in same} == {
        "url:https://baodienbienphu.info.vn/bai-viet/kl51"
    }
    assert normalised_url("https://x.vn/a?id=2&utm_campaign=z") == "https://x.vn/a?id=2"
    assert publication_key(outlet="Báo Điện Biên Phủ", issue="123", title="Gạo") == (
        "issue:bao dien bien phu|123|gao"
    )


def test_it_refuses_an_item_claiming_another_agencys_task(kl51_campaign, newspaper):
    foreign_task = (
        Task.objects.filter(campaign=kl51_campaign).exclude(assignments__unit=newspaper).first()
    )
    with pytest.raises(PressError) as caught:
        press_item_save(
            unit=newspaper, campaign=kl51_campaign, data=item(task_id=foreign_task.pk), user=None
        )
    assert caught.value.errors["task"] == "Nhiệm vụ không được giao cho cơ quan này."
    assert not PressItem.objects.exists()
    own_task = Task.objects.filter(assignments__unit=newspaper, campaign=kl51_campaign).first()
    saved = press_item_save(
        unit=newspaper, campaign=kl51_campaign, data=item(task_id=own_task.pk), user=None
    )
    assert saved.task == own_task


def test_it_counts_an_article_once_when_a_commune_reports_it_too(kl51_campaign, newspaper):
    press_plan_save(unit=newspaper, campaign=kl51_campaign, month=JULY, planned_items=4, user=None)
    press_item_save(unit=newspaper, campaign=kl51_campaign, data=item(), user=None)
    press_item_save(
        unit=newspaper,
        campaign=kl51_campaign,
        data=item(title="Bài in", channel="print", url="", issue_number="2031"),
        user=None,
    )
    commune = Unit.objects.get(code="03127")
    activity = activity_record(
        campaign=kl51_campaign,
        unit=commune,
        user=None,
        data=ActivityInput(
            channel="online",
            date=JULY,
            title="Chia sẻ bài báo",
            figures={"items": 1},
            url="http://baodienbienphu.info.vn/bai-viet/kl51?utm_source=fb",
        ),
    )
    assert activity.publication_key == PressItem.objects.get(channel="online").canonical_key
    overview = press_overview(campaign=kl51_campaign)
    assert overview.total == 2 and overview.duplicates == 1
    assert overview.by_channel == {"online": 1, "print": 1}
    row = next(r for r in overview.rows if r.unit == newspaper)
    assert (row.planned, row.published, row.rate) == (4, 2, 50.0)


def test_it_counts_an_agencys_month_as_the_boards_overview_does(kl51_campaign, newspaper, editor):
    # The overview counts an article the agency recorded as an activity (its reporter's form or
    # Excel) among its published items; the editor's home counted press items only, so the
    # month said 1 of 4 where the board read 2 of 4.
    from lantoa.press.selectors import press_month

    press_plan_save(unit=newspaper, campaign=kl51_campaign, month=JULY, planned_items=4, user=None)
    press_item_save(unit=newspaper, campaign=kl51_campaign, data=item(), user=None)
    activity_record(
        campaign=kl51_campaign,
        unit=newspaper,
        user=None,
        data=ActivityInput(
            channel="online",
            date=JULY,
            title="Bài thứ hai",
            figures={"items": 1},
            url="https://baodienbienphu.info.vn/bai-viet/kl51-tiep",
        ),
    )
    board = next(r for r in press_overview(campaign=kl51_campaign).rows if r.unit == newspaper)
    (month,) = press_month(user=editor, month=JULY)
    assert (month.planned, month.published) == (board.planned, board.published) == (4, 2)


def test_it_refuses_the_same_article_twice_from_one_agency(kl51_campaign, newspaper):
    press_item_save(unit=newspaper, campaign=kl51_campaign, data=item(), user=None)
    with pytest.raises(PressError):
        press_item_save(
            unit=newspaper,
            campaign=kl51_campaign,
            data=item(url="http://baodienbienphu.info.vn/bai-viet/kl51"),
            user=None,
        )


def test_it_keeps_each_agency_to_its_own_plans_and_items(kl51_campaign, newspaper, portal, editor):
    other_plan = press_plan_save(
        unit=portal, campaign=kl51_campaign, month=JULY, planned_items=3, user=None
    )
    other_item = press_item_save(unit=portal, campaign=kl51_campaign, data=item(), user=None)
    client = client_for(editor)
    assert client.get(reverse("press:unit", args=[newspaper.pk])).status_code == 200
    for url in (
        reverse("press:unit", args=[portal.pk]),
        reverse("press:plan_edit", args=[other_plan.pk]),
        reverse("press:item_edit", args=[other_item.pk]),
        reverse("press:item_create", args=[portal.pk]),
    ):
        assert client.get(url).status_code == 404, url
    response = client.post(
        reverse("press:plan_save", args=[portal.pk]),
        {"campaign": kl51_campaign.pk, "month": "08/2026", "planned_items": "9"},
    )
    assert response.status_code == 404
    assert PressPlan.objects.filter(unit=portal).count() == 1
    assert client.get(reverse("press:overview")).status_code == 403


def test_it_lets_an_editor_file_a_plan_and_an_item(kl51_campaign, newspaper, editor, board_user):
    client = client_for(editor)
    response = client.post(
        reverse("press:plan_save", args=[newspaper.pk]),
        {
            "campaign": kl51_campaign.pk,
            "month": "07/2026",
            "planned_items": "5",
            "columns": "Chuyên mục Pháp luật",
        },
    )
    assert response.status_code == 302
    assert PressPlan.objects.get(unit=newspaper).planned_items == 5
    own_task = Task.objects.filter(assignments__unit=newspaper, campaign=kl51_campaign).first()
    foreign_task = (
        Task.objects.filter(campaign=kl51_campaign)
        .exclude(pk__in=Assignment.objects.filter(unit=newspaper).values("task_id"))
        .first()
    )
    url = reverse("press:item_create", args=[newspaper.pk]) + f"?dot={kl51_campaign.pk}"
    data = {
        "campaign": kl51_campaign.pk,
        "title": "Bài 1",
        "outlet": "Báo Điện Biên Phủ",
        "date": "02/07/2026",
        "channel": "print",
        "issue_number": "2031",
        "task": foreign_task.pk,
    }
    refused = client.post(url, data)
    assert refused.status_code == 400
    assert "Nhiệm vụ không được giao cho cơ quan này" in refused.content.decode()
    data["task"] = own_task.pk
    assert client.post(url, data).status_code == 302
    page = client_for(board_user).get(reverse("press:overview") + f"?dot={kl51_campaign.pk}")
    assert (
        page.status_code == 200
        and "Báo và Phát thanh, Truyền hình Điện Biên" in page.content.decode()
    )


def test_it_moves_an_edited_plan_line_instead_of_adding_one(kl51_campaign, newspaper, editor):
    plan = press_plan_save(
        unit=newspaper, campaign=kl51_campaign, month=JULY, planned_items=5, user=None
    )
    client = client_for(editor)
    url = reverse("press:plan_edit", args=[plan.pk])
    data = {"campaign": kl51_campaign.pk, "month": "08/2026", "planned_items": "7", "columns": ""}
    assert client.post(url, data).status_code == 302
    moved = PressPlan.objects.get(unit=newspaper)  # still one line, now in August
    assert (moved.pk, moved.month, moved.planned_items) == (plan.pk, datetime.date(2026, 8, 1), 7)
    press_plan_save(unit=newspaper, campaign=kl51_campaign, month=JULY, planned_items=3, user=None)
    refused = client.post(url, {**data, "month": "07/2026"})
    assert refused.status_code == 400 and "Đã có kế hoạch tháng này" in refused.content.decode()
    assert sorted(PressPlan.objects.values_list("planned_items", flat=True)) == [3, 7]


def test_it_swaps_in_the_chosen_campaigns_tasks_without_a_reload(kl51_campaign, editor, newspaper):
    url = reverse("press:item_create", args=[newspaper.pk])
    page = client_for(editor).get(url).content.decode()
    assert 'name="campaign"' in page and 'hx-target="#task-choice"' in page
    assert '<form method="get"' not in page  # no separate form that reloads and drops the typing
    answer = client_for(editor).get(url, {"campaign": kl51_campaign.pk}, HTTP_HX_REQUEST="true")
    tasks = Task.objects.filter(campaign=kl51_campaign, assignments__unit=newspaper)
    assert 'id="task-choice"' in answer.content.decode()
    assert all(f'value="{task.pk}"' in answer.content.decode() for task in tasks)


def test_it_opens_the_agency_of_an_editor_of_one_agency(editor, newspaper):
    answer = client_for(editor).get(reverse("press:home"))
    assert answer.status_code == 302
    assert answer["Location"] == reverse("press:unit", args=[newspaper.pk])
