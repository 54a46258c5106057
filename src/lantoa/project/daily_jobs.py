"""The app-wide daily job clock: enqueues each app's daily job once a day from `lantoa serve`."""

from __future__ import annotations

import datetime
import logging
import threading
from collections.abc import Callable

from django.db import close_old_connections, connection
from django.utils import timezone

from lantoa.accounts.tasks import request_counts_enqueue_if_due
from lantoa.awareness.tasks import contest_retention_enqueue_if_due
from lantoa.notifications.tasks import retention_enqueue_if_due as notifications_due
from lantoa.opinion.tasks import retention_enqueue_if_due
from lantoa.reminders.tasks import reminder_enqueue_if_due

logger = logging.getLogger(__name__)
CHECK_SECONDS = 300

# Each app says when its job is due (`now`, the last day this clock enqueued it) and enqueues it.
EnqueueIfDue = Callable[..., bool]
DAILY_JOBS: dict[str, EnqueueIfDue] = {
    "reminders": reminder_enqueue_if_due,
    "opinion retention": retention_enqueue_if_due,
    "notification retention": notifications_due,
    "contest retention": contest_retention_enqueue_if_due,
    "request counts": request_counts_enqueue_if_due,
}


class DailyJobClock(threading.Thread):
    """A daemon thread that checks every few minutes whether today's daily jobs are due."""

    def __init__(
        self, *, interval: float = CHECK_SECONDS, jobs: dict[str, EnqueueIfDue] | None = None
    ) -> None:
        super().__init__(name="lantoa-daily-jobs", daemon=True)
        self.interval = interval
        self.jobs = DAILY_JOBS if jobs is None else jobs
        self.stopping = threading.Event()
        self.last: dict[str, datetime.date] = {}

    def check(self) -> list[str]:
        """Enqueue every job that is due now; return the names enqueued."""
        enqueued = []
        for name, enqueue_if_due in self.jobs.items():
            # One job's failure must not keep the others from running.
            try:
                if enqueue_if_due(now=timezone.now(), last=self.last.get(name)):
                    self.last[name] = timezone.localdate()
                    enqueued.append(name)
                    logger.info("Enqueued the daily job %s for %s", name, self.last[name])
            except Exception:
                logger.exception("Daily job check failed: %s", name)
        return enqueued

    def run(self) -> None:
        while not self.stopping.is_set():
            try:
                close_old_connections()
                self.check()
            except Exception:  # the web server must keep serving whatever happens here
                logger.exception("Daily job clock failed")
            finally:
                connection.close()
            self.stopping.wait(self.interval)

    def stop(self) -> None:
        self.stopping.set()
