"""Django's own account commands, typed into `lantoa`, leave the same audit entry as ours."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.cli import command_line

pytestmark = pytest.mark.django_db

NEW = "mat-khau-moi-cap-lai-2026"


def lantoa(*args: str) -> None:
    """Run a `lantoa` command line as cli.main routes it (main closes the test's connection)."""
    call_command(*command_line(list(args)), stdout=StringIO(), stderr=StringIO())


def test_it_routes_changepassword_to_the_audited_setpassword():
    assert command_line(["changepassword", "baocao.dbp"]) == ["setpassword", "baocao.dbp"]


def test_it_audits_a_password_changed_with_djangos_spelling(monkeypatch, commune_reporter):
    monkeypatch.setattr("getpass.getpass", lambda prompt="": NEW)
    lantoa("changepassword", "baocao.dbp")
    commune_reporter.refresh_from_db()
    assert commune_reporter.check_password(NEW)
    entry = AuditEntry.objects.get(action=AuditAction.CHANGE, target="Tài khoản baocao.dbp")
    assert entry.detail["op"] == "user_password_set"


def test_it_audits_a_superuser_created_with_djangos_command(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", NEW)
    lantoa("createsuperuser", "--noinput", "--username", "quantri", "--email", "qt@ban.vn")
    user = get_user_model().objects.get(username="quantri")
    assert user.is_superuser and user.check_password(NEW)
    entry = AuditEntry.objects.get(target="Tài khoản quantri")
    assert entry.detail["op"] == "superuser_create"
    assert entry.detail["account"] == user.pk
    assert NEW not in str(entry.detail)


def test_it_records_nothing_when_djangos_command_creates_no_one(monkeypatch, commune_reporter):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", NEW)
    with pytest.raises(CommandError):
        lantoa("createsuperuser", "--noinput", "--username", "baocao.dbp", "--email", "x@ban.vn")
    assert not AuditEntry.objects.filter(detail__op="superuser_create").exists()
