import os
import re
import socket
import subprocess
import sys
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from lantoa.accounts.models import Membership
from lantoa.organization.models import Unit, UnitFigure, UnitGroup, UnitLineage


def run_lantoa(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")} | env
    return subprocess.run(
        [sys.executable, "-m", "lantoa", *args],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_explains_a_malformed_database_url_in_one_line(tmp_path):
    result = run_lantoa(
        "check",
        env={"LANTOA_DATA_DIR": str(tmp_path), "LANTOA_DATABASE_URL": "mysql://root@localhost/x"},
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "LANTOA_DATABASE_URL" in result.stderr
    assert not (tmp_path / "lantoa.sqlite3").exists()


def test_it_says_to_migrate_a_fresh_data_folder_instead_of_a_traceback(tmp_path):
    claims = tmp_path / "claims.json"
    claims.write_text('[{"id": "1", "statement": "Gạo Điện Biên bị thu hồi"}]', encoding="utf-8")
    result = run_lantoa(
        "opinion", "claims", "load", str(claims), env={"LANTOA_DATA_DIR": str(tmp_path)}
    )
    assert result.returncode == 2
    assert "Cơ sở dữ liệu chưa được khởi tạo" in result.stderr and "lantoa migrate" in result.stderr
    assert "Traceback" not in result.stderr


def test_it_explains_a_data_folder_that_cannot_be_written(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_lantoa("check", env={"LANTOA_DATA_DIR": str(blocker / "data")})
    assert result.returncode == 2
    assert "thư mục dữ liệu" in result.stderr
    assert "Traceback" not in result.stderr


def test_it_passes_the_deploy_check_with_production_variables(tmp_path):
    result = run_lantoa(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "LANTOA_DATA_DIR": str(tmp_path),
            "LANTOA_ALLOWED_HOSTS": "lantoa.tinhuy.dienbien.vn",
            "LANTOA_CSRF_TRUSTED_ORIGINS": "https://lantoa.tinhuy.dienbien.vn",
            "LANTOA_SECURE_COOKIES": "true",
            "LANTOA_SSL_REDIRECT": "true",
            "LANTOA_HSTS_SECONDS": "31536000",
        },
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_it_creates_a_user_from_a_password_file(tmp_path):
    password_file = tmp_path / "pw"
    password_file.write_text("mot-mat-khau-dai-2026\n")
    call_command(
        "createuser",
        "thu.ky",
        "--unit",
        "03127",
        "--role",
        "reporter",
        "--password-file",
        str(password_file),
        stdout=StringIO(),
    )
    user = get_user_model().objects.get(username="thu.ky")
    assert user.check_password("mot-mat-khau-dai-2026")
    assert Membership.objects.get(user=user).unit.code == "03127"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("unit", "role", "message"),
    [("99999", "reporter", "Không có đơn vị"), ("03127", "chief", "Vai trò không hợp lệ")],
)
def test_it_refuses_an_unknown_unit_or_role_and_creates_nothing(tmp_path, unit, role, message):
    password_file = tmp_path / "pw"
    password_file.write_text("mot-mat-khau-dai-2026")
    with pytest.raises(CommandError, match=message):
        call_command(
            "createuser",
            "ai.do",
            "--unit",
            unit,
            "--role",
            role,
            "--password-file",
            str(password_file),
        )
    assert not get_user_model().objects.filter(username="ai.do").exists()


@pytest.mark.django_db
def test_it_refuses_a_weak_password(tmp_path):
    password_file = tmp_path / "pw"
    password_file.write_text("123")
    with pytest.raises(CommandError, match="Mật khẩu không được chấp nhận"):
        call_command(
            "createuser",
            "yeu",
            "--unit",
            "03127",
            "--role",
            "reporter",
            "--password-file",
            str(password_file),
        )
    assert not get_user_model().objects.filter(username="yeu").exists()


def test_it_refuses_to_serve_on_a_taken_port():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(CommandError, match="không mở được cổng"):
            call_command("serve", "--port", str(port), "--no-worker")


def _snapshot() -> dict[str, list[tuple[object, ...]]]:
    return {
        "units": list(Unit.objects.order_by("pk").values_list()),
        "lineage": list(UnitLineage.objects.order_by("pk").values_list()),
        "figures": list(UnitFigure.objects.order_by("pk").values_list()),
        "groups": list(UnitGroup.objects.order_by("pk").values_list()),
        "users": list(
            get_user_model().objects.order_by("pk").values_list("pk", "username", "password")
        ),
        "memberships": list(Membership.objects.order_by("pk").values_list()),
    }


@pytest.mark.django_db
def test_it_loads_the_demo_once_and_a_second_run_changes_nothing(monkeypatch):
    # As on a fresh clone without ../shared/data: the demo's models train on the in-domain set
    # alone, in seconds (with the public sets, half a minute of this test went to training).
    monkeypatch.setattr("lantoa.opinion.demo.default_shared_dir", lambda: None)
    out = StringIO()
    call_command("demo", "--no-serve", stdout=out)
    assert "bantuyengiao" in out.getvalue() and "dienbienphu" in out.getvalue()
    before = _snapshot()
    again = StringIO()
    call_command("demo", "--no-serve", stdout=again)
    assert _snapshot() == before
    # Every line the person who started the demo reads is Vietnamese, the second run's too.
    for text in (out.getvalue(), again.getvalue()):
        assert "Tài khoản demo" in text and "Cộng tác viên dư luận xã hội" in text
        assert not ENGLISH.findall(text), ENGLISH.findall(text)


# Words of the English summary the demo printed before it spoke Vietnamese.
ENGLISH = re.compile(
    r"\b(units|logins|password|tasks|assignments|activities|entries|marked|already|loaded|"
    r"Roles|sign in|Press|Materials|Opinion|Survey|Study|Awareness|Board|Showcase|Demo "
    r"province|awaiting|published|questions|answers|open until|collaborator|reporter|board|"
    r"leader|press|sentiment|topic|toxicity|trial|phone|without|steps|offline)\b"
)
