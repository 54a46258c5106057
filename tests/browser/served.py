"""`lantoa serve` for a browser module, without the start-up work its copied installation has done.

Run as `python -m tests.browser.served --port N`. The module's data folder is a copy of the
session's migrated installation (tests/installs.py), so `migrate` finds nothing to apply; and the
daily jobs (reminders, retention) would run in the worker at start though no module tests them.
Both cost a second or two a module: this server skips the migrate and makes its first daily check
one interval (five minutes) after the start, later than most modules end. The real start-up
stays tested: tests/project/test_serve.py, and test_main_flow.py's server (AS_DEPLOYED).
"""

from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management.base import BaseCommand


def main() -> None:
    """Serve as `lantoa serve` does, with the migrate and the start's daily check left out."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.project.settings")
    import django

    django.setup()
    from lantoa import cli
    from lantoa.project import server
    from lantoa.project.daily_jobs import DailyJobClock
    from lantoa.project.management.commands import serve

    real = serve.call_command

    def call_command(command_name: BaseCommand | str, *args: Any, **options: Any) -> str:
        # The copy of the session's installation was migrated by the same code.
        return "" if command_name == "migrate" else real(command_name, *args, **options)

    class LaterClock(DailyJobClock):
        """The daily clock, its first check one interval after the start instead of at it."""

        def run(self) -> None:
            if not self.stopping.wait(self.interval):
                super().run()

    serve.call_command = call_command
    server.DailyJobClock = LaterClock  # type: ignore[misc]  # the clock serve() starts
    cli.main(["serve", *sys.argv[1:]])


if __name__ == "__main__":
    main()
