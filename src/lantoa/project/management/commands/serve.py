"""`lantoa serve`: migrate, then run the WSGI server and the background worker."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.project.server import ServeError, serve


class Command(BaseCommand):
    help = "Apply pending migrations, then serve Lan Tỏa with waitress and the task worker."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8, help="threads of each process")
        parser.add_argument(
            "--processes",
            type=int,
            default=None,
            help="waitress processes on the port (Linux; default LANTOA_SERVE_PROCESSES or 1)",
        )
        parser.add_argument("--no-worker", action="store_true", help="serve pages only")

    def prepare(self) -> None:
        """Apply migrations, then take up the imports and readings a stopped worker left."""
        from lantoa.guidance.services import guidance_documents_resume
        from lantoa.opinion.services import stale_imports_fail
        from lantoa.reporting.excel.importer import excel_imports_resume

        call_command("migrate", interactive=False, verbosity=0)
        resumed = excel_imports_resume()
        if resumed:
            self.stdout.write(f"Resumed {resumed} unfinished Excel import(s).")
        reading = guidance_documents_resume()
        if reading:
            self.stdout.write(f"Resumed reading {reading} uploaded guidance file(s).")
        failed = stale_imports_fail()
        if failed:
            self.stdout.write(f"Marked {len(failed)} stopped opinion import(s) as failed.")

    def handle(self, *args: Any, **options: Any) -> None:
        if not 0 < options["port"] < 65536:
            raise CommandError("--port must be between 1 and 65535")
        processes = options["processes"]
        if processes is None:
            processes = settings.LANTOA_SERVE_PROCESSES
        if processes < 1 or options["threads"] < 1:
            raise CommandError("--processes and --threads must be at least 1")
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
