import datetime
import io

import pytest
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from lantoa.core.partydoc import render_docx
from lantoa.documents.models import OfficialReport, ReportStatus
from lantoa.documents.reports.content import figures_of, report_facts
from lantoa.documents.reports.services import (
    OfficialReportError,
    document_safe_text,
    official_report_approve,
    official_report_create,
    official_report_document,
    official_report_issue,
    official_report_submit,
    official_report_update,
)
from lantoa.organization.models import Unit
from lantoa.reporting.services import ActivityInput, activity_record
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.fixture
def with_activity(kl51_campaign):
    activity_record(
        campaign=kl51_campaign,
        unit=Unit.objects.get(code="03127"),
        user=None,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 25),
            title="Hội nghị quán triệt",
            figures={"sessions": 1, "party_members_present": 600},
        ),
    )
    return kl51_campaign


def test_it_drafts_a_report_from_the_data(with_activity, board_user):
    report = official_report_create(campaign=with_activity, kind="progress", user=board_user)
    assert "56 đơn vị" in report.sections["situation"]
    # 56 units hold tasks; the board is not counted among those that report; 03127 reported.
    assert "Còn 54 đơn vị chưa cập nhật kết quả" in report.sections["limitations"]
    text = docx_text(render_docx(official_report_document(report=report)))
    assert "BÁO CÁO" in text and "Hội nghị quán triệt, chuyên đề: 1 hoạt động" in text
    assert "Đảng ủy phường Điện Biên Phủ" in text and "Nơi nhận" in text


def test_it_says_so_when_there_is_no_data(kl51_campaign, board_user):
    report = official_report_create(campaign=kl51_campaign, kind="final", user=board_user)
    text = docx_text(render_docx(official_report_document(report=report)))
    assert "chưa báo cáo số đảng viên được quán triệt" in text
    assert "Còn 55 đơn vị chưa cập nhật kết quả" in text


def test_it_survives_text_pasted_from_word(with_activity, board_user):
    report = official_report_create(campaign=with_activity, kind="progress", user=board_user)
    pasted = "Đoạn\x0bdán\x00 từ Word\u00a0" + " ".join(["chữ"] * 10_000)
    official_report_update(
        report=report,
        sections={
            "situation": pasted,
            "results": "x",
            "practices": "",
            "limitations": "",
            "proposals": "",
        },
        signer_name="Trần Thị Lan Hương",
        signer_title="Phó Trưởng ban",
        signer_mode="K/T",
    )
    report.refresh_from_db()
    assert "\x0b" not in report.sections["situation"]
    assert docx_text(render_docx(official_report_document(report=report))).count("chữ") >= 10_000
    assert document_safe_text("a\r\nb\x1f") == "a\nb"


def test_it_runs_draft_review_approve_issue_with_consecutive_numbers(
    with_activity, board_user, leader_user
):
    issued = []
    for kind in ("progress", "final"):
        report = official_report_create(campaign=with_activity, kind=kind, user=board_user)
        with pytest.raises(OfficialReportError):
            official_report_issue(report=report, user=board_user)
        official_report_submit(report=report)
        with pytest.raises(OfficialReportError, match="lãnh đạo"):
            official_report_approve(report=report, user=board_user)
        official_report_approve(report=report, user=leader_user)
        issued.append(
            official_report_issue(report=report, user=board_user, today=datetime.date(2026, 11, 26))
        )
    first, second = issued
    assert second.outgoing.number == first.outgoing.number + 1
    assert first.outgoing.code.endswith("-BC/BTGDVTU")
    assert first.status == ReportStatus.ISSUED and len(first.pdf_sha256) == 64
    pdf = PdfReader(first.pdf_file.open("rb"))
    assert f"Số {first.outgoing.number}-BC/BTGDVTU" in pdf.pages[0].extract_text()
    with pytest.raises(OfficialReportError):
        official_report_issue(report=first, user=board_user)


def test_it_walks_the_workflow_through_the_pages(with_activity, board_user, leader_user):
    board, leader = client_for(board_user), client_for(leader_user)
    board.post(reverse("reports:list"), {"campaign": with_activity.pk, "kind": "progress"})
    report = OfficialReport.objects.get()
    action = reverse("reports:action", args=[report.pk])
    board.post(action, {"action": "submit"})
    leader.post(action, {"action": "return", "reason": "Bổ sung mô hình hay."})
    report.refresh_from_db()
    assert report.status == ReportStatus.DRAFT and report.return_reason == "Bổ sung mô hình hay."
    board.post(action, {"action": "submit"})
    leader.post(action, {"action": "approve"})
    assert leader.post(action, {"action": "issue"}).status_code == 403
    board.post(action, {"action": "issue"})
    report.refresh_from_db()
    assert report.status == ReportStatus.ISSUED
    download = board.get(reverse("reports:download", args=[report.pk, "docx"]))
    frozen = b"".join(download.streaming_content)
    assert frozen == report.outgoing.file.open("rb").read()
    assert "Đã ban hành" in board.get(reverse("reports:detail", args=[report.pk])).content.decode()


def test_it_drafts_a_units_own_report_for_that_unit_only(with_activity, commune_reporter):
    client = client_for(commune_reporter)
    own = Unit.objects.get(code="03127")
    response = client.get(reverse("reports:unit_report", args=[with_activity.pk, own.pk, "docx"]))
    text = docx_text(response.content)
    assert "ĐẢNG ỦY PHƯỜNG ĐIỆN BIÊN PHỦ" in text and "T/M ĐẢNG ỦY" in text
    foreign = Unit.objects.get(code="03160")
    assert (
        client.get(
            reverse("reports:unit_report", args=[with_activity.pk, foreign.pk, "docx"])
        ).status_code
        == 404
    )


def test_it_refuses_a_report_without_a_campaign_with_a_400(with_activity, board_user):
    answer = client_for(board_user).post(reverse("reports:list"), {"campaign": "", "kind": "final"})
    assert answer.status_code == 400
    assert "Trường này là bắt buộc." in answer.content.decode()
    assert not OfficialReport.objects.exists()


def test_it_refuses_to_edit_a_report_sent_for_approval_with_a_400(with_activity, board_user):
    report = official_report_create(campaign=with_activity, kind="progress", user=board_user)
    official_report_submit(report=report)
    sections = dict(report.sections)
    url = reverse("reports:detail", args=[report.pk])
    answer = client_for(board_user).post(url, {"signer_name": "Người khác"})
    assert answer.status_code == 400
    assert "Chỉ sửa được báo cáo ở trạng thái dự thảo." in answer.content.decode()
    report.refresh_from_db()
    assert report.sections == sections and report.signer_name != "Người khác"


def test_it_counts_the_boards_own_activities_as_the_dashboard_does(with_activity, board_user):
    # The board carries out its own tasks (III.1); section I must give the dashboard's figures,
    # and the report's own channel sentences, not a count that leaves the board out.
    activity_record(
        campaign=with_activity,
        unit=Unit.objects.get(code="BTGDVTU"),
        user=None,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 20),
            title="Hội nghị báo cáo viên toàn tỉnh",
            figures={"sessions": 1, "party_members_present": 30},
        ),
    )
    page = client_for(board_user).get(reverse("reporting:dashboard", args=[with_activity.pk]))
    assert "2/56 đơn vị đã có hoạt động" in page.content.decode()
    report = official_report_create(campaign=with_activity, kind="progress", user=board_user)
    situation = report.sections["situation"]
    assert "đã tổ chức 2 hoạt động" in situation
    assert "2/56 đơn vị đã cập nhật kết quả" in situation
    figures = figures_of(report_facts(campaign=with_activity, as_of=report.as_of))
    assert figures["rates"][0] == ["Đơn vị đã cập nhật kết quả", "2/56 đơn vị"]
    assert figures["channels"][0].startswith("Hội nghị quán triệt, chuyên đề: 2 hoạt động")
    # The board directs; it is still not listed among the units that have not reported.
    assert "Còn 54 đơn vị chưa cập nhật kết quả" in report.sections["limitations"]
