"""`lantoa restore FILE`: restore a backup into an EMPTY data folder and verify every table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.core.backup import BackupError
from lantoa.core.restore import backup_restore


class Command(BaseCommand):
    help = "Khôi phục tệp `lantoa backup` vào một thư mục dữ liệu trống, rồi kiểm tra từng bảng."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            report = backup_restore(source=options["file"])
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        if report["mismatches"] or report["integrity"] != "ok":
            raise CommandError(
                f"Đã khôi phục nhưng KIỂM TRA KHÔNG ĐẠT: integrity={report['integrity']}, "
                f"các bảng sai lệch: {', '.join(report['mismatches']) or 'không có'}."
            )
        self.stdout.write(
            f"Đã khôi phục và kiểm tra: {report['tables']} bảng, {report['rows']} dòng, "
            f"{report['uploads']} tệp đã tải lên; số dòng và mã kiểm tra đều khớp."
        )
