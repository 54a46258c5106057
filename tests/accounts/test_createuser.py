"""`lantoa createuser --user-admin`: the first board account of an installation runs accounts."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from lantoa.audit.models import AuditAction, AuditEntry
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _create(tmp_path, username: str, unit: str, role: str, *extra: str) -> None:  # type: ignore[no-untyped-def]
    password_file = tmp_path / "pw"
    password_file.write_text("mot-mat-khau-dai-2026\n")
    arguments = ["--unit", unit, "--role", role, "--password-file", str(password_file), *extra]
    call_command("createuser", username, *arguments, stdout=StringIO())


def test_it_makes_the_first_board_account_an_account_administrator(tmp_path):
    # README's first start: `lantoa createuser … --unit BTGDVTU --role board`; without the
    # right to administer accounts nobody could open «Người dùng» short of Django's unaudited
    # createsuperuser, which no page or document named.
    _create(tmp_path, "quantri", "BTGDVTU", "board", "--user-admin")
    admin = get_user_model().objects.get(username="quantri")
    assert client_for(admin).get(reverse("accounts:user_list")).status_code == 200
    entry = AuditEntry.objects.get(action=AuditAction.CHANGE, target="Tài khoản quantri")
    assert entry.detail["user_admin"] is True


def test_it_gives_no_account_administration_without_the_flag(tmp_path):
    _create(tmp_path, "chuyenvien2", "BTGDVTU", "board")
    staff = get_user_model().objects.get(username="chuyenvien2")
    assert client_for(staff).get(reverse("accounts:user_list")).status_code == 403


def test_it_refuses_account_administration_outside_board_staff(tmp_path):
    with pytest.raises(CommandError, match="chỉ dành cho cán bộ Ban"):
        _create(tmp_path, "baocao.moi", "03127", "reporter", "--user-admin")
    assert not get_user_model().objects.filter(username="baocao.moi").exists()
