"""`lantoa reminders send [--date dd/mm/yyyy]`: run the daily reminder job now."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import CommandError
from django.utils import timezone

from lantoa.core.commands import ActionCommand
from lantoa.reminders.services import reminders_send_due


def _date(text: str) -> datetime.date:
    try:
        return datetime.datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        raise CommandError(f"--date must be dd/mm/yyyy (got {text!r})") from None


class Command(ActionCommand):
    """Reminder commands; `send` reminds late units (once per day)."""

    help = "Reminders: send [--date dd/mm/yyyy] notifies the units late on a task or a report."

    def add_actions(self, actions: Any) -> None:
        """Declare the send subcommand."""
        send = actions.add_parser("send", help="remind the late units (idempotent per day)")
        send.add_argument("--date", default="", help="the day to run for (default today)")

    def do_send(self, options: dict[str, Any]) -> None:
        """Remind the units late on the day (today by default), once a day."""
        today = _date(options["date"]) if options["date"] else timezone.localdate()
        result = reminders_send_due(today=today)
        if result.skipped:
            self.stdout.write(f"Reminders for {today:%d/%m/%Y} were already sent; nothing to do.")
        else:
            self.stdout.write(
                f"Reminders for {today:%d/%m/%Y}: {result.units} units, {result.items} items."
            )
