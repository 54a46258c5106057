"""A leader approves an official report after seeing the whole document as it will be issued."""

import datetime

import pytest
from django.urls import reverse
from django.utils.html import escape

from lantoa.core.partydoc import Figure, Table
from lantoa.core.partydoc.screen import SCREEN_POLICY
from lantoa.documents.models import OfficialReport, OutgoingDocument, ReportStatus
from lantoa.documents.reports.services import (
    official_report_create,
    official_report_document,
    official_report_submit,
    official_report_update,
)
from lantoa.organization.models import Unit
from lantoa.reporting.services import ActivityInput, activity_record
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

EDITED = "Ban Thường vụ các huyện ủy đã tổ chức quán triệt kịp thời, đúng đối tượng."


@pytest.fixture
def report_in_review(kl51_campaign) -> OfficialReport:  # type: ignore[no-untyped-def]
    activity_record(
        campaign=kl51_campaign,
        unit=Unit.objects.get(code="03127"),
        user=None,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 25),
            title="Hội nghị quán triệt",
            figures={"sessions": 1, "party_members_present": 60},
        ),
    )
    report = official_report_create(campaign=kl51_campaign, kind="progress", user=None)
    first_key = next(iter(report.sections))
    official_report_update(
        report=report,
        sections={**report.sections, first_key: EDITED},
        signer_name="Trần Thị Lan Hương",
        signer_title="Phó Trưởng ban",
        signer_mode="K/T",
    )
    return official_report_submit(report=report)


def test_it_shows_the_whole_document_with_its_tables_and_charts(report_in_review, leader_user):
    client = client_for(leader_user)
    preview_url = reverse("reports:preview", args=[report_in_review.pk])
    page = client.get(reverse("reports:detail", args=[report_in_review.pk])).content.decode()
    assert f'<iframe class="document-preview" src="{preview_url}"' in page
    response = client.get(preview_url)
    assert response.status_code == 200
    body = response.content.decode()
    document = official_report_document(report=report_in_review)
    # The per-unit table and the charts sit in the appendices after the signature (#15.1).
    blocks = [*document.body, *(b for appendix in document.appendices for b in appendix.blocks)]
    tables = [block for block in blocks if isinstance(block, Table)]
    figures = [block for block in blocks if isinstance(block, Figure)]
    # Every table and chart of the document is on the sheets, as the PDF prints them.
    assert tables and body.count('<table class="data"') == len(tables)
    assert figures and body.count("data:image/png;base64,") == len(figures)
    unit_name = Unit.objects.get(code="03127").name
    assert any(unit_name in row for table in tables for row in table.rows)
    assert escape(unit_name) in body  # a row of the per-unit table
    assert EDITED in body and "Trần Thị Lan Hương" in body and "BÁO CÁO" in body
    assert "width: 210.0mm" in body  # laid out as A4 sheets on screen


def test_it_serves_the_preview_framed_by_the_site_only_and_without_script(
    report_in_review, leader_user
):
    response = client_for(leader_user).get(reverse("reports:preview", args=[report_in_review.pk]))
    assert response["Content-Security-Policy"] == SCREEN_POLICY
    assert "sandbox" in SCREEN_POLICY and "script-src" not in SCREEN_POLICY
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_it_shows_no_preview_of_an_issued_report(report_in_review, leader_user):
    OfficialReport.objects.filter(pk=report_in_review.pk).update(status=ReportStatus.ISSUED)
    client = client_for(leader_user)
    assert client.get(reverse("reports:preview", args=[report_in_review.pk])).status_code == 404
    page = client.get(reverse("reports:detail", args=[report_in_review.pk])).content.decode()
    assert "document-preview" not in page


def test_it_refuses_the_preview_to_unit_staff(report_in_review, commune_reporter, outsider):
    for user in (commune_reporter, outsider):
        url = reverse("reports:preview", args=[report_in_review.pk])
        assert client_for(user).get(url).status_code == 404


def test_it_lets_a_leader_approve_from_the_page(report_in_review, leader_user):
    response = client_for(leader_user).post(
        reverse("reports:action", args=[report_in_review.pk]), {"action": "approve"}
    )
    assert response.status_code == 302
    report_in_review.refresh_from_db()
    assert report_in_review.status == ReportStatus.APPROVED
    assert report_in_review.approved_by == leader_user


def test_it_needs_a_reason_to_return_the_report(report_in_review, leader_user):
    client = client_for(leader_user)
    url = reverse("reports:action", args=[report_in_review.pk])
    page = client.get(reverse("reports:detail", args=[report_in_review.pk])).content.decode()
    assert 'name="reason"' in page and "required" in page.split('name="reason"')[1][:120]
    response = client.post(url, {"action": "return", "reason": "   "}, follow=True)
    assert "Cần nêu lý do trả lại." in response.content.decode()
    report_in_review.refresh_from_db()
    assert report_in_review.status == ReportStatus.REVIEW and report_in_review.return_reason == ""
    client.post(url, {"action": "return", "reason": "Bổ sung số liệu khối doanh nghiệp."})
    report_in_review.refresh_from_db()
    assert report_in_review.status == ReportStatus.DRAFT
    assert report_in_review.return_reason == "Bổ sung số liệu khối doanh nghiệp."


@pytest.mark.parametrize("frame_px", [320, 330, 390, 600, 800, 880])
def test_it_shrinks_the_sheets_to_fit_a_narrow_frame_whole(frame_px):
    import re

    from lantoa.core.partydoc.screen import SCROLLBAR_PX, SHEET_PX, _fit_css

    # The rule that applies is the last one whose max-width the frame is within (CSS order).
    rules = re.findall(r"max-width: (\d+)px\) \{ html \{ zoom: ([\d.]+);", _fit_css())
    applying = [float(zoom) for upper, zoom in rules if frame_px <= int(upper)]
    zoom = applying[-1] if applying else 1.0
    assert SHEET_PX * zoom <= frame_px - SCROLLBAR_PX  # whole: no page cropped at its right
    assert SHEET_PX * zoom >= frame_px - SCROLLBAR_PX - 41 or zoom == 1.0  # yet as large as fits


def test_it_refuses_to_issue_a_report_not_yet_approved_from_the_page(report_in_review, board_user):
    url = reverse("reports:action", args=[report_in_review.pk])
    response = client_for(board_user).post(url, {"action": "issue"}, follow=True)
    assert "Chỉ ban hành được báo cáo đã được lãnh đạo duyệt." in response.content.decode()
    report_in_review.refresh_from_db()
    assert report_in_review.status == ReportStatus.REVIEW and report_in_review.outgoing is None
    assert not OutgoingDocument.objects.exists()


def test_it_answers_an_unknown_button_with_a_message(report_in_review, leader_user):
    url = reverse("reports:action", args=[report_in_review.pk])
    response = client_for(leader_user).post(url, {"action": "xoa"}, follow=True)
    assert "Thao tác không hợp lệ." in response.content.decode()
    report_in_review.refresh_from_db()
    assert report_in_review.status == ReportStatus.REVIEW


def test_it_refuses_a_leader_approving_the_report_they_drafted(kl51_campaign, leader_user):
    from lantoa.accounts.models import Membership, Role
    from lantoa.documents.reports.services import OfficialReportError, official_report_approve
    from lantoa.project.inbox import leader_inbox
    from tests.conftest import make_user

    both = make_user("lanhdao.chuyenvien", "BTGDVTU", Role.BOARD)
    Membership.objects.create(user=both, unit=Unit.objects.get(code="BTGDVTU"), role=Role.LEADER)
    report = official_report_create(campaign=kl51_campaign, kind="progress", user=both)
    report = official_report_submit(report=report)
    with pytest.raises(OfficialReportError, match="không được tự phê duyệt"):
        official_report_approve(report=report, user=both)
    page = client_for(both).get(reverse("reports:detail", args=[report.pk])).content.decode()
    assert "không tự phê duyệt" in page and 'value="approve"' not in page
    assert leader_inbox(user=both).total == 0 and leader_inbox(user=leader_user).total == 1
    assert official_report_approve(report=report, user=leader_user).status == ReportStatus.APPROVED
