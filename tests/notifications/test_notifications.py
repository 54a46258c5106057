import pytest
from django.core import mail
from django.urls import reverse

from lantoa.notifications.models import Notification
from lantoa.notifications.services import notifications_send
from lantoa.organization.models import Unit
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_emails_a_units_people_in_the_background(
    settings, commune_reporter, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    commune_reporter.email = "baocao@dienbienphu.local"
    commune_reporter.save()
    with django_capture_on_commit_callbacks(execute=True):
        notification = notifications_send(
            unit=Unit.objects.get(code="03127"),
            title="Nhiệm vụ mới",
            body="Đơn vị được giao 3 nhiệm vụ.",
            url="/dot/1/",
        )
    assert [m.to for m in mail.outbox] == [["baocao@dienbienphu.local"]]
    assert "Nhiệm vụ mới" in mail.outbox[0].subject
    notification.refresh_from_db()
    assert notification.emailed_at is not None


def test_it_shows_a_unit_only_its_own_notifications(kl51_campaign, commune_reporter):
    body = client_for(commune_reporter).get(reverse("home")).content.decode()
    assert "Đơn vị được giao 3 nhiệm vụ" in body
    assert body.count('class="card"><a href=') == 1
    assert Notification.objects.count() == 56
