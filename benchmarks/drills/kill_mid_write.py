"""Drill: a writer killed with SIGKILL in the middle of writing; the database stays sound.

    python benchmarks/drills/kill_mid_write.py [--small] [--engine sqlite|postgresql|both]

Each round starts a process that writes reports as fast as it can (each report: a notification
and its audit entry, in one transaction), kills it with SIGKILL at a random moment, then checks:
SQLite's PRAGMA integrity_check is "ok", every report is whole (no notification without its
audit entry, and the reverse), and the audit hash chain is intact.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import django_setup, fresh_install, write_report  # noqa: E402

CHECK = """
import json
from django.db import connection
from lantoa.audit.models import AuditEntry
from lantoa.audit.services import audit_chain_verify
from lantoa.notifications.models import Notification
integrity = "n/a"
if connection.vendor == "sqlite":
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA integrity_check")
        integrity = cursor.fetchone()[0]
notes = Notification.objects.filter(title__startswith="kill:")
titles = set(notes.values_list("title", flat=True))
entries = AuditEntry.objects.filter(target__startswith="kill:")
targets = set(entries.values_list("target", flat=True))
print(json.dumps({"integrity": integrity, "reports": len(titles), "half": len(titles ^ targets),
                  "chain": audit_chain_verify().intact}))
"""


def writer(round_no: int) -> None:
    django_setup()
    i = 0
    while True:
        write_report(f"kill:{round_no}:{i}")
        i += 1


def drill(engine: str, rounds: int) -> bool:
    ok = True
    with fresh_install(engine) as env:
        for round_no in range(rounds):
            child = subprocess.Popen(
                [sys.executable, __file__, "--writer", str(round_no)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(2.0 + random.random() * 2.0)  # start-up, then a random moment of writing
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            result = subprocess.run(
                [sys.executable, "-m", "lantoa", "shell", "-c", CHECK],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            state = json.loads(result.stdout.strip().splitlines()[-1])
            sound = state["integrity"] in ("ok", "n/a") and state["half"] == 0 and state["chain"]
            ok = ok and sound
            print(
                f"{engine} round {round_no + 1}/{rounds}: killed after writing; "
                f"{state['reports']} whole reports so far, {state['half']} half-written, "
                f"integrity_check={state['integrity']}, audit chain "
                f"{'intact' if state['chain'] else 'BROKEN'} — {'OK' if sound else 'FAILED'}"
            )
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", action="store_true", help="2 rounds, for CI")
    parser.add_argument("--engine", default="both", choices=["sqlite", "postgresql", "both"])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--writer", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writer is not None:
        writer(args.writer)
        return
    rounds = 2 if args.small else args.rounds
    engines = ["sqlite", "postgresql"] if args.engine == "both" else [args.engine]
    results = [drill(engine, rounds) for engine in engines]
    raise SystemExit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
