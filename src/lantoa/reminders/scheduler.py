"""Enqueues the daily jobs (reminders, opinion retention) without cron, from `lantoa serve`."""

from __future__ import annotations

import datetime
import logging
import threading

from django.conf import settings
from django.db import close_old_connections, connection
from django.utils import timezone

logger = logging.getLogger(__name__)
CHECK_SECONDS = 300


def reminder_enqueue_if_due(*, now: datetime.datetime, last: datetime.date | None) -> bool:
    """Enqueue today's reminder job after the configured hour unless today's run exists."""
    from lantoa.reminders.models import ReminderRun
    from lantoa.reminders.tasks import reminders_daily

    local = timezone.localtime(now)
    today = local.date()
    if local.hour < settings.LANTOA_REMINDER_HOUR or last == today:
        return False
    if ReminderRun.objects.filter(date=today, finished_at__isnull=False).exists():
        return False
    # Harmless if another process enqueues too: the job itself runs once per date.
    reminders_daily.enqueue(today.isoformat())
    return True


def retention_enqueue_if_due(*, now: datetime.datetime, last: datetime.date | None) -> bool:
    """Enqueue the opinion retention job once a day (it is harmless to run it twice)."""
    from lantoa.opinion.tasks import opinion_retention

    if last == timezone.localtime(now).date():
        return False
    opinion_retention.enqueue()
    return True


class ReminderScheduler(threading.Thread):
    """A daemon thread that checks every few minutes whether today's daily jobs are due."""

    def __init__(self, *, interval: float = CHECK_SECONDS) -> None:
        super().__init__(name="lantoa-reminders", daemon=True)
        self.interval = interval
        self.stopping = threading.Event()
        self.last: datetime.date | None = None
        self.last_retention: datetime.date | None = None

    def run(self) -> None:
        while not self.stopping.is_set():
            try:
                close_old_connections()
                if reminder_enqueue_if_due(now=timezone.now(), last=self.last):
                    self.last = timezone.localdate()
                    logger.info("Enqueued the daily reminders for %s", self.last)
                if retention_enqueue_if_due(now=timezone.now(), last=self.last_retention):
                    self.last_retention = timezone.localdate()
                    logger.info("Enqueued the opinion retention for %s", self.last_retention)
            except Exception:  # the web server must keep serving whatever happens here
                logger.exception("Reminder scheduler check failed")
            finally:
                connection.close()
            self.stopping.wait(self.interval)

    def stop(self) -> None:
        self.stopping.set()
