"""A contest entry at a peak: the page and the post each cost a fixed, small number of queries."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lantoa.awareness.models import ContestEntry
from lantoa.organization.models import Unit
from tests.awareness.contest_helpers import open_round


def _post(html: str, phone: Client, unit: Unit) -> dict[str, object]:
    fields = dict.fromkeys(re.findall(r'name="(q\d+)"', html), "0")
    return {
        "csrfmiddlewaretoken": phone.cookies["csrftoken"].value,
        "phieu": re.search(r'name="phieu" value="([^"]+)"', html).group(1),
        "ho_ten": "Lò Văn A",
        "don_vi": str(unit.pk),
        "dong_y": "1",
        "du_doan": "3",
        **fields,
    }


# Not in a test transaction: the server answers in autocommit, and so is each query counted.
@pytest.mark.django_db(transaction=True)
def test_it_answers_the_page_in_one_query_and_the_entry_in_few(kl51_campaign):
    contest_round = open_round(kl51_campaign)
    unit = Unit.objects.get(code="03127")
    url = reverse("awareness:contest_enter", args=[contest_round.code])
    Client().get(url)  # the round's sheet is read once, then kept in memory
    phone = Client(enforce_csrf_checks=True)
    with CaptureQueriesContext(connection) as page:
        html = phone.get(url).content.decode()
    with CaptureQueriesContext(connection) as entry:
        sent = phone.post(url, _post(html, phone, unit))
    assert sent.status_code == 200 and "Đã ghi nhận" in sent.content.decode()
    assert len(page) == 1  # the round by its code, with its contest
    # The round, the throttle's count, the entry's insert: on PostgreSQL each its own
    # transaction; on SQLite the two writes each in BEGIN IMMEDIATE … COMMIT (the write lock).
    sent_sql = [q["sql"].split()[0].upper() for q in entry.captured_queries]
    if connection.vendor == "postgresql":
        assert sent_sql == ["SELECT", "INSERT", "INSERT"]
    else:
        assert sent_sql == ["SELECT", "BEGIN", "INSERT", "COMMIT", "BEGIN", "INSERT", "COMMIT"]
    assert ContestEntry.objects.filter(round=contest_round).count() == 1


@pytest.mark.django_db
def test_it_stores_nothing_for_a_refused_entry_and_shows_its_answers_again(kl51_campaign):
    contest_round = open_round(kl51_campaign)
    url = reverse("awareness:contest_enter", args=[contest_round.code])
    phone = Client(enforce_csrf_checks=True)
    html = phone.get(url).content.decode()
    posted = _post(html, phone, Unit.objects.get(code="03127"))
    del posted["dong_y"]
    with CaptureQueriesContext(connection) as entry:
        refused = phone.post(url, posted)
    assert refused.status_code == 400 and refused.content.decode().count(" checked") == 5
    assert not any("awareness_contestentry" in q["sql"] for q in entry.captured_queries)
    assert ContestEntry.objects.count() == 0
