"""A new campaign tells its fifty-odd units in one insert and e-mails them in one job."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lantoa.audit.models import AuditEntry
from lantoa.notifications.models import Notification

pytestmark = pytest.mark.django_db


def test_it_posts_a_campaigns_notifications_in_one_insert_and_emails_each_unit(
    settings, commune_reporter, django_capture_on_commit_callbacks
):
    from lantoa.guidance.demo import campaign_load_demo

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    commune_reporter.email = "baocao@dienbienphu.local"
    commune_reporter.save()
    with (
        CaptureQueriesContext(connection) as queries,
        django_capture_on_commit_callbacks(execute=True),
    ):
        campaign_load_demo()
    inserts = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith('INSERT INTO "notifications')
    ]
    assert len(inserts) == 1
    posted = Notification.objects.all()
    assert posted.count() == 56 and len({n.unit_id for n in posted}) == 56
    assert all(n.emailed_at is not None and n.sender.kind == "board" for n in posted)
    assert [m.to for m in mail.outbox] == [["baocao@dienbienphu.local"]]
    assert "Nhiệm vụ mới" in mail.outbox[0].subject
    # Messages, not data: the campaign's creation is the audited write, once.
    assert AuditEntry.objects.filter(detail__op="campaign_create").count() == 1
