"""The `lantoa` command: Django's management commands with Lan Tỏa's settings."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    """Run a management command, turning configuration errors into one clear line."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.project.settings")
    from lantoa.core.env import ConfigError

    try:
        import django

        django.setup()
    except ConfigError as exc:
        sys.stderr.write(f"lantoa: configuration error: {exc}\n")
        raise SystemExit(2) from None
    from django.core.management import execute_from_command_line

    execute_from_command_line(
        [sys.argv[0] if argv is None else "lantoa", *(sys.argv[1:] if argv is None else argv)]
    )


if __name__ == "__main__":
    main()
