"""A new password or a new authenticator ends the account's API tokens, as a lock does."""

from io import StringIO

import pyotp
import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import reverse

from lantoa.accounts.mfa import totp_enrol_confirm, totp_new_secret
from lantoa.accounts.models import TotpDevice
from lantoa.audit.models import AuditAction, AuditEntry
from tests.accounts.test_deactivation import api_status, token_of
from tests.conftest import PASSWORD, client_for

pytestmark = pytest.mark.django_db

NEW = "mat-khau-moi-sau-su-co-2026"
TOLD = "mã truy cập API"


@pytest.fixture
def admin_user(board_user):  # type: ignore[no-untyped-def]
    """Board staff given the right to administer accounts."""
    board_user.user_permissions.add(Permission.objects.get(codename="change_user"))
    return board_user


def revoked_in_audit(op: str) -> list[object]:
    entries = AuditEntry.objects.filter(action=AuditAction.CHANGE, detail__op=op)
    return [entry.detail.get("api_tokens_revoked") for entry in entries]


def with_authenticator(user) -> str:  # type: ignore[no-untyped-def]
    secret = totp_new_secret()
    totp_enrol_confirm(user=user, secret=secret, code=pyotp.TOTP(secret).now())
    TotpDevice.objects.filter(user=user).update(last_step=0)
    return secret


def test_it_revokes_api_tokens_when_an_administrator_sets_a_new_password(
    admin_user, commune_reporter
):
    # Before, a token held by whoever had the old password kept the API after the reset.
    token = token_of(commune_reporter)
    page = client_for(admin_user).post(
        reverse("accounts:user_detail", args=[commune_reporter.pk]),
        {"action": "set_password", "new_password1": NEW, "new_password2": NEW},
        follow=True,
    )
    assert TOLD in page.content.decode()
    assert api_status(token) == 401
    assert revoked_in_audit("user_password_set") == [1]


def test_it_revokes_api_tokens_when_the_django_admin_sets_a_password(admin_user, commune_reporter):
    token = token_of(commune_reporter)
    answer = client_for(admin_user).post(
        reverse("admin:auth_user_password_change", args=[commune_reporter.pk]),
        {"usable_password": "true", "password1": NEW, "password2": NEW},
        follow=True,
    )
    assert answer.status_code == 200
    assert TOLD in answer.content.decode()
    assert api_status(token) == 401


def test_it_revokes_api_tokens_when_users_change_their_own_password(commune_reporter):
    token = token_of(commune_reporter)
    client = client_for(commune_reporter)
    page = client.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW},
        follow=True,
    )
    assert TOLD in page.content.decode()
    assert api_status(token) == 401
    assert revoked_in_audit("user_password_change") == [1]
    # The one who changed it stays signed in; a token issued afterwards works.
    assert client.get(reverse("home")).status_code == 200
    assert api_status(token_of(commune_reporter)) == 200


def test_it_says_nothing_of_tokens_to_a_user_who_had_none(commune_reporter):
    page = client_for(commune_reporter).post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW},
        follow=True,
    )
    content = page.content.decode()
    assert "Đã đổi mật khẩu" in content and TOLD not in content


def test_it_revokes_api_tokens_when_setpassword_is_run(tmp_path, commune_reporter):
    token = token_of(commune_reporter)
    password_file = tmp_path / "pw"
    password_file.write_text(NEW + "\n")
    out = StringIO()
    call_command("setpassword", "baocao.dbp", "--password-file", str(password_file), stdout=out)
    assert TOLD in out.getvalue()
    assert api_status(token) == 401


def test_it_revokes_api_tokens_when_an_administrator_resets_the_second_step(
    admin_user, leader_user
):
    # A lost phone: whoever found it may hold the account's tokens too.
    with_authenticator(leader_user)
    token = token_of(leader_user)
    page = client_for(admin_user).post(
        reverse("accounts:user_detail", args=[leader_user.pk]),
        {"action": "reset_two_step"},
        follow=True,
    )
    assert TOLD in page.content.decode()
    assert api_status(token) == 401
    assert revoked_in_audit("user_two_step_reset") == [1]


def test_it_revokes_api_tokens_when_the_django_admin_resets_the_second_step(
    admin_user, leader_user
):
    with_authenticator(leader_user)
    token = token_of(leader_user)
    answer = client_for(admin_user).post(
        reverse("admin:auth_user_changelist"),
        {"action": "disable_two_step", "_selected_action": [leader_user.pk]},
        follow=True,
    )
    assert TOLD in answer.content.decode()
    assert api_status(token) == 401


def test_it_revokes_api_tokens_when_users_replace_their_authenticator(board_user):
    secret = with_authenticator(board_user)
    token = token_of(board_user)
    page = client_for(board_user).post(
        reverse("accounts:mfa_replace"), {"ma": pyotp.TOTP(secret).now()}, follow=True
    )
    assert TOLD in page.content.decode()
    assert api_status(token) == 401
    assert revoked_in_audit("user_two_step_replace") == [1]


def test_it_revokes_api_tokens_when_the_django_admin_turns_password_sign_in_off(
    admin_user, commune_reporter
):
    token = token_of(commune_reporter)
    answer = client_for(admin_user).post(
        reverse("admin:auth_user_password_change", args=[commune_reporter.pk]),
        {"usable_password": "false", "unset-password": "1"},
    )
    assert answer.status_code == 302
    commune_reporter.refresh_from_db()
    assert not commune_reporter.has_usable_password()
    assert api_status(token) == 401
    assert revoked_in_audit("user_password_set") == [1]


def test_it_revives_no_token_when_a_removed_role_is_given_back(admin_user, commune_reporter):
    # A token lived on under its role: taking the role away stopped it, and giving the role
    # back (a slip corrected, a later posting) brought the old token back to life.
    from lantoa.accounts.services import membership_add

    token = token_of(commune_reporter)
    membership = commune_reporter.memberships.get()
    unit, role = membership.unit, membership.role
    page = client_for(admin_user).post(
        reverse("accounts:user_detail", args=[commune_reporter.pk]),
        {"action": "remove_membership", "membership": membership.pk},
        follow=True,
    )
    assert TOLD in page.content.decode()
    assert api_status(token) == 401
    membership_add(actor=admin_user, user=commune_reporter, unit=unit, role=role)
    assert api_status(token) == 401
    assert revoked_in_audit("membership_remove") == [1]
