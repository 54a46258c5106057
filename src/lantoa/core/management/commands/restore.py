"""`lantoa restore FILE`: restore a backup into an EMPTY data folder and verify every table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
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
        self._warn_of_missing_keys()

    def _warn_of_missing_keys(self) -> None:
        """Say which kept key files are not in place yet: no archive holds them (README)."""
        # A missing key is made anew on first use: the restored audit log would then fail its
        # check at entry 1, and the same commenter would get a new pseudonym.
        keys = {
            "LANTOA_AUDIT_KEY_FILE": ("audit.key", settings.LANTOA_AUDIT_KEY_FILE),
            "LANTOA_OPINION_KEY_FILE": ("opinion.key", settings.LANTOA_OPINION_KEY_FILE),
        }
        for variable, (name, path) in keys.items():
            if not Path(path).expanduser().is_file():
                self.stderr.write(
                    f"Chú ý: chưa có {name} tại {path} ({variable}): chép tệp {name} đã giữ lại "
                    "từ bản cài đặt cũ vào đó trước khi chạy lệnh lantoa nào khác."
                )
