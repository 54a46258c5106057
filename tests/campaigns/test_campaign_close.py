"""Board staff end one campaign while another runs: it stops reminding and leaves work lists."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from lantoa.audit.models import AuditEntry
from lantoa.campaigns.models import Campaign, CampaignState
from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
from lantoa.campaigns.services import (
    CampaignError,
    campaign_close,
    campaign_create,
    campaign_reopen,
)
from lantoa.notifications.models import Notification
from lantoa.organization.models import Unit
from lantoa.reminders.services import reminders_send_due
from lantoa.reporting.services import ReportingError, report_request_create
from lantoa.reporting.worklist import worklist_for
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 12, 7)
CODE = "03127"  # the commune_reporter's ward


def _overdue_campaign(title: str, *, owner: Unit, ward: Unit) -> Campaign:
    """A campaign whose one task for the ward was due a week ago."""
    return campaign_create(
        owner=owner,
        proposal=CampaignProposal(
            title=title,
            subject_type="Nghị quyết",
            groups=[
                GroupProposal(
                    heading="Các Đảng ủy xã, phường",
                    unit_ids=[ward.pk],
                    tasks=[
                        TaskProposal(
                            text="Tổ chức hội nghị chuyên đề",
                            deadline_kind="date",
                            due_date=datetime.date(2026, 11, 30),
                        )
                    ],
                )
            ],
        ),
        user=None,
    )


@pytest.fixture
def two_campaigns(db):
    board, ward = Unit.objects.get(code="BTGDVTU"), Unit.objects.get(code=CODE)
    first = _overdue_campaign("Tuyên truyền Kết luận 51", owner=board, ward=ward)
    second = _overdue_campaign("Tuyên truyền Nghị quyết 57", owner=board, ward=ward)
    return first, second


def test_it_stops_reminding_a_closed_campaign_while_the_other_runs(two_campaigns, board_user):
    first, second = two_campaigns

    campaign_close(campaign=first, user=board_user)
    reminders_send_due(today=TODAY)

    titles = list(
        Notification.objects.filter(unit__code=CODE, title__startswith="Đôn đốc").values_list(
            "title", flat=True
        )
    )
    assert titles == [f"Đôn đốc: 1 việc quá hạn — {second.title}"]
    assert AuditEntry.objects.filter(detail__op="campaign_close").count() == 1


def test_it_leaves_a_closed_campaign_out_of_the_units_work_list(two_campaigns, commune_reporter):
    first, second = two_campaigns

    campaign_close(campaign=first, user=None)

    assert [item.campaign for item in worklist_for(user=commune_reporter, today=TODAY)] == [second]


def test_it_refuses_to_close_twice_and_reopens(two_campaigns, board_user):
    first, _second = two_campaigns
    campaign_close(campaign=first, user=board_user)

    with pytest.raises(CampaignError):
        campaign_close(campaign=first, user=board_user)
    campaign_reopen(campaign=first, user=board_user)

    first.refresh_from_db()
    assert first.state == CampaignState.ACTIVE


def test_board_staff_close_it_from_its_page_and_a_reporter_cannot(
    two_campaigns, board_user, commune_reporter
):
    first, _second = two_campaigns
    url = reverse("guidance:campaign_state", args=[first.pk])

    refused = client_for(commune_reporter).post(url, {"action": "close"})
    first.refresh_from_db()
    assert refused.status_code in (403, 404) and first.state == CampaignState.ACTIVE

    board = client_for(board_user)
    page = board.get(reverse("campaigns:detail", args=[first.pk])).content.decode()
    assert url in page and "Kết thúc đợt tuyên truyền" in page
    answer = board.post(url, {"action": "close"}, follow=True)
    first.refresh_from_db()
    assert first.state == CampaignState.CLOSED
    assert "Đã kết thúc đợt tuyên truyền" in answer.content.decode()


def test_it_asks_no_report_in_an_ended_campaign_nor_offers_it(two_campaigns, board_user):
    first, _second = two_campaigns
    campaign_close(campaign=first, user=board_user)

    with pytest.raises(ReportingError):
        report_request_create(
            campaign=first, title="Báo cáo bổ sung", due_date=TODAY, user=board_user
        )
    page = client_for(board_user).get(reverse("campaigns:detail", args=[first.pk]))
    body = page.content.decode()
    assert reverse("reporting:request_create", args=[first.pk]) not in body
    assert f"{reverse('reminders:letter_create')}?dot={first.pk}" not in body


def test_it_leaves_a_closed_campaign_out_of_the_units_api_lists(two_campaigns, commune_reporter):
    from lantoa.accounts.models import Membership
    from lantoa.api.services import api_token_issue

    first, second = two_campaigns
    for campaign in (first, second):
        report_request_create(campaign=campaign, title="Báo cáo", due_date=TODAY, user=None)
    membership = Membership.objects.get(user=commune_reporter)
    token = api_token_issue(user=commune_reporter, membership_id=membership.pk, name="Phần mềm")
    api = Client(HTTP_AUTHORIZATION=f"Bearer {token.secret}")

    campaign_close(campaign=first, user=None)

    tasks = api.get("/api/v1/tasks").json()
    requests = api.get("/api/v1/report-requests").json()
    assert {row["campaign_id"] for row in tasks} == {second.pk}
    assert {row["campaign_id"] for row in requests} == {second.pk}
