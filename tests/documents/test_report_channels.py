"""A report's limitations name only the forms the campaign's guidance called for."""

import datetime

import pytest

from lantoa.campaigns.models import Campaign
from lantoa.documents.reports.services import official_report_create
from lantoa.organization.models import Unit
from lantoa.reporting.services import ActivityInput, activity_record

pytestmark = pytest.mark.django_db


def test_it_names_as_little_used_only_the_forms_the_guidance_called_for(kl51_campaign, board_user):
    # A guidance calling for conferences, cell meetings and loudspeakers, not podcasts.
    Campaign.objects.filter(pk=kl51_campaign.pk).update(
        channels=["conference", "cell_meeting", "loudspeaker"]
    )
    campaign = Campaign.objects.get(pk=kl51_campaign.pk)
    activity_record(
        campaign=campaign,
        unit=Unit.objects.get(code="03127"),
        user=None,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 25),
            title="Hội nghị quán triệt",
            figures={"sessions": 1, "party_members_present": 600},
        ),
    )

    report = official_report_create(campaign=campaign, kind="progress", user=board_user)

    limitations = report.sections["limitations"]
    assert "ít đơn vị sử dụng" in limitations
    assert "Sinh hoạt chi bộ" in limitations and "Loa truyền thanh cơ sở" in limitations
    assert "Podcast" not in limitations and "Tờ rơi" not in limitations
