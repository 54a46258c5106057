"""A commune reports from its phone; the board returns it with a reason; the commune resubmits."""

import datetime
import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from lantoa.audit.models import AuditEntry
from lantoa.notifications.models import Notification
from lantoa.organization.models import Unit
from lantoa.reporting.models import Activity, Evidence, Submission, SubmissionStatus
from lantoa.reporting.services import report_request_create
from tests.conftest import client_for, png_bytes

pytestmark = pytest.mark.django_db
PNG = png_bytes()


@pytest.fixture
def ward():
    return Unit.objects.get(code="03127")


@pytest.fixture
def report_request(kl51_campaign, board_user):
    return report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo kết quả quán triệt",
        due_date=datetime.date(2026, 7, 30),
        user=board_user,
    )


def add_activity(client, campaign, unit, **extra):
    data = {
        "channel": "conference",
        "date": "25/06/2026",
        "title": "Hội nghị quán triệt KL 51",
        "sessions": "1",
        "party_members_present": "600",
        "other_attendees": "",
        **extra,
    }
    return client.post(reverse("reporting:activity_create", args=[campaign.pk, unit.pk]), data)


def test_it_records_an_activity_with_a_photo(kl51_campaign, ward, commune_reporter):
    client = client_for(commune_reporter)
    task = kl51_campaign.tasks.filter(assignments__unit=ward).first()
    response = add_activity(
        client,
        kl51_campaign,
        ward,
        task=str(task.pk),
        file=SimpleUploadedFile("anh.png", PNG, content_type="image/png"),
    )
    assert response.status_code == 302
    activity = Activity.objects.get()
    assert activity.party_members_present == 600 and activity.other_attendees is None
    assert activity.task == task
    evidence = Evidence.objects.get()
    assert evidence.content_type == "image/png"
    download = client.get(reverse("reporting:evidence_download", args=[evidence.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(
        b"\x89PNG"
    )


def test_it_shows_only_the_chosen_channels_figures(kl51_campaign, ward, commune_reporter):
    url = reverse("reporting:activity_create", args=[kl51_campaign.pk, ward.pk])
    partial = client_for(commune_reporter).get(
        url, {"channel": "loudspeaker"}, HTTP_HX_REQUEST="true"
    )
    body = partial.content.decode()
    assert "Số lần phát" in body and "Số đảng viên tham dự" not in body and "<html" not in body


def test_it_refuses_a_fake_photo_and_stores_nothing(kl51_campaign, ward, commune_reporter):
    response = add_activity(
        client_for(commune_reporter),
        kl51_campaign,
        ward,
        file=SimpleUploadedFile("anh.png", b"MZ not an image"),
    )
    assert response.status_code == 400
    assert "không phải .png" in html.unescape(response.content.decode())
    # The evidence's refusal stands by its file box, not above the activity's fields.
    assert "không phải .png" in " ".join(response.context["form"].errors["file"])
    assert not response.context["form"].non_field_errors()
    assert not Activity.objects.exists()


def test_it_explains_bad_figures_in_vietnamese(kl51_campaign, ward, commune_reporter):
    response = add_activity(
        client_for(commune_reporter),
        kl51_campaign,
        ward,
        party_members_present="abc",
        date="32/13/2026",
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "Nhập một số nguyên" in body and "dd/mm/yyyy" in body
    assert not Activity.objects.exists()


def test_it_reads_figures_as_the_excel_template_does(kl51_campaign, ward, commune_reporter):
    # One reading of a typed count (core.numbers.typed_whole) for the form and the upload.
    client = client_for(commune_reporter)
    add_activity(client, kl51_campaign, ward, party_members_present="1.200")
    assert Activity.objects.get().party_members_present == 1200
    response = add_activity(client, kl51_campaign, ward, party_members_present="١٢")
    assert response.status_code == 400 and "Nhập một số nguyên" in response.content.decode()
    response = add_activity(client, kl51_campaign, ward, party_members_present="9" * 30)
    assert response.status_code == 400
    assert "quá lớn (tối đa 10.000.000)" in response.content.decode()
    assert Activity.objects.count() == 1


def test_it_corrects_an_activity_and_shows_the_history(kl51_campaign, ward, commune_reporter):
    client = client_for(commune_reporter)
    add_activity(client, kl51_campaign, ward)
    activity = Activity.objects.get()
    response = client.post(
        reverse("reporting:activity_edit", args=[activity.pk]),
        {
            "channel": "conference",
            "date": "25/06/2026",
            "title": "Hội nghị quán triệt KL 51",
            "sessions": "1",
            "party_members_present": "580",
        },
    )
    assert response.status_code == 302
    page = client.get(reverse("reporting:activity_detail", args=[activity.pk])).content.decode()
    assert "600 → 580" in page
    # Fields are named in Vietnamese, with where the change came from.
    assert "Số đảng viên tham dự" in page and "Nhập trên web" in page
    assert "party_members_present" not in page
    # The creation reads as what happened, by the person's name, not «∅ → tạo mới» by a login.
    history = page.split("Lịch sử thay đổi")[1]
    assert "Ghi nhận hoạt động" in history and "∅ → tạo mới" not in history


def test_it_runs_the_submit_return_resubmit_accept_cycle(
    kl51_campaign, ward, commune_reporter, board_user, report_request
):
    reporter, board = client_for(commune_reporter), client_for(board_user)
    add_activity(reporter, kl51_campaign, ward)
    submit_url = reverse("reporting:submission_create", args=[report_request.pk, ward.pk])
    assert (
        reporter.post(submit_url, {"results": "Đã tổ chức hội nghị quán triệt."}).status_code == 302
    )
    submission = Submission.objects.get()
    review = reverse("reporting:submission_review", args=[submission.pk])
    board.post(review, {"action": "return", "reason": "Bổ sung số liệu loa truyền thanh."})
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.RETURNED
    home = reporter.get(reverse("reporting:unit_home")).content.decode()
    assert "Bổ sung số liệu loa truyền thanh" in home
    assert Notification.objects.filter(unit=ward, title__startswith="Báo cáo bị trả lại").exists()
    reporter.post(submit_url, {"results": "Đã bổ sung số liệu."})
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.SUBMITTED and submission.version == 2
    board.post(review, {"action": "accept"})
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.ACCEPTED
    assert list(submission.events.values_list("action", flat=True)) == [
        "submitted",
        "returned",
        "submitted",
        "accepted",
    ]


def test_it_needs_a_reason_to_return(
    kl51_campaign, ward, commune_reporter, board_user, report_request
):
    client_for(commune_reporter).post(
        reverse("reporting:submission_create", args=[report_request.pk, ward.pk]),
        {"results": "x"},
    )
    submission = Submission.objects.get()
    refused = client_for(board_user).post(
        reverse("reporting:submission_review", args=[submission.pk]),
        {"action": "return", "reason": ""},
        follow=True,
    )
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.SUBMITTED
    assert "Cần nêu lý do trả lại." in refused.content.decode()


def test_it_lets_a_leader_read_but_not_write(kl51_campaign, ward, leader_user):
    client = client_for(leader_user)
    assert (
        client.get(reverse("reporting:unit_campaign", args=[kl51_campaign.pk, ward.pk])).status_code
        == 200
    )
    assert add_activity(client, kl51_campaign, ward).status_code == 403
    assert not Activity.objects.exists()


def test_it_grants_an_extension_and_locks_a_period(kl51_campaign, ward, board_user, report_request):
    board = client_for(board_user)
    board.post(
        reverse("reporting:extension_create", args=[report_request.pk]),
        {"unit": ward.pk, "due_date": "10/08/2026"},
    )
    assert report_request.extensions.get(unit=ward).due_date == datetime.date(2026, 8, 10)
    board.post(reverse("reporting:lock_set", args=[kl51_campaign.pk]), {"through": "30/06/2026"})
    kl51_campaign.refresh_from_db()
    assert kl51_campaign.lock.locked_through == datetime.date(2026, 6, 30)


def test_it_refuses_to_lock_days_that_have_not_come_and_keeps_the_lock(kl51_campaign, board_user):
    board = client_for(board_user)
    url = reverse("reporting:lock_set", args=[kl51_campaign.pk])
    board.post(url, {"through": "30/06/2026"})
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    for typed in ("31/12/2062", f"{tomorrow:%d/%m/%Y}"):
        page = board.post(url, {"through": typed}, follow=True).content.decode()
        assert "Chỉ khóa được số liệu đến hôm nay" in page
        kl51_campaign.refresh_from_db()
        assert kl51_campaign.lock.locked_through == datetime.date(2026, 6, 30)
    assert AuditEntry.objects.filter(detail__op="reporting_lock_set").count() == 1


def test_it_refuses_an_extension_for_a_unit_the_request_does_not_ask(board_user, report_request):
    outside = Unit.objects.exclude(pk__in=report_request.expected_units.values("pk")).first()
    assert outside is not None
    url = reverse("reporting:extension_create", args=[report_request.pk])
    board = client_for(board_user)
    page = board.post(url, {"unit": outside.pk, "due_date": "10/08/2026"}, follow=True)
    assert "Đơn vị không thuộc diện phải nộp báo cáo này." in page.content.decode()
    assert not report_request.extensions.exists()
    assert board.post(url, {"unit": 10**9, "due_date": "10/08/2026"}).status_code == 404


def test_it_lists_submissions_for_the_board(kl51_campaign, board_user, report_request):
    body = client_for(board_user).get(reverse("reporting:request_detail", args=[report_request.pk]))
    assert body.status_code == 200
    assert len(body.context["rows"]) == report_request.expected_units.count()


def test_it_exports_who_submitted(kl51_campaign, board_user, report_request):
    response = client_for(board_user).get(
        reverse("reporting:request_detail", args=[report_request.pk]), {"xuat": "csv"}
    )
    lines = response.content.decode("utf-8-sig").strip().splitlines()
    assert lines[0].startswith("Mã đơn vị,Đơn vị,Hạn nộp")
    assert len(lines) == 1 + report_request.expected_units.count()


def test_it_asks_every_unit_but_the_board_itself(report_request):
    codes = set(report_request.expected_units.values_list("code", flat=True))
    assert "BTGDVTU" not in codes and "03127" in codes and len(codes) == 55


def test_it_sends_one_report_request_when_the_form_is_posted_twice(kl51_campaign, board_user):
    # A double click on "Gửi yêu cầu" must not ask every unit twice (two notifications each,
    # two rows on the campaign page, two reports to chase).
    url = reverse("reporting:request_create", args=[kl51_campaign.pk])
    due = timezone.localdate() + datetime.timedelta(days=40)
    data = {"title": "Báo cáo sơ kết 6 tháng", "due_date": f"{due:%d/%m/%Y}", "description": ""}
    board = client_for(board_user)
    assert board.post(url, data).status_code == 302
    notified = Notification.objects.count()
    again = board.post(url, {**data, "title": " Báo cáo sơ kết 6 tháng "})
    assert again.status_code == 400
    assert "Đã có yêu cầu báo cáo" in html.unescape(again.content.decode())
    assert kl51_campaign.report_requests.count() == 1
    assert Notification.objects.count() == notified
    # Another due date is another request.
    later = due + datetime.timedelta(days=1)
    assert board.post(url, {**data, "due_date": f"{later:%d/%m/%Y}"}).status_code == 302


def test_it_refuses_a_report_request_due_before_today(kl51_campaign, board_user):
    # A mistyped year made every unit late on the day it was asked.
    url = reverse("reporting:request_create", args=[kl51_campaign.pk])
    past = timezone.localdate() - datetime.timedelta(days=1)
    data = {"title": "Báo cáo quý", "due_date": f"{past:%d/%m/%Y}", "description": ""}
    notified = Notification.objects.count()
    response = client_for(board_user).post(url, data)
    assert response.status_code == 400
    assert f"Hạn nộp {past:%d/%m/%Y} đã qua" in html.unescape(response.content.decode())
    assert not kl51_campaign.report_requests.exists()
    assert Notification.objects.count() == notified
    today = {**data, "due_date": f"{timezone.localdate():%d/%m/%Y}"}
    assert client_for(board_user).post(url, today).status_code == 302


def test_it_shows_each_task_on_the_units_campaign_page_as_the_board_sees_it(
    kl51_campaign, ward, commune_reporter
):
    # The unit's page says which tasks are done and which are overdue, as the dashboard marks
    # them (reporting.standing), not a bare list of texts.
    tasks = list(kl51_campaign.tasks.filter(assignments__unit=ward).order_by("position"))
    first, last = tasks[0], tasks[-1]
    kl51_campaign.tasks.filter(pk=last.pk).update(
        due_date=timezone.localdate() - datetime.timedelta(days=30)
    )
    client = client_for(commune_reporter)
    add_activity(client, kl51_campaign, ward, task=str(first.pk))
    page = client.get(reverse("reporting:unit_campaign", args=[kl51_campaign.pk, ward.pk]))
    lines = page.content.decode().split('class="task-lines"')[1].split("</ol>")[0]
    items = lines.split("<li")[1:]
    assert len(items) == len(tasks)
    assert "Đã thực hiện" in items[0] and "Quá hạn" in items[-1]
    assert all("Chưa thực hiện" in item for item in items[1:-1])


def test_it_tells_a_change_in_the_history_as_the_page_does_not_as_stored(
    kl51_campaign, ward, commune_reporter
):
    # A channel by its name (not "conference"), a task by its place in the guidance (not its row
    # id), a figure as 1.500: the history reads like the rest of the page.
    client = client_for(commune_reporter)
    add_activity(client, kl51_campaign, ward, party_members_present="1200")
    activity = Activity.objects.get()
    task = kl51_campaign.tasks.filter(assignments__unit=ward).order_by("position").first()
    response = client.post(
        reverse("reporting:activity_edit", args=[activity.pk]),
        {
            "channel": "online",
            "date": "25/06/2026",
            "title": "Bài trên cổng thông tin",
            "task": str(task.pk),
            "items": "1500",
            "views": "25000",
        },
    )
    assert response.status_code == 302
    page = html.unescape(
        client.get(reverse("reporting:activity_detail", args=[activity.pk])).content.decode()
    )
    history = page.split("Lịch sử thay đổi")[1]
    assert "Hội nghị quán triệt, chuyên đề → Báo điện tử, website, cổng thông tin" in history
    assert f"∅ → Nhiệm vụ {task.ref}" in history
    assert "∅ → 25.000" in history and "1.200 → ∅" in history
    assert "conference" not in history and f"→ {task.pk}<" not in history
