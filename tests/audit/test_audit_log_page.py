import pytest
from django.core.management import CommandError, call_command, execute_from_command_line
from django.test import Client
from django.urls import reverse

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.audit.services import audit_record
from tests.conftest import PASSWORD, client_for

pytestmark = pytest.mark.django_db
LOG = reverse("audit:log")


def test_it_records_sign_in_failure_and_sign_out(commune_reporter):
    client = Client()
    login = reverse("accounts:login")
    client.post(login, {"username": "baocao.dbp", "password": "sai"}, REMOTE_ADDR="10.0.0.7")
    client.post(login, {"username": "baocao.dbp", "password": PASSWORD})
    client.post(reverse("accounts:logout"))
    actions = list(AuditEntry.objects.order_by("pk").values_list("action", "username"))
    assert actions[-3:] == [
        (AuditAction.LOGIN_FAILED, "baocao.dbp"),
        (AuditAction.LOGIN, "baocao.dbp"),
        (AuditAction.LOGOUT, "baocao.dbp"),
    ]
    failed = AuditEntry.objects.get(action=AuditAction.LOGIN_FAILED)
    assert failed.address == "10.0.0.7" and "sai" not in str(failed.detail)


def test_it_records_exports_and_downloads(kl51_campaign, commune_reporter):
    url = reverse("campaigns:guidance_docx", args=[kl51_campaign.pk])
    assert client_for(commune_reporter).get(url).status_code == 200
    assert AuditEntry.objects.filter(
        action=AuditAction.EXPORT, user=commune_reporter, target=url
    ).exists()


def test_it_shows_board_staff_the_log_with_filters_and_the_integrity_check(board_user):
    client = client_for(board_user)
    client_for(board_user).get(reverse("guidance:review", args=[999999]))
    page = client.get(LOG, {"hanh_dong": AuditAction.ACCESS_DENIED}).content.decode()
    assert "Truy cập bị từ chối" in page and "/huong-dan/999999/" in page
    assert "Đăng nhập" not in page.split("<tbody>")[1]
    checked = client.get(LOG, {"kiem_tra": "1"}).content.decode()
    assert "Toàn vẹn" in checked
    AuditEntry.objects.filter(pk=AuditEntry.objects.order_by("pk").first().pk).update(
        target="đã sửa"
    )
    assert "Phát hiện sai lệch" in client.get(LOG, {"kiem_tra": "1"}).content.decode()


def test_it_keeps_the_log_from_everyone_else(commune_reporter, leader_user):
    for user in (commune_reporter, leader_user):
        assert client_for(user).get(LOG).status_code == 403


def test_it_verifies_the_chain_from_the_command_line(board_user, capsys):
    client_for(board_user)
    call_command("audit", "verify")
    assert "intact" in capsys.readouterr().out
    AuditEntry.objects.update(username="khac")
    with pytest.raises(CommandError, match="BROKEN"):
        call_command("audit", "verify")


def _committed_entries(capture, user, n):
    entries = []
    for i in range(n):
        with capture(execute=True):
            entries.append(audit_record(action=AuditAction.EXPORT, user=user, target=f"/x/{i}"))
    return entries


def test_it_shows_the_head_and_whether_the_anchor_agrees(
    board_user, django_capture_on_commit_callbacks
):
    client = client_for(board_user)
    entries = _committed_entries(django_capture_on_commit_callbacks, board_user, 3)
    head = entries[-1]
    page = client.get(LOG).content.decode()
    assert f"số {head.seq}, mã <code>{head.entry_hash[:12]}</code>" in page
    assert "Mốc neo khớp" in page
    AuditEntry.objects.filter(pk=head.pk).delete()
    page = client.get(LOG).content.decode()
    assert "các dòng cuối đã bị xóa" in page and "Mốc neo khớp" not in page
    checked = client.get(LOG, {"kiem_tra": "1"}).content.decode()
    assert f"thiếu các dòng từ số {head.seq} đến số {head.seq}" in checked


def test_it_exits_non_zero_naming_the_first_bad_entry(
    board_user, leader_user, django_capture_on_commit_callbacks, capsys, monkeypatch
):
    from django.db import connections

    # run_from_argv closes every connection when it ends; PostgreSQL would lose the test's.
    monkeypatch.setattr(connections, "close_all", lambda: None)
    entries = _committed_entries(django_capture_on_commit_callbacks, board_user, 4)
    execute_from_command_line(["lantoa", "audit", "verify"])
    assert "intact: 4 entries, head #4" in capsys.readouterr().out
    AuditEntry.objects.filter(pk=entries[1].pk).update(user=leader_user)
    with pytest.raises(SystemExit) as exit_:
        execute_from_command_line(["lantoa", "audit", "verify"])
    assert exit_.value.code == 1
    assert f"entry #2 (id {entries[1].pk}) does not match its MAC" in capsys.readouterr().err
    AuditEntry.objects.filter(pk__in=[e.pk for e in entries[1:]]).delete()
    with pytest.raises(CommandError, match="entries #2 to #4 are missing"):
        call_command("audit", "verify")


def test_it_restarts_the_anchor_after_a_restore_keeping_the_old_one(
    board_user, django_capture_on_commit_callbacks, settings
):
    from pathlib import Path

    entries = _committed_entries(django_capture_on_commit_callbacks, board_user, 3)
    AuditEntry.objects.filter(pk=entries[-1].pk).delete()  # as a restore of an older backup does
    with pytest.raises(CommandError, match="--reason"):
        call_command("audit", "reanchor")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("audit", "reanchor", "--reason", "khôi phục bản sao lưu 01/12/2026")
    call_command("audit", "verify")
    anchor = Path(settings.LANTOA_AUDIT_ANCHOR_FILE)
    assert [p.name for p in anchor.parent.glob("audit-head.log.*.replaced")]
    assert AuditEntry.objects.order_by("seq").last().detail["reason"].startswith("khôi phục")
