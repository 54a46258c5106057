"""A Công văn đôn đốc asks for a new date; it does not undo a deadline a unit already missed."""

import datetime

import pytest

from lantoa.organization.models import Unit
from lantoa.reminders.lateness import late_units
from lantoa.reminders.services import (
    reminder_letter_approve,
    reminder_letter_draft_create,
    reminder_letter_submit,
    reminders_send_due,
)
from lantoa.reporting.indicators import campaign_status
from lantoa.reporting.models import Extension, ReportRequest
from lantoa.reporting.services import report_request_create
from lantoa.reporting.standing import OVERDUE_MISSING, request_standing

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)  # a Thursday
DEADLINE = datetime.date(2026, 12, 3)
JULY_DUE = datetime.date(2026, 7, 30)


@pytest.fixture
def late_campaign(kl51_campaign):  # type: ignore[no-untyped-def]
    report_request_create(
        campaign=kl51_campaign, title="Báo cáo tháng 7", due_date=JULY_DUE, user=None
    )
    return kl51_campaign


def _issue(campaign, board_user, leader_user, capture):  # type: ignore[no-untyped-def]
    ids = [item.unit.pk for item in late_units(campaign=campaign, today=TODAY)]
    letter = reminder_letter_draft_create(
        campaign=campaign,
        unit_ids=ids,
        deadline=DEADLINE,
        body="Đề nghị các đơn vị khẩn trương hoàn thành.",
        user=board_user,
        today=TODAY,
    )
    reminder_letter_submit(letter=letter, user=board_user, today=TODAY)
    with capture(execute=True):
        reminder_letter_approve(letter=letter, user=leader_user, today=TODAY)
    return ids


def test_it_keeps_a_unit_late_by_its_own_deadline_after_a_letter_is_issued(
    late_campaign, board_user, leader_user, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    before = campaign_status(campaign=late_campaign, units=Unit.objects.all(), today=TODAY)
    ids = _issue(late_campaign, board_user, leader_user, django_capture_on_commit_callbacks)

    assert not Extension.objects.exists()  # the letter's date is not an extension
    after = campaign_status(campaign=late_campaign, units=Unit.objects.all(), today=TODAY)
    assert after.late_units == before.late_units > 0
    assert after.on_time_rate.text == before.on_time_rate.text
    assert [i.unit.pk for i in late_units(campaign=late_campaign, today=TODAY)] == ids
    request = ReportRequest.objects.get(campaign=late_campaign)
    standing = request_standing(request=request, today=TODAY)[ids[0]]
    assert standing.state == OVERDUE_MISSING and standing.due == JULY_DUE
    assert not standing.extended


def test_it_reminds_a_unit_of_the_letters_new_date_while_it_stays_late(
    late_campaign, board_user, leader_user, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    _issue(late_campaign, board_user, leader_user, django_capture_on_commit_callbacks)
    from lantoa.notifications.models import Notification

    reminders_send_due(today=datetime.date(2026, 11, 27))
    bodies = list(
        Notification.objects.filter(title__startswith="Đôn đốc").values_list("body", flat=True)
    )
    assert bodies
    assert all("hạn 30/07/2026" in body for body in bodies)
    assert all("hạn mới theo Công văn" in body and "03/12/2026" in body for body in bodies)
