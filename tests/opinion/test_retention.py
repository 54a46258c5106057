"""Retention: an anonymised item's text is gone from every table, its source id dropped."""

import datetime

import pytest
from django.db import connection

from lantoa.opinion.matching import signature
from lantoa.opinion.models import Cluster, ClusterBand, Item, ItemState
from lantoa.opinion.retention import retention_run
from tests.opinion.helpers import ingest

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()
OLD = TODAY - datetime.timedelta(days=400)
STORY = "Nghe nói bà Lò Thị Mai ở bản Huổi Lếch bán gạo không tem nhãn bị phạt hai mươi triệu"


def every_value():
    """Yield (table, value) for every text or binary value of every table in the database."""
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from introspection
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, (str, bytes, memoryview)):
                        yield table, bytes(value) if isinstance(value, memoryview) else value


def found(needle):
    return sorted(
        {
            table
            for table, value in every_value()
            if (needle in value if isinstance(value, type(needle)) else False)
        }
    )


def test_it_removes_an_anonymised_items_text_from_every_table():
    old = ingest([STORY, STORY + "!!", STORY + " ạ"], source="fb", day=OLD)
    new = ingest(["Nghe nói ở bản bán gạo không tem nhãn bị phạt hai mươi triệu đồng"], day=TODAY)
    cluster = Item.objects.get(pk=old.item_ids[0]).cluster
    assert cluster.representative.startswith("Nghe nói bà Lò Thị Mai")
    sig = signature(STORY).tobytes()
    assert found("Lò Thị Mai") and found(sig) and found("fb-1")

    assert retention_run(days=365) == 3

    assert found("Lò Thị Mai") == [] and found("Lo Thi Mai") == []
    assert found(sig) == [] and found(signature(STORY + " ạ").tobytes()) == []
    assert found("fb-1") == [] and found("fb-2") == []
    item = Item.objects.get(pk=old.item_ids[0])
    assert item.state == ItemState.ANONYMISED and item.topic_id is not None
    assert Item.objects.get(pk=new.item_ids[0]).text  # the fresh item stays whole


def test_it_keeps_a_cluster_told_by_a_fresh_member_under_that_members_text():
    old = ingest([STORY], source="fb", day=OLD)
    fresh = STORY.replace("bà Lò Thị Mai", "một bà") + " nữa"
    ingest([fresh], source="page", day=TODAY)
    cluster = Item.objects.get(pk=old.item_ids[0]).cluster
    assert Item.objects.filter(cluster=cluster).count() == 2
    retention_run(days=365)
    cluster.refresh_from_db()
    assert cluster.representative == fresh
    assert bytes(cluster.signature) == signature(fresh).tobytes()
    assert ClusterBand.objects.filter(cluster=cluster).exists()


def test_it_purges_old_items_and_their_clusters_text():
    ingest([STORY, STORY + "!!"], source="fb", day=OLD)
    assert retention_run(days=365, purge=True) == 2
    assert found("Lò Thị Mai") == [] and found(signature(STORY).tobytes()) == []
    assert Cluster.objects.filter(representative="").exists()
