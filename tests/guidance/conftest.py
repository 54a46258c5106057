"""What the guidance tests share: a worker that reads an uploaded file at once."""

import pytest
from django.db import transaction


@pytest.fixture
def worker_running(settings, monkeypatch):  # type: ignore[no-untyped-def]
    """Run a queued job at once, as a running worker would, so an upload opens its review.

    A test holds one transaction open, so a job queued on commit would never start.
    """
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())
