import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from lantoa.notifications.models import Notification
from lantoa.organization.models import Unit
from lantoa.reminders.lateness import late_units
from lantoa.reminders.models import ReminderRun, ReminderSent
from lantoa.reminders.services import reminders_send_due
from lantoa.reminders.tasks import reminder_enqueue_if_due
from lantoa.reporting.services import (
    ActivityInput,
    activity_record,
    extension_grant,
    report_request_create,
    submission_submit,
)

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)


@pytest.fixture
def overdue(kl51_campaign):
    """The quán triệt task was due 30/06; 03127 did it; the report was due 30/07."""
    task = kl51_campaign.tasks.get(position=5)
    task.due_date = datetime.date(2026, 6, 30)
    task.save()
    dbp = Unit.objects.get(code="03127")
    activity_record(
        campaign=kl51_campaign,
        unit=dbp,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 25),
            title="Hội nghị",
            task_id=task.pk,
            figures={"sessions": 1},
        ),
        user=None,
    )
    request = report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 7",
        due_date=datetime.date(2026, 7, 30),
        user=None,
    )
    submission_submit(request=request, unit=dbp, results="Đã quán triệt", user=None)
    return kl51_campaign, task, request


def test_it_finds_units_late_on_a_task_or_a_report(overdue):
    campaign, task, request = overdue
    late = {item.unit.code: item for item in late_units(campaign=campaign, today=TODAY)}
    assert "03127" not in late  # did the task, sent the report
    assert late["03160"].tasks == [task]
    assert [r.request for r in late["03160"].reports] == [request]
    assert late["TW-VTV"].tasks == []  # no task of theirs is due; the report is
    assert late["03160"].reports[0].working_days_late > 70


def test_it_counts_an_extension_and_nothing_before_the_due_date(overdue):
    campaign, _task, request = overdue
    extension_grant(
        request=request,
        unit=Unit.objects.get(code="03160"),
        due_date=datetime.date(2026, 12, 15),
        reason="Mưa lũ",
        user=None,
    )
    late = {item.unit.code: item for item in late_units(campaign=campaign, today=TODAY)}
    assert late["03160"].reports == []
    assert not late_units(campaign=campaign, today=datetime.date(2026, 6, 20))


def test_it_reminds_each_late_unit_once_a_day(overdue):
    before = Notification.objects.count()
    first = reminders_send_due(today=TODAY)
    assert not first.skipped and first.units > 40
    sent = Notification.objects.count() - before
    assert sent == first.units
    note = Notification.objects.filter(unit__code="03160").latest("pk")
    assert note.title.startswith("Đôn đốc: 2 việc quá hạn")
    assert "Báo cáo tháng 7" in note.body
    assert not Notification.objects.filter(unit__code="03127", title__startswith="Đôn đốc").exists()

    again = reminders_send_due(today=TODAY)
    assert again.skipped
    assert Notification.objects.count() - before == sent
    assert ReminderRun.objects.filter(date=TODAY).count() == 1

    tomorrow = reminders_send_due(today=TODAY + datetime.timedelta(days=1))
    assert tomorrow.units == first.units
    assert ReminderSent.objects.filter(unit__code="03160").count() == 4


def test_it_emails_the_reminder_in_the_background(
    overdue, settings, django_capture_on_commit_callbacks
):
    from tests.conftest import make_user

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    reporter = make_user("baocao.mn", "03160", "reporter")
    reporter.email = "baocao@muongnhe.local"
    reporter.save()
    with django_capture_on_commit_callbacks(execute=True):
        reminders_send_due(today=TODAY)
    reminders = [m for m in mail.outbox if m.to == ["baocao@muongnhe.local"]]
    assert len(reminders) == 1
    assert "Đôn đốc" in reminders[0].subject


def test_it_runs_from_the_command_line_once_per_day(overdue):
    out = StringIO()
    call_command("reminders", "send", "--date", "26/11/2026", stdout=out)
    assert "đơn vị" in out.getvalue()
    out = StringIO()
    call_command("reminders", "send", "--date", "26/11/2026", stdout=out)
    assert "đã gửi rồi" in out.getvalue()
    with pytest.raises(CommandError, match="Ngày không hợp lệ: 31/11/2026"):
        call_command("reminders", "send", "--date", "31/11/2026")
    assert ReminderRun.objects.count() == 1


def test_it_enqueues_the_daily_job_after_the_configured_hour(overdue, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.LANTOA_REMINDER_HOUR = 7
    early = timezone.make_aware(datetime.datetime(2026, 11, 26, 6, 30))
    late = timezone.make_aware(datetime.datetime(2026, 11, 26, 7, 5))
    assert not reminder_enqueue_if_due(now=early, last=None)
    assert not ReminderRun.objects.exists()
    assert reminder_enqueue_if_due(now=late, last=None)
    assert ReminderRun.objects.get(date=TODAY).finished_at is not None
    assert not reminder_enqueue_if_due(now=late, last=None)  # today's run exists


def test_it_refuses_to_send_reminders_dated_after_today(overdue, monkeypatch):
    from lantoa.reminders.services import ReminderError

    monkeypatch.setattr(timezone, "localdate", lambda value=None, tz=None: TODAY)
    told = Notification.objects.count()
    for day in ("27/11/2026", "01/01/2030"):
        with pytest.raises(CommandError, match="sau ngày hôm nay"):
            call_command("reminders", "send", "--date", day, stdout=StringIO())
    with pytest.raises(ReminderError, match="sau ngày hôm nay"):
        reminders_send_due(today=TODAY + datetime.timedelta(days=1))
    assert not ReminderRun.objects.exists() and not ReminderSent.objects.exists()
    assert Notification.objects.count() == told
    # Today's real run still sends.
    out = StringIO()
    call_command("reminders", "send", stdout=out)
    assert ReminderSent.objects.filter(date=TODAY).exists()
