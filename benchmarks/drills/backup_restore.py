"""Drill: `lantoa backup` of a live installation, `lantoa restore` into an empty data folder.

    python benchmarks/drills/backup_restore.py [--small] [--engine sqlite|postgresql|both]

Loads the demo province and campaign plus N reports, backs up while a writer keeps writing,
restores into a fresh empty installation, and prints row counts and the checksum comparison.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import fresh_install, lantoa  # noqa: E402

LOAD = (
    "from lantoa.guidance.demo import campaign_load_demo; campaign_load_demo(); "
    "import sys; sys.path.insert(0, {here!r}); from _common import write_report; "
    "[write_report(f'backup:{{i}}') for i in range({n})]"
)


def drill(engine: str, reports: int) -> bool:
    here = str(Path(__file__).resolve().parent)
    with fresh_install(engine) as source, tempfile.TemporaryDirectory() as folder:
        lantoa(source, "shell", "-c", LOAD.format(here=here, n=reports))
        archive = Path(folder) / "sao-luu.tar.gz"
        # The signing key lives apart from both data folders, as an operator keeps it.
        key = str(Path(folder) / "backup.key")
        source["LANTOA_BACKUP_KEY_FILE"] = key
        # A writer keeps writing during the backup: the copy must still be consistent.
        busy = subprocess.Popen(
            [sys.executable, "-m", "lantoa", "shell", "-c", LOAD.format(here=here, n=reports)],
            env=source,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        started = time.monotonic()
        made = lantoa(source, "backup", "-o", str(archive)).strip()
        backup_s = time.monotonic() - started
        busy.wait()
        with fresh_install(engine, migrate=False) as target:
            target["LANTOA_BACKUP_KEY_FILE"] = key
            started = time.monotonic()
            result = subprocess.run(
                [sys.executable, "-m", "lantoa", "restore", str(archive)],
                env=target,
                capture_output=True,
                text=True,
            )
            restore_s = time.monotonic() - started
    ok = result.returncode == 0
    print(f"{engine}: {made} in {backup_s:.1f} s; {archive.name if ok else ''}")
    print(
        f"{engine}: {(result.stdout or result.stderr).strip()} in {restore_s:.1f} s — "
        f"{'OK' if ok else 'FAILED'}"
    )
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", action="store_true", help="50 reports, for CI")
    parser.add_argument("--engine", default="both", choices=["sqlite", "postgresql", "both"])
    parser.add_argument("--reports", type=int, default=3000)
    args = parser.parse_args()
    reports = 50 if args.small else args.reports
    engines = ["sqlite", "postgresql"] if args.engine == "both" else [args.engine]
    results = [drill(engine, reports) for engine in engines]
    raise SystemExit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
