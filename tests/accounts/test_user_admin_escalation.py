"""Account administrators who are not superusers cannot make or take over a superuser."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user(board_user):  # type: ignore[no-untyped-def]
    board_user.user_permissions.add(Permission.objects.get(codename="change_user"))
    return get_user_model().objects.get(pk=board_user.pk)


def test_it_keeps_a_superusers_password_and_the_superuser_tick_from_account_administrators(
    admin_user,
):
    # The user pages refuse them a superuser's lock and second step, yet /quan-tri/ let them
    # set the superuser's password, or tick «superuser» on their own account.
    root = get_user_model().objects.create_superuser("goc", password="x-Mat-khau-42")
    client = client_for(admin_user)
    password_page = reverse("admin:auth_user_password_change", args=[root.pk])
    answer = client.post(
        password_page, {"password1": "chiem-quyen-2026", "password2": "chiem-quyen-2026"}
    )
    assert answer.status_code in (302, 403)
    root.refresh_from_db()
    assert root.check_password("x-Mat-khau-42")
    own = client.get(reverse("admin:auth_user_change", args=[admin_user.pk])).content.decode()
    assert 'name="is_superuser"' not in own and 'name="user_permissions"' not in own


def test_it_audits_a_password_set_in_the_django_admin(admin_user, commune_reporter):
    # /quan-tri/'s «Đổi mật khẩu» of a user saved the password with no audit entry.
    from lantoa.audit.models import AuditAction, AuditEntry

    page = reverse("admin:auth_user_password_change", args=[commune_reporter.pk])
    new = "mat-khau-quan-tri-2026"
    answer = client_for(admin_user).post(
        page, {"usable_password": "true", "password1": new, "password2": new}
    )
    assert answer.status_code == 302
    commune_reporter.refresh_from_db()
    assert commune_reporter.check_password(new)
    ops = AuditEntry.objects.filter(action=AuditAction.CHANGE).values_list("detail__op", flat=True)
    assert "user_password_set" in list(ops)


def test_it_refuses_an_account_administrator_a_role_given_to_themselves(admin_user):
    # Board staff holding the right gave themselves «Lãnh đạo» at the board, and so approved
    # reports, công văn and questions (a drafted question among them) as a leader.
    from lantoa.accounts.models import Membership
    from lantoa.organization.models import Unit

    board = Unit.objects.get(code="BTGDVTU")
    page = client_for(admin_user).post(
        reverse("accounts:user_detail", args=[admin_user.pk]),
        {"action": "add_membership", "unit": board.pk, "role": "leader"},
    )
    assert page.status_code == 400
    assert "Không thể tự giao vai trò cho chính mình" in page.content.decode()
    assert not Membership.objects.filter(user=admin_user, role="leader").exists()


def test_it_refuses_an_account_administrator_a_superusers_roles(admin_user):
    # The user page refused them a superuser's password, lock and second step, yet took away
    # the superuser's board role, and with it the staff mark that opens /quan-tri/.
    from lantoa.accounts.models import Membership
    from lantoa.organization.models import Unit

    root = make_user("goc", "BTGDVTU", "board")
    root.is_superuser = True
    root.save(update_fields=["is_superuser"])
    held = root.memberships.get()
    client = client_for(admin_user)
    page = reverse("accounts:user_detail", args=[root.pk])
    removed = client.post(page, {"action": "remove_membership", "membership": held.pk}, follow=True)
    assert "Chỉ quản trị hệ thống được" in removed.content.decode()
    root.refresh_from_db()
    assert root.is_staff and Membership.objects.filter(pk=held.pk).exists()
    added = client.post(
        page,
        {"action": "add_membership", "unit": Unit.objects.get(code="03127").pk, "role": "leader"},
    )
    assert added.status_code == 400 and "Chỉ quản trị hệ thống được" in added.content.decode()
    assert not Membership.objects.filter(user=root, role="leader").exists()
