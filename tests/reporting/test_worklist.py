"""The work list (a unit's home page) costs a fixed number of queries as its work grows."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lantoa.accounts.models import Membership, Role
from lantoa.organization.models import Unit
from lantoa.reporting.services import submission_return
from tests.api.test_api_queries import OWN, add_activities, add_campaign, add_requests, others
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db


def queries(client, url: str) -> int:  # type: ignore[no-untyped-def]
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_it_shows_the_work_list_in_a_fixed_number_of_queries(
    kl51_campaign, commune_reporter, board_user
):
    client = client_for(commune_reporter)
    url = reverse("reporting:unit_home")
    add_activities(kl51_campaign, OWN, 1)
    add_requests(kl51_campaign, 1, (OWN,))
    few = queries(client, url)
    for title in ("Đợt thứ hai", "Đợt thứ ba"):
        campaign = add_campaign(title)
        add_activities(campaign, OWN, 2)
        add_requests(campaign, 2, (OWN,))
    add_requests(kl51_campaign, 3, (OWN,))
    submission = kl51_campaign.report_requests.first().submissions.get()
    submission_return(submission=submission, user=board_user, reason="Thiếu số liệu")
    second = Unit.objects.get(code=others(kl51_campaign, 1)[0])
    Membership.objects.create(user=commune_reporter, unit=second, role=Role.REPORTER)
    add_activities(kl51_campaign, second.code, 2)
    page = client.get(url).content.decode()
    assert "Đợt thứ ba" in page and second.name in page
    assert queries(client, url) == few
    # The work list is read once for the page and the navigation's count (35 before).
    assert few <= 15


def test_it_tells_an_opinion_collaborator_what_the_account_is_for(kl51_campaign):
    # A collaborator sends opinion and reads materials (accounts.capabilities), never the
    # unit's reporting: "no task was given" was untrue of a unit with tasks.
    collaborator = make_user("ctv.test", "03127", Role.COLLABORATOR)
    page = client_for(collaborator).get(reverse("reporting:unit_home")).content.decode()
    assert "chưa được giao nhiệm vụ" not in page
    assert "không ghi nhận, báo cáo hoạt động" in page
    assert f'href="{reverse("opinion:mine")}"' in page
    assert f'href="{reverse("materials:list")}"' in page
