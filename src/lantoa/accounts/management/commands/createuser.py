"""`lantoa createuser USERNAME --unit CODE --role ROLE`: create a user with one membership."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.accounts.models import Role
from lantoa.accounts.services import AccountError, user_create


class Command(BaseCommand):
    help = "Create a user holding a role at a unit (password asked, or read from --password-file)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--unit", required=True, help="the unit's code, e.g. 03127 or BTGDVTU")
        parser.add_argument("--role", required=True, help=f"one of: {', '.join(Role.values)}")
        parser.add_argument("--password-file", type=Path)
        parser.add_argument("--full-name", default="")
        parser.add_argument("--email", default="")

    def _password(self, options: dict[str, Any]) -> str:
        path: Path | None = options["password_file"]
        if path is not None:
            try:
                return path.read_text(encoding="utf-8").strip("\r\n")
            except OSError as exc:
                raise CommandError(f"cannot read {path}: {exc.strerror}") from None
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("the two passwords differ")
        return first

    def handle(self, *args: Any, **options: Any) -> None:
        if options["role"] not in Role.values:
            raise CommandError(
                f"unknown role {options['role']!r}; use one of: {', '.join(Role.values)}"
            )
        password = self._password(options)
        try:
            user = user_create(
                username=options["username"],
                password=password,
                unit_code=options["unit"],
                role=options["role"],
                full_name=options["full_name"],
                email=options["email"],
            )
        except AccountError as exc:
            raise CommandError(str(exc)) from None
        except ValidationError as exc:
            raise CommandError("password refused: " + " ".join(exc.messages)) from None
        self.stdout.write(f"Created {user.username} ({options['role']} at {options['unit']}).")
