"""`lantoa setpassword USERNAME`: give a user who forgot their password a new one, audited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.accounts.notices import tokens_revoked_notice
from lantoa.accounts.services import user_password_set
from lantoa.core.commands import password_given


class Command(BaseCommand):
    help = (
        "Đặt mật khẩu mới cho một tài khoản (hỏi mật khẩu, hoặc đọc từ --password-file); "
        "các phiên đăng nhập của tài khoản chấm dứt."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--password-file", type=Path, help="tệp chứa mật khẩu")

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model().objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"Không có tài khoản {options['username']!r}.")
        password = password_given(options["password_file"], noun="Mật khẩu mới")
        try:
            revoked = user_password_set(user=user, password=password)
        except ValidationError as exc:
            raise CommandError("Mật khẩu không được chấp nhận: " + " ".join(exc.messages)) from None
        name = user.get_username()
        self.stdout.write(
            f"Đã đặt mật khẩu mới cho {name}; các phiên đăng nhập của họ đã chấm dứt."
            + tokens_revoked_notice(revoked=revoked, own=False)
        )
