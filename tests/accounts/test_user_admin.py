"""The board administrator's user pages: list, roles, lock and unlock, two-step reset, audited."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from lantoa.accounts.mfa import mfa_confirmed_device, recovery_codes_renew
from lantoa.accounts.models import Membership, RecoveryCode, Role, TotpDevice
from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.organization.models import Unit
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user(board_user):  # type: ignore[no-untyped-def]
    """Board staff given the right to administer accounts."""
    board_user.user_permissions.add(Permission.objects.get(codename="change_user"))
    return get_user_model().objects.get(pk=board_user.pk)


def detail(user) -> str:  # type: ignore[no-untyped-def]
    return reverse("accounts:user_detail", args=[user.pk])


def audited(op: str, account) -> bool:  # type: ignore[no-untyped-def]
    entries = AuditEntry.objects.filter(action=AuditAction.CHANGE, target=f"Tài khoản {account}")
    return any(e.detail.get("op") == op for e in entries)


def test_it_lists_users_in_vietnamese_order_with_a_search_that_ignores_diacritics(admin_user):
    for username, last in (("b", "Ánh"), ("c", "Anh"), ("d", "Đức")):
        account = make_user(username, "03127", Role.REPORTER)
        account.last_name = last
        account.save()
    page = client_for(admin_user).get(reverse("accounts:user_list"))
    body = page.content.decode()
    assert page.status_code == 200
    assert body.index("Anh") < body.index("Ánh") < body.index("Đức")
    assert "Cán bộ báo cáo của đơn vị — " in body
    found = client_for(admin_user).get(reverse("accounts:user_list"), {"q": "duc"})
    names = [a.username for a in found.context["accounts"]]
    assert names == ["d"]


def test_it_adds_and_removes_a_membership_and_audits_both(admin_user, commune_reporter):
    client = client_for(admin_user)
    unit = Unit.objects.get(code="03160")
    answer = client.post(
        detail(commune_reporter), {"action": "add_membership", "unit": unit.pk, "role": "leader"}
    )
    assert answer.status_code == 302
    added = Membership.objects.get(user=commune_reporter, unit=unit, role=Role.LEADER)
    assert audited("membership_add", commune_reporter)
    assert "Đã giao cho" in client.get(detail(commune_reporter)).content.decode()
    client.post(detail(commune_reporter), {"action": "remove_membership", "membership": added.pk})
    assert not Membership.objects.filter(pk=added.pk).exists()
    assert audited("membership_remove", commune_reporter)


@pytest.mark.parametrize("posted", ["abc", "1.5", "99999999999999999999"])
def test_it_answers_a_malformed_membership_id_with_404_and_removes_nothing(
    admin_user, commune_reporter, posted
):
    client = client_for(admin_user)
    client.raise_request_exception = False
    page = client.post(
        detail(commune_reporter), {"action": "remove_membership", "membership": posted}
    )
    assert page.status_code == 404
    assert Membership.objects.filter(user=commune_reporter).count() == 1


def test_it_refuses_a_membership_held_already_on_the_form(admin_user, commune_reporter):
    unit = Unit.objects.get(code="03127")
    page = client_for(admin_user).post(
        detail(commune_reporter), {"action": "add_membership", "unit": unit.pk, "role": "reporter"}
    )
    assert page.status_code == 400  # core.forms.render_form: a refused POST is a 400
    assert "đã có vai trò này" in str(page.context["form"].errors["role"])
    assert Membership.objects.filter(user=commune_reporter).count() == 1


def test_it_deactivates_and_reactivates_a_user_with_audit(admin_user, commune_reporter):
    client = client_for(admin_user)
    client.post(detail(commune_reporter), {"action": "deactivate"})
    commune_reporter.refresh_from_db()
    assert not commune_reporter.is_active
    assert audited("user_deactivate", commune_reporter)
    client.post(detail(commune_reporter), {"action": "reactivate"})
    commune_reporter.refresh_from_db()
    assert commune_reporter.is_active
    assert audited("user_reactivate", commune_reporter)


def test_it_resets_two_step_sign_in_with_audit(admin_user, leader_user):
    TotpDevice.objects.create(
        user=leader_user, secret="JBSWY3DPEHPK3PXP", confirmed_at="2026-12-01T08:00Z"
    )
    recovery_codes_renew(user=leader_user)
    client_for(admin_user).post(detail(leader_user), {"action": "reset_two_step"})
    assert mfa_confirmed_device(user=leader_user) is None
    assert not RecoveryCode.objects.filter(user=leader_user).exists()
    assert audited("user_two_step_reset", leader_user)


def test_it_ends_the_users_sessions_when_their_second_step_is_reset(admin_user, leader_user):
    # A lost phone's finder, or whoever already passed the second step with it, kept their
    # session (already past the second step) after the reset, until it expired.
    TotpDevice.objects.create(
        user=leader_user, secret="JBSWY3DPEHPK3PXP", confirmed_at="2026-12-01T08:00Z"
    )
    signed_in = client_for(leader_user)
    assert signed_in.get(reverse("home")).status_code == 200
    client_for(admin_user).post(detail(leader_user), {"action": "reset_two_step"})
    assert signed_in.get(reverse("home"))["Location"].startswith(reverse("accounts:login"))


def test_it_refuses_board_administrators_the_superusers_lock_and_second_step(admin_user):
    root = get_user_model().objects.create_superuser("quantri", password="x-Mat-khau-42")
    recovery_codes_renew(user=root)
    client = client_for(admin_user)
    page = client.post(detail(root), {"action": "reset_two_step"}, follow=True)
    assert "Chỉ quản trị hệ thống được tắt xác thực hai bước" in page.content.decode()
    assert RecoveryCode.objects.filter(user=root).exists()
    client.post(detail(root), {"action": "deactivate"})
    root.refresh_from_db()
    assert root.is_active


def test_it_refuses_self_deactivation(admin_user):
    page = client_for(admin_user).post(detail(admin_user), {"action": "deactivate"}, follow=True)
    admin_user.refresh_from_db()
    assert admin_user.is_active
    assert "Không thể tự khóa tài khoản của chính mình." in page.content.decode()
    assert not audited("user_deactivate", admin_user)


def test_it_refuses_to_remove_the_administrators_own_last_board_role(admin_user):
    own = Membership.objects.get(user=admin_user, role=Role.BOARD)
    page = client_for(admin_user).post(
        detail(admin_user), {"action": "remove_membership", "membership": own.pk}, follow=True
    )
    assert Membership.objects.filter(pk=own.pk).exists()
    assert "mất quyền quản trị tài khoản" in page.content.decode()


@pytest.mark.parametrize("fixture", ["board_user", "leader_user", "commune_reporter"])
def test_it_refuses_every_action_to_users_without_the_right(fixture, request, commune_reporter):
    user = request.getfixturevalue(fixture)
    target = make_user("dich", "03160", Role.REPORTER)
    client = client_for(user)
    assert client.get(reverse("accounts:user_list")).status_code == 403
    for action in ("deactivate", "reset_two_step", "remove_membership"):
        assert client.post(detail(target), {"action": action}).status_code == 403
    target.refresh_from_db()
    assert target.is_active
    assert Membership.objects.filter(user=target).count() == 1
    assert f'href="{reverse("accounts:user_list")}"' not in client.get("/").content.decode()


def test_it_makes_the_demo_board_account_the_administrator_of_users(kl51_campaign):
    from lantoa.accounts.demo import demo_users_create
    from lantoa.accounts.selectors import may_manage_users

    demo_users_create()
    users = get_user_model().objects
    assert may_manage_users(user=users.get(username="bantuyengiao"))
    assert not may_manage_users(user=users.get(username="lanhdao"))


def test_it_takes_the_board_pages_and_account_rights_away_with_the_last_board_role(admin_user):
    # A board staff member moved to a commune kept is_staff and «Can change user»: the Django
    # admin at /admin/ still let them edit every account, their own rights included.
    root = get_user_model().objects.create_superuser("goc", password="x")
    moved = get_user_model().objects.get(pk=admin_user.pk)
    commune = Unit.objects.get(code="03127")
    from lantoa.accounts.services import membership_add, membership_remove

    membership_add(actor=root, user=moved, unit=commune, role=Role.REPORTER)
    board = Membership.objects.get(user=moved, role=Role.BOARD)
    membership_remove(actor=root, membership=board)
    moved = get_user_model().objects.get(pk=moved.pk)
    assert not moved.is_staff and not moved.has_perm("auth.change_user")
    assert client_for(moved).get(reverse("admin:auth_user_changelist")).status_code == 302
    assert audited("membership_remove", moved)


def test_it_takes_the_admin_away_with_the_last_board_role_held_at_the_board(admin_user):
    # Board staff is "Chuyên viên Ban" held at the board (accounts.selectors.is_board_staff);
    # the Django admin's mark was kept by any "Chuyên viên Ban" role, one at a commune too, so
    # a staff member moved to a commune in that role kept /admin/ and «Can change user» there
    # while every account page of the site refused them.
    root = get_user_model().objects.create_superuser("goc", password="x")
    moved = get_user_model().objects.get(pk=admin_user.pk)
    commune = Unit.objects.get(code="03127")
    from lantoa.accounts.selectors import is_board_staff, may_manage_users
    from lantoa.accounts.services import membership_add, membership_remove

    membership_add(actor=root, user=moved, unit=commune, role=Role.BOARD)
    board = Membership.objects.get(user=moved, role=Role.BOARD, unit__kind="board")
    membership_remove(actor=root, membership=board)
    moved = get_user_model().objects.get(pk=moved.pk)
    assert not is_board_staff(user=moved) and not may_manage_users(user=moved)
    assert not moved.is_staff and not moved.has_perm("auth.change_user")
    assert client_for(moved).get(reverse("admin:auth_user_changelist")).status_code == 302


def test_it_opens_the_admin_only_to_board_staff_at_the_board(db):
    # A "Chuyên viên Ban" role at a commune reads that commune only; it is not board staff.
    from lantoa.accounts.selectors import is_board_staff
    from lantoa.accounts.services import membership_add, user_create

    root = get_user_model().objects.create_superuser("goc", password="x")
    created = user_create(
        username="cvxa", password="Mật-khẩu-dài-2026", unit_code="03127", role=Role.BOARD
    )
    added = make_user("cvxa2", "03127", Role.REPORTER)
    membership_add(actor=root, user=added, unit=Unit.objects.get(code="03127"), role=Role.BOARD)
    added = get_user_model().objects.get(pk=added.pk)
    assert [is_board_staff(user=u) for u in (created, added)] == [False, False]
    assert [u.is_staff for u in (created, added)] == [False, False]
