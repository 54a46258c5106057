"""`lantoa bundle -o DIR`: an offline install folder (wheels, Debian list, sums, install.sh)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.core.bundle import BundleRequest, build_bundle, source_root


class Command(BaseCommand):
    help = "Build, on a connected machine, a folder that installs Lan Tỏa with no network."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "-o", "--output", type=Path, required=True, help="thư mục sẽ ghi bộ cài vào"
        )
        parser.add_argument(
            "--python", help="phiên bản Python của máy đích, ví dụ 3.11 (chỉ với gói wheel)"
        )
        parser.add_argument("--platform", help="nền tảng của máy đích, ví dụ manylinux2014_x86_64")
        parser.add_argument(
            "--debs", action="store_true", help="tải thêm các gói .deb bằng apt-get download"
        )
        parser.add_argument(
            "--source", type=Path, help="thư mục mã nguồn (mặc định: thư mục đang dùng)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        source = options["source"] or source_root()
        if source is None or not (source / "pyproject.toml").is_file():
            raise CommandError(
                "Không tìm thấy thư mục mã nguồn có pyproject.toml: hãy chỉ rõ bằng --source."
            )
        request = BundleRequest(
            out=options["output"].resolve(),
            source=source.resolve(),
            python=options["python"],
            platform=options["platform"],
            debs=options["debs"],
        )
        try:
            out = build_bundle(request)
        except subprocess.CalledProcessError as exc:
            raise CommandError(f"Một bước tạo bộ cài bị lỗi: {exc}") from None
        wheels = len(list((out / "wheels").glob("*.whl")))
        self.stdout.write(
            f"Đã tạo bộ cài: {out} ({wheels} gói wheel); cài đặt: sh {out}/install.sh"
        )
