"""Trends, spike and cluster alerts, retention."""

import datetime

import pytest
from django.core.management import call_command

from lantoa.notifications.models import Notification
from lantoa.opinion.models import Alert, AlertKind, Item, ItemState
from lantoa.opinion.retention import retention_run
from lantoa.opinion.trends import alerts_check, is_spike, trends_compute
from tests.opinion.helpers import claim, ingest

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def test_it_computes_weekly_trends_per_unit():
    ingest(["Phí đăng ký nhãn hiệu cao quá", "Hàng giả bán tràn lan"], day=TODAY)
    ingest(["Cảm ơn cán bộ hướng dẫn tận tình"], unit_code="03160", source="b", day=TODAY)
    trend = trends_compute(items=Item.objects.all(), weeks=4)
    assert trend.total == 3 and trend.volume[-1] == 3 and len(trend.weeks) == 4
    assert {u["name"] for u in trend.units} == {
        "Đảng ủy phường Điện Biên Phủ",
        "Đảng ủy xã Mường Nhé",
    } or len(trend.units) == 2
    assert sum(sum(v) for v in trend.sentiment.values()) == 3


def test_it_counts_only_the_period_up_to_its_end():
    past_end = TODAY - datetime.timedelta(days=21)
    ingest(["Phí đăng ký nhãn hiệu cao quá"], day=past_end - datetime.timedelta(days=3))
    ingest(["Hàng giả bán tràn lan", "Nhãn hiệu tập thể ra sao"], source="b", day=TODAY)
    trend = trends_compute(items=Item.objects.all(), weeks=4, today=past_end)
    assert trend.total == 1 and sum(u["total"] for u in trend.units) == 1


def test_it_detects_a_spike_against_previous_weeks():
    assert is_spike(30, [3, 4, 2, 5, 3, 4, 3, 2])
    assert not is_spike(5, [0] * 8)
    assert not is_spike(12, [10, 14, 11, 12, 13, 9, 10, 12])


def test_it_alerts_the_board_on_a_spike_once():
    for week in range(1, 5):
        ingest(
            ["Ý kiến thường ngày về thủ tục"],
            source=f"w{week}",
            day=TODAY - datetime.timedelta(weeks=week),
        )
    ingest([f"Phí đăng ký nhãn hiệu cao quá lần {i}" for i in range(15)], source="now", day=TODAY)
    alerts_check()
    kinds = set(Alert.objects.values_list("kind", flat=True))
    assert AlertKind.SPIKE in kinds
    assert Notification.objects.filter(unit__code="BTGDVTU", title__contains="đột biến").exists()
    count = Alert.objects.count()
    alerts_check()
    assert Alert.objects.count() == count


def test_it_keeps_a_dismissed_alert_dismissed_when_alerts_are_checked_again(board_user):
    from django.urls import reverse

    from tests.conftest import client_for

    for week in range(1, 5):
        ingest(
            ["Ý kiến thường ngày"], source=f"w{week}", day=TODAY - datetime.timedelta(weeks=week)
        )
    ingest([f"Phí đăng ký nhãn hiệu cao quá lần {i}" for i in range(15)], source="now", day=TODAY)
    alerts_check()
    alert = Alert.objects.get(kind=AlertKind.SPIKE, unit=None)
    client = client_for(board_user)
    client.post(reverse("opinion:alert_dismiss", args=[alert.pk]))
    notified = Notification.objects.filter(title=alert.title).count()
    alerts_check()  # the next import checks again: the same spike is not raised anew
    assert Notification.objects.filter(title=alert.title).count() == notified
    assert alert.title not in client.get(reverse("opinion:dashboard")).content.decode()


def test_it_raises_a_spike_on_the_items_the_dashboard_counts():
    # The dashboard and the report count the items of state «Bình thường»; the spike check
    # counted emoji-only and other-language items too, so an alert said «15 ý kiến» for a
    # week whose chart showed none.
    ingest([f"{'👍' * (i + 1)}" for i in range(15)], source="now", day=TODAY)
    assert set(Item.objects.values_list("state", flat=True)) == {ItemState.EMPTY}
    assert trends_compute(items=Item.objects.all(), weeks=9).volume[-1] == 0
    alerts_check()
    assert not Alert.objects.filter(kind=AlertKind.SPIKE).exists()


def test_it_alerts_on_a_new_claim_cluster():
    claim("Bán gạo không có tem nhãn sẽ bị phạt hai mươi triệu đồng")
    story = "Nghe nói bán gạo không có tem nhãn sẽ bị phạt hai mươi triệu đồng"
    stats = ingest([f"{story}{'.' * i}" for i in range(4)])
    alerts_check(clusters=stats.touched_clusters)
    alert = Alert.objects.get(kind=AlertKind.NEW_CLUSTER)
    assert alert.cluster.count == 4 and alert.cluster.claim is not None


def test_it_anonymises_old_items_and_keeps_their_labels():
    old = ingest(
        ["Phí đăng ký nhãn hiệu cao quá"], source="old", day=TODAY - datetime.timedelta(days=400)
    )
    new = ingest(["Phí đăng ký nhãn hiệu cao quá"], source="new", day=TODAY)
    assert retention_run(days=365) == 1
    item = Item.objects.get(pk=old.item_ids[0])
    assert item.state == ItemState.ANONYMISED and item.text == "" and item.topic is not None
    assert Item.objects.get(pk=new.item_ids[0]).text
    assert retention_run(days=365, purge=True) == 1
    assert not Item.objects.filter(pk=old.item_ids[0]).exists()


def test_it_runs_retention_from_the_cli(capsys):
    ingest(["Ý kiến cũ"], day=TODAY - datetime.timedelta(days=800))
    call_command("opinion", "retention")
    assert "Đã ẩn danh 1 ý kiến" in capsys.readouterr().out
