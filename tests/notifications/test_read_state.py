"""Notifications name their sender, become read, fold repeats, and old read ones go away."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from lantoa.notifications.models import Notification
from lantoa.notifications.selectors import notification_groups, unread_count
from lantoa.notifications.services import notifications_purge, notifications_send
from lantoa.organization.models import Unit
from lantoa.project.daily_jobs import DAILY_JOBS
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def send(code: str, title: str = "Nhắc nộp báo cáo") -> Notification:
    return notifications_send(unit=Unit.objects.get(code=code), title=title, body="Đề nghị nộp.")


def test_it_shows_the_board_as_sender_not_the_recipient(commune_reporter):
    send("03127")
    body = client_for(commune_reporter).get(reverse("home")).content.decode()
    assert "Từ: Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên" in body
    assert "Chưa đọc" in body


def test_it_folds_repeats_into_one_line_with_a_count(commune_reporter):
    for _ in range(3):
        send("03127")
    send("03127", title="Nhiệm vụ mới")
    groups = notification_groups(user=commune_reporter)
    assert [(g.latest.title, g.count, g.unread) for g in groups] == [
        ("Nhiệm vụ mới", 1, 1),
        ("Nhắc nộp báo cáo", 3, 3),
    ]
    body = client_for(commune_reporter).get(reverse("notifications:list")).content.decode()
    assert "×3" in body


def test_it_marks_a_group_and_then_everything_read(commune_reporter):
    repeated = [send("03127") for _ in range(2)]
    send("03127", title="Nhiệm vụ mới")
    client = client_for(commune_reporter)
    url = reverse("notifications:mark_read")
    client.post(url, {"id": [n.pk for n in repeated], "tiep": reverse("home")})
    assert unread_count(user=commune_reporter) == 1
    answer = client.post(url, {"tat_ca": "1"})
    assert answer.status_code == 302 and unread_count(user=commune_reporter) == 0
    assert "Chưa đọc" not in client.get(reverse("home")).content.decode()


def test_it_ignores_another_units_notification(commune_reporter, other_reporter):
    foreign = send("03160")
    client_for(commune_reporter).post(reverse("notifications:mark_read"), {"id": [foreign.pk]})
    assert not foreign.read_by.exists()
    assert unread_count(user=other_reporter) == 1


def test_it_deletes_read_notifications_older_than_the_retention_period(commune_reporter):
    old_read, old_unread, new_read = send("03127"), send("03127", "Khác"), send("03127", "Mới")
    long_ago = timezone.now() - datetime.timedelta(days=120)
    Notification.objects.filter(pk__in=[old_read.pk, old_unread.pk]).update(created_at=long_ago)
    for notification in (old_read, new_read):
        notification.read_by.add(commune_reporter)
    deleted = notifications_purge(read_before=timezone.localdate() - datetime.timedelta(days=90))
    assert deleted == 1
    assert set(Notification.objects.values_list("pk", flat=True)) >= {old_unread.pk, new_read.pk}
    assert not Notification.objects.filter(pk=old_read.pk).exists()
    assert "notification retention" in DAILY_JOBS
