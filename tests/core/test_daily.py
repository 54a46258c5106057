import datetime

from django.utils import timezone

from lantoa.core.daily import enqueue_once_a_day


class _Job:
    def __init__(self) -> None:
        self.enqueued = 0

    def enqueue(self) -> None:
        self.enqueued += 1


def test_it_enqueues_a_job_the_clock_has_not_enqueued_today():
    job = _Job()
    now = timezone.now()
    yesterday = timezone.localtime(now).date() - datetime.timedelta(days=1)
    assert enqueue_once_a_day(job, now=now, last=None)
    assert enqueue_once_a_day(job, now=now, last=yesterday)
    assert job.enqueued == 2


def test_it_does_not_enqueue_a_job_twice_on_the_same_local_day():
    job = _Job()
    now = timezone.now()
    assert not enqueue_once_a_day(job, now=now, last=timezone.localtime(now).date())
    assert job.enqueued == 0
