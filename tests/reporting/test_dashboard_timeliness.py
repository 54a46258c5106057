import datetime

import pytest
from django.utils import timezone

from lantoa.organization.models import Unit
from lantoa.reporting.dashboard.selectors import dashboard_get
from lantoa.reporting.models import Holiday, Submission
from lantoa.reporting.services import extension_grant, report_request_create, submission_submit

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)
DUE = datetime.date(2026, 7, 30)  # a Thursday


def submit(request, code, day):
    unit = Unit.objects.get(code=code)
    submission = submission_submit(request=request, unit=unit, results="Đã thực hiện", user=None)
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(15)))
    Submission.objects.filter(pk=submission.pk).update(
        first_submitted_at=moment, submitted_at=moment
    )


def rows(user, campaign):
    dashboard = dashboard_get(user=user, campaign=campaign, kind="", sort="", today=TODAY)
    return dashboard, {row.unit.code: row.status for row in dashboard.rows}


@pytest.fixture
def request_(kl51_campaign):
    return report_request_create(campaign=kl51_campaign, title="Báo cáo", due_date=DUE, user=None)


def test_it_counts_an_extension_as_the_units_due_date(kl51_campaign, request_, board_user):
    extension_grant(
        request=request_,
        unit=Unit.objects.get(code="03160"),
        due_date=datetime.date(2026, 8, 5),
        reason="Mưa lũ",
        user=None,
    )
    submit(
        request_, "03160", datetime.date(2026, 8, 4)
    )  # late by the request, on time by extension
    submit(request_, "03127", datetime.date(2026, 8, 4))
    dashboard, by_code = rows(board_user, kl51_campaign)
    assert by_code["03160"].on_time is True and by_code["03160"].working_days_late == 0
    assert (
        by_code["03127"].on_time is False and by_code["03127"].working_days_late == 3
    )  # 31/7, 3/8, 4/8
    expected = request_.expected_units.count()  # every unit with tasks but the board itself
    assert expected == len(dashboard.rows) - 1
    assert dashboard.status.on_time_rate.value == pytest.approx(100 / expected)
    assert dashboard.status.completeness.value == pytest.approx(200 / expected)


def test_it_skips_holidays_when_counting_working_days_late(kl51_campaign, request_, board_user):
    submit(request_, "03127", datetime.date(2026, 8, 4))
    Holiday.objects.create(date=datetime.date(2026, 7, 31), name="Nghỉ bù")
    _dashboard, by_code = rows(board_user, kl51_campaign)
    assert by_code["03127"].working_days_late == 2


def test_it_marks_units_without_a_report_late_after_the_due_date(
    kl51_campaign, request_, board_user
):
    submit(request_, "03127", datetime.date(2026, 7, 29))
    dashboard, by_code = rows(board_user, kl51_campaign)
    assert by_code["03127"].on_time is True and not by_code["03127"].late
    assert by_code["03160"].late and by_code["03160"].on_time is False
    # Every unit that owes the report but 03127 is late; the board owes none to itself.
    assert dashboard.late_units == request_.expected_units.count() - 1


def test_it_says_on_the_card_that_a_report_sent_late_stays_late(
    kl51_campaign, request_, board_user
):
    from django.urls import reverse

    from tests.conftest import client_for

    submit(request_, "03127", datetime.date(2026, 8, 4))
    _dashboard, by_code = rows(board_user, kl51_campaign)
    # Counted on the card though its report is in (the home page's «đơn vị chậm» is what is
    # still owed): the card says so, so that a leader does not read the two as one figure.
    assert by_code["03127"].late
    page = client_for(board_user).get(reverse("reporting:dashboard", args=[kl51_campaign.pk]))
    assert "kể cả đơn vị đã nộp bù" in page.content.decode()


def test_it_says_on_the_cards_what_each_number_counts_and_over_which_units(
    kl51_campaign, request_, board_user
):
    from django.urls import reverse

    from lantoa.reporting.services import ActivityInput, activity_record
    from tests.conftest import client_for

    submit(request_, "03127", DUE)
    activity_record(
        campaign=kl51_campaign,
        unit=Unit.objects.get(code="03127"),
        user=None,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 25),
            title="Hội nghị",
            figures={"sessions": 1},
        ),
    )
    expected = request_.expected_units.count()
    page = client_for(board_user).get(reverse("reporting:dashboard", args=[kl51_campaign.pk]))
    body = page.content.decode()
    # 1 on time of the units that must send: not "1/55 đơn vị phải nộp".
    assert f"1 trong {expected} đơn vị phải nộp đã nộp đúng hạn" in body
    assert f"1/{expected} đơn vị phải nộp" not in body
    # The activity card counts every unit given tasks, the board too, and says so.
    assert f"1/{expected + 1} đơn vị đã có hoạt động" in body
    assert "tính cả Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên" in body
