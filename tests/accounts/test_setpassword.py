"""`lantoa setpassword`: the administrator gives a user who forgot theirs a new one, audited."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from lantoa.accounts.models import LoginAttempt
from lantoa.audit.models import AuditAction, AuditEntry
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

NEW = "mat-khau-moi-cap-lai-2026"


def _set(tmp_path, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    password_file = tmp_path / "pw"
    password_file.write_text(password + "\n")
    call_command("setpassword", username, "--password-file", str(password_file), stdout=StringIO())


def test_it_sets_a_new_password_ends_sessions_lifts_the_lock_and_audits(tmp_path, commune_reporter):
    signed_in = Client()
    signed_in.post(reverse("accounts:login"), {"username": "baocao.dbp", "password": PASSWORD})
    assert signed_in.get(reverse("home")).status_code == 200
    LoginAttempt.objects.create(username="baocao.dbp", address="10.0.0.9", succeeded=False)
    _set(tmp_path, "baocao.dbp", NEW)
    commune_reporter.refresh_from_db()
    assert commune_reporter.check_password(NEW)
    assert signed_in.get(reverse("home")).status_code == 302
    assert not LoginAttempt.objects.filter(username="baocao.dbp", succeeded=False).exists()
    entry = AuditEntry.objects.get(action=AuditAction.CHANGE, target="Tài khoản baocao.dbp")
    assert entry.detail["op"] == "user_password_set"
    assert NEW not in str(entry.detail)


def test_it_refuses_a_weak_password_or_an_unknown_user_and_changes_nothing(
    tmp_path, commune_reporter
):
    with pytest.raises(CommandError, match="Mật khẩu không được chấp nhận"):
        _set(tmp_path, "baocao.dbp", "123")
    with pytest.raises(CommandError, match="Không có tài khoản"):
        _set(tmp_path, "khong.co", NEW)
    assert get_user_model().objects.get(username="baocao.dbp").check_password(PASSWORD)
