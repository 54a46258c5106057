"""`lantoa createuser USERNAME --unit CODE --role ROLE`: create a user with one membership."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.accounts.models import Role
from lantoa.accounts.services import AccountError, user_create
from lantoa.core.commands import password_given


class Command(BaseCommand):
    help = (
        "Tạo tài khoản giữ một vai trò tại một đơn vị (hỏi mật khẩu, hoặc đọc từ --password-file)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--unit", required=True, help="mã đơn vị, ví dụ 03127 hoặc BTGDVTU")
        parser.add_argument("--role", required=True, help=f"một trong: {', '.join(Role.values)}")
        parser.add_argument("--password-file", type=Path, help="tệp chứa mật khẩu")
        parser.add_argument("--full-name", default="", help="họ và tên")
        parser.add_argument("--email", default="", help="thư điện tử")
        parser.add_argument(
            "--user-admin",
            action="store_true",
            help="quyền quản trị tài khoản (trang «Người dùng»); chỉ cho --role board tại Ban",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["role"] not in Role.values:
            raise CommandError(
                f"Vai trò không hợp lệ: {options['role']!r}; "
                f"chọn một trong: {', '.join(Role.values)}."
            )
        password = password_given(options["password_file"])
        try:
            user = user_create(
                username=options["username"],
                password=password,
                unit_code=options["unit"],
                role=options["role"],
                full_name=options["full_name"],
                email=options["email"],
                user_admin=options["user_admin"],
            )
        except AccountError as exc:
            raise CommandError(str(exc)) from None
        except ValidationError as exc:
            raise CommandError("Mật khẩu không được chấp nhận: " + " ".join(exc.messages)) from None
        self.stdout.write(
            f"Đã tạo tài khoản {user.username} (vai trò {options['role']} tại {options['unit']})."
        )
