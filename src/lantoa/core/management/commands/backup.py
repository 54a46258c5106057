"""`lantoa backup [-o FILE]`: database (online, consistent) and uploads into one .tar.gz."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.core.backup import BackupError, backup_create, backup_key_path


class Command(BaseCommand):
    help = (
        "Sao lưu cơ sở dữ liệu và các tệp đã tải lên vào một tệp .tar.gz, kèm bảng kê mã "
        "kiểm tra có chữ ký."
    )
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("-o", "--output", type=Path, help="tệp .tar.gz sẽ ghi ra")

    def handle(self, *args: Any, **options: Any) -> None:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        output = options["output"] or Path(f"lantoa-backup-{stamp}.tar.gz")
        try:
            manifest = backup_create(output=output)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        rows = sum(t["rows"] for t in manifest["tables"].values())
        self.stdout.write(
            f"Đã ghi bản sao lưu: {output} ({manifest['engine']}, {len(manifest['tables'])} bảng, "
            f"{rows} dòng, {len(manifest['uploads'])} tệp đã tải lên)\n"
            f"Đã ký bằng khóa {backup_key_path()}: khi khôi phục cần khóa này, hãy giữ một bản "
            "sao của khóa ở nơi riêng, tách khỏi các bản sao lưu (phiên đăng nhập và mã bí mật "
            "xác thực hai lớp không có trong bản sao lưu)."
        )
