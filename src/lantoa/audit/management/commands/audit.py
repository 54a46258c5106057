"""`lantoa audit verify`: recompute the audit log's hash chain and report where it breaks."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.audit.services import audit_chain_verify


class Command(BaseCommand):
    help = "Audit log tools: `verify` recomputes the hash chain (exit 1 when it is broken)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["verify"])

    def handle(self, *args: Any, **options: Any) -> None:
        check = audit_chain_verify()
        if not check.intact:
            raise CommandError(
                f"audit chain BROKEN at entry id {check.first_broken_id} "
                f"({check.entries} entries read)"
            )
        self.stdout.write(f"audit chain intact: {check.entries} entries")
