"""Accounts marked staff by «Chuyên viên Ban» held at a commune lose the mark on upgrade."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission

from lantoa.accounts.models import Role
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

migration = importlib.import_module(
    "lantoa.accounts.migrations.0004_board_staff_mark_only_for_board_staff"
)


def test_it_clears_the_mark_of_staff_at_a_commune_and_keeps_the_boards_and_superusers():
    at_commune = make_user("cvb.xa", "03127", Role.BOARD)
    at_commune.is_staff = True  # as membership_add set it before the rule had one home
    at_commune.save(update_fields=["is_staff"])
    at_commune.user_permissions.add(
        Permission.objects.get(content_type__app_label="auth", codename="change_user")
    )
    at_board = make_user("cvb.ban", "BTGDVTU", Role.BOARD)
    root = make_user("goc", "03127", Role.REPORTER)
    root.is_staff = root.is_superuser = True
    root.save(update_fields=["is_staff", "is_superuser"])

    migration.staff_marks_clear(apps, None)

    for user in (at_commune, at_board, root):
        user.refresh_from_db()
    assert not at_commune.is_staff and not at_commune.user_permissions.exists()
    assert at_board.is_staff and root.is_staff
