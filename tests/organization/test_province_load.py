"""`lantoa units load` on a new installation: the shipped unit tree without figures or accounts,
once; then the first board account can be created (before, only `lantoa demo` made units)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.installs import Install

COUNTS = """
import json
from django.contrib.auth import get_user_model
from lantoa.audit.models import AuditEntry
from lantoa.organization.models import Unit, UnitFigure, UnitGroup, UnitState
print(json.dumps({
    "in_force": Unit.objects.filter(state=UnitState.ACTIVE).count(),
    "merged": Unit.objects.filter(state=UnitState.MERGED).count(),
    "figures": UnitFigure.objects.count(),
    "groups": UnitGroup.objects.count(),
    "users": get_user_model().objects.count(),
    "loads": AuditEntry.objects.filter(detail__op="province_units_load").count(),
}))
"""


def _lantoa(install: Install, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lantoa", *args],
        env=install.env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_it_loads_the_unit_tree_once_and_lets_the_first_board_user_be_created(
    migrated_install: Install, tmp_path: Path
) -> None:
    install = migrated_install.copy_to(tmp_path / "data")
    password = tmp_path / "mat-khau"
    password.write_text("mot-mat-khau-dai-2026")
    user = ["createuser", "chuyenvien", "--unit", "BTGDVTU", "--role", "board"]
    try:
        before = _lantoa(install, *user, "--password-file", str(password))
        assert before.returncode != 0 and "Không có đơn vị" in before.stderr
        first = _lantoa(install, "units", "load")
        assert first.returncode == 0, first.stderr
        assert "56 đơn vị, trong đó 45 đảng ủy xã, phường" in first.stdout
        again = _lantoa(install, "units", "load")
        assert "không thay đổi gì" in again.stdout
        created = _lantoa(install, *user, "--password-file", str(password))
        assert created.returncode == 0 and "Đã tạo tài khoản chuyenvien" in created.stdout
        counts = json.loads(_lantoa(install, "shell", "-c", COUNTS).stdout.splitlines()[-1])
    finally:
        install.drop()
    # The demo's figures are marked demo and never belong to a real installation.
    assert counts == {
        "in_force": 56,
        "merged": 129,
        "figures": 0,
        "groups": 4,
        "users": 1,
        "loads": 1,
    }


@pytest.mark.django_db
def test_it_changes_nothing_where_the_tree_is_already_there() -> None:
    from io import StringIO

    from django.core.management import call_command

    from lantoa.organization.models import Unit, UnitFigure

    units, figures = Unit.objects.count(), UnitFigure.objects.count()
    out = StringIO()
    call_command("units", "load", stdout=out)
    assert "không thay đổi gì" in out.getvalue()
    assert (Unit.objects.count(), UnitFigure.objects.count()) == (units, figures)
