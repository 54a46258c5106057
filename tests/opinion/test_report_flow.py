"""The opinion report goes staff → leader approval → number taken at issue, like every document."""

import datetime
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from lantoa.accounts.models import Membership, Role
from lantoa.audit.models import AuditEntry
from lantoa.documents.approval import ApprovalState
from lantoa.documents.models import OutgoingDocument, OutgoingState
from lantoa.opinion.models import OpinionReport
from lantoa.opinion.services import item_submit
from lantoa.opinion.services_report import (
    OpinionReportError,
    opinion_report_approve,
    opinion_report_create,
    opinion_report_return,
    opinion_report_submit,
)
from lantoa.organization.models import Unit
from lantoa.project.inbox import leader_inbox
from tests.conftest import client_for, make_user
from tests.documents.test_report_content import docx_text

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()
START = TODAY.replace(day=1)
SUBJECT = "việc triển khai thực hiện Kết luận số 51-KL/TW của Bộ Chính trị"


@pytest.fixture
def collaborator_item(db):  # type: ignore[no-untyped-def]
    """One comment seen today, with a phone number its quotation must not carry."""
    ctv = make_user("ctv.dbp", "03127", Role.COLLABORATOR)
    return item_submit(
        user=ctv,
        unit=Unit.objects.get(code="03127"),
        text="Bà con phấn khởi vì gạo Điện Biên có chỉ dẫn địa lý, gọi 0912 345 678 hỏi thêm",
        observed_on=TODAY,
    )


def _draft(user):  # type: ignore[no-untyped-def]
    return opinion_report_create(start=START, end=TODAY, subject=SUBJECT, user=user)


def test_it_issues_a_report_only_when_a_leader_approves_it_with_the_next_number(
    board_user, leader_user, collaborator_item
):
    staff, leader = client_for(board_user), client_for(leader_user)
    posted = staff.post(
        reverse("opinion:report"),
        {
            "action": "draft",
            "start": START.strftime("%d/%m/%Y"),
            "end": TODAY.strftime("%d/%m/%Y"),
            "subject": SUBJECT,
            "fmt": "docx",
        },
    )
    report = OpinionReport.objects.get()
    assert posted.status_code == 302 and posted["Location"].endswith(f"/bao-cao/{report.pk}/")
    assert report.state == ApprovalState.DRAFT and report.created_by == board_user
    assert OutgoingDocument.objects.count() == 0  # no number for a draft
    # The preview is the whole document, with no number yet.
    preview = staff.get(reverse("opinion:report_preview", args=[report.pk]))
    assert preview.status_code == 200 and "dư luận xã hội" in preview.content.decode()
    staff.post(reverse("opinion:report_detail", args=[report.pk]), {"action": "submit"})
    report.refresh_from_db()
    assert report.state == ApprovalState.REVIEW
    home = leader.get(reverse("home")).content.decode()
    assert "Báo cáo dư luận xã hội chờ duyệt (1)" in home
    assert reverse("opinion:report_detail", args=[report.pk]) in home
    leader.post(reverse("opinion:report_detail", args=[report.pk]), {"action": "approve"})
    report.refresh_from_db()
    assert report.state == ApprovalState.ISSUED and report.approved_by == leader_user
    outgoing = report.outgoing
    assert outgoing is not None and outgoing.state == OutgoingState.ISSUED
    assert outgoing.code == "1-BC/BTGDVTU" and outgoing.year == TODAY.year
    docx = leader.get(reverse("opinion:report_file", args=[report.pk]) + "?dinh_dang=docx")
    text = docx_text(b"".join(docx.streaming_content))
    assert "1-BC/BTGDVTU" in text
    assert "0912" not in text and "DỰ THẢO" not in text.upper()
    pdf = staff.get(reverse("opinion:report_file", args=[report.pk]) + "?dinh_dang=pdf")
    pages = "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(b"".join(pdf.streaming_content))).pages
    )
    assert "dư luận xã hội" in pages and leader_user.get_full_name() in pages
    ops = list(AuditEntry.objects.values_list("detail__op", flat=True))
    assert {"opinion_report_create", "opinion_report_submit", "opinion_report_approve"} <= set(ops)
    assert "Báo cáo dư luận xã hội chờ duyệt" not in leader.get(reverse("home")).content.decode()


def test_it_lets_a_leader_return_a_report_with_a_reason_and_staff_send_it_again(
    board_user, leader_user
):
    report = opinion_report_submit(report=_draft(board_user), user=board_user)
    with pytest.raises(OpinionReportError):
        opinion_report_return(report=report, user=leader_user, reason="   ")
    client_for(leader_user).post(
        reverse("opinion:report_detail", args=[report.pk]),
        {"action": "return", "ly_do": "Bổ sung số liệu ở xã vùng cao"},
    )
    report.refresh_from_db()
    assert report.state == ApprovalState.RETURNED
    page = client_for(board_user).get(reverse("opinion:report_detail", args=[report.pk]))
    assert "Lãnh đạo trả lại: Bổ sung số liệu ở xã vùng cao" in page.content.decode()
    assert opinion_report_submit(report=report, user=board_user).state == ApprovalState.REVIEW
    assert OutgoingDocument.objects.count() == 0


def test_it_refuses_each_step_to_the_role_that_may_not_take_it(board_user, leader_user):
    with pytest.raises(OpinionReportError, match="Chỉ chuyên viên Ban"):
        _draft(leader_user)
    report = _draft(board_user)
    with pytest.raises(OpinionReportError, match="Chỉ lãnh đạo Ban"):
        opinion_report_approve(report=report, user=board_user)
    with pytest.raises(OpinionReportError, match="đang chờ duyệt"):
        opinion_report_approve(report=report, user=leader_user)  # a draft is not approved
    leader = client_for(leader_user)
    assert (
        leader.post(
            reverse("opinion:report_detail", args=[report.pk]), {"action": "submit"}
        ).status_code
        == 403
    )
    staff = client_for(board_user)
    opinion_report_submit(report=report, user=board_user)
    assert (
        staff.post(
            reverse("opinion:report_detail", args=[report.pk]), {"action": "approve"}
        ).status_code
        == 403
    )
    report.refresh_from_db()
    assert report.state == ApprovalState.REVIEW and OutgoingDocument.objects.count() == 0


def test_it_refuses_a_leader_approving_the_report_they_drafted(leader_user):
    both = make_user("lanhdao.chuyenvien", "BTGDVTU", Role.BOARD)
    Membership.objects.create(user=both, unit=Unit.objects.get(code="BTGDVTU"), role=Role.LEADER)
    report = opinion_report_submit(report=_draft(both), user=both)
    with pytest.raises(OpinionReportError, match="không được tự phê duyệt"):
        opinion_report_approve(report=report, user=both)
    assert leader_inbox(user=both).total == 0  # their own report does not wait for them
    assert leader_inbox(user=leader_user).total == 1
    page = client_for(both).get(reverse("opinion:report_detail", args=[report.pk])).content
    assert "không tự phê duyệt" in page.decode()
    assert opinion_report_approve(report=report, user=leader_user).state == ApprovalState.ISSUED


def test_it_refuses_a_period_that_ends_after_today_or_before_it_starts(board_user):
    tomorrow = TODAY + datetime.timedelta(days=1)
    with pytest.raises(OpinionReportError) as refused:
        opinion_report_create(start=START, end=tomorrow, subject=SUBJECT, user=board_user)
    assert "không muộn hơn hôm nay" in str(refused.value.problems)
    response = client_for(board_user).post(
        reverse("opinion:report"),
        {
            "action": "draft",
            "start": START.strftime("%d/%m/%Y"),
            "end": tomorrow.strftime("%d/%m/%Y"),
            "subject": SUBJECT,
            "fmt": "docx",
        },
    )
    assert response.status_code == 400 and "không muộn hơn hôm nay" in response.content.decode()
    assert OpinionReport.objects.count() == 0


def test_it_makes_one_draft_of_a_form_posted_twice(board_user):
    assert _draft(board_user).pk == _draft(board_user).pk
    assert OpinionReport.objects.count() == 1


def test_it_keeps_the_report_awaiting_approval_and_voids_the_number_when_rendering_fails(
    board_user, leader_user, monkeypatch
):
    report = opinion_report_submit(report=_draft(board_user), user=board_user)

    def broken(**_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("font missing")

    monkeypatch.setattr("lantoa.opinion.services_report.opinion_report_document", broken)
    with pytest.raises(OpinionReportError, match="ghi hủy"):
        opinion_report_approve(report=report, user=leader_user)
    report.refresh_from_db()
    assert report.state == ApprovalState.REVIEW and report.approved_at is None
    assert OutgoingDocument.objects.get().state == OutgoingState.VOID
    monkeypatch.undo()
    issued = opinion_report_approve(report=report, user=leader_user)
    assert issued.outgoing is not None and issued.outgoing.number == 2


def test_it_serves_no_file_of_a_report_not_issued(board_user):
    report = _draft(board_user)
    client = client_for(board_user)
    assert client.get(reverse("opinion:report_file", args=[report.pk])).status_code == 404


def test_it_keeps_an_issued_report_from_reporters_collaborators_and_the_press(
    board_user, leader_user, commune_reporter
):
    report = opinion_report_submit(report=_draft(board_user), user=board_user)
    report = opinion_report_approve(report=report, user=leader_user)
    outsiders = [
        commune_reporter,
        make_user("ctv.dbp", "03127", Role.COLLABORATOR),
        make_user("bientap", "BAO-PTTH", Role.PRESS),
    ]
    for user in outsiders:
        client = client_for(user)
        for route in ("opinion:report_detail", "opinion:report_file", "opinion:report_preview"):
            url = reverse(route, args=[report.pk])
            assert client.get(url + "?dinh_dang=pdf").status_code in (403, 404), (user, route)
        listing = client.get(reverse("opinion:report"))
        assert listing.status_code == 403 and report.outgoing.code not in listing.content.decode()
