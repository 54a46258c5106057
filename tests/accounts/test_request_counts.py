"""The shared rate limits' counts: per key and clock minute, kept as digests, pruned daily."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from lantoa.accounts.models import RequestCount
from lantoa.accounts.services_throttle import (
    request_count,
    request_counts_prune,
    request_minute_remaining,
)
from lantoa.accounts.tasks import request_counts_enqueue_if_due, request_counts_retention


@pytest.mark.django_db
def test_it_counts_each_key_and_minute_apart():
    now = timezone.now()
    later = now + datetime.timedelta(minutes=1)
    assert [request_count(scope="c:10.0.0.1", now=now) for _ in range(3)] == [1, 2, 3]
    assert request_count(scope="c:10.0.0.2", now=now) == 1
    assert request_count(scope="c:10.0.0.1", now=later) == 1


@pytest.mark.django_db
def test_it_prunes_the_counts_of_past_minutes():
    now = timezone.now()
    for minutes in (0, 1, 5):
        request_count(scope="c:10.0.0.1", now=now - datetime.timedelta(minutes=minutes))
    assert request_counts_prune(now=now) == 1
    assert RequestCount.objects.count() == 2


@pytest.mark.django_db
def test_it_prunes_in_the_daily_job():
    request_count(scope="c:10.0.0.1", now=timezone.now() - datetime.timedelta(minutes=5))
    request_count(scope="c:10.0.0.1")
    assert request_counts_retention.call() == 1
    assert RequestCount.objects.count() == 1


@pytest.mark.django_db
def test_it_enqueues_the_prune_once_a_day():
    now = timezone.now()
    assert request_counts_enqueue_if_due(now=now, last=None)
    assert not request_counts_enqueue_if_due(now=now, last=timezone.localtime(now).date())


@pytest.mark.django_db
def test_it_keeps_no_client_address_in_the_counts():
    request_count(scope="c:203.0.113.7")
    stored = RequestCount.objects.get()
    assert "203.0.113.7" not in stored.scope
    assert len(stored.scope) == 64


def test_it_says_when_the_minute_turns():
    minute = datetime.datetime(2026, 12, 4, 20, 15, tzinfo=datetime.UTC)
    assert request_minute_remaining(now=minute) == 60
    assert request_minute_remaining(now=minute + datetime.timedelta(seconds=45.5)) == 14.5


@pytest.mark.django_db(transaction=True)
def test_it_waits_for_no_log_flush_on_postgresql_and_leaves_other_transactions_as_they_were():
    from django.db import connection, transaction

    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL setting")

    def setting() -> str:
        with connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            return cursor.fetchone()[0]

    before = setting()
    assert before != "off"
    # Alone, the count is its own transaction: the next one waits for the flush again.
    assert request_count(scope="c:10.0.0.9") == 1
    assert setting() == before
    # Inside a caller's transaction it turns the wait off until that commits, as SET LOCAL did.
    with transaction.atomic():
        assert request_count(scope="c:10.0.0.9") == 2
        assert setting() == "off"
    assert setting() == before
