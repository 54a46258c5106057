"""`lantoa bundle -o DIR`: an offline install folder (wheels, Debian list, sums, install.sh)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.core.bundle import BundleRequest, build_bundle, source_root


class Command(BaseCommand):
    help = "Build, on a connected machine, a folder that installs Lan Tỏa with no network."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("-o", "--output", type=Path, required=True, help="folder to fill")
        parser.add_argument("--python", help="target Python version, e.g. 3.11 (wheels only)")
        parser.add_argument("--platform", help="target platform, e.g. manylinux2014_x86_64")
        parser.add_argument("--debs", action="store_true", help="also apt-get download the .debs")
        parser.add_argument("--source", type=Path, help="the checkout (default: this one)")

    def handle(self, *args: Any, **options: Any) -> None:
        source = options["source"] or source_root()
        if source is None or not (source / "pyproject.toml").is_file():
            raise CommandError("no checkout with pyproject.toml found: pass --source")
        request = BundleRequest(
            out=options["output"].resolve(),
            source=source.resolve(),
            python=options["python"],
            platform=options["platform"],
            debs=options["debs"],
        )
        try:
            out = build_bundle(request)
        except subprocess.CalledProcessError as exc:
            raise CommandError(f"bundle step failed: {exc}") from None
        wheels = len(list((out / "wheels").glob("*.whl")))
        self.stdout.write(f"bundle written: {out} ({wheels} wheels); install: sh {out}/install.sh")
