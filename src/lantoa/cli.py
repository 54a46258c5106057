"""The `lantoa` command: Django's management commands with Lan Tỏa's settings."""

from __future__ import annotations

import os
import sys

# Documented spellings that are another app's command: `report generate` writes the board's
# report, which lives in documents (reporting may not import it), so it is routed here. Django's
# own account commands write no audit entry: their names run the audited ones (INSTALLED_APPS
# gives django.contrib.auth's commands precedence over an app's command of the same name).
ALIASES = {
    ("report", "generate"): ["official_report"],
    ("changepassword",): ["setpassword"],
    ("createsuperuser",): ["createsuperuser_audited"],
}


def command_line(args: list[str]) -> list[str]:
    """Return the management command line for the documented `lantoa` spelling."""
    for words, target in ALIASES.items():
        if tuple(args[: len(words)]) == words:
            return [*target, *args[len(words) :]]
    return args


def main(argv: list[str] | None = None) -> None:
    """Run a management command, turning configuration errors into one clear line."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.project.settings")
    from lantoa.core.env import ConfigError

    try:
        import django

        django.setup()
    except ConfigError as exc:
        sys.stderr.write(f"lantoa: lỗi cấu hình: {exc}\n")
        raise SystemExit(2) from None
    from django.core.management import execute_from_command_line
    from django.db import OperationalError, connections

    args = sys.argv[1:] if argv is None else argv
    try:
        execute_from_command_line([sys.argv[0] if argv is None else "lantoa", *command_line(args)])
    except OperationalError as exc:
        # Only a database never reached (wrong address, server down, no such file) is a
        # configuration fault; an error on an open connection keeps its traceback.
        if any(c.connection is not None for c in connections.all(initialized_only=True)):
            raise
        said = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        sys.stderr.write(
            f"lantoa: không kết nối được cơ sở dữ liệu (LANTOA_DATABASE_URL): {said}\n"
        )
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
