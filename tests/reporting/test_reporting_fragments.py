import datetime

import pytest
from django.urls import reverse

from lantoa.organization.models import Unit
from lantoa.reporting.services import report_request_create
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_lists_on_the_campaign_page_the_report_requests_each_user_may_see(
    kl51_campaign, board_user, commune_reporter
):
    for title, code in (("Báo cáo của phường", "03127"), ("Báo cáo của xã khác", "03160")):
        report_request_create(
            campaign=kl51_campaign,
            title=title,
            due_date=datetime.date(2026, 7, 30),
            user=board_user,
            units=[Unit.objects.get(code=code)],
        )
    page = reverse("campaigns:detail", args=[kl51_campaign.pk])
    board = client_for(board_user).get(page).content.decode()
    reporter = client_for(commune_reporter).get(page).content.decode()
    assert "Báo cáo của phường" in board and "Báo cáo của xã khác" in board
    assert "/bao-cao/yeu-cau/" in board and "hạn 30/07/2026" in board
    assert "Báo cáo của phường" in reporter and "Báo cáo của xã khác" not in reporter
    assert "/bao-cao/yeu-cau/" not in reporter
