"""The administrator's page for a user sets a new password for one who forgot theirs, audited."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from lantoa.audit.models import AuditAction, AuditEntry
from tests.conftest import PASSWORD, client_for

pytestmark = pytest.mark.django_db
NEW = "mat-khau-cap-lai-2026"


@pytest.fixture
def admin_user(board_user):  # type: ignore[no-untyped-def]
    board_user.user_permissions.add(Permission.objects.get(codename="change_user"))
    return get_user_model().objects.get(pk=board_user.pk)


def _post(client, account, first, second):  # type: ignore[no-untyped-def]
    return client.post(
        reverse("accounts:user_detail", args=[account.pk]),
        {"action": "set_password", "new_password1": first, "new_password2": second},
    )


def test_it_sets_a_new_password_and_ends_the_users_sessions(admin_user, commune_reporter):
    signed_in = Client()
    signed_in.post(reverse("accounts:login"), {"username": "baocao.dbp", "password": PASSWORD})
    assert signed_in.get(reverse("home")).status_code == 200
    page = client_for(admin_user).get(reverse("accounts:user_detail", args=[commune_reporter.pk]))
    assert "Đặt mật khẩu mới" in page.content.decode()
    answer = _post(client_for(admin_user), commune_reporter, NEW, NEW)
    assert answer.status_code == 302
    commune_reporter.refresh_from_db()
    assert commune_reporter.check_password(NEW)
    assert signed_in.get(reverse("home")).status_code == 302
    entry = AuditEntry.objects.filter(action=AuditAction.CHANGE, username=admin_user.username)
    assert [e.detail["op"] for e in entry] == ["user_password_set"]


def test_it_refuses_two_different_or_weak_passwords_on_the_form(admin_user, commune_reporter):
    for first, second in ((NEW, NEW + "x"), ("123", "123")):
        answer = _post(client_for(admin_user), commune_reporter, first, second)
        assert answer.status_code == 400
    commune_reporter.refresh_from_db()
    assert commune_reporter.check_password(PASSWORD)


def test_it_leaves_a_superusers_password_to_superusers(admin_user):
    root = get_user_model().objects.create_superuser("goc", password="x-Mat-khau-42")
    client = client_for(admin_user)
    answer = _post(client, root, NEW, NEW)
    assert answer.status_code == 400  # core.forms.render_form: a refused POST is a 400
    assert "Chỉ quản trị hệ thống" in answer.content.decode()
    root.refresh_from_db()
    assert root.check_password("x-Mat-khau-42")
