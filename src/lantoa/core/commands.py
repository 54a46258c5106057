"""The one shape of a `lantoa <app> <action> …` command: each action, its arguments and method."""

from __future__ import annotations

import datetime
import getpass
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor

from lantoa.core.dates import typed_date, why_not_a_date


class ActionCommand(BaseCommand):
    """A command of actions: `add_actions` declares them, `do_<action>` runs each one."""

    def add_arguments(self, parser: CommandParser) -> None:
        """Declare the actions, one of which is required."""
        self.add_actions(parser.add_subparsers(dest="action", required=True))

    def add_actions(self, actions: Any) -> None:
        """Declare each action as `actions.add_parser(name, help=…)` with its arguments."""
        raise NotImplementedError

    def handle(self, *args: Any, **options: Any) -> None:
        """Run the chosen action's `do_<action>` (a dash in its name read as an underscore)."""
        try:
            getattr(self, "do_" + options["action"].replace("-", "_"))(options)
        except DatabaseError:
            # A fresh data folder has no tables: say what to run instead of a traceback.
            pending = unapplied_migrations()
            if pending:
                raise CommandError(
                    f"Cơ sở dữ liệu chưa được khởi tạo ({pending} bước chưa áp dụng). Chạy "
                    "`lantoa migrate` (hoặc `lantoa demo --no-serve` để có dữ liệu mẫu) "
                    "rồi thử lại.",
                    returncode=2,
                ) from None
            raise


def unapplied_migrations() -> int:
    """Return how many migrations the default database has not applied yet."""
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def existing_file(value: str) -> Path:
    """Return a command's file argument, refused in Vietnamese when missing or a folder."""
    path = Path(value)
    if path.is_dir():
        raise CommandError(f"{path} là một thư mục, không phải tệp.", returncode=1)
    if not path.is_file():
        raise CommandError(f"Không có tệp: {path}", returncode=1)
    return path


def typed_day(value: str) -> datetime.date:
    """Return a command's date argument read as every typed date is, refused in Vietnamese."""
    day = typed_date(value)
    if day is None:
        raise CommandError(f"Ngày không hợp lệ: {value} ({why_not_a_date(value)}).", returncode=1)
    return day


def password_given(path: Path | None, *, noun: str = "Mật khẩu") -> str:
    """Return a password from --password-file, else asked twice at the terminal (never echoed)."""
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").strip("\r\n")
        except OSError as exc:
            raise CommandError(f"Không đọc được tệp {path}: {exc.strerror}.") from None
    first = getpass.getpass(f"{noun}: ")
    if first != getpass.getpass(f"Nhập lại {noun[0].lower()}{noun[1:]}: "):
        raise CommandError("Hai lần nhập mật khẩu không khớp.")
    return first
