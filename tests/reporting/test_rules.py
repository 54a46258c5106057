"""Data rules the board can see: hard rules refuse on every path, soft rules flag for review."""

import datetime
import html

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lantoa.accounts.models import Membership
from lantoa.api.services import api_token_issue
from lantoa.organization.models import Unit
from lantoa.reporting.excel.template import unit_template
from lantoa.reporting.figures import ALL_FIGURES
from lantoa.reporting.models import Activity, Submission, SubmissionStatus
from lantoa.reporting.rules import OUTLIER, RULES, soft_flags
from lantoa.reporting.services import (
    ActivityInput,
    activity_record,
    report_request_create,
    submission_submit,
    unit_merge,
)
from tests.conftest import client_for
from tests.reporting.excel_support import edit, new_conference, run_import

pytestmark = pytest.mark.django_db
WARD = "03127"  # Phường Điện Biên Phủ: 1.557 party members, 34.337 people (demo figures)
PLACE = "Trang 'Hoạt động', dòng 2, cột"


def web_post(client, campaign, unit, **figures):
    data = {
        "channel": "conference",
        "date": "25/06/2026",
        "title": "Hội nghị quán triệt KL 51",
        "sessions": "1",
        "party_members_present": "600",
        **figures,
    }
    return client.post(reverse("reporting:activity_create", args=[campaign.pk, unit.pk]), data)


def api_post(user, campaign, **payload):
    membership = Membership.objects.filter(user=user).first()
    secret = api_token_issue(user=user, membership_id=membership.pk, name="Phần mềm xã").secret
    body = {
        "channel": "conference",
        "date": "2026-06-25",
        "title": "Hội nghị quán triệt",
        "figures": {"sessions": 1, "party_members_present": 600},
        **payload,
    }
    return client_for(user).post(
        f"/api/v1/campaigns/{campaign.pk}/activities",
        body,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )


@pytest.mark.parametrize(
    ("web", "excel", "api", "field", "message"),
    [
        (
            {"party_members_present": "2000"},
            {"party_members_present": 2000},
            {"figures": {"sessions": 1, "party_members_present": 2000}},
            ("party_members_present", "Số đảng viên tham dự"),
            "Số đảng viên tham dự (2.000) lớn hơn số đảng viên của đơn vị (1.557).",
        ),
        (
            {"sessions": "-1"},
            {"sessions": -1},
            {"figures": {"sessions": -1}},
            ("sessions", "Số buổi"),
            "Số buổi không được âm.",
        ),
        (
            {"sessions": "10000001"},
            {"sessions": 10_000_001},
            {"figures": {"sessions": 10_000_001}},
            ("sessions", "Số buổi"),
            "Số buổi quá lớn (tối đa 10.000.000).",
        ),
        (
            {"date": "31/05/2026"},
            {"date": datetime.date(2026, 5, 31)},
            {"date": "2026-05-31"},
            ("date", "Ngày"),
            "Ngày thực hiện trước khi bắt đầu đợt tuyên truyền (01/06/2026).",
        ),
    ],
    ids=["present-over-members", "negative", "absurd", "before-start"],
)
def test_it_refuses_a_hard_rule_on_web_excel_and_api_with_the_same_message(
    kl51_campaign, commune_reporter, web, excel, api, field, message
):
    ward = Unit.objects.get(code=WARD)
    name, column = field
    response = web_post(client_for(commune_reporter), kl51_campaign, ward, **web)
    assert response.status_code == 400
    assert message in html.unescape(response.content.decode())
    template = unit_template(campaign=kl51_campaign, unit=ward)
    upload = run_import(
        kl51_campaign, commune_reporter, edit(template, {2: new_conference(**excel)})
    )
    assert upload.status == "failed"
    assert f"{PLACE} '{column}': {message}" in upload.plan["errors"], upload.plan["errors"]
    answer = api_post(commune_reporter, kl51_campaign, **api)
    assert answer.status_code == 400
    assert answer.json()["errors"] == {name: message}
    assert not Activity.objects.exists()


def test_it_refuses_dates_after_the_end_of_a_campaign_that_does_not_go_on(
    kl51_campaign, commune_reporter
):
    kl51_campaign.continuous = False
    kl51_campaign.peak_end = datetime.date(2026, 6, 30)
    kl51_campaign.save()
    answer = api_post(commune_reporter, kl51_campaign, date="2026-07-01")
    assert answer.status_code == 400
    assert answer.json()["errors"] == {"date": "Ngày thực hiện sau khi kết thúc đợt (30/06/2026)."}
    future = api_post(commune_reporter, kl51_campaign, date="2099-01-02")
    assert future.json()["errors"] == {"date": "Ngày thực hiện không được sau ngày hôm nay."}
    assert api_post(commune_reporter, kl51_campaign, date="2026-06-30").status_code == 201


def test_it_refuses_dates_after_a_merged_unit_stopped_and_keeps_its_late_entries(
    kl51_campaign, commune_reporter
):
    ward = Unit.objects.get(code=WARD)
    task = kl51_campaign.tasks.filter(assignments__unit=ward).first()
    assert api_post(commune_reporter, kl51_campaign, task_id=task.pk).status_code == 201
    successor = Unit.objects.get(code="03160")
    unit_merge(predecessor=ward, successor=successor, effective=datetime.date(2026, 7, 1))

    answer = api_post(commune_reporter, kl51_campaign, date="2026-07-01")
    assert answer.status_code == 400
    assert answer.json()["errors"] == {
        "date": "Đơn vị đã thôi hoạt động sau ngày 30/06/2026; hoạt động từ ngày đó do đơn vị "
        "tiếp nhận ghi nhận."
    }
    # What it did before it merged may still be entered late.
    assert api_post(commune_reporter, kl51_campaign, date="2026-06-30").status_code == 201


def test_it_refuses_dates_before_a_unit_existed(kl51_campaign, commune_reporter):
    # A campaign of an older directive starts before the communes of 01/07/2025 existed.
    kl51_campaign.peak_start = datetime.date(2025, 3, 1)
    kl51_campaign.save()
    ward = Unit.objects.get(code=WARD)
    assert ward.valid_from == datetime.date(2025, 7, 1)

    answer = api_post(commune_reporter, kl51_campaign, date="2025-06-30")
    assert answer.status_code == 400
    assert answer.json()["errors"] == {
        "date": "Đơn vị được thành lập từ ngày 01/07/2025; hoạt động trước ngày đó do đơn vị "
        "tiền thân ghi nhận."
    }
    assert not Activity.objects.exists()
    assert api_post(commune_reporter, kl51_campaign, date="2025-07-01").status_code == 201


def record(campaign, unit, day, *, channel="oral", evidence=True, **figures):
    return activity_record(
        campaign=campaign,
        unit=unit,
        data=ActivityInput(
            channel=channel,
            date=datetime.date(2026, 6, day),
            title=f"Hoạt động ngày {day}/06",
            figures=figures,
        ),
        user=None,
        evidence_link="https://example.vn/anh" if evidence else "",
    )


@pytest.fixture
def flagged(kl51_campaign, board_user):
    """A ward that submitted an outlier, a crowd above its population and a bare activity."""
    ward = Unit.objects.get(code=WARD)
    for day, listeners in ((2, 100), (3, 120), (4, 80)):
        record(kl51_campaign, ward, day, sessions=1, listeners=listeners)
    outlier = record(kl51_campaign, ward, 5, sessions=1, listeners=1000)
    crowd = record(
        kl51_campaign,
        ward,
        6,
        channel="conference",
        sessions=1,
        party_members_present=500,
        other_attendees=35_000,
    )
    bare = record(kl51_campaign, ward, 7, evidence=False, sessions=1, listeners=90)
    request = report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 6",
        due_date=datetime.date(2026, 7, 30),
        user=board_user,
    )
    submission_submit(request=request, unit=ward, results="Đã quán triệt.", user=None)
    return request, {"outlier": outlier, "crowd": crowd, "bare": bare}


def test_it_lists_the_soft_flags_on_the_review_page_without_blocking_acceptance(
    flagged, board_user
):
    request, activities = flagged
    client = client_for(board_user)
    page = client.get(reverse("reporting:request_detail", args=[request.pk]))
    body = html.unescape(page.content.decode())
    assert page.status_code == 200
    assert "Điểm cần xem lại trước khi duyệt (3)" in body and "3 điểm cần xem lại" in body
    assert (
        "Số người nghe (1.000) gấp hơn 3 lần trung vị của đơn vị (100, qua 3 hoạt động trước)."
        in body
    )
    assert "Số người được tiếp cận (35.500) lớn hơn dân số của đơn vị (34.337)." in body
    assert "Hoạt động chưa có minh chứng." in body
    for activity in activities.values():
        assert reverse("reporting:activity_detail", args=[activity.pk]) in body
    assert reverse("reporting:rules") in body
    submission = Submission.objects.get(request=request)
    client.post(reverse("reporting:submission_review", args=[submission.pk]), {"action": "accept"})
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.ACCEPTED
    after = client.get(reverse("reporting:request_detail", args=[request.pk]))
    assert "Điểm cần xem lại trước khi duyệt (0)" in after.content.decode()


def test_it_reads_the_review_flags_in_queries_that_do_not_grow_with_activities(
    flagged, kl51_campaign, board_user, django_assert_num_queries
):
    request, _ = flagged
    other = Unit.objects.get(code="03160")
    record(kl51_campaign, other, 2, sessions=1, listeners=50)
    submission_submit(request=request, unit=other, results="Đã làm.", user=None)
    client = client_for(board_user)
    url = reverse("reporting:request_detail", args=[request.pk])
    client.get(url)  # warm the session and caches
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    ward = Unit.objects.get(code=WARD)
    for day in range(8, 28):
        record(kl51_campaign, ward, day, evidence=day % 2 == 0, sessions=1, listeners=day * 40)
        record(kl51_campaign, other, day, evidence=False, sessions=1, listeners=60)
    with django_assert_num_queries(len(few.captured_queries)):
        page = client.get(url)
    assert "Điểm cần xem lại trước khi duyệt (" in page.content.decode()


def test_it_flags_an_outlier_only_after_three_earlier_values_and_a_median_above_zero():
    def outliers(values):
        rows = [
            {
                **dict.fromkeys(ALL_FIGURES),
                "pk": day,
                "unit_id": 1,
                "channel": "oral",
                "date": datetime.date(2026, 6, day),
                "title": "Tuyên truyền miệng",
                "url": "",
                "has_evidence": True,
                "listeners": value,
            }
            for day, value in enumerate(values, start=1)
        ]
        found = soft_flags(rows, population=lambda unit_id, on: None)
        return [flag.activity_id for flag in found if flag.rule == OUTLIER]

    assert outliers([10, 10, 1000]) == []  # two earlier values are no history
    assert outliers([10, 10, 10, 31]) == [4]
    assert outliers([10, 10, 10, 30]) == []  # exactly three times is not "more than"
    assert outliers([0, 0, 0, 5]) == []  # a median of 0 gives no scale
    assert outliers([10, 1000, 10, 10, 10]) == []  # the outlier is judged on its own past


def test_it_shows_the_board_every_rule_it_applies(kl51_campaign, board_user):
    page = client_for(board_user).get(reverse("reporting:rules"))
    body = html.unescape(page.content.decode())
    assert page.status_code == 200
    assert "Từ chối, không lưu" in body and "Lưu, nhưng đánh dấu để Ban xem lại" in body
    for rule in RULES:
        assert rule.title in body and rule.sample in body and f'data-rule="{rule.code}"' in body
    assert "Số đảng viên tham dự (350) lớn hơn số đảng viên của đơn vị (320)." in body


def test_it_lists_the_first_fifty_flags_of_a_report_and_counts_the_rest(kl51_campaign, board_user):
    ward = Unit.objects.get(code=WARD)
    for day in range(1, 27):
        record(kl51_campaign, ward, day, evidence=False, sessions=1, listeners=100)
        record(kl51_campaign, ward, day, evidence=False, sessions=1, listeners=100)
    request = report_request_create(
        campaign=kl51_campaign, title="Báo cáo", due_date=datetime.date(2026, 7, 30), user=None
    )
    submission_submit(request=request, unit=ward, results="Đã làm.", user=None)
    page = client_for(board_user).get(reverse("reporting:request_detail", args=[request.pk]))
    body = page.content.decode()
    assert "Điểm cần xem lại trước khi duyệt (52)" in body
    assert body.count('data-rule="no_evidence"') == 50 and "… và 2 điểm khác" in body
