"""Demo accounts printed by `lantoa demo`: one per role, on real demo units."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from lantoa.accounts.models import Role
from lantoa.accounts.services import user_create

# Demo data only: printed by `lantoa demo` for people trying the system.
DEMO_PASSWORD = "lantoa-demo-2026"  # noqa: S105


@dataclass(frozen=True)
class DemoLogin:
    """A demo user's login and what it is for."""

    username: str
    unit_code: str
    role: str
    full_name: str
    manages_users: bool = False  # the board's administrator: the "Người dùng" pages


DEMO_LOGINS = [
    DemoLogin("bantuyengiao", "BTGDVTU", Role.BOARD, "Nguyễn Văn Minh", manages_users=True),
    DemoLogin("lanhdao", "BTGDVTU", Role.LEADER, "Trần Thị Lan Hương"),
    DemoLogin("dienbienphu", "03127", Role.REPORTER, "Lò Văn Tuấn"),
    DemoLogin("muongnhe", "03160", Role.REPORTER, "Giàng A Lử"),
    DemoLogin("congan", "DU-CA", Role.REPORTER, "Hoàng Đức Anh"),
    DemoLogin("ctv.dienbienphu", "03127", Role.COLLABORATOR, "Quàng Thị Mai"),
    DemoLogin("baodienbien", "BAO-PTTH", Role.PRESS, "Phạm Thu Trang"),
]


def demo_users_create() -> list[DemoLogin]:
    """Create the demo users that do not exist yet; existing ones are left untouched."""
    existing = set(get_user_model().objects.values_list("username", flat=True))
    for login in DEMO_LOGINS:
        if login.username not in existing:
            user = user_create(
                username=login.username,
                password=DEMO_PASSWORD,
                unit_code=login.unit_code,
                role=login.role,
                full_name=login.full_name,
            )
            if login.manages_users:
                user.user_permissions.add(
                    Permission.objects.get(content_type__app_label="auth", codename="change_user")
                )
    return DEMO_LOGINS
