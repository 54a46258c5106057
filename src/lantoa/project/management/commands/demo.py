"""`lantoa demo`: load the demo province and users once, print the logins, then serve."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from lantoa.project.demo import demo_load


class Command(BaseCommand):
    help = "Load the Điện Biên demo (idempotent), print the demo logins, then serve."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-serve", action="store_true", help="load and print, do not serve")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        summary = demo_load()
        self.stdout.write(summary.describe())
        if not options["no_serve"]:
            call_command("serve", host=options["host"], port=options["port"])
