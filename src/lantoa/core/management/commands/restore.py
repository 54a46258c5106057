"""`lantoa restore FILE`: restore a backup into an EMPTY data folder and verify every table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.core.backup import BackupError
from lantoa.core.restore import backup_restore


class Command(BaseCommand):
    help = "Restore a `lantoa backup` file into an empty data folder, then verify every table."
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
                f"restored, but verification FAILED: integrity={report['integrity']}, "
                f"tables differing: {', '.join(report['mismatches']) or 'none'}"
            )
        self.stdout.write(
            f"restored and verified: {report['tables']} tables, {report['rows']} rows, "
            f"{report['uploads']} uploaded files; counts and checksums equal"
        )
