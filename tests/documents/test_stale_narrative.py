"""A report whose narrative was drafted from older figures is not issued contradicting itself."""

import datetime

import pytest
from django.urls import reverse

from lantoa.documents.models import OutgoingDocument, ReportStatus
from lantoa.documents.reports.services import (
    OfficialReportError,
    official_report_approve,
    official_report_create,
    official_report_issue,
    official_report_redraft,
    official_report_submit,
)
from lantoa.organization.models import Unit
from lantoa.reporting.services import ActivityInput, activity_record
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _conference(campaign, code: str, members: int) -> None:
    activity_record(
        campaign=campaign,
        unit=Unit.objects.get(code=code),
        user=None,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 25),
            title="Hội nghị quán triệt",
            figures={"sessions": 1, "party_members_present": members},
        ),
    )


@pytest.fixture
def approved_then_changed(kl51_campaign, board_user, leader_user):
    _conference(kl51_campaign, "03127", 600)
    report = official_report_create(campaign=kl51_campaign, kind="progress", user=board_user)
    official_report_submit(report=report)
    report = official_report_approve(report=report, user=leader_user)
    # A unit records a conference after the leader approved the narrative's figures.
    _conference(kl51_campaign, "03127", 300)
    return report


def test_it_refuses_to_issue_a_narrative_drafted_from_figures_that_changed(
    approved_then_changed, board_user
):
    with pytest.raises(OfficialReportError, match="Số liệu đã thay đổi"):
        official_report_issue(report=approved_then_changed, user=board_user)
    approved_then_changed.refresh_from_db()
    assert approved_then_changed.status == ReportStatus.APPROVED
    assert approved_then_changed.outgoing is None
    assert not OutgoingDocument.objects.exists()  # no number taken, none voided


def test_it_redrafts_a_stale_approved_report_back_to_draft_then_issues_it(
    approved_then_changed, board_user, leader_user
):
    page = client_for(board_user).get(reverse("reports:detail", args=[approved_then_changed.pk]))
    html = page.content.decode()
    assert "Số liệu đã thay đổi" in html and 'value="redraft"' in html
    report = official_report_redraft(report=approved_then_changed)
    assert report.status == ReportStatus.DRAFT and report.approved_by is None
    assert "900" in report.sections["results"]  # 600 + 300 party members, from today's data
    official_report_submit(report=report)
    official_report_approve(report=report, user=leader_user)
    issued = official_report_issue(report=report, user=board_user)
    assert issued.status == ReportStatus.ISSUED


def test_it_issues_when_nothing_the_narrative_states_changed(
    kl51_campaign, board_user, leader_user
):
    _conference(kl51_campaign, "03127", 600)
    report = official_report_create(campaign=kl51_campaign, kind="progress", user=board_user)
    official_report_submit(report=report)
    official_report_approve(report=report, user=leader_user)
    page = client_for(board_user).get(reverse("reports:detail", args=[report.pk]))
    assert "Số liệu đã thay đổi" not in page.content.decode()
    assert official_report_issue(report=report, user=board_user).status == ReportStatus.ISSUED


def test_it_tells_the_leader_to_return_a_stale_report_under_review(
    kl51_campaign, board_user, leader_user
):
    _conference(kl51_campaign, "03127", 600)
    report = official_report_create(campaign=kl51_campaign, kind="progress", user=board_user)
    official_report_submit(report=report)
    _conference(kl51_campaign, "03127", 300)
    page = client_for(leader_user).get(reverse("reports:detail", args=[report.pk]))
    html = page.content.decode()
    assert "Lãnh đạo trả lại dự thảo để chuyên viên soạn lại" in html
    assert "trước khi gửi duyệt" not in html  # it was sent already
