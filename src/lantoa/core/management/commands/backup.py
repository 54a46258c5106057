"""`lantoa backup [-o FILE]`: database (online, consistent) and uploads into one .tar.gz."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.core.backup import BackupError, backup_create, backup_key_path


class Command(BaseCommand):
    help = "Back up the database and the uploads into one .tar.gz with a signed checksum manifest."
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("-o", "--output", type=Path, help="the .tar.gz file to write")

    def handle(self, *args: Any, **options: Any) -> None:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        output = options["output"] or Path(f"lantoa-backup-{stamp}.tar.gz")
        try:
            manifest = backup_create(output=output)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        rows = sum(t["rows"] for t in manifest["tables"].values())
        self.stdout.write(
            f"backup written: {output} ({manifest['engine']}, {len(manifest['tables'])} tables, "
            f"{rows} rows, {len(manifest['uploads'])} uploaded files)\n"
            f"signed with the key {backup_key_path()}: restore needs it, keep a copy of it "
            "apart from the backups (sessions and second-factor secrets are not in the backup)"
        )
