"""`lantoa demo`: load the demo province and users once, print the logins, then serve."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.project.demo import demo_load
from lantoa.project.management.commands.serve import Command as ServeCommand
from lantoa.project.server import SERVING, ServeError, serve


class Command(BaseCommand):
    help = (
        "Nạp bản demo Điện Biên (chạy lại không thay đổi gì), in các tài khoản demo, rồi chạy "
        "máy chủ."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--no-serve", action="store_true", help="chỉ nạp và in tài khoản, không chạy máy chủ"
        )
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        summary = demo_load()
        if options["no_serve"]:
            self.stdout.write(summary.describe())
            return
        if not 0 < options["port"] < 65536:
            raise CommandError("--port phải từ 1 đến 65535.")

        def announce(text: str) -> None:
            self.stdout.write(text)
            if text.startswith(SERVING):
                # The logins come last, once the server runs, with the worker kept quiet.
                self.stdout.write("")
                self.stdout.write(summary.describe())

        try:
            serve(
                host=options["host"],
                port=options["port"],
                threads=8,
                with_worker=True,
                before_start=ServeCommand().prepare,
                announce=announce,
                quiet=True,
            )
        except ServeError as exc:
            raise CommandError(str(exc)) from None
