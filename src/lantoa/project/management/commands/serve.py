"""`lantoa serve`: migrate, then run the WSGI server and the background worker."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.project.server import ServeError, serve


class Command(BaseCommand):
    help = (
        "Cập nhật cấu trúc cơ sở dữ liệu (migrate) nếu còn chờ, rồi chạy Lan Tỏa bằng waitress "
        "cùng tiến trình nền."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8, help="số luồng của mỗi tiến trình")
        parser.add_argument(
            "--processes",
            type=int,
            default=None,
            help="số tiến trình waitress trên cổng (Linux; mặc định LANTOA_SERVE_PROCESSES hoặc 1)",
        )
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="chỉ phục vụ trang web, không chạy tiến trình nền",
        )

    def prepare(self) -> None:
        """Apply migrations, then take up the imports and readings a stopped worker left."""
        from lantoa.guidance.services import guidance_documents_resume
        from lantoa.opinion.services import stale_imports_fail
        from lantoa.reporting.excel.importer import excel_imports_resume

        call_command("migrate", interactive=False, verbosity=0)
        resumed = excel_imports_resume()
        if resumed:
            self.stdout.write(f"Đã tiếp tục {resumed} lượt nhập tệp Excel còn dở.")
        reading = guidance_documents_resume()
        if reading:
            self.stdout.write(f"Đã tiếp tục đọc {reading} văn bản hướng dẫn đã tải lên.")
        failed = stale_imports_fail()
        if failed:
            self.stdout.write(
                f"Đã ghi nhận thất bại {len(failed)} lượt nhập dư luận bị dừng giữa chừng."
            )

    def handle(self, *args: Any, **options: Any) -> None:
        if not 0 < options["port"] < 65536:
            raise CommandError("--port phải từ 1 đến 65535.")
        processes = options["processes"]
        if processes is None:
            processes = settings.LANTOA_SERVE_PROCESSES
        if processes < 1 or options["threads"] < 1:
            raise CommandError("--processes và --threads phải từ 1 trở lên.")
        try:
            serve(
                host=options["host"],
                port=options["port"],
                threads=options["threads"],
                processes=processes,
                with_worker=not options["no_worker"],
                before_start=self.prepare,
                announce=lambda text: self.stdout.write(text),
            )
        except ServeError as exc:
            raise CommandError(str(exc)) from None
