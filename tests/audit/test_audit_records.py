"""Sign-ins, sign-outs and exports leave their entries in the audit log."""

import pytest
from django.test import Client
from django.urls import reverse

from lantoa.audit.models import AuditAction, AuditEntry
from tests.conftest import PASSWORD, client_for

pytestmark = pytest.mark.django_db


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
