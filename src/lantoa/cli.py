"""The `lantoa` command: Django's management commands with Lan Tỏa's settings."""

from __future__ import annotations

import os
import sys

# Documented spellings that are another app's command: `report generate` writes the board's
# report, which lives in documents (reporting may not import it), so it is routed here.
ALIASES = {("report", "generate"): ["official_report"]}


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

    args = sys.argv[1:] if argv is None else argv
    execute_from_command_line([sys.argv[0] if argv is None else "lantoa", *command_line(args)])


if __name__ == "__main__":
    main()
