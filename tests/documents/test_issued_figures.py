"""An issued report's figures are frozen: its page shows what the file says, not live data."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from lantoa.documents.reports import services as reports
from lantoa.organization.models import Unit
from lantoa.reporting.services import ActivityInput, activity_record
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def briefing(present: int) -> ActivityInput:
    return ActivityInput(
        channel="conference",
        date=datetime.date(2026, 6, 25),
        title="Hội nghị quán triệt",
        figures={"sessions": 1, "party_members_present": present},
    )


def test_it_shows_the_figures_frozen_at_issue_not_the_live_data(
    kl51_campaign, board_user, leader_user
):
    unit = Unit.objects.get(code="03127")
    activity_record(campaign=kl51_campaign, unit=unit, data=briefing(123), user=None)
    report = reports.official_report_create(campaign=kl51_campaign, kind="progress", user=None)
    draft = client_for(board_user).get(reverse("reports:detail", args=[report.pk]))
    assert "Số liệu hiện tại" in draft.content.decode()
    reports.official_report_submit(report=report)
    reports.official_report_approve(report=report, user=leader_user)
    issued = reports.official_report_issue(report=report, user=board_user)
    frozen = issued.issued_figures
    assert frozen["as_of"] == report.as_of.isoformat()
    assert any("123" in line for line in frozen["channels"])

    # The data changes after issue (another unit reports): the issued figures do not.
    other = Unit.objects.get(code="03160")
    activity_record(campaign=kl51_campaign, unit=other, data=briefing(77), user=None)
    page = client_for(board_user).get(reverse("reports:detail", args=[report.pk]))
    html = page.content.decode()
    # The page shows the local (Asia/Ho_Chi_Minh) date, a day ahead of UTC after 17:00 UTC.
    issued_on = timezone.localtime(issued.outgoing.issued_at)
    assert f"Số liệu tại thời điểm ban hành {issued_on:%d/%m/%Y}" in html
    headline = dict(frozen["rates"])["Tỷ lệ đảng viên được quán triệt (toàn tỉnh)"]
    assert headline.split(" (")[1].split("/")[0] == "123"  # 123 of the expected members
    assert "200/" not in html  # 123 + 77 briefed would be the live figure
