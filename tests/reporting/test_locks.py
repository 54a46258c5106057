"""Accepting a unit's report locks the activities it covers; only board staff reopen, audited."""

import datetime
import json
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from lantoa.accounts.models import Membership
from lantoa.api.services import api_token_issue
from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.organization.models import Unit
from lantoa.reporting.excel.template import unit_template
from lantoa.reporting.locks import campaign_locks, lock_reason
from lantoa.reporting.models import Activity, Evidence, Submission, SubmissionStatus
from lantoa.reporting.services import (
    ActivityInput,
    ReportingError,
    activity_delete,
    activity_record,
    activity_update,
    evidence_add,
    report_request_create,
    reporting_lock_set,
    submission_accept,
    submission_reopen,
    submission_submit,
)
from tests.conftest import client_for, png_bytes
from tests.reporting.excel_support import edit, new_conference, run_import

pytestmark = pytest.mark.django_db
JUNE = datetime.date(2026, 6, 25)


def conference(**figures):
    return ActivityInput(
        channel="conference",
        date=JUNE,
        title="Hội nghị quán triệt KL 51",
        figures={"sessions": 1, "party_members_present": 300, **figures},
    )


@pytest.fixture
def own_unit():
    return Unit.objects.get(code="03127")


@pytest.fixture
def recorded(kl51_campaign, own_unit, commune_reporter):
    return activity_record(
        campaign=kl51_campaign, unit=own_unit, data=conference(), user=commune_reporter
    )


@pytest.fixture
def accepted(kl51_campaign, own_unit, recorded, commune_reporter, board_user):
    """The unit's report, submitted today with its activity, accepted by the board."""
    request = report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo kết quả quán triệt",
        due_date=timezone.localdate() + datetime.timedelta(days=30),
        user=board_user,
        units=[own_unit],
    )
    submission = submission_submit(
        request=request, unit=own_unit, results="Đã quán triệt.", user=commune_reporter
    )
    return submission_accept(submission=submission, user=board_user)


def _reopen_url(submission):
    return reverse("reporting:submission_reopen", args=[submission.pk])


def test_it_locks_the_activities_an_accepted_report_covers(
    kl51_campaign, own_unit, recorded, accepted
):
    assert lock_reason(campaign_id=kl51_campaign.pk, unit_id=own_unit.pk, date=JUNE)
    # Another unit's activities, and days after the accepted version was sent, stay open.
    other = Unit.objects.get(code="03160")
    assert lock_reason(campaign_id=kl51_campaign.pk, unit_id=other.pk, date=JUNE) is None
    after = timezone.localdate(accepted.submitted_at) + datetime.timedelta(days=1)
    assert lock_reason(campaign_id=kl51_campaign.pk, unit_id=own_unit.pk, date=after) is None


def test_it_refuses_web_edits_and_deletes_of_locked_activities(
    kl51_campaign, recorded, accepted, commune_reporter, board_user
):
    for user in (commune_reporter, board_user):  # board staff too, until they reopen
        client = client_for(user)
        response = client.post(
            reverse("reporting:activity_edit", args=[recorded.pk]),
            {
                "channel": "conference",
                "date": "25/06/2026",
                "title": "Sửa sau khi duyệt",
                "sessions": 2,
                "party_members_present": 300,
            },
        )
        assert response.status_code == 400
        assert "Số liệu đã khóa" in response.content.decode()
        response = client.post(
            reverse("reporting:activity_remove", args=[recorded.pk]), follow=True
        )
        assert "Số liệu đã khóa" in response.content.decode()
    recorded.refresh_from_db()
    assert (recorded.title, recorded.sessions, recorded.is_deleted) == (
        "Hội nghị quán triệt KL 51",
        1,
        False,
    )
    assert recorded.changes.count() == 1  # only its creation


def test_it_refuses_new_activities_and_evidence_in_the_locked_period(
    kl51_campaign, own_unit, recorded, accepted, commune_reporter
):
    with pytest.raises(ReportingError) as refused:
        activity_record(
            campaign=kl51_campaign, unit=own_unit, data=conference(), user=commune_reporter
        )
    assert "Số liệu đã khóa" in refused.value.errors["date"]
    with pytest.raises(ReportingError):
        evidence_add(activity=recorded, user=commune_reporter, link="https://example.vn/anh")
    with pytest.raises(ReportingError):
        activity_update(activity=recorded, data=conference(sessions=3), user=commune_reporter)
    with pytest.raises(ReportingError):
        activity_delete(activity=recorded, user=commune_reporter)
    assert Activity.objects.filter(unit=own_unit).count() == 1
    assert not Evidence.objects.exists()


def test_it_refuses_an_excel_row_changing_a_locked_activity(
    kl51_campaign, own_unit, recorded, commune_reporter, board_user
):
    template = unit_template(campaign=kl51_campaign, unit=own_unit)
    request = report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo",
        due_date=timezone.localdate(),
        user=board_user,
        units=[own_unit],
    )
    submission_accept(
        submission=submission_submit(
            request=request, unit=own_unit, results="Xong.", user=commune_reporter
        ),
        user=board_user,
    )
    changed = run_import(
        kl51_campaign, commune_reporter, edit(template, {2: {"party_members_present": 1}})
    )
    assert changed.status == "failed"
    assert changed.plan["errors"][0].startswith("Trang 'Hoạt động', dòng 2")
    assert "Số liệu đã khóa" in changed.plan["errors"][0]
    deleted = run_import(kl51_campaign, commune_reporter, edit(template, {2: {"delete": "x"}}))
    assert deleted.status == "failed" and "đã khóa" in deleted.plan["errors"][0]
    added = run_import(kl51_campaign, commune_reporter, edit(template, {3: new_conference()}))
    assert added.status == "failed" and "dòng 3" in added.plan["errors"][0]
    recorded.refresh_from_db()
    assert recorded.party_members_present == 300 and not recorded.is_deleted
    assert Activity.objects.count() == 1


def test_it_refuses_api_activities_and_evidence_in_the_locked_period(
    kl51_campaign, recorded, accepted, commune_reporter
):
    membership = Membership.objects.filter(user=commune_reporter).first()
    token = api_token_issue(user=commune_reporter, membership_id=membership.pk, name="Xã").secret
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    from django.test import Client

    client = Client(**headers)
    response = client.post(
        f"/api/v1/campaigns/{kl51_campaign.pk}/activities",
        {
            "channel": "conference",
            "date": "2026-06-25",
            "title": "Thêm sau khi duyệt",
            "figures": {"sessions": 1, "party_members_present": 10},
        },
        content_type="application/json",
    )
    assert response.status_code == 400 and "Số liệu đã khóa" in response.json()["detail"]
    response = client.post(
        f"/api/v1/activities/{recorded.pk}/evidence",
        {"file": SimpleUploadedFile("anh.png", png_bytes(), content_type="image/png")},
    )
    assert response.status_code == 400 and "Số liệu đã khóa" in response.json()["detail"]
    assert Activity.objects.count() == 1 and not Evidence.objects.exists()


def test_it_refuses_to_reopen_without_a_reason(accepted, board_user):
    client = client_for(board_user)
    response = client.post(_reopen_url(accepted), {"reason": "  ", "confirmed": "1"})
    assert response.status_code == 400
    assert "Cần nêu lý do mở lại số liệu đã khóa." in response.content.decode()
    with pytest.raises(ReportingError):
        submission_reopen(submission=accepted, reason="", user=board_user)
    accepted.refresh_from_db()
    assert accepted.status == SubmissionStatus.ACCEPTED and accepted.reopened_through is None


def test_it_asks_to_confirm_before_reopening(accepted, board_user):
    client = client_for(board_user)
    response = client.post(_reopen_url(accepted), {"reason": "Đơn vị nhập nhầm số đảng viên"})
    assert response.status_code == 200 and "Xác nhận mở lại" in response.content.decode()
    accepted.refresh_from_db()
    assert accepted.status == SubmissionStatus.ACCEPTED


def test_it_reopens_with_a_reason_and_audits_the_reopening_and_later_changes(
    kl51_campaign,
    own_unit,
    recorded,
    accepted,
    board_user,
    commune_reporter,
    django_capture_on_commit_callbacks,
):
    client = client_for(board_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            _reopen_url(accepted), {"reason": "Đơn vị nhập nhầm số đảng viên", "confirmed": "1"}
        )
    assert response.status_code == 302
    accepted.refresh_from_db()
    assert accepted.status == SubmissionStatus.RETURNED
    assert accepted.return_reason == "Đơn vị nhập nhầm số đảng viên"
    assert accepted.events.last().action == "reopened"
    # The fixtures' own writes (recording, sending, accepting) have their entries too.
    reopening = AuditEntry.objects.filter(
        action=AuditAction.CHANGE, detail__op="submission_reopen"
    ).get()
    assert reopening.user == board_user and "Mở lại" in reopening.target
    assert reopening.detail["reason"] == "Đơn vị nhập nhầm số đảng viên"

    with django_capture_on_commit_callbacks(execute=True):
        changes = activity_update(
            activity=recorded, data=conference(party_members_present=280), user=commune_reporter
        )
    assert [c.field for c in changes] == ["party_members_present"]
    later = AuditEntry.objects.filter(action=AuditAction.CHANGE).order_by("seq").last()
    assert later.user == commune_reporter and f"Hoạt động {recorded.pk}" in later.target
    assert later.detail["changes"] == {"party_members_present": ["300", "280"]}

    # Sent again and accepted, the figures lock again.
    submission_submit(
        request=accepted.request, unit=own_unit, results="Đã sửa.", user=commune_reporter
    )
    submission_accept(submission=Submission.objects.get(pk=accepted.pk), user=board_user)
    with pytest.raises(ReportingError):
        activity_update(activity=recorded, data=conference(sessions=5), user=commune_reporter)


def test_it_audits_changes_outside_a_reopened_period_without_calling_them_reopened(
    recorded, commune_reporter
):
    activity_update(activity=recorded, data=conference(sessions=2), user=commune_reporter)
    entry = AuditEntry.objects.filter(action=AuditAction.CHANGE, detail__op="activity_update").get()
    assert entry.user == commune_reporter and "mở lại" not in entry.target
    assert entry.detail["reopened"] is False


@pytest.mark.parametrize("user_fixture", ["commune_reporter", "leader_user"])
def test_it_lets_only_board_staff_reopen(request, accepted, user_fixture):
    client = client_for(request.getfixturevalue(user_fixture))
    response = client.post(_reopen_url(accepted), {"reason": "Muốn sửa", "confirmed": "1"})
    assert response.status_code in (403, 404)
    accepted.refresh_from_db()
    assert accepted.status == SubmissionStatus.ACCEPTED


def test_it_shows_locked_in_the_campaign_status(kl51_campaign, own_unit, recorded, accepted):
    out = StringIO()
    call_command("campaign", "status", str(kl51_campaign.pk), "--format", "json", stdout=out)
    units = {u["code"]: u for u in json.loads(out.getvalue())["units"]}
    assert units["03127"]["locked"] is True
    assert units["03160"]["locked"] is False


def test_it_shows_the_locked_badge_and_hides_edit_buttons(
    kl51_campaign, own_unit, recorded, accepted, commune_reporter, board_user
):
    client = client_for(commune_reporter)
    page = client.get(reverse("reporting:unit_campaign", args=[kl51_campaign.pk, own_unit.pk]))
    assert "Số liệu đã khóa" in page.content.decode()
    detail = client.get(reverse("reporting:activity_detail", args=[recorded.pk])).content.decode()
    assert "Số liệu đã khóa" in detail
    assert reverse("reporting:activity_edit", args=[recorded.pk]) not in detail
    board_page = client_for(board_user).get(
        reverse("reporting:request_detail", args=[accepted.request_id])
    )
    assert _reopen_url(accepted) in board_page.content.decode()


def test_it_keeps_the_boards_campaign_lock_in_the_same_rule(kl51_campaign, own_unit, board_user):
    reporting_lock_set(campaign=kl51_campaign, through=JUNE, user=board_user)
    locks = campaign_locks(campaign_id=kl51_campaign.pk)
    assert "đã khóa" in locks.reason(unit_id=own_unit.pk, date=JUNE)
    assert locks.reason(unit_id=own_unit.pk, date=JUNE + datetime.timedelta(days=1)) is None
    assert not locks.unit_locked(own_unit.pk)  # the status's `locked` is about reports


def test_it_refuses_every_change_to_an_ended_campaigns_activities_until_it_is_reopened(
    kl51_campaign, own_unit, recorded, commune_reporter, board_user
):
    from lantoa.campaigns.services import campaign_close, campaign_reopen

    campaign_close(campaign=kl51_campaign, user=board_user)
    july = conference()
    july.date = datetime.date(2026, 7, 2)
    with pytest.raises(ReportingError) as refused:
        activity_record(campaign=kl51_campaign, unit=own_unit, data=july, user=commune_reporter)
    assert "đã kết thúc" in refused.value.errors["date"]
    with pytest.raises(ReportingError):
        activity_update(activity=recorded, data=conference(sessions=3), user=commune_reporter)
    with pytest.raises(ReportingError):
        evidence_add(activity=recorded, user=commune_reporter, link="https://example.vn/anh")
    with pytest.raises(ReportingError):
        activity_delete(activity=recorded, user=commune_reporter)
    locks = campaign_locks(campaign_id=kl51_campaign.pk)
    assert locks.unit_locked(own_unit.pk) and locks.locked(unit_id=own_unit.pk, date=None)
    assert Activity.objects.filter(unit=own_unit).count() == 1 and not Evidence.objects.exists()
    campaign_reopen(campaign=kl51_campaign, user=board_user)
    assert activity_record(campaign=kl51_campaign, unit=own_unit, data=july, user=commune_reporter)


def test_it_says_a_locked_activity_is_locked_when_its_edit_page_opens(
    kl51_campaign, recorded, accepted, commune_reporter, board_user
):
    url = reverse("reporting:activity_edit", args=[recorded.pk])
    reason = lock_reason(campaign_id=kl51_campaign.pk, unit_id=recorded.unit_id, date=recorded.date)
    for user in (commune_reporter, board_user):
        page = client_for(user).get(url).content.decode()
        assert "Số liệu đã khóa" in page and reason in page
        assert 'method="post"' not in page.split("<main", 1)[-1]  # no editable form
        assert 'name="title"' not in page
