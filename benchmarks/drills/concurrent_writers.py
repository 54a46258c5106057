"""Drill: N processes × M reports written at once; every report stored, no error.

python benchmarks/drills/concurrent_writers.py [--small] [--engine sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import django_setup, fresh_install, write_report  # noqa: E402


def worker(tag: str, count: int) -> None:
    django_setup()
    errors: list[str] = []
    started = time.monotonic()
    for i in range(count):
        # No retry: a retried report could be stored twice; every failure counts as an error.
        try:
            write_report(f"drill:{tag}:{i}")
        except Exception as exc:  # noqa: BLE001 - counted and reported
            errors.append(repr(exc)[:300])
    print(json.dumps({"errors": errors, "seconds": time.monotonic() - started}))


def count_stored(env: dict[str, str]) -> dict[str, int]:
    code = (
        "import json;from lantoa.notifications.models import Notification as N;"
        "from lantoa.audit.models import AuditEntry as A;"
        "from lantoa.audit.services import audit_chain_verify as v;"
        "print(json.dumps({'notifications': N.objects.filter(title__startswith='drill:').count(),"
        "'audit': A.objects.filter(target__startswith='drill:').count(),"
        "'chain_intact': v().intact}))"
    )
    result = subprocess.run(
        [sys.executable, "-m", "lantoa", "shell", "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def drill(engine: str, processes: int, reports: int) -> bool:
    with fresh_install(engine) as env:
        started = time.monotonic()
        children = [
            subprocess.Popen(
                [sys.executable, __file__, "--worker", f"p{n}", "--reports", str(reports)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(processes)
        ]
        errors: list[str] = []
        for child in children:
            out, err = child.communicate()
            if child.returncode != 0:
                errors.append(err[-300:])
                continue
            errors += json.loads(out.strip().splitlines()[-1])["errors"]
        elapsed = time.monotonic() - started
        stored = count_stored(env)
    expected = processes * reports
    ok = (
        not errors
        and stored["notifications"] == expected
        and stored["audit"] == expected
        and bool(stored["chain_intact"])
    )
    print(
        f"{engine}: {processes} processes × {reports} reports = {expected} expected; "
        f"stored {stored['notifications']} reports ({stored['audit']} audit entries, chain "
        f"{'intact' if stored['chain_intact'] else 'BROKEN'}); errors {len(errors)}; "
        f"{elapsed:.1f} s ({expected / elapsed:.0f} reports/s incl. process start) — "
        f"{'OK' if ok else 'FAILED'}"
    )
    for error in errors[:5]:
        print("  error:", error)
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", action="store_true", help="6 × 10, for CI")
    parser.add_argument("--engine", default="both", choices=["sqlite", "postgresql", "both"])
    parser.add_argument("--processes", type=int, default=60)
    parser.add_argument("--reports", type=int, default=50)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.reports)
        return
    processes, reports = (6, 10) if args.small else (args.processes, args.reports)
    engines = ["sqlite", "postgresql"] if args.engine == "both" else [args.engine]
    results = [drill(engine, processes, reports) for engine in engines]
    raise SystemExit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
