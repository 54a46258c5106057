"""The board's report states the people reached as the dashboard headlines them (one rule)."""

import datetime

import pytest

from lantoa.documents.reports.content import report_facts
from lantoa.documents.reports.drafting import default_sections

pytestmark = pytest.mark.django_db


def test_it_states_the_people_reached_the_dashboard_headlines(kl51_campaign, board_user):
    from django.utils import timezone

    from lantoa.organization.models import Unit
    from lantoa.reporting.dashboard.selectors import dashboard_get
    from lantoa.reporting.services import ActivityInput, activity_record

    unit = Unit.objects.get(code="03127")
    for channel, figures in (
        ("conference", {"sessions": 1, "party_members_present": 1200, "other_attendees": 300}),
        ("oral", {"sessions": 2, "listeners": 450}),
    ):
        activity_record(
            campaign=kl51_campaign,
            unit=unit,
            user=None,
            data=ActivityInput(
                channel=channel,
                date=datetime.date(2026, 6, 25),
                title="Tuyên truyền",
                figures=figures,
            ),
        )
    today = timezone.localdate()
    reached = dashboard_get(
        user=board_user, campaign=kl51_campaign, kind="", sort="", today=today
    ).people_reached
    assert reached == 1950
    results = default_sections(report_facts(campaign=kl51_campaign, as_of=today))["results"]
    assert "1.950 lượt người" in results
