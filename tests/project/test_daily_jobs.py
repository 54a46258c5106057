import pytest

from lantoa.accounts.tasks import request_counts_enqueue_if_due
from lantoa.awareness.tasks import contest_retention_enqueue_if_due
from lantoa.notifications.tasks import retention_enqueue_if_due as notifications_due
from lantoa.opinion.tasks import retention_enqueue_if_due
from lantoa.project.daily_jobs import DAILY_JOBS, DailyJobClock
from lantoa.reminders.tasks import reminder_enqueue_if_due


def test_it_clocks_the_reminders_and_the_opinion_and_notification_retention():
    assert set(DAILY_JOBS.values()) == {
        reminder_enqueue_if_due,
        retention_enqueue_if_due,
        notifications_due,
        contest_retention_enqueue_if_due,
        request_counts_enqueue_if_due,
    }


def test_it_enqueues_each_job_once_a_day_and_one_failure_stops_no_other():
    calls = []

    def once_a_day(*, now, last):
        calls.append(last)
        return last is None

    def broken(*, now, last):
        raise RuntimeError("boom")

    clock = DailyJobClock(jobs={"broken": broken, "daily": once_a_day})
    assert clock.check() == ["daily"]
    assert clock.check() == []
    assert calls[0] is None and calls[1] is not None


@pytest.mark.django_db
def test_it_runs_as_a_thread_that_stops_when_asked():
    clock = DailyJobClock(interval=0.01, jobs={})
    clock.start()
    clock.stop()
    clock.join(timeout=5)
    assert not clock.is_alive()
