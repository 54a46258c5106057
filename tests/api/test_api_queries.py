"""The API's lists cost a fixed number of queries, however many units, activities or requests."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from lantoa.campaigns.models import Assignment
from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
from lantoa.campaigns.services import campaign_create
from lantoa.organization.models import Unit
from lantoa.reporting.services import (
    ActivityInput,
    activity_record,
    report_request_create,
    submission_submit,
)
from tests.api.test_api import api, token_for

pytestmark = pytest.mark.django_db
OWN = "03127"


def queries(client: Client, url: str) -> int:
    """Return how many queries one GET of url runs (after a first call warmed the caches)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(captured)


def others(campaign, count: int) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """Return the codes of some other units the campaign gives tasks to."""
    codes = Assignment.objects.filter(task__campaign=campaign).exclude(unit__code=OWN)
    return tuple(sorted(set(codes.values_list("unit__code", flat=True)))[:count])


def add_activities(campaign, code: str, count: int) -> None:  # type: ignore[no-untyped-def]
    unit = Unit.objects.get(code=code)
    for index in range(count):
        activity_record(
            campaign=campaign,
            unit=unit,
            user=None,
            data=ActivityInput(
                channel="oral",
                date=datetime.date(2026, 6, 1) + datetime.timedelta(days=index),
                title=f"Tuyên truyền miệng {index}",
                figures={"listeners": 10 + index},
            ),
        )


def add_requests(campaign, count: int, codes: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    # Numbered after the campaign's requests: the same title and due date again is refused.
    start = campaign.report_requests.count()
    for index in range(start, start + count):
        request = report_request_create(
            campaign=campaign,
            title=f"Báo cáo đợt {index}",
            due_date=datetime.date(2026, 7, 1) + datetime.timedelta(days=index),
            user=None,
        )
        for code in codes:
            submission_submit(
                request=request, unit=Unit.objects.get(code=code), user=None, results="Đã làm"
            )


def add_campaign(title: str):  # type: ignore[no-untyped-def]
    board = Unit.objects.get(code="BTGDVTU")
    own = Unit.objects.get(code=OWN)
    return campaign_create(
        owner=board,
        proposal=CampaignProposal(
            title=title,
            subject_type="Chỉ thị",
            groups=[
                GroupProposal(
                    heading="Phường Điện Biên Phủ",
                    unit_ids=[own.pk],
                    tasks=[TaskProposal(text=f"Việc {n} của {title}") for n in range(3)],
                )
            ],
        ),
        user=None,
    )


def test_it_lists_a_units_activities_in_a_fixed_number_of_queries(kl51_campaign, commune_reporter):
    client = api(token_for(commune_reporter))
    url = f"/api/v1/campaigns/{kl51_campaign.pk}/activities"
    add_activities(kl51_campaign, OWN, 1)
    few = queries(client, url)
    add_activities(kl51_campaign, OWN, 6)
    assert len(client.get(url).json()) == 7
    assert queries(client, url) == few


def test_it_tells_the_provinces_status_in_a_fixed_number_of_queries(kl51_campaign, board_user):
    client = api(token_for(board_user))
    url = f"/api/v1/campaigns/{kl51_campaign.pk}/status"
    add_activities(kl51_campaign, OWN, 1)
    add_requests(kl51_campaign, 1, (OWN,))
    few = queries(client, url)
    for code in others(kl51_campaign, 4):
        add_activities(kl51_campaign, code, 2)
    add_requests(kl51_campaign, 3, (OWN, *others(kl51_campaign, 4)))
    assert len(client.get(url).json()["units"]) > 50
    assert queries(client, url) == few
    one_unit = add_campaign("Đợt một đơn vị")
    add_activities(one_unit, OWN, 1)
    add_requests(one_unit, 1, (OWN,))
    one_url = f"/api/v1/campaigns/{one_unit.pk}/status"
    assert len(client.get(one_url).json()["units"]) == 1
    assert queries(client, one_url) == few


def test_it_lists_a_units_tasks_in_a_fixed_number_of_queries(kl51_campaign, commune_reporter):
    client = api(token_for(commune_reporter))
    add_activities(kl51_campaign, OWN, 1)
    few = queries(client, "/api/v1/tasks")
    add_campaign("Đợt thứ hai")
    add_campaign("Đợt thứ ba")
    add_activities(kl51_campaign, OWN, 3)
    assert len(client.get("/api/v1/tasks").json()) == 3 + 6
    assert queries(client, "/api/v1/tasks") == few


def test_it_lists_report_requests_in_a_fixed_number_of_queries(kl51_campaign, commune_reporter):
    client = api(token_for(commune_reporter))
    add_requests(kl51_campaign, 1, (OWN,))
    few = queries(client, "/api/v1/report-requests")
    add_requests(kl51_campaign, 4, (OWN, *others(kl51_campaign, 4)))
    assert len(client.get("/api/v1/report-requests").json()) == 5
    assert queries(client, "/api/v1/report-requests") == few
