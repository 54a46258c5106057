"""An opinion import whose worker was killed is failed, said so, and can be imported again."""

import datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from lantoa.audit.models import AuditEntry
from lantoa.opinion.models import ImportJob, ImportState, Item
from lantoa.opinion.services import IMPORT_STALE, import_run, stale_imports_fail
from lantoa.organization.models import Unit
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
CSV = "id,nội dung\n1,Phí cao quá\n2,Hàng giả\n".encode()


def upload(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        client.post(
            reverse("opinion:imports"),
            {
                "file": SimpleUploadedFile("y-kien.csv", CSV),
                "source": "Fanpage thử",
                "unit": Unit.objects.get(code="BTGDVTU").pk,
            },
        )
    return ImportJob.objects.latest("pk")


def test_it_fails_a_running_import_whose_worker_went_silent_and_imports_it_again(
    board_user, django_capture_on_commit_callbacks
):
    client = client_for(board_user)
    killed = upload(client, django_capture_on_commit_callbacks)
    alive = upload(client, django_capture_on_commit_callbacks)
    now = timezone.now()
    # The killed worker had stored one item and beaten last 20 minutes ago; the other, just now.
    ImportJob.objects.filter(pk=killed.pk).update(
        state=ImportState.RUNNING, heartbeat_at=now - datetime.timedelta(minutes=20)
    )
    ImportJob.objects.filter(pk=alive.pk).update(
        state=ImportState.RUNNING, heartbeat_at=now - datetime.timedelta(minutes=1)
    )
    assert stale_imports_fail(now=now) == [killed.pk]
    killed.refresh_from_db()
    alive.refresh_from_db()
    assert (killed.state, killed.error, killed.finished_at) == (
        ImportState.FAILED,
        IMPORT_STALE,
        now,
    )
    assert alive.state == ImportState.RUNNING
    assert not Path(killed.path).exists()  # the raw file goes, as usual
    entry = AuditEntry.objects.filter(detail__op="stale_imports_fail").get()
    assert entry.detail["jobs"] == [killed.pk]
    status = client.get(reverse("opinion:import_status", args=[killed.pk]), HTTP_HX_REQUEST="true")
    assert "Quá trình nhập bị dừng giữa chừng" in status.content.decode()
    assert "every 2s" not in status.content.decode()  # the page stops waiting for it
    # A late worker does not take the failed job up; the file uploaded again imports.
    assert import_run(job=killed) is None
    again = upload(client, django_capture_on_commit_callbacks)
    import_run(job=again)
    again.refresh_from_db()
    assert (again.state, again.created) == (ImportState.DONE, 2)
    assert Item.objects.filter(import_job=again).count() == 2


def test_it_fails_a_running_import_that_never_beat_by_its_age(
    board_user, django_capture_on_commit_callbacks
):
    job = upload(client_for(board_user), django_capture_on_commit_callbacks)
    ImportJob.objects.filter(pk=job.pk).update(state=ImportState.RUNNING)
    now = timezone.now()
    assert stale_imports_fail(now=now) == []  # created just now
    assert stale_imports_fail(now=now + datetime.timedelta(hours=1)) == [job.pk]
    queued = upload(client_for(board_user), django_capture_on_commit_callbacks)
    assert stale_imports_fail(now=now + datetime.timedelta(days=1)) == []  # queued is not running
    queued.refresh_from_db()
    assert queued.state == ImportState.QUEUED


def test_it_fails_the_stopped_imports_when_the_server_starts(
    board_user, django_capture_on_commit_callbacks, monkeypatch
):
    from lantoa.project.management.commands import serve

    job = upload(client_for(board_user), django_capture_on_commit_callbacks)
    old = timezone.now() - datetime.timedelta(hours=2)
    ImportJob.objects.filter(pk=job.pk).update(state=ImportState.RUNNING, heartbeat_at=old)
    monkeypatch.setattr(serve, "call_command", lambda *args, **kwargs: None)  # migrated already
    command = serve.Command()
    command.prepare()
    job.refresh_from_db()
    assert job.state == ImportState.FAILED and job.error == IMPORT_STALE
