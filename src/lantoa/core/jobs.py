"""The one rule of a job that re-reads the whole state it works on: one waiting run is enough."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django_tasks import TaskResultStatus

if TYPE_CHECKING:
    from django_tasks.base import Task


def enqueue_unless_waiting(job: Task[[], Any]) -> bool:
    """Enqueue an argument-free job unless a run of it is already waiting; say if it did."""
    # A waiting run reads the state when the worker starts it, after every change committed
    # before then: a second one would repeat its work (20,000 items per claim saved in a row).
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if isinstance(job.get_backend(), DatabaseBackend):
        waiting = DBTaskResult.objects.filter(
            status=TaskResultStatus.READY, task_path=job.module_path
        )
        if waiting.exists():
            return False
    job.enqueue()
    return True
