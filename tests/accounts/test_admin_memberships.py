"""A role given or taken in the Django admin goes through the services, as on the user page."""

import pytest
from django.urls import reverse

from lantoa.accounts.models import Membership, Role
from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.organization.models import Unit
from tests.accounts.test_deactivation import admin_change_data
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser():  # type: ignore[no-untyped-def]
    root = make_user("quantri", "BTGDVTU", Role.BOARD)
    root.is_superuser = True
    root.save(update_fields=["is_superuser"])
    return root


def ops() -> list[str]:
    entries = AuditEntry.objects.filter(action=AuditAction.CHANGE).order_by("seq")
    return list(entries.values_list("detail__op", flat=True))


def post_change(client, user, data) -> None:  # type: ignore[no-untyped-def]
    answer = client.post(reverse("admin:auth_user_change", args=[user.pk]), data)
    assert answer.status_code == 302, [
        i.formset.errors for i in answer.context["inline_admin_formsets"]
    ]


def test_it_gives_a_role_added_inline_through_the_audited_service(superuser, commune_reporter):
    # Before, the inline wrote the row itself: no audit entry, and a board role gave no board
    # pages (membership_add sets the staff mark).
    client = client_for(superuser)
    data = admin_change_data(client, commune_reporter)
    row = int(data["memberships-INITIAL_FORMS"])  # type: ignore[call-overload]
    board = Unit.objects.get(code="BTGDVTU")
    data[f"memberships-{row}-unit"] = board.pk
    data[f"memberships-{row}-role"] = Role.BOARD
    post_change(client, commune_reporter, data)
    assert Membership.objects.filter(user=commune_reporter, unit=board, role=Role.BOARD).exists()
    assert ops().count("membership_add") == 1
    commune_reporter.refresh_from_db()
    assert commune_reporter.is_staff


def test_it_takes_a_role_deleted_inline_away_through_the_audited_service(superuser, board_user):
    client = client_for(superuser)
    data = admin_change_data(client, board_user)
    data["memberships-0-DELETE"] = "on"
    post_change(client, board_user, data)
    assert not Membership.objects.filter(user=board_user).exists()
    assert ops().count("membership_remove") == 1
    board_user.refresh_from_db()
    assert not board_user.is_staff


def test_it_changes_a_role_edited_inline_as_one_taken_away_and_one_given(
    superuser, commune_reporter
):
    client = client_for(superuser)
    data = admin_change_data(client, commune_reporter)
    data["memberships-0-role"] = Role.LEADER
    post_change(client, commune_reporter, data)
    held = list(Membership.objects.filter(user=commune_reporter).values_list("role", flat=True))
    assert held == [Role.LEADER]
    assert sorted(ops()) == ["membership_add", "membership_remove"]


def test_it_audits_an_account_added_in_the_django_admin_with_its_roles(superuser):
    # An account made at /quan-tri/ left no entry: user_create's «user_create» was skipped.
    from django.contrib.auth import get_user_model

    client = client_for(superuser)
    new = "mat-khau-tai-khoan-moi-2026"
    answer = client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "moi.quantri",
            "password1": new,
            "password2": new,
            "usable_password": "true",
            "memberships-TOTAL_FORMS": "1",
            "memberships-INITIAL_FORMS": "0",
            "memberships-0-unit": Unit.objects.get(code="03127").pk,
            "memberships-0-role": Role.REPORTER,
        },
    )
    assert answer.status_code == 302
    account = get_user_model().objects.get(username="moi.quantri")
    entries = AuditEntry.objects.filter(action=AuditAction.CHANGE, detail__op="user_create")
    assert [e.detail["account"] for e in entries] == [account.pk]
    assert entries.get().user == superuser
    # Its role went through membership_add, after the account's own entry.
    assert ops() == ["user_create", "membership_add"]


def test_it_audits_an_account_deleted_in_the_django_admin_with_the_roles_it_held(
    superuser, commune_reporter
):
    # Before, deleting a user at /quan-tri/ left no entry, and their roles went with the row.
    client = client_for(superuser)
    answer = client.post(
        reverse("admin:auth_user_delete", args=[commune_reporter.pk]), {"post": "yes"}
    )
    assert answer.status_code == 302
    assert not type(commune_reporter).objects.filter(pk=commune_reporter.pk).exists()
    entry = AuditEntry.objects.get(action=AuditAction.CHANGE, detail__op="user_delete")
    assert entry.user == superuser
    assert entry.detail["account"] == commune_reporter.pk
    assert entry.detail["roles"] == [f"{Role.REPORTER} 03127"]


def test_it_audits_each_account_of_the_django_admins_bulk_delete(superuser, commune_reporter):
    client = client_for(superuser)
    other = make_user("xoa.hangloat", "03127", Role.REPORTER)
    answer = client.post(
        reverse("admin:auth_user_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [commune_reporter.pk, other.pk],
            "post": "yes",
        },
    )
    assert answer.status_code == 302
    entries = AuditEntry.objects.filter(action=AuditAction.CHANGE, detail__op="user_delete")
    assert sorted(e.detail["account"] for e in entries) == sorted([commune_reporter.pk, other.pk])


def test_it_refuses_a_superuser_deleting_their_own_account_in_the_django_admin(superuser):
    # Deleting oneself would leave the board without the account that signs in to fix it.
    client = client_for(superuser)
    answer = client.post(reverse("admin:auth_user_delete", args=[superuser.pk]), {"post": "yes"})
    assert answer.status_code in (302, 403)
    assert type(superuser).objects.filter(pk=superuser.pk).exists()
    assert not AuditEntry.objects.filter(detail__op="user_delete").exists()


def test_it_refuses_with_a_403_a_role_an_account_administrator_gives_themselves_inline(board_user):
    # Given the membership rights at /quan-tri/ as well, an account administrator who added a
    # role to their own account inline met the service's refusal as a server error (500).
    from django.contrib.auth.models import Permission

    board_user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["change_user", "add_membership", "change_membership", "view_membership"]
        )
    )
    client = client_for(board_user)
    client.raise_request_exception = False
    data = admin_change_data(client, board_user)
    row = int(data["memberships-INITIAL_FORMS"])  # type: ignore[call-overload]
    data["memberships-TOTAL_FORMS"] = row + 1
    data[f"memberships-{row}-unit"] = Unit.objects.get(code="BTGDVTU").pk
    data[f"memberships-{row}-role"] = Role.LEADER
    answer = client.post(reverse("admin:auth_user_change", args=[board_user.pk]), data)
    assert answer.status_code == 403
    assert not Membership.objects.filter(user=board_user, role=Role.LEADER).exists()
    assert "membership_add" not in ops()
