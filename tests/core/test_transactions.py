"""one_statement: a one-statement write is its own transaction, refused alone when it fails."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from lantoa.accounts.models import RequestCount
from lantoa.core.transactions import one_statement


@pytest.mark.django_db(transaction=True)
def test_it_sends_no_begin_or_commit_on_postgresql_outside_a_transaction():
    with CaptureQueriesContext(connection) as captured, one_statement():
        RequestCount.objects.create(scope="a", minute=1, requests=1)
    sent = [q["sql"].split()[0].upper() for q in captured.captured_queries]
    if connection.vendor == "postgresql":
        assert sent == ["INSERT"]
    else:
        # SQLite: atomic(), so the writer queues on the backend's write lock.
        assert sent == ["BEGIN", "INSERT", "COMMIT"]
    assert RequestCount.objects.filter(scope="a").exists()


@pytest.mark.django_db(transaction=True)
def test_it_leaves_nothing_and_the_connection_usable_when_the_statement_fails():
    RequestCount.objects.create(scope="a", minute=1, requests=1)
    with pytest.raises(IntegrityError), one_statement():
        RequestCount.objects.create(scope="a", minute=1, requests=2)
    assert list(RequestCount.objects.values_list("requests", flat=True)) == [1]


@pytest.mark.django_db
def test_it_keeps_the_callers_transaction_usable_after_a_failed_statement():
    with transaction.atomic():
        RequestCount.objects.create(scope="a", minute=1, requests=1)
        with pytest.raises(IntegrityError), one_statement():
            RequestCount.objects.create(scope="a", minute=1, requests=2)
        RequestCount.objects.create(scope="b", minute=1, requests=1)
    assert RequestCount.objects.count() == 2
