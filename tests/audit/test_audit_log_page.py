import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from lantoa.audit.models import AuditAction, AuditEntry
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
