"""A progress report is the board's, whoever issued the campaign's guidance."""

import pytest

from lantoa.campaigns.models import Campaign
from lantoa.documents.reports.services import official_report_create, official_report_document

pytestmark = pytest.mark.django_db


def test_it_heads_the_report_with_the_board_when_the_guidance_is_the_standing_committees(
    kl51_campaign, board_user
):
    Campaign.objects.filter(pk=kl51_campaign.pk).update(issuer="Ban Thường vụ Tỉnh ủy")
    campaign = Campaign.objects.get(pk=kl51_campaign.pk)
    report = official_report_create(campaign=campaign, kind="progress", user=board_user)

    document = official_report_document(report=report)

    assert document.issuing_body == "BAN TUYÊN GIÁO VÀ DÂN VẬN"
    assert document.symbol == "BC/BTGDVTU"
