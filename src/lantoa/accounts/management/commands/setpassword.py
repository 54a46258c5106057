"""`lantoa setpassword USERNAME`: give a user who forgot their password a new one, audited."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.accounts.services import user_password_set


class Command(BaseCommand):
    help = (
        "Đặt mật khẩu mới cho một tài khoản (hỏi mật khẩu, hoặc đọc từ --password-file); "
        "các phiên đăng nhập của tài khoản chấm dứt."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--password-file", type=Path, help="tệp chứa mật khẩu")

    def _password(self, path: Path | None) -> str:
        if path is not None:
            try:
                return path.read_text(encoding="utf-8").strip("\r\n")
            except OSError as exc:
                raise CommandError(f"Không đọc được tệp {path}: {exc.strerror}.") from None
        first = getpass.getpass("Mật khẩu mới: ")
        if first != getpass.getpass("Nhập lại mật khẩu mới: "):
            raise CommandError("Hai lần nhập mật khẩu không khớp.")
        return first

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model().objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"Không có tài khoản {options['username']!r}.")
        password = self._password(options["password_file"])
        try:
            user_password_set(user=user, password=password)
        except ValidationError as exc:
            raise CommandError("Mật khẩu không được chấp nhận: " + " ".join(exc.messages)) from None
        name = user.get_username()
        self.stdout.write(
            f"Đã đặt mật khẩu mới cho {name}; các phiên đăng nhập của họ đã chấm dứt."
        )
